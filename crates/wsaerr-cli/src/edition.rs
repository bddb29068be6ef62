//! `--lang` naming a language the catalog has no edition of: the run goes
//! on in English, and says so once.

use std::io::Write;

use wsaerr::{Catalog, FALLBACK_LOCALE};

use crate::escape::escape_for_terminal;

/// Writes a note on stderr when `--lang` (`asked`) reaches no edition of
/// `catalog` and so gets the fallback English; with a suggestion where the
/// tag looks like a country's code slipped in for a language's (`jp` for
/// `ja-JP`). Nothing is said for a language that negotiates to a held
/// locale (`pt`, `de-AT`, `zh-Hant`), nor for English asked for.
pub(crate) fn note_if_none(asked: &str, catalog: &Catalog, stderr: &mut dyn Write) {
    if let Some(note) = no_edition(asked, catalog) {
        // A note is best effort: stdout decides how the run went.
        let _ = writeln!(stderr, "note: {}", escape_for_terminal(&note));
    }
}

/// The note for `asked`, if it reaches no edition.
fn no_edition(asked: &str, catalog: &Catalog) -> Option<String> {
    if catalog.language(asked).tag() != FALLBACK_LOCALE {
        return None;
    }
    // The tags of an `Accept-Language` list, or the one tag.
    let tags: Vec<&str> = asked
        .split(',')
        .map(|entry| entry.split(';').next().unwrap_or_default().trim())
        .filter(|tag| !tag.is_empty())
        .collect();
    // English is held in every form (`en`, `en-GB`, `en_US.UTF-8`): its
    // fallback is what was asked for.
    if tags
        .iter()
        .any(|tag| language_of(tag).eq_ignore_ascii_case("en"))
    {
        return None;
    }
    let mut note = format!("no edition matches `--lang {asked}`; showing {FALLBACK_LOCALE}");
    if let Some(held) = tags.iter().find_map(|tag| region_slip(tag, catalog)) {
        note.push_str(&format!(" (did you mean `--lang {held}`?)"));
    }
    Some(note)
}

/// The language subtag of a tag or POSIX locale name (`ko` of `ko_KR.UTF-8`).
fn language_of(tag: &str) -> &str {
    tag.split(['-', '_', '.', '@']).next().unwrap_or_default()
}

/// The held locale whose region the tag's language subtag spells: a
/// country's code written for its language (`jp` → `ja-JP`, `kr` →
/// `ko-KR`, `cn` → `zh-CN`, `tw` → `zh-TW`, `br` → `pt-BR`, `sa` → `ar-SA`).
/// Only tags the catalog holds are suggested.
fn region_slip<'c>(tag: &str, catalog: &'c Catalog) -> Option<&'c str> {
    let language = language_of(tag);
    if language.len() != 2 || !language.bytes().all(|byte| byte.is_ascii_alphabetic()) {
        return None;
    }
    catalog.locales().find(|held| {
        held.split('-').skip(1).any(|subtag| {
            subtag.len() == 2
                && subtag.bytes().all(|byte| byte.is_ascii_uppercase())
                && subtag.eq_ignore_ascii_case(language)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn held_languages_and_english_get_no_note() {
        let catalog = Catalog::embedded();
        for asked in [
            "pt",
            "de-AT",
            "zh-Hant",
            "ko_KR.UTF-8",
            "en",
            "en-GB",
            "EN_us",
            "it, en",
            "ja-JP",
        ] {
            assert_eq!(no_edition(asked, catalog), None, "{asked}");
        }
    }

    #[test]
    fn country_codes_for_languages_get_the_held_tag() {
        let catalog = Catalog::embedded();
        for (asked, held) in [
            ("jp", "ja-JP"),
            ("JP", "ja-JP"),
            ("kr", "ko-KR"),
            ("cn", "zh-CN"),
            ("tw", "zh-TW"),
            ("br", "pt-BR"),
            ("sa", "ar-SA"),
            ("jp_JP.UTF-8", "ja-JP"),
        ] {
            assert_eq!(
                no_edition(asked, catalog),
                Some(format!(
                    "no edition matches `--lang {asked}`; showing en-US (did you mean `--lang {held}`?)"
                )),
                "{asked}"
            );
        }
        for asked in ["it", "ua", "gr", "x-foo"] {
            assert_eq!(
                no_edition(asked, catalog),
                Some(format!(
                    "no edition matches `--lang {asked}`; showing en-US"
                )),
                "{asked}"
            );
        }
    }
}
