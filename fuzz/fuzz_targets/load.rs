//! Any bytes as a locale's `winsock.ftl`: loading must not panic or hang, and
//! every code must still be described, in the locale or in English.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wsaerr::{Catalog, Code};

mod common;

fuzz_target!(|bytes: &[u8]| {
    let root = common::write_locale(bytes);
    let catalog = Catalog::from_dir(root).expect("a folder with a locale loads");
    for problem in catalog.problems() {
        std::hint::black_box(format!("{problem:?}"));
    }
    let language = catalog.language(common::TAG);
    assert_eq!(language.tag(), common::TAG);
    for &code in Code::ALL {
        let text = language.description(code);
        for locale in [text.locale(), text.detail_locale()] {
            assert!(
                locale == common::TAG || locale == "en-US",
                "{code:?} from {locale}"
            );
        }
        assert!(!text.title().is_empty(), "{code:?} has an empty title");
        assert!(!text.detail().is_empty(), "{code:?} has an empty detail");
        std::hint::black_box(text.to_string());
    }
});
