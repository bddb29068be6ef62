//! The runtime's baked built-in catalog is what `locales/` gives now,
//! through the one compile function that also loads catalogs at run time.

use proptest::prelude::*;
use wsaerr::{Catalog, Code, Label};
use wsaerr_tools::bake;

#[test]
fn the_baked_data_is_what_the_sources_give_now() {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(bake::DATA_FILE);
    let checked_in = std::fs::read_to_string(&file).unwrap();
    assert!(
        checked_in == bake::generated_source(),
        "{} is out of date with locales/: run `{}`",
        bake::DATA_FILE,
        bake::REGENERATE
    );
    assert_eq!(bake::differences(), []);
}

proptest! {
    /// Whatever the tag, the baked catalog chooses the locale the run-time
    /// path chooses, and gives the same text from the same locale.
    #[test]
    fn any_tag_gets_the_same_text_baked_as_at_run_time(
        tag in prop_oneof![
            "\\PC{0,24}",
            "[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8}){0,3}(\\.UTF-8)?",
            proptest::sample::select(vec!["zh-Hant", "zh-HK", "pt", "ar", "de-AT", "fr-CA", "tr", "C"])
                .prop_map(str::to_owned),
        ],
        code in proptest::sample::select(Code::ALL.to_vec()),
        label in proptest::sample::select(Label::ALL.to_vec()),
    ) {
        let sources = sources();
        let (baked, run_time) = (Catalog::embedded().language(&tag), sources.language(&tag));
        prop_assert_eq!(baked.tag(), run_time.tag());
        prop_assert_eq!(baked.description(code), run_time.description(code));
        prop_assert_eq!(baked.label(label), run_time.label(label));
    }
}

fn sources() -> &'static Catalog {
    static SOURCES: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    SOURCES.get_or_init(wsaerr::__tools::compiled_from_sources)
}

#[test]
fn every_shipped_locale_and_code_is_baked_as_compiled() {
    let sources = sources();
    let baked = Catalog::embedded();
    assert_eq!(
        baked.locales().collect::<Vec<_>>(),
        sources.locales().collect::<Vec<_>>()
    );
    for tag in sources.locales() {
        for &code in Code::ALL {
            assert_eq!(
                baked.language(tag).description(code),
                sources.language(tag).description(code)
            );
        }
    }
}
