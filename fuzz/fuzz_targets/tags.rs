//! Any string as a language tag: negotiation must not panic or hang, and must
//! choose a locale the catalog holds, the same one `describe` answers in.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wsaerr::Catalog;

fuzz_target!(|bytes: &[u8]| {
    let tag = String::from_utf8_lossy(bytes);
    let catalog = Catalog::embedded();
    let language = catalog.language(&tag);
    assert!(
        catalog.locales().any(|held| held == language.tag()),
        "{}",
        language.tag()
    );
    let text = wsaerr::describe(10060, &tag).expect("10060 is a code");
    assert_eq!(text.locale(), language.tag(), "{tag:?}");
    assert_eq!(text.name(), "WSAETIMEDOUT");
});
