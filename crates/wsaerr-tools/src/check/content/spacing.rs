//! Spacing rules of one language: French typography's no-break spaces, and
//! Microsoft's Japanese style of a half-width space between Latin letters
//! or digits and Japanese text.

use super::text::{is_cjk_char, with_neighbours};
use super::{Found, Span};
use crate::check::FindingKind;

const NO_BREAK_SPACE: char = '\u{A0}';

/// French: a no-break space (U+00A0) before `:` `;` `!` `?` and `»`, and
/// after `«`. An ordinary space, a narrow no-break space or no space there
/// is a finding. A mark inside a word or a number (`C:`, `10:30`, `http://`)
/// is not punctuation of the sentence and is left alone.
pub(super) fn no_break_spaces(text: &str, found: &mut Found) {
    for (previous, (offset, c), after) in with_neighbours(text) {
        let before = previous.map(|(_, c)| c);
        let (space, fragment_start) = match c {
            ':' | ';' | '!' | '?' | '»' => {
                // Closing marks end a clause: what follows is a space or the end.
                let ends_clause = after.is_none_or(|c| c.is_whitespace() || c == '»');
                if !ends_clause && c != '»' {
                    continue;
                }
                let start = previous.map_or(offset, |(at, _)| at);
                (before, start)
            }
            '«' => (after, offset),
            _ => continue,
        };
        if space != Some(NO_BREAK_SPACE) {
            found.push((
                FindingKind::NoBreakSpace {
                    mark: c.to_string(),
                },
                Some(Span::Shown(fragment_start)),
            ));
        }
    }
}

/// Japanese: a half-width space between an ASCII letter or digit and a
/// kana or kanji, in either order. Full-width punctuation and brackets
/// (`、。「」（）`) take no space.
pub(super) fn spaces_around_latin(text: &str, found: &mut Found) {
    let japanese = |c: char| {
        is_cjk_char(c)
            && !matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}' | '\u{30FB}')
    };
    let latin = |c: char| c.is_ascii_alphanumeric();
    for (previous, (_, b), _) in with_neighbours(text) {
        let Some((at, a)) = previous else {
            continue;
        };
        if (latin(a) && japanese(b)) || (japanese(a) && latin(b)) {
            found.push((
                FindingKind::LatinSpacing {
                    text: format!("{a}{b}"),
                },
                Some(Span::Shown(at)),
            ));
            // One finding per text: the rest are the same mistake.
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(found: &Found) -> Vec<String> {
        found
            .iter()
            .map(|(kind, _)| match kind {
                FindingKind::NoBreakSpace { mark } => mark.clone(),
                FindingKind::LatinSpacing { text } => text.clone(),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn french_wants_no_break_spaces() {
        let mut found = Found::new();
        no_break_spaces(
            "Cause\u{a0}: le délai\u{a0}; « \u{a0}non\u{a0}»",
            &mut found,
        );
        assert_eq!(marks(&found), ["«"]);
        let mut found = Found::new();
        no_break_spaces("Cause : oui ; non? « a\u{202f}» C:\\ 10:30", &mut found);
        assert_eq!(marks(&found), [":", ";", "?", "«", "»"]);
    }

    #[test]
    fn japanese_spaces_latin_from_kana_and_kanji() {
        let mut found = Found::new();
        spaces_around_latin(
            "WSAStartup を呼び出す（SO_BROADCAST）、IPv6 アドレス。",
            &mut found,
        );
        assert!(found.is_empty(), "{found:?}");
        spaces_around_latin("WSAStartupを呼び出す", &mut found);
        spaces_around_latin("古いWinsock", &mut found);
        assert_eq!(marks(&found), ["pを", "いW"]);
    }
}
