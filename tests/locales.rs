//! The shipped catalogs: complete, in their own script, and consistent.

use std::collections::HashMap;

use wsaerr::{describe, Catalog, Code};

fn is_hangul(c: char) -> bool {
    matches!(c, '\u{ac00}'..='\u{d7a3}' | '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}')
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}')
}

/// Codes that name the same condition under two numbers, and so share their text.
const SAME_MEANING: [(Code, Code); 2] = [
    (Code::WSAENOMORE, Code::WSA_E_NO_MORE),
    (Code::WSAECANCELLED, Code::WSA_E_CANCELLED),
];

#[test]
fn korean_is_complete_and_korean() {
    for &code in Code::ALL {
        let english = describe(code, "en-US").unwrap();
        let text = describe(code, "ko-KR").unwrap();
        assert_eq!(
            (text.locale(), text.detail_locale()),
            ("ko-KR", "ko-KR"),
            "{code:?}"
        );
        for (part, english_part) in [
            (text.title(), english.title()),
            (text.detail(), english.detail()),
        ] {
            assert!(part.chars().any(is_hangul), "{code:?}: {part}");
            assert_ne!(part, english_part, "{code:?}");
        }
    }
}

#[test]
fn chinese_is_complete_and_simplified_chinese() {
    for &code in Code::ALL {
        let english = describe(code, "en-US").unwrap();
        let text = describe(code, "zh-CN").unwrap();
        assert_eq!(
            (text.locale(), text.detail_locale()),
            ("zh-CN", "zh-CN"),
            "{code:?}"
        );
        for (part, english_part) in [
            (text.title(), english.title()),
            (text.detail(), english.detail()),
        ] {
            assert!(part.chars().any(is_han), "{code:?}: {part}");
            assert!(!part.chars().any(is_hangul), "{code:?}: {part}");
            assert_ne!(part, english_part, "{code:?}");
        }
    }
}

fn is_kana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{30fa}' | '\u{31f0}'..='\u{31ff}')
}

/// Characters only Simplified, or only Traditional, Chinese writes (derived
/// from OpenCC's tables; see `src/check/scripts/README.md`).
fn characters(list: &str) -> Vec<char> {
    let mut chars: Vec<char> = list.trim().chars().collect();
    chars.sort_unstable();
    chars
}

/// Every title and detail of a locale, after checking they are its own.
fn own_texts(tag: &str) -> Vec<(Code, &'static str)> {
    let mut texts = Vec::new();
    for &code in Code::ALL {
        let text = describe(code, tag).unwrap();
        assert_eq!(
            (text.locale(), text.detail_locale()),
            (tag, tag),
            "{code:?}"
        );
        let english = describe(code, "en-US").unwrap();
        assert_ne!(text.title(), english.title(), "{code:?}");
        assert_ne!(text.detail(), english.detail(), "{code:?}");
        texts.push((code, text.title()));
        texts.push((code, text.detail()));
    }
    texts
}

#[test]
fn traditional_chinese_is_complete_and_traditional() {
    let simplified_only = characters(include_str!(
        "../crates/wsaerr-tools/src/check/scripts/simplified-only.txt"
    ));
    for (code, text) in own_texts("zh-TW") {
        assert!(text.chars().any(is_han), "{code:?}: {text}");
        for c in text.chars() {
            assert!(
                simplified_only.binary_search(&c).is_err(),
                "{code:?}: `{c}` in {text}"
            );
            assert!(!is_kana(c) && !is_hangul(c), "{code:?}: `{c}` in {text}");
        }
    }
}

#[test]
fn simplified_chinese_has_no_traditional_only_character_and_no_kana() {
    let traditional_only = characters(include_str!(
        "../crates/wsaerr-tools/src/check/scripts/traditional-only.txt"
    ));
    for (code, text) in own_texts("zh-CN") {
        for c in text.chars() {
            assert!(
                traditional_only.binary_search(&c).is_err(),
                "{code:?}: `{c}` in {text}"
            );
            assert!(!is_kana(c), "{code:?}: `{c}` in {text}");
        }
    }
}

#[test]
fn japanese_is_complete_and_every_detail_has_kana() {
    for &code in Code::ALL {
        let text = describe(code, "ja-JP").unwrap();
        assert!(
            text.detail().chars().any(is_kana),
            "{code:?}: {}",
            text.detail()
        );
    }
    for (code, text) in own_texts("ja-JP") {
        assert!(!text.chars().any(is_hangul), "{code:?}: {text}");
        assert!(text.ends_with('。'), "{code:?}: {text}");
    }
}

#[test]
fn korean_has_no_kana() {
    for (code, text) in own_texts("ko-KR") {
        assert!(!text.chars().any(is_kana), "{code:?}: {text}");
    }
}

#[test]
fn english_is_complete() {
    for &code in Code::ALL {
        let text = describe(code, "en-US").unwrap();
        assert_eq!(
            (text.locale(), text.detail_locale()),
            ("en-US", "en-US"),
            "{code:?}"
        );
        assert!(
            !text.title().is_empty() && !text.detail().is_empty(),
            "{code:?}"
        );
        assert!(text.title().is_ascii(), "{code:?}: {}", text.title());
    }
}

#[test]
fn no_text_carries_isolation_marks_or_placeholders() {
    for tag in ["en-US", "ko-KR", "zh-CN"] {
        for &code in Code::ALL {
            let text = describe(code, tag).unwrap();
            for part in [text.title(), text.detail()] {
                assert!(
                    !part.contains(['\u{2068}', '\u{2069}', '{', '}']),
                    "{tag} {code:?}: {part}"
                );
                assert_eq!(part, part.trim(), "{tag} {code:?}");
            }
        }
    }
}

