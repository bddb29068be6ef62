//! Whatever a user, a peer or a translator feeds the catalog, it answers with
//! text or a typed error, never a panic.

use std::path::Path;

use proptest::prelude::*;
use wsaerr::{Catalog, Code, UnknownCode};

const HELD: [&str; 5] = ["en-US", "ja-JP", "ko-KR", "zh-CN", "zh-TW"];

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

/// Strings a language tag might be: real tags and lists, pieces of them,
/// control characters, NUL, bidi marks, wildcards, weights, and long runs.
fn tag_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("zh".to_owned()),
        Just("ko_KR.UTF-8".to_owned()),
        Just("en-US".to_owned()),
        Just("zh-Hant".to_owned()),
        Just("*".to_owned()),
        Just(";q=".to_owned()),
        Just(";q=0.5".to_owned()),
        Just(",".to_owned()),
        Just("-".to_owned()),
        Just("_".to_owned()),
        Just("\0".to_owned()),
        Just("\u{202e}".to_owned()),
        Just("\u{200f}".to_owned()),
        Just("\u{feff}".to_owned()),
        "[\\x00-\\x1f]{1,3}",
        "[a-zA-Z]{1,9}",
        "\\PC{0,12}",
    ];
    prop_oneof![
        any::<String>(),
        prop::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat()),
        (1usize..3000).prop_map(|n| "zh-".repeat(n)),
    ]
}

/// What to write as an `.ftl` file: any bytes, Fluent-looking text, or a real
/// catalog file with bytes spliced in or cut off.
fn ftl_like() -> impl Strategy<Value = Vec<u8>> {
    let real = include_bytes!("../../../locales/ko-KR/winsock.ftl");
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        "((WSAE[A-Z]{2,9}|-t|[a-z]{1,4})( =|=)?[ \\PC{}$\\[\\]*.\\-\"\n]{0,30}\n(    \\.detail = [\\PC{}$]{0,20}\n)?){0,12}"
            .prop_map(String::into_bytes),
        (0..real.len(), prop::collection::vec(any::<u8>(), 0..16), any::<bool>()).prop_map(
            move |(at, bytes, cut)| {
                let mut text = real[..at].to_vec();
                text.extend(bytes);
                if !cut {
                    text.extend_from_slice(&real[at..]);
                }
                text
            }
        ),
    ]
}

fn assert_usable(catalog: &Catalog, tag: &str, fixture: &str) {
    let language = catalog.language(tag);
    for &code in Code::ALL {
        let text = language.description(code);
        assert!(!text.title().trim().is_empty(), "{code:?}: empty title");
        assert!(!text.detail().trim().is_empty(), "{code:?}: empty detail");
        for locale in [text.locale(), text.detail_locale()] {
            assert!(
                locale == fixture || locale == "en-US",
                "{code:?}: from {locale}"
            );
        }
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_i32_is_a_code_or_unknown(value: i32) {
        let known = Code::ALL.iter().copied().find(|code| code.value() == value);
        prop_assert_eq!(Code::from_value(value), known);
        match wsaerr::describe(value, "en-US") {
            Ok(text) => prop_assert_eq!(Some(text.code()), known),
            Err(error) => {
                prop_assert_eq!(known, None);
                prop_assert_eq!(error, UnknownCode::Value(value.into()));
            }
        }
    }

    #[test]
    fn any_i64_is_a_code_or_unknown(value: i64) {
        let known = Code::ALL.iter().copied().find(|code| i64::from(code.value()) == value);
        match wsaerr::describe(value, "zh-CN") {
            Ok(text) => prop_assert_eq!(Some(text.code()), known),
            Err(error) => {
                prop_assert_eq!(known, None);
                prop_assert_eq!(error, UnknownCode::Value(value));
            }
        }
        prop_assert_eq!(value.to_string().parse::<Code>().ok(), known);
    }

    #[test]
    fn any_string_parses_to_a_code_or_a_typed_error(text: String) {
        match text.parse::<Code>() {
            Ok(code) => prop_assert_eq!(wsaerr::describe(text.as_str(), "ko-KR").unwrap().code(), code),
            Err(UnknownCode::Text(given)) => prop_assert_eq!(given, text),
            Err(UnknownCode::Value(value)) => {
                prop_assert!(Code::ALL.iter().all(|code| i64::from(code.value()) != value));
            }
            Err(other) => prop_assert!(false, "an error of a kind this test does not know: {other:?}"),
        }
    }

    #[test]
    fn any_name_like_string_describes_or_errs(name in "(?i)(wsa|error_)?[a-z_]{0,20}|\\PC{0,30}") {
        let by_name = Code::from_name(&name);
        let described = wsaerr::describe(name.as_str(), "ko");
        match by_name {
            Some(code) => prop_assert_eq!(described.unwrap().code(), code),
            // No name: a number written as text (`10060`, `0x274C`) is a
            // code still; anything else is an error, never a made-up text.
            None => match (!name.starts_with('+'))
                .then(|| name.parse::<i64>().ok())
                .flatten()
                .or_else(|| {
                    let hex = name.strip_prefix("0x").or_else(|| name.strip_prefix("0X"))?;
                    let digits = !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit());
                    digits.then(|| i64::from_str_radix(hex, 16).ok()).flatten()
                }) {
                Some(number) => prop_assert_eq!(
                    described.map(|text| text.code()).ok(),
                    Code::try_from(number).ok()
                ),
                None => prop_assert!(described.is_err(), "{name:?} described"),
            },
        }
    }

    #[test]
    fn any_string_as_a_tag_gives_a_held_locale(tag in tag_like()) {
        let text = wsaerr::describe(10060, &tag).unwrap();
        prop_assert!(HELD.contains(&text.locale()), "{}", text.locale());
        prop_assert!(!text.title().is_empty() && !text.detail().is_empty());
        // The same answer the second time, from the caches.
        prop_assert_eq!(wsaerr::describe(10060, &tag).unwrap().locale(), text.locale());
        prop_assert_eq!(Catalog::embedded().language(&tag).tag(), text.locale());
    }
}

/// Writes `bytes` as `<tag>/winsock.ftl` in a fresh tree.
fn tree_with(tag: &str, bytes: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join(tag);
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("winsock.ftl"), bytes).unwrap();
    dir
}

fn check_tree(root: &Path) {
    // The checker reads the same trees: it reports, it does not panic.
    wsaerr_tools::check::check_dir(root).unwrap();
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn any_bytes_as_a_translation_still_describe_every_code(bytes in ftl_like()) {
        let dir = tree_with("ko-KR", &bytes);
        let catalog = Catalog::from_dir(dir.path()).unwrap();
        assert_usable(&catalog, "ko-KR", "ko-KR");
        assert_usable(&catalog, "ko", "ko-KR");
        check_tree(dir.path());
    }

    #[test]
    fn any_bytes_as_english_fall_back_to_the_built_in_english(bytes in ftl_like()) {
        let dir = tree_with("en-US", &bytes);
        let catalog = Catalog::from_dir(dir.path()).unwrap();
        assert_usable(&catalog, "en-US", "en-US");
        assert_usable(&catalog, "fr", "en-US");
        check_tree(dir.path());
    }
}
