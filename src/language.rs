//! Reading language tags as people write them, and choosing a locale for them.
//!
//! Accepted: BCP 47 tags in any case (`zh-CN`, `ZH-cn`, `zh-Hans-CN`), with
//! extensions and private use (`ko-KR-u-ca-gregory`, `zh-CN-x-foo`), which
//! are set aside; POSIX locale names (`zh_CN`, `ko_KR.UTF-8`, `de_DE@euro`);
//! and HTTP `Accept-Language` lists with q-weights (`fr;q=0.5, ko-KR;q=0.9`).
//! Anything unusable (`C`, `POSIX`, `*`, empty, malformed) expresses no
//! preference.
//!
//! The choice follows CLDR's language matcher (as the `langcodes` Python
//! package implements it) for the tags systems and browsers send, with one
//! difference on purpose: Traditional Chinese is never served Simplified
//! text, nor the reverse.

use unic_langid::subtags::{Language, Script};
use unic_langid::LanguageIdentifier;

/// An `Accept-Language` value is read up to this many entries: real ones
/// have a handful, and a huge one must not cost more than a few.
const MAX_ENTRIES: usize = 32;
/// Longer entries are no tag anyone sends, and are skipped.
const MAX_ENTRY_LEN: usize = 100;

/// The languages asked for, most wanted first.
///
/// Ordered by q-weight, then by position. Entries with `q=0` (explicitly
/// not wanted) or a malformed weight are dropped; so are entries after the
/// first [`MAX_ENTRIES`] and entries longer than [`MAX_ENTRY_LEN`] bytes.
pub(crate) fn requested_languages(text: &str) -> Vec<LanguageIdentifier> {
    let mut weighted: Vec<(f32, LanguageIdentifier)> = text
        .split(',')
        .take(MAX_ENTRIES)
        .filter(|item| item.len() <= MAX_ENTRY_LEN)
        .filter_map(|item| {
            let mut parts = item.split(';');
            let tag = parse_tag(parts.next().unwrap_or_default())?;
            let mut weight = 1.0_f32;
            for parameter in parts {
                let (key, value) = parameter.split_once('=')?;
                if key.trim().eq_ignore_ascii_case("q") {
                    weight = value
                        .trim()
                        .parse()
                        .ok()
                        .filter(|q: &f32| (0.0..=1.0).contains(q))?;
                }
            }
            (weight > 0.0).then_some((weight, tag))
        })
        .collect();
    // A stable sort keeps the written order among equal weights.
    weighted.sort_by(|a, b| b.0.total_cmp(&a.0));
    weighted.into_iter().map(|(_, tag)| tag).collect()
}

/// Language subtags CLDR replaces (its `languageAlias` data), for those met
/// in real tags: deprecated ISO 639 codes and Mandarin's own code.
const LANGUAGE_ALIASES: [(&str, &str); 8] = [
    ("cmn", "zh"),
    ("iw", "he"),
    ("in", "id"),
    ("ji", "yi"),
    ("jw", "jv"),
    ("mo", "ro"),
    ("tl", "fil"),
    ("sh", "sr-Latn"),
];

/// Whole tags that predate today's forms, and what they are: registered
/// ones that predate extlangs, and Windows' old names for the two Chinese
/// scripts (`zh-CHS`, `zh-CHT`, which .NET still knows).
const GRANDFATHERED: [(&str, &str); 7] = [
    ("zh-chs", "zh-Hans"),
    ("zh-cht", "zh-Hant"),
    ("zh-guoyu", "zh"),
    ("zh-hakka", "hak"),
    ("zh-min-nan", "nan"),
    ("zh-xiang", "hsn"),
    ("zh-min", "nan"),
];

/// Chinese languages whose readers CLDR's matcher serves written Chinese
/// (`languageMatch` entries toward `zh`): they read it in the script their
/// likely subtags give (Cantonese Traditional, the others Simplified).
const WRITTEN_AS_CHINESE: [&str; 7] = ["yue", "gan", "hak", "hsn", "lzh", "nan", "wuu"];

