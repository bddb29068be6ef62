//! Reading language tags as people write them, and choosing a locale for them.
//!
//! Accepted: BCP 47 tags in any case (`zh-CN`, `ZH-cn`, `zh-Hans-CN`), POSIX
//! locale names (`zh_CN`, `ko_KR.UTF-8`, `de_DE@euro`), and HTTP
//! `Accept-Language` lists with q-weights (`fr;q=0.5, ko-KR;q=0.9`). Anything
//! unusable (`C`, `POSIX`, `*`, empty, malformed) expresses no preference.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// The languages asked for, most wanted first.
///
/// `fluent-langneg`'s own Accept-Language parser ignores q-weights, so the
/// list is ordered here: by weight, then by position. Entries with `q=0`
/// (explicitly not wanted) or a malformed weight are dropped.
pub(crate) fn requested_languages(text: &str) -> Vec<LanguageIdentifier> {
    let mut weighted: Vec<(f32, LanguageIdentifier)> = text
        .split(',')
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

/// One tag as a person or a POSIX environment writes it.
fn parse_tag(text: &str) -> Option<LanguageIdentifier> {
    let text = text.trim();
    // POSIX: language[_territory][.codeset][@modifier]
    let text = text.split(['.', '@']).next().unwrap_or_default();
    if text.is_empty() || text == "*" || text == "C" || text == "POSIX" {
        return None;
    }
    let tag: LanguageIdentifier = text.replace('_', "-").parse().ok()?;
    // `und` (from `und`, or a tag that starts with a script) names no language.
    (!tag.language.is_empty()).then_some(tag)
}

/// The best of `available` for the `requested` languages, as an index into
/// `available`, or `None` when none fits.
///
/// `fluent-langneg` does the matching; on top of it, a candidate must write
/// the language in the same script as the request once likely subtags are
/// added, so that Traditional Chinese (`zh-TW`, `zh-Hant`) is never served
/// Simplified text (`zh-CN`), which `fluent-langneg`'s region fallback would do.
pub(crate) fn negotiate(
    requested: &[LanguageIdentifier],
    available: &[LanguageIdentifier],
) -> Option<usize> {
    for wanted in requested {
        let script = likely_script(wanted);
        let matches = negotiate_languages(
            std::slice::from_ref(wanted),
            available,
            None,
            NegotiationStrategy::Filtering,
        );
        if let Some(found) = matches
            .into_iter()
            .find(|found| likely_script(found) == script)
        {
            return available.iter().position(|tag| tag == found);
        }
    }
    None
}

fn likely_script(tag: &LanguageIdentifier) -> Option<unic_langid::subtags::Script> {
    let mut full = tag.clone();
    full.maximize();
    full.script
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(list: &[&str]) -> Vec<LanguageIdentifier> {
        list.iter().map(|tag| tag.parse().unwrap()).collect()
    }

    fn pick(request: &str) -> Option<String> {
        let available = tags(&["en-US", "ko-KR", "zh-CN"]);
        negotiate(&requested_languages(request), &available).map(|i| available[i].to_string())
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
    fn traditional_chinese_is_not_served_simplified() {
        for request in ["zh-TW", "zh-HK", "zh-Hant", "zh_TW.Big5", "zh-Hant-CN"] {
            assert_eq!(pick(request), None, "{request}");
        }
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
    fn a_new_locale_is_reached_without_code_changes() {
        let available = tags(&["en-US", "ja-JP"]);
        assert_eq!(negotiate(&requested_languages("ja"), &available), Some(1));
    }
}
