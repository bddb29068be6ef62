//! The content family: each translation read against its en-US text, as
//! Weblate's quality checks and Translate Toolkit's `pofilter` read them.
//!
//! Errors are what would tell readers something false: a code identifier or
//! number of the English missing or altered, or one the English does not
//! have. Warnings are what a careful translator fixes: punctuation, spacing,
//! repeated words, brackets, another script, the glossary, text left in
//! English. Each knows the locales it applies to and keeps quiet elsewhere;
//! a translator silences one for one message with `# wsaerr-allow: <id>`.

use fluent_syntax::ast;

mod identifiers;
mod script;
mod text;

use super::kinds::FindingKind;
use super::parsed::{Definitions, ParsedFile};
use super::report::Findings;
use identifiers::{identifiers, mostly_latin};
use script::wrong_script;
use text::{end_punctuation, half_width, repeated_word, spacing, unbalanced};
use wsaerr::TextPart;

/// What a locale writes, for the checks that depend on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Writing {
    SimplifiedChinese,
    TraditionalChinese,
    Japanese,
    Korean,
    /// Latin-script and other languages: only the language-neutral checks.
    Other,
}

impl Writing {
    pub fn of(tag: &str, script: Option<&str>) -> Writing {
        let language = tag.split('-').next().unwrap_or_default();
        match (language, script) {
            ("zh", Some("Hant")) => Writing::TraditionalChinese,
            ("zh", _) => Writing::SimplifiedChinese,
            ("ja", _) => Writing::Japanese,
            ("ko", _) => Writing::Korean,
            _ => Writing::Other,
        }
    }

    pub(super) fn is_cjk(self) -> bool {
        !matches!(self, Writing::Other)
    }

    /// The full stop where en-US writes `.`.
    pub(super) fn full_stop(self) -> &'static str {
        match self {
            Writing::SimplifiedChinese | Writing::TraditionalChinese | Writing::Japanese => "。",
            Writing::Korean | Writing::Other => ".",
        }
    }

    /// Whether half-width punctuation next to CJK text is wrong (Korean
    /// writes half-width punctuation).
    pub(super) fn wants_full_width(self) -> bool {
        matches!(
            self,
            Writing::SimplifiedChinese | Writing::TraditionalChinese | Writing::Japanese
        )
    }
}

/// What the checks found: each kind with the fragment it is about, to place it.
pub(super) type Found = Vec<(FindingKind, Option<String>)>;

/// One part of a translated message, with its en-US counterpart.
pub(super) struct PartToCheck<'f, 'a> {
    pub file: &'f ParsedFile<'a>,
    pub rank: usize,
    pub id: &'f str,
    pub part: TextPart,
    /// Where the part starts (the message id, or its `.detail`).
    pub start: Option<wsaerr::Position>,
    pub pattern: &'f ast::Pattern<&'a str>,
    /// The text readers see, and the en-US text.
    pub text: &'f str,
    pub english: &'f str,
}

/// The glossary: each term's en-US value and this locale's.
pub(super) type Glossary<'t> = Vec<(&'t str, String, String)>;

/// Runs every content check on one part.
pub(super) fn check_part(
    part: &PartToCheck<'_, '_>,
    writing: Writing,
    glossary: &Glossary<'_>,
    findings: &mut Findings<'_>,
) {
    if part.text == part.english {
        // Untranslated: the structure family says so, once.
        return;
    }
    let mut found: Found = Vec::new();
    identifiers(part, writing, &mut found);
    end_punctuation(part, writing, &mut found);
    if writing.wants_full_width() {
        half_width(part.text, &mut found);
    }
    spacing(part, &mut found);
    repeated_word(part.text, &mut found);
    unbalanced(part.text, &mut found);
    wrong_script(part.text, writing, &mut found);
    for (term, english, ours) in glossary {
        let english_text = without_longer_terms(part.english, english, glossary);
        if mentions(&english_text, english)
            && !mentions(part.text, ours)
            && !part.text.contains(ours.as_str())
        {
            found.push((
                FindingKind::Glossary {
                    term: (*term).to_owned(),
                    expected: ours.clone(),
                },
                None,
            ));
        }
    }
    if writing.is_cjk() && mostly_latin(part.text) {
        found.push((FindingKind::MostlyLatin, None));
    }
    for (kind, fragment) in found {
        let position = fragment
            .as_deref()
            .and_then(|fragment| locate(part, fragment))
            .or(part.start);
        findings.push_in(
            part.rank,
            part.file.path,
            position,
            Some(part.id),
            Some(part.part),
            kind,
        );
    }
}

