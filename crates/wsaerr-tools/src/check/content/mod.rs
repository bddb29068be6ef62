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
mod spacing;
mod text;
mod writing;

use super::kinds::FindingKind;
use super::parsed::{Definitions, ParsedFile};
use super::report::Findings;
use identifiers::{identifiers, mostly_latin};
use script::wrong_script;
use spacing::{no_break_spaces, spaces_around_latin};
use text::{end_punctuation, half_width, repeated_word, spacing, unbalanced};
pub(super) use writing::Writing;
use wsaerr::TextPart;

/// What the checks found in one part: each kind with where it is, to place
/// it. At most [`Findings::CAP`] of one kind are kept, the rest only counted,
/// so that a text of a hundred thousand doubled words costs no more memory
/// than one of ten.
#[derive(Debug, Default)]
pub(super) struct Found {
    kept: Vec<(FindingKind, Option<Span>)>,
    more: Vec<(&'static str, usize)>,
}

impl Found {
    pub fn new() -> Found {
        Found::default()
    }

    pub fn push(&mut self, (kind, span): (FindingKind, Option<Span>)) {
        let id = kind.id();
        let kept = self.kept.iter().filter(|(kept, _)| kept.id() == id).count();
        if kept < Findings::CAP {
            self.kept.push((kind, span));
        } else {
            match self.more.iter_mut().find(|(more, _)| *more == id) {
                Some((_, count)) => *count += 1,
                None => self.more.push((id, 1)),
            }
        }
    }

    pub fn extend(&mut self, other: Found) {
        for (id, count) in other.more {
            match self.more.iter_mut().find(|(more, _)| *more == id) {
                Some((_, total)) => *total += count,
                None => self.more.push((id, count)),
            }
        }
        for item in other.kept {
            self.push(item);
        }
    }
}

impl IntoIterator for Found {
    type Item = (FindingKind, Option<Span>);
    type IntoIter = std::vec::IntoIter<Self::Item>;

    fn into_iter(self) -> Self::IntoIter {
        self.kept.into_iter()
    }
}

impl std::ops::Deref for Found {
    type Target = [(FindingKind, Option<Span>)];

    fn deref(&self) -> &Self::Target {
        &self.kept
    }
}

/// Where a content finding is: a byte offset in the text readers see, or in
/// the source file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Span {
    Shown(usize),
    Source(usize),
}

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

/// One term of a locale's glossary: its en-US word, the locale's word, and
/// the renderings of the same concept the locale rules out (`# avoid:`).
pub(super) struct GlossaryTerm<'t> {
    pub id: &'t str,
    pub english: String,
    pub ours: String,
    pub avoid: Vec<String>,
}

/// The glossary of a locale, term by term.
pub(super) type Glossary<'t> = Vec<GlossaryTerm<'t>>;

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
    let mut found = Found::new();
    identifiers(part, writing, glossary, &mut found);
    end_punctuation(part, writing, &mut found);
    if writing.wants_full_width() {
        half_width(part.text, &mut found);
    }
    spacing(part, &mut found);
    repeated_word(part.text, &mut found);
    unbalanced(part.text, writing, &mut found);
    wrong_script(part.text, writing, &mut found);
    if writing.wants_no_break_spaces() {
        no_break_spaces(part.text, &mut found);
    }
    if writing.spaces_latin_from_japanese() {
        spaces_around_latin(part.text, &mut found);
    }
    for term in glossary {
        let english_text = without_longer_terms(part.english, &term.english, glossary);
        if mentions(&english_text, &term.english) && !uses(part.text, &term.ours, writing) {
            found.push((
                FindingKind::Glossary {
                    term: term.id.to_owned(),
                    expected: term.ours.clone(),
                },
                None,
            ));
        }
        for word in &term.avoid {
            let avoided = if writing.is_cjk() {
                part.text.contains(word.as_str())
            } else {
                mentions(part.text, word)
            };
            if avoided {
                found.push((
                    FindingKind::AvoidedWord {
                        term: term.id.to_owned(),
                        word: word.clone(),
                        expected: term.ours.clone(),
                    },
                    part.text.find(word.as_str()).map(Span::Shown),
                ));
            }
        }
    }
    if let Some(own_letter) = writing.own_letter() {
        if mostly_latin(part.text, own_letter) {
            found.push((FindingKind::MostlyLatin, None));
        }
    }
    let mut alignment = None;
    for (kind, span) in found.kept {
        let position = span
            .and_then(|span| match span {
                Span::Source(offset) => Some(part.file.position(offset)),
                Span::Shown(offset) => alignment
                    .get_or_insert_with(|| Alignment::of(part))
                    .source_offset(offset)
                    .map(|source| part.file.position(source)),
            })
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
    // Counted after the kept ones, which the report lists first.
    for (check, more) in found.more {
        findings.count_more(
            part.rank,
            part.file.path,
            Some(part.id),
            Some(part.part),
            check,
            more,
        );
    }
}

/// Where the shown text's pieces stand in the source: each text element of
/// the pattern, found in order in the shown text (placeables, such as
/// `{ -winsock }`, are what lies between). Built in one pass over the text,
/// so that placing every finding of a part costs time in proportion to the
/// text, however many findings there are.
struct Alignment {
    /// (offset in the shown text, offset in the file, length), in order.
    pieces: Vec<(usize, usize, usize)>,
}

