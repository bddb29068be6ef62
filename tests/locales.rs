//! The shipped catalogs: complete, in their own script, and consistent.

use std::collections::HashMap;
use std::path::Path;

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
    for code in Code::ALL {
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
    for code in Code::ALL {
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

#[test]
fn english_is_complete() {
    for code in Code::ALL {
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
        for code in Code::ALL {
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
        for code in Code::ALL {
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
#[test]
fn terms_are_defined_once_in_their_locale() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
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