#[test]
fn distinct_codes_have_distinct_titles_unless_they_mean_the_same() {
    for tag in ["en-US", "ko-KR", "zh-CN"] {
        let mut seen: HashMap<&str, Code> = HashMap::new();
        for &code in Code::ALL {
            let title = describe(code, tag).unwrap().title();
            if let Some(&earlier) = seen.get(title) {
                assert!(
                    SAME_MEANING.contains(&(earlier, code)),
                    "{tag}: {earlier:?} and {code:?} share the title {title:?}"
                );
            }
            seen.insert(title, code);
        }
        let in_progress = describe(Code::WSAEINPROGRESS, tag).unwrap();
        let already = describe(Code::WSAEALREADY, tag).unwrap();
        assert_ne!(in_progress.title(), already.title(), "{tag}");
    }
}

#[test]
fn codes_that_mean_the_same_say_the_same() {
    for tag in ["en-US", "ko-KR", "zh-CN"] {
        for (older, newer) in SAME_MEANING {
            let (a, b) = (describe(older, tag).unwrap(), describe(newer, tag).unwrap());
            assert_eq!(
                (a.title(), a.detail()),
                (b.title(), b.detail()),
                "{tag} {older:?}"
            );
        }
    }
}

/// Every `{ -term }` a locale uses is defined once in that locale, and the
/// source tree loads without any problem.
#[cfg(feature = "runtime-catalogs")]
#[test]
fn terms_are_defined_once_in_their_locale() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let catalog = Catalog::from_dir(&root).unwrap();
    assert!(catalog.problems().is_empty(), "{:?}", catalog.problems());
    for tag in ["en-US", "ko-KR", "zh-CN"] {
        let text = std::fs::read_to_string(root.join(tag).join("winsock.ftl")).unwrap();
        let mut defined: HashMap<&str, usize> = HashMap::new();
        for line in text.lines() {
            if let Some((name, _)) = line
                .strip_prefix('-')
                .and_then(|rest| rest.split_once(" ="))
            {
                *defined.entry(name).or_default() += 1;
            }
        }
        assert!(
            defined.values().all(|&count| count == 1),
            "{tag}: {defined:?}"
        );
        for reference in text.split("{ -").skip(1) {
            let name = reference.split([' ', '}']).next().unwrap();
            assert!(
                defined.contains_key(name),
                "{tag}: -{name} is used but not defined"
            );
        }
        if tag != "en-US" {
            assert!(
                defined.len() >= 4,
                "{tag}: the glossary's terms are Fluent terms"
            );
        }
    }
}

#[test]
fn api_identifiers_stay_in_latin_script() {
    let identifiers = [
        "WSAStartup",
        "setsockopt",
        "SO_BROADCAST",
        "SOCK_STREAM",
        "WSALookupServiceNext",
    ];
    for identifier in identifiers {
        let in_english = Code::ALL
            .iter()
            .filter(|code| {
                describe(**code, "en-US")
                    .unwrap()
                    .detail()
                    .contains(identifier)
            })
            .count();
        for tag in ["ko-KR", "zh-CN"] {
            let in_locale = Code::ALL
                .iter()
                .filter(|code| describe(**code, tag).unwrap().detail().contains(identifier))
                .count();
            assert!(
                in_english == 0 || in_locale > 0,
                "{tag} never writes {identifier}"
            );
        }
    }
}

#[test]
fn every_locale_has_its_own_text_for_every_label() {
    let catalog = Catalog::embedded();
    for tag in catalog.locales() {
        let language = catalog.language(tag);
        for &label in wsaerr::Label::ALL {
            let text = language.label(label);
            assert_eq!(text.locale(), tag, "{label}");
            assert!(!text.text().is_empty(), "{label}");
            if tag != "en-US" {
                let english = catalog.language("en-US").label(label);
                assert_ne!(text.text(), english.text(), "{tag} {label}");
            }
        }
    }
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

#[test]
fn russian_is_cyrillic_and_nobody_else_writes_it() {
    for (code, text) in own_texts("ru-RU") {
        assert!(text.chars().any(is_cyrillic), "{code}: {text}");
    }
    for tag in Catalog::embedded()
        .locales()
        .filter(|tag| !["ru-RU", "en-US"].contains(tag))
    {
        for (code, text) in own_texts(tag) {
            assert!(!text.chars().any(is_cyrillic), "{tag} {code}: {text}");
        }
    }
}

#[test]
fn arabic_is_arabic_from_its_first_letter_and_nobody_else_writes_it() {
    for (code, text) in own_texts("ar-SA") {
        // The first letter decides a paragraph's direction: it is Arabic.
        let first = text.chars().find(|c| c.is_alphanumeric()).unwrap();
        assert!(is_arabic(first), "{code}: {text}");
        // No direction control: the text needs none.
        assert!(
            !text.chars().any(|c| matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')),
            "{code}"
        );
    }
    for tag in Catalog::embedded()
        .locales()
        .filter(|tag| !["ar-SA", "en-US"].contains(tag))
    {
        for (code, text) in own_texts(tag) {
            assert!(!text.chars().any(is_arabic), "{tag} {code}: {text}");
        }
    }
}

#[test]
fn the_latin_script_editions_write_no_other_script() {
    for tag in ["de-DE", "fr-FR", "es-ES", "pt-BR", "tr-TR"] {
        for (code, text) in own_texts(tag) {
            let other = text.chars().find(|&c| {
                is_cyrillic(c) || is_arabic(c) || is_han(c) || is_hangul(c) || is_kana(c)
            });
            assert_eq!(other, None, "{tag} {code}: {text}");
        }
    }
}