/// One tag as a person or a POSIX environment writes it, canonicalized.
fn parse_tag(text: &str) -> Option<LanguageIdentifier> {
    let text = text.trim();
    // POSIX: language[_territory][.codeset][@modifier]
    let text = text.split(['.', '@']).next().unwrap_or_default();
    if text.is_empty() || text == "*" || text == "C" || text == "POSIX" {
        return None;
    }
    let text = text.replace('_', "-").to_ascii_lowercase();
    let text = GRANDFATHERED
        .iter()
        .find(|(tag, _)| text == *tag || text.starts_with(&format!("{tag}-")))
        .map_or(text.clone(), |(tag, value)| {
            format!("{value}{}", &text[tag.len()..])
        });

    let mut subtags: Vec<&str> = text
        .split('-')
        // Extensions (`-u-ca-gregory`, `-t-en`) and private use (`-x-foo`)
        // start with a one-letter subtag and refine, never change, the language.
        .take_while(|subtag| subtag.len() != 1)
        .collect();
    // A tag starts with its language (`und` for none), never with a script.
    let first = subtags.first()?;
    if !matches!(first.len(), 2 | 3 | 5..=8) {
        return None;
    }
    // An extended language subtag (`zh-yue`, `zh-cmn-Hans`) is the language.
    if subtags.len() >= 2
        && subtags[1].len() == 3
        && subtags[1].bytes().all(|b| b.is_ascii_alphabetic())
    {
        subtags.remove(0);
    }
    let mut tag: LanguageIdentifier = subtags.join("-").parse().ok()?;
    if let Some((_, value)) = LANGUAGE_ALIASES
        .iter()
        .find(|(alias, _)| tag.language == *alias)
    {
        let value: LanguageIdentifier = value.parse().ok()?;
        tag.language = value.language;
        tag.script = tag.script.or(value.script);
    }
    if tag.language.is_empty() {
        // `und-Hant`, `und-KR`: the language those subtags make likely.
        if tag.script.is_none() && tag.region.is_none() {
            return None;
        }
        tag.maximize();
        if tag.language.is_empty() {
            return None;
        }
    }
    Some(tag)
}

/// What a tag asks for, for matching: its language and the script it is
/// written in, once likely subtags are added, with scripts that name the
/// same writing taken as one.
fn writing(tag: &LanguageIdentifier) -> (Language, Option<Script>) {
    let mut full = tag.clone();
    full.maximize();
    let mut language = full.language;
    if WRITTEN_AS_CHINESE
        .iter()
        .any(|chinese| language == *chinese)
    {
        language = "zh".parse().unwrap_or(language);
    }
    let script = full.script.map(|script| {
        let name = match (language.as_str(), script.as_str()) {
            // Korean is Hangul with Hanja: Kore names both.
            ("ko", "Hang" | "Hani") => "Kore",
            // Japanese mixes kana and kanji: Jpan names all; CLDR's matcher
            // also serves romanized Japanese (ja-Latn) Japanese text.
            ("ja", "Hira" | "Kana" | "Hrkt" | "Hani" | "Latn") => "Jpan",
            // Han without a variant, and pinyin (zh-Latn), get Simplified,
            // as CLDR's matcher gives them.
            ("zh", "Hani" | "Latn") => "Hans",
            (_, other) => other,
        };
        name.parse().unwrap_or(script)
    });
    (language, script)
}