/// Where `fragment` (a slice of the shown text) stands in the source: the
/// same characters in one of the pattern's text elements, if they are there.
fn locate(part: &PartToCheck<'_, '_>, fragment: &str) -> Option<wsaerr::Position> {
    part.pattern.elements.iter().find_map(|element| {
        let ast::PatternElement::TextElement { value } = element else {
            return None;
        };
        let offset = value.find(fragment)?;
        let start = part.file.offset_of(value)?;
        Some(part.file.position(start + offset))
    })
}

/// Whether `text` uses the glossary word `word` at the start of a word, as
/// written or capitalized (`sockets` and `Socket` use `socket`; `websocket`,
/// `SOCK_STREAM` and the structure `QOS` do not use `socket`, `stream`, `QoS`).
fn mentions(text: &str, word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let capitalized: String = first.to_uppercase().chain(chars).collect();
    [word, capitalized.as_str()].iter().any(|form| {
        text.match_indices(form).any(|(at, _)| {
            !text[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
    })
}

/// `text` with every occurrence of the glossary's longer words blanked,
/// so that `Windows Sockets` does not count as a use of `socket`.
fn without_longer_terms(text: &str, word: &str, glossary: &Glossary<'_>) -> String {
    let mut text = text.to_owned();
    for (_, english, _) in glossary {
        let contains = english.to_lowercase().contains(&word.to_lowercase());
        if english.len() > word.len() && contains {
            text = text.replace(english.as_str(), &" ".repeat(english.len()));
        }
    }
    text
}

/// The glossary of a locale: every term both it and en-US define with
/// plain text (a term built from placeables has no one word to look for).
pub(super) fn glossary<'t>(
    english: &Definitions<'_, '_>,
    ours: &Definitions<'t, '_>,
) -> Glossary<'t> {
    let mut glossary: Glossary<'t> = ours
        .terms
        .iter()
        .filter_map(|(id, (_, term))| {
            let theirs = plain(&english.terms.get(id)?.1.value)?;
            let mine = plain(&term.value)?;
            (!theirs.is_empty() && !mine.is_empty()).then_some((*id, theirs, mine))
        })
        .collect();
    glossary.sort();
    glossary
}

/// A pattern's text when it is only text.
fn plain(pattern: &ast::Pattern<&str>) -> Option<String> {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => text.push_str(value),
            ast::PatternElement::Placeable { .. } => return None,
        }
    }
    Some(text.trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glossary_words_are_found_at_word_starts() {
        assert!(mentions("Two Sockets closed.", "socket"));
        assert!(mentions("Socket closed.", "socket"));
        assert!(!mentions("a websocket", "socket"));
        assert!(!mentions("a SOCK_STREAM socket", "stream"));
        assert!(!mentions("the QOS structure", "QoS"));
        assert!(!mentions("anything", ""));
        let glossary = vec![
            ("socket", "socket".to_owned(), "소켓".to_owned()),
            (
                "winsock",
                "Windows Sockets".to_owned(),
                "Winsock".to_owned(),
            ),
        ];
        let masked = without_longer_terms("Windows Sockets 2", "socket", &glossary);
        assert!(!mentions(&masked, "socket"));
    }
}