impl Alignment {
    fn of(part: &PartToCheck<'_, '_>) -> Alignment {
        let mut pieces = Vec::new();
        let mut cursor = 0;
        for element in &part.pattern.elements {
            let ast::PatternElement::TextElement { value } = element else {
                continue;
            };
            // The shown text is trimmed at its ends: so may a piece be.
            let trimmed = value.trim();
            let Some(source) = part.file.offset_of(value) else {
                continue;
            };
            let lead = value.len() - value.trim_start().len();
            let Some(found) = part.text.get(cursor..).and_then(|rest| rest.find(trimmed)) else {
                continue;
            };
            if trimmed.is_empty() {
                continue;
            }
            let shown = cursor + found;
            pieces.push((shown, source + lead, trimmed.len()));
            cursor = shown + trimmed.len();
        }
        Alignment { pieces }
    }

    /// The file offset of a byte of the shown text, when it is in a piece
    /// of the source's own text.
    fn source_offset(&self, shown: usize) -> Option<usize> {
        let index = self.pieces.partition_point(|&(start, _, _)| start <= shown);
        let &(start, source, len) = self.pieces.get(index.checked_sub(1)?)?;
        (shown < start + len).then_some(source + (shown - start))
    }
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

/// Whether `text` uses the locale's glossary word `word`: as written, or,
/// in a language that inflects, each of its words with another ending (at
/// most its last two letters differ, four in a word of eight or more, and
/// two stay: `сокета` uses `сокет`, `семейства адресов` uses `семейство
/// адресов`, `перекрывающегося ввода-вывода` uses `перекрывающийся
/// ввод-вывод`).
fn uses(text: &str, word: &str, writing: Writing) -> bool {
    if mentions(text, word) || text.contains(word) {
        return true;
    }
    if !writing.inflects() {
        return false;
    }
    let text_words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let term_words = word
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    term_words.into_iter().all(|term_word| {
        let letters: Vec<char> = term_word.to_lowercase().chars().collect();
        // Endings: two letters, four in long words (`перекрывающийся` →
        // `перекрывающегося`); a stem keeps at least two (`узел`, `узла`).
        let longest = if letters.len() >= 8 { 4 } else { 2 };
        let ending = letters.len().saturating_sub(2).min(longest);
        let stem: String = letters[..letters.len() - ending].iter().collect();
        // German joins words into compounds: `Zielhost` uses `Host`.
        text_words.iter().any(|text_word| {
            text_word.starts_with(&stem) || (writing.compounds() && text_word.contains(&stem))
        })
    })
}

/// `text` with every occurrence of the glossary's longer words blanked,
/// so that `Windows Sockets` does not count as a use of `socket`.
fn without_longer_terms(text: &str, word: &str, glossary: &Glossary<'_>) -> String {
    let mut text = text.to_owned();
    for term in glossary {
        let english = &term.english;
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
            (!theirs.is_empty() && !mine.is_empty()).then(|| GlossaryTerm {
                id,
                english: theirs,
                ours: mine,
                avoid: avoided(term),
            })
        })
        .collect();
    glossary.sort_by_key(|term| term.id);
    glossary
}

/// The words a term's comment rules out: `# avoid: word, word`.
fn avoided(term: &ast::Term<&str>) -> Vec<String> {
    let Some(comment) = &term.comment else {
        return Vec::new();
    };
    comment
        .content
        .iter()
        .filter_map(|line| line.trim().strip_prefix("avoid:"))
        .flat_map(|list| list.split(','))
        .map(str::trim)
        .filter(|word| !word.is_empty())
        .map(str::to_owned)
        .collect()
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
        let term = |id, english: &str, ours: &str| GlossaryTerm {
            id,
            english: english.to_owned(),
            ours: ours.to_owned(),
            avoid: Vec::new(),
        };
        let glossary = vec![
            term("socket", "socket", "소켓"),
            term("winsock", "Windows Sockets", "Winsock"),
        ];
        let masked = without_longer_terms("Windows Sockets 2", "socket", &glossary);
        assert!(!mentions(&masked, "socket"));
    }

    #[test]
    fn inflected_glossary_words_count_where_the_language_inflects() {
        assert!(uses("Дескриптор сокета закрыт.", "сокет", Writing::Russian));
        assert!(uses("Имя узла не найдено.", "узел", Writing::Russian));
        assert!(uses(
            "Неверное семейства адресов.",
            "семейство адресов",
            Writing::Russian
        ));
        assert!(uses(
            "Yuvanın arabelleği dolu.",
            "arabellek",
            Writing::Turkish
        ));
        assert!(!uses("Das Paket ist zu groß.", "Puffer", Writing::German));
        assert!(uses("Der Zielhost ist aus.", "Host", Writing::German));
        assert!(uses(
            "Объект перекрывающегося ввода-вывода.",
            "перекрывающийся ввод-вывод",
            Writing::Russian
        ));
        assert!(!uses("El anfitrión.", "host", Writing::Spanish));
        assert!(!uses("ソケット", "소켓", Writing::Japanese));
        // English does not inflect its glossary: `sockets` uses `socket` as written.
        assert!(!uses("the hostname", "hosted", Writing::English));
    }
}