/// The best of `available` for the `requested` languages, as an index into
/// `available`, or `None` when none fits.
///
/// For each request in order, a locale fits when it is the same language
/// written in the same script (likely subtags added: `zh-TW` is `zh-Hant`,
/// `ko` is `ko-Kore`). Among those that fit, one of the same region wins,
/// then the first listed. So Traditional Chinese (`zh-TW`, `zh-HK`,
/// `zh-Hant`) reaches only a Traditional locale and Simplified (`zh`,
/// `zh-SG`, `zh-Hans`) only a Simplified one.
pub(crate) fn negotiate(
    requested: &[LanguageIdentifier],
    available: &[LanguageIdentifier],
) -> Option<usize> {
    let held: Vec<_> = available.iter().map(writing).collect();
    for wanted in requested {
        let writing_wanted = writing(wanted);
        let mut region = wanted.clone();
        region.maximize();
        let best = held
            .iter()
            .enumerate()
            .filter(|(_, writing)| **writing == writing_wanted)
            .min_by_key(|(index, _)| {
                let mut other = available[*index].clone();
                other.maximize();
                (other.region != region.region, *index)
            });
        if let Some((index, _)) = best {
            return Some(index);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(list: &[&str]) -> Vec<LanguageIdentifier> {
        list.iter().map(|tag| tag.parse().unwrap()).collect()
    }

    /// The supported set once zh-TW and ja-JP exist.
    const FULL: [&str; 5] = ["en-US", "ja-JP", "ko-KR", "zh-CN", "zh-TW"];

    fn pick_from(available: &[&str], request: &str) -> Option<String> {
        let available = tags(available);
        negotiate(&requested_languages(request), &available).map(|i| available[i].to_string())
    }

    fn pick(request: &str) -> Option<String> {
        pick_from(&["en-US", "ko-KR", "zh-CN"], request)
    }

    #[test]
    fn written_forms_reach_their_locale() {
        for request in [
            "zh-CN",
            "zh_CN",
            "ZH-cn",
            "zh",
            "zh-Hans",
            "zh-Hans-CN",
            "zh-SG",
        ] {
            assert_eq!(pick(request).as_deref(), Some("zh-CN"), "{request}");
        }
        for request in ["ko", "ko_KR", "ko_KR.UTF-8", "ko-KR", "ko_KR.eucKR@dict"] {
            assert_eq!(pick(request).as_deref(), Some("ko-KR"), "{request}");
        }
        for request in ["en", "en-GB", "en_US.UTF-8"] {
            assert_eq!(pick(request).as_deref(), Some("en-US"), "{request}");
        }
    }

    #[test]
    fn extensions_and_private_use_keep_the_language() {
        for (request, locale) in [
            ("ko-KR-u-ca-gregory", "ko-KR"),
            ("ko-KR-t-en", "ko-KR"),
            ("zh-CN-x-foo", "zh-CN"),
            ("zh-Hans-CN-u-nu-hanidec", "zh-CN"),
            ("ja-JP-u-ca-japanese", "ja-JP"),
            ("zh-Hant-TW-u-co-stroke", "zh-TW"),
            ("en-US-x-twain", "en-US"),
        ] {
            assert_eq!(
                pick_from(&FULL, request).as_deref(),
                Some(locale),
                "{request}"
            );
        }
        for request in ["x-foo", "i-klingon", "u-ca-gregory", "ko-"] {
            assert_eq!(pick_from(&FULL, request), None, "{request}");
        }
    }

    #[test]
    fn scripts_that_name_the_same_writing_match() {
        for (request, locale) in [
            ("ko-Hang", "ko-KR"),
            ("ko-Kore", "ko-KR"),
            ("ko-Hani", "ko-KR"),
            ("ja-Hira", "ja-JP"),
            ("ja-Kana", "ja-JP"),
            ("ja-Jpan", "ja-JP"),
            ("zh-Hani", "zh-CN"),
        ] {
            assert_eq!(
                pick_from(&FULL, request).as_deref(),
                Some(locale),
                "{request}"
            );
        }
        assert_eq!(pick_from(&FULL, "ko-Latn"), None);
        assert_eq!(pick_from(&FULL, "en-Shaw"), None);
    }

    #[test]
    fn cldr_aliases_reach_their_language() {
        for (request, locale) in [
            ("cmn", "zh-CN"),
            ("cmn-Hans-CN", "zh-CN"),
            ("cmn-Hant-TW", "zh-TW"),
            ("cmn-TW", "zh-TW"),
            ("zh-cmn-Hans-CN", "zh-CN"),
            ("zh-guoyu", "zh-CN"),
            ("zh-yue", "zh-TW"),
            ("yue", "zh-TW"),
            ("yue-Hans", "zh-CN"),
            ("zh-min-nan", "zh-CN"),
            ("zh-CHS", "zh-CN"),
            ("zh-CHT", "zh-TW"),
        ] {
            assert_eq!(
                pick_from(&FULL, request).as_deref(),
                Some(locale),
                "{request}"
            );
        }
        let hebrew = ["en-US", "he-IL", "id-ID"];
        assert_eq!(pick_from(&hebrew, "iw").as_deref(), Some("he-IL"));
        assert_eq!(pick_from(&hebrew, "in").as_deref(), Some("id-ID"));
        assert_eq!(
            pick_from(&["sr-Latn-RS", "sr-Cyrl-RS"], "sh").as_deref(),
            Some("sr-Latn-RS")
        );
    }

    #[test]
    fn traditional_and_simplified_chinese_reach_their_own_locale() {
        for request in [
            "zh-TW",
            "zh-HK",
            "zh-MO",
            "zh-Hant",
            "zh-Hant-TW",
            "zh-Hant-HK",
            "zh-Hant-CN",
            "zh_TW.Big5",
            "zh_HK.Big5-HKSCS",
        ] {
            assert_eq!(
                pick_from(&FULL, request).as_deref(),
                Some("zh-TW"),
                "{request}"
            );
            // Without a Traditional locale: English, not Simplified.
            assert_eq!(pick(request), None, "{request}");
        }
        for request in [
            "zh",
            "zh-CN",
            "zh-SG",
            "zh-Hans",
            "zh-Hans-TW",
            "zh-Hans-HK",
        ] {
            assert_eq!(
                pick_from(&FULL, request).as_deref(),
                Some("zh-CN"),
                "{request}"
            );
            assert_eq!(pick_from(&["en-US", "zh-TW"], request), None, "{request}");
        }
    }

    #[test]
    fn the_region_decides_among_locales_of_one_writing() {
        let english = ["en-US", "en-GB"];
        assert_eq!(pick_from(&english, "en-GB").as_deref(), Some("en-GB"));
        assert_eq!(pick_from(&english, "en").as_deref(), Some("en-US"));
        assert_eq!(pick_from(&english, "en-AU").as_deref(), Some("en-US"));
    }

    #[test]
    fn unusable_tags_express_no_preference() {
        for request in [
            "", "C", "POSIX", "C.UTF-8", "*", "fr", "x", "!!", "en-", "-", "und", "Hans",
        ] {
            assert_eq!(pick(request), None, "{request:?}");
        }
    }

    #[test]
    fn accept_language_lists_follow_their_weights() {
        assert_eq!(pick("fr;q=0.5, ko-KR;q=0.9").as_deref(), Some("ko-KR"));
        assert_eq!(pick("fr-FR, zh;q=0.8, ko;q=0.7").as_deref(), Some("zh-CN"));
        assert_eq!(pick("ko;q=0.2, zh;q=0.2").as_deref(), Some("ko-KR"));
        assert_eq!(pick("zh;q=0, ko;q=0.1").as_deref(), Some("ko-KR"));
        assert_eq!(pick("zh;q=abc, ko;q=0.1").as_deref(), Some("ko-KR"));
        assert_eq!(pick("zh-TW, zh-CN;q=0.5").as_deref(), Some("zh-CN"));
        assert_eq!(pick("*;q=0.5, fr").as_deref(), None);
    }

    #[test]
    fn a_huge_header_yields_a_bounded_number_of_tags() {
        let huge = "ko-KR;q=0.5, ".repeat((1 << 20) / 13 + 1);
        assert!(huge.len() >= 1 << 20);
        assert_eq!(requested_languages(&huge).len(), MAX_ENTRIES);
        let one_long_entry = format!("{}, ko", "zh-".repeat(400_000));
        assert_eq!(requested_languages(&one_long_entry), tags(&["ko"]));
        let late = format!("{}ko", "fr, ".repeat(MAX_ENTRIES));
        assert!(requested_languages(&late)
            .iter()
            .all(|tag| tag.language != "ko"));
    }

    proptest::proptest! {
        #[test]
        fn any_text_gives_a_bounded_list_and_a_choice_within_it(
            text in "([a-zA-Z]{0,9}[-_.@;=, ]?){0,80}|\\PC{0,200}",
        ) {
            let requested = requested_languages(&text);
            proptest::prop_assert!(requested.len() <= MAX_ENTRIES);
            let available = tags(&FULL);
            if let Some(index) = negotiate(&requested, &available) {
                proptest::prop_assert!(index < available.len());
            }
        }
    }

    #[test]
    fn a_new_locale_is_reached_without_code_changes() {
        let available = tags(&["en-US", "ja-JP"]);
        assert_eq!(negotiate(&requested_languages("ja"), &available), Some(1));
    }
}
