//! Any text pasted into `wsaerr search`: reading it must not panic or hang,
//! every answer must say why, and one typed word read as a code must be a
//! code that describes.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use wsaerr::Catalog;
use wsaerr_tools::search::{code_of, Index, Query};

fn index() -> &'static Index<'static> {
    static INDEX: OnceLock<Index<'static>> = OnceLock::new();
    INDEX.get_or_init(|| Index::new(Catalog::embedded(), None))
}

fuzz_target!(|bytes: &[u8]| {
    let text = String::from_utf8_lossy(bytes);
    if let Ok(query) = Query::new(&text) {
        let hits = index().search(&query);
        for hit in &hits {
            assert!(!hit.evidence().is_empty(), "{text:?}");
            assert!(hit.score() > 0.0);
        }
        assert!(hits.windows(2).all(|pair| pair[0].score() >= pair[1].score()));
    }
    if let Some(code) = code_of(&text) {
        assert!(wsaerr::describe(code, "en-US").is_ok());
    }
});
