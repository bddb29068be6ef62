//! The content family: each translation read against its en-US text, as
//! Weblate's quality checks and Translate Toolkit's `pofilter` read them.
//!
//! Errors are what would tell readers something false: a code identifier or
//! number of the English missing or altered, or one the English does not
//! have. Warnings are what a careful translator fixes: punctuation, spacing,
//! repeated words, brackets, another script, the glossary, text left in
//! English. Each knows the locales it applies to and keeps quiet elsewhere;
//! a translator silences one for one message with `# wsaerr-allow: <id>`.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use fluent_syntax::ast;

use super::kinds::FindingKind;
use super::parsed::{Definitions, ParsedFile};
use super::report::Findings;
use crate::TextPart;

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

    fn is_cjk(self) -> bool {
        !matches!(self, Writing::Other)
    }

    /// The full stop where en-US writes `.`.
    fn full_stop(self) -> &'static str {
        match self {
            Writing::SimplifiedChinese | Writing::TraditionalChinese | Writing::Japanese => "。",
            Writing::Korean | Writing::Other => ".",
        }
    }

    /// Whether half-width punctuation next to CJK text is wrong (Korean
    /// writes half-width punctuation).
    fn wants_full_width(self) -> bool {
        matches!(
            self,
            Writing::SimplifiedChinese | Writing::TraditionalChinese | Writing::Japanese
        )
    }
}

/// What the checks found: each kind with the fragment it is about, to place it.
type Found = Vec<(FindingKind, Option<String>)>;

/// One part of a translated message, with its en-US counterpart.
pub(super) struct PartToCheck<'f, 'a> {
    pub file: &'f ParsedFile<'a>,
    pub rank: usize,
    pub id: &'f str,
    pub part: TextPart,
    /// Where the part starts (the message id, or its `.detail`).
    pub start: Option<crate::Position>,
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
fn locate(part: &PartToCheck<'_, '_>, fragment: &str) -> Option<crate::Position> {
    part.pattern.elements.iter().find_map(|element| {
        let ast::PatternElement::TextElement { value } = element else {
            return None;
        };
        let offset = value.find(fragment)?;
        let start = part.file.offset_of(value)?;
        Some(part.file.position(start + offset))
    })
}

/// Lower-case API names that are never English words.
const API_NAMES: &[&str] = &[
    "closesocket",
    "getaddrinfo",
    "gethostbyaddr",
    "gethostbyname",
    "gethostname",
    "getnameinfo",
    "getpeername",
    "getprotobyname",
    "getservbyname",
    "getsockname",
    "getsockopt",
    "htons",
    "inet_addr",
    "ioctlsocket",
    "recvfrom",
    "sendto",
    "setsockopt",
    "sockaddr",
];

/// API names that are also English words: identifiers where the text says
/// so (`the socket function`, `calling accept`), words elsewhere.
const WORD_API_NAMES: &[&str] = &[
    "accept", "bind", "connect", "listen", "recv", "select", "send", "shutdown", "socket",
];

/// A code identifier or number, and where it is in the text.
fn tokens(text: &str) -> Vec<(&str, usize)> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut start = None;
    let is_part = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut i = 0;
    while i <= bytes.len() {
        let inside = i < bytes.len() && is_part(bytes[i]);
        match (start, inside) {
            (None, true) => start = Some(i),
            (Some(begin), false) => {
                let mut end = i;
                // `Ws2_32.dll`, `1.1`: a dot between two token characters joins them.
                if end + 1 < bytes.len() && bytes[end] == b'.' && is_part(bytes[end + 1]) {
                    i += 1;
                    continue;
                }
                // `sizeof(sockaddr)`: a call with one plain argument is one identifier.
                if bytes.get(end) == Some(&b'(') {
                    if let Some(close) = text[end..].find(')') {
                        let inner = &text[end + 1..end + close];
                        let named = inner.starts_with(|c: char| c.is_ascii_alphabetic());
                        if named && inner.bytes().all(is_part) {
                            end += close + 1;
                            i = end;
                        }
                    }
                }
                found.push((&text[begin..end], begin));
                start = None;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    found
}

/// Whether a token is a code identifier or a number (on its own; API names
/// that are also words are decided by their context).
fn is_identifier(token: &str) -> bool {
    let first = token.chars().next().unwrap_or_default();
    if first.is_ascii_digit() {
        return token.chars().all(|c| c.is_ascii_digit() || c == '.');
    }
    let has_digit_or_underscore = token.contains(|c: char| c.is_ascii_digit() || c == '_');
    let inner_capital = token.chars().skip(1).any(|c| c.is_ascii_uppercase());
    has_digit_or_underscore
        || (inner_capital && token.len() > 1)
        || token.contains('(')
        || token.contains('.')
        || API_NAMES.contains(&token)
}

/// Identifiers of an en-US text: the clear ones, and API names that are
/// also words where the text calls them (`calling accept`, `the bind call`).
fn english_identifiers(text: &str) -> BTreeSet<&str> {
    let found = tokens(text);
    found
        .iter()
        .filter(|(token, at)| {
            is_identifier(token)
                || (WORD_API_NAMES.contains(token) && {
                    let before = text[..*at].trim_end();
                    let after = text[at + token.len()..].trim_start();
                    // `the socket function`, not `a socket function` (any of them).
                    let the =
                        before.ends_with(" the") || before == "the" || before.ends_with("The");
                    before.ends_with("calling")
                        || before.ends_with(" call")
                        || (the && (after.starts_with("function") || after.starts_with("call")))
                })
        })
        .map(|(token, _)| *token)
        .collect()
}

/// Identifiers of a translation: every clear one, and API names that are
/// also words wherever they stand in Latin letters among CJK text.
fn translated_identifiers(text: &str, cjk: bool) -> BTreeSet<&str> {
    tokens(text)
        .into_iter()
        .map(|(token, _)| token)
        .filter(|token| is_identifier(token) || (cjk && WORD_API_NAMES.contains(token)))
        .collect()
}

fn identifiers(part: &PartToCheck<'_, '_>, writing: Writing, found: &mut Found) {
    found.extend(identifier_findings(
        part.text,
        part.english,
        writing.is_cjk(),
    ));
}

/// The identifier checks, on the shown texts.
fn identifier_findings(text: &str, english: &str, cjk: bool) -> Found {
    let mut theirs = english_identifiers(english);
    // Outside CJK text an API name that is also a word cannot be told from
    // the word (`appeler bind` or `bind` in French prose): left unchecked.
    if !cjk {
        theirs.retain(|token| !WORD_API_NAMES.contains(token));
    }
    let ours = translated_identifiers(text, cjk);
    let english_words: BTreeSet<&str> = tokens(english)
        .into_iter()
        .map(|(token, _)| token)
        .collect();
    let mut found = Vec::new();
    let added: Vec<&str> = ours
        .iter()
        .copied()
        .filter(|token| !theirs.contains(token))
        // A word-like API name the English writes as a word is no addition.
        .filter(|token| !(WORD_API_NAMES.contains(token) && english_words.contains(token)))
        .collect();
    // What may stand where an identifier was altered: any Latin word here.
    let words: Vec<&str> = tokens(text)
        .into_iter()
        .map(|(token, _)| token)
        .filter(|token| !theirs.contains(token))
        .collect();
    for identifier in &theirs {
        if ours.contains(identifier) {
            continue;
        }
        let allowed = crate::suggest::allowed_distance(identifier);
        let numeric = |token: &str| token.starts_with(|c: char| c.is_ascii_digit());
        let altered = words
            .iter()
            .copied()
            // A number stands for a number; a name for a name of some length.
            .filter(|candidate| {
                numeric(candidate) == numeric(identifier)
                    && (numeric(identifier) || candidate.len() >= 3)
            })
            .find(|candidate| {
                crate::suggest::levenshtein(identifier, candidate, allowed).is_some()
            });
        found.push((
            FindingKind::IdentifierMissing {
                identifier: (*identifier).to_owned(),
                found: altered.map(str::to_owned),
            },
            altered.map(str::to_owned),
        ));
    }
    for identifier in added {
        let altered = theirs.iter().any(|original| {
            let allowed = crate::suggest::allowed_distance(original);
            crate::suggest::levenshtein(original, identifier, allowed).is_some()
        });
        if !altered {
            found.push((
                FindingKind::IdentifierAdded {
                    identifier: identifier.to_owned(),
                },
                Some(identifier.to_owned()),
            ));
        }
    }
    found
}

/// Final punctuation: where en-US ends with a full stop, the translation
/// ends with the locale's; where en-US has none, neither does it.
fn end_punctuation(part: &PartToCheck<'_, '_>, writing: Writing, found: &mut Found) {
    let stop = writing.full_stop();
    let english_stops = part.english.ends_with('.');
    let ends = part.text.ends_with(stop) || part.text.ends_with(['.', '。', '．']);
    if english_stops && !part.text.ends_with(stop) {
        found.push((
            FindingKind::EndPunctuation {
                expected: stop.to_owned(),
            },
            None,
        ));
    } else if !english_stops && ends && !part.english.ends_with(['!', '?']) {
        found.push((
            FindingKind::EndPunctuation {
                expected: String::new(),
            },
            None,
        ));
    }
}

/// Whether a character is written in a CJK script (Han, kana, Hangul, or
/// full-width forms).
fn is_cjk_char(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}' | '\u{2E80}'..='\u{2FDF}' | '\u{3000}'..='\u{30FF}'
        | '\u{3130}'..='\u{318F}' | '\u{31F0}'..='\u{31FF}' | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FFEF}' | '\u{20000}'..='\u{3134F}')
}

/// Half-width `, ; : ( ) . ! ?` touching a CJK character.
fn half_width(text: &str, found: &mut Found) {
    // Marks inside an identifier (`sizeof(sockaddr)`, `Ws2_32.dll`) are code.
    let code: Vec<(usize, usize)> = tokens(text)
        .into_iter()
        .filter(|(token, _)| token.contains(['(', '.']))
        .map(|(token, at)| (at, at + token.len()))
        .collect();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (index, &(offset, c)) in chars.iter().enumerate() {
        if code
            .iter()
            .any(|&(start, end)| (start..end).contains(&offset))
        {
            continue;
        }
        let expected = match c {
            ',' => "，",
            ';' => "；",
            ':' => "：",
            '(' => "（",
            ')' => "）",
            '.' => "。",
            '!' => "！",
            '?' => "？",
            _ => continue,
        };
        let before = index.checked_sub(1).map(|i| chars[i].1);
        let after = chars.get(index + 1).map(|(_, c)| *c);
        // `(` opens onto what follows, `)` closes what precedes, the others
        // follow a word: the side that matters is the one the mark belongs to.
        let touching = match c {
            '(' => before.is_some_and(is_cjk_char) || after.is_some_and(is_cjk_char),
            ')' => before.is_some_and(is_cjk_char) || after.is_some_and(is_cjk_char),
            _ => before.is_some_and(is_cjk_char),
        };
        if touching {
            found.push((
                FindingKind::HalfWidthPunctuation {
                    mark: c.to_string(),
                    expected: expected.to_owned(),
                },
                Some(text[offset..offset + c.len_utf8()].to_owned()),
            ));
        }
    }
}

/// Two spaces in a row, and white space at either end of the source text.
fn spacing(part: &PartToCheck<'_, '_>, found: &mut Found) {
    for element in &part.pattern.elements {
        if let ast::PatternElement::TextElement { value } = element {
            if let Some(at) = value.find("  ") {
                found.push((FindingKind::DoubleSpace, Some(value[at..at + 2].to_owned())));
            }
        }
    }
    let literal = |element: Option<&ast::PatternElement<&str>>| -> Option<String> {
        match element? {
            ast::PatternElement::TextElement { value } => Some((*value).to_owned()),
            ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } => Some(unescape(value)),
            ast::PatternElement::Placeable { .. } => None,
        }
    };
    let first = literal(part.pattern.elements.first());
    let last = literal(part.pattern.elements.last());
    let starts = first.is_some_and(|text| text.starts_with(char::is_whitespace));
    let ends = last.is_some_and(|text| text.ends_with(char::is_whitespace));
    if starts || ends {
        found.push((FindingKind::OuterWhitespace, None));
    }
}

/// A Fluent string literal's value, with `\u0020`-style escapes read.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let escape = &rest[at + 1..];
        let (decoded, used) = match escape.chars().next() {
            Some('u') => (hex(escape.get(1..5)), 5),
            Some('U') => (hex(escape.get(1..7)), 7),
            Some(other) => (Some(other), other.len_utf8()),
            None => (None, 0),
        };
        out.extend(decoded);
        rest = escape.get(used..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

fn hex(digits: Option<&str>) -> Option<char> {
    char::from_u32(u32::from_str_radix(digits?, 16).ok()?)
}

/// A word written twice in a row: Latin or Hangul words by spaces, and a
/// run of two to four CJK characters repeated at once (`套接字套接字`).
fn repeated_word(text: &str, found: &mut Found) {
    let mut previous: Option<&str> = None;
    for word in text.split(|c: char| c.is_whitespace()) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        if bare.is_empty() {
            previous = None;
            continue;
        }
        if previous.is_some_and(|before: &str| before.eq_ignore_ascii_case(bare))
            && bare.chars().any(char::is_alphabetic)
        {
            found.push((
                FindingKind::RepeatedWord {
                    word: bare.to_owned(),
                },
                Some(bare.to_owned()),
            ));
        }
        previous = Some(bare);
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for start in 0..chars.len() {
        for len in 2..=4 {
            let Some(window) = chars.get(start..start + 2 * len) else {
                break;
            };
            let (first, second) = window.split_at(len);
            let han = |run: &[(usize, char)]| run.iter().all(|(_, c)| is_han(*c));
            if han(first) && first.iter().map(|p| p.1).eq(second.iter().map(|p| p.1)) {
                let begin = first[0].0;
                let end = second[0].0;
                found.push((
                    FindingKind::RepeatedWord {
                        word: text[begin..end].to_owned(),
                    },
                    Some(text[begin..end].to_owned()),
                ));
                return;
            }
        }
    }
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

/// Brackets and quotes that do not pair up.
fn unbalanced(text: &str, found: &mut Found) {
    const PAIRS: [(char, char); 7] = [
        ('(', ')'),
        ('[', ']'),
        ('（', '）'),
        ('「', '」'),
        ('『', '』'),
        ('“', '”'),
        ('【', '】'),
    ];
    for (open, close) in PAIRS {
        let mut depth = 0i64;
        let mut bad = None;
        for (offset, c) in text.char_indices() {
            if c == open {
                depth += 1;
            } else if c == close {
                depth -= 1;
                if depth < 0 && bad.is_none() {
                    bad = Some((offset, c));
                }
            }
        }
        if depth > 0 && bad.is_none() {
            bad = text.rfind(open).map(|offset| (offset, open));
        }
        if let Some((offset, mark)) = bad {
            found.push((
                FindingKind::Unbalanced {
                    mark: mark.to_string(),
                },
                Some(text[offset..offset + mark.len_utf8()].to_owned()),
            ));
        }
    }
    if text.matches('"').count() % 2 == 1 {
        let offset = text.rfind('"').unwrap_or_default();
        found.push((
            FindingKind::Unbalanced { mark: "\"".into() },
            Some(text[offset..offset + 1].to_owned()),
        ));
    }
}

fn sorted_chars(list: &str) -> Vec<char> {
    let mut chars: Vec<char> = list.trim().chars().collect();
    chars.sort_unstable();
    chars
}

fn simplified_only() -> &'static [char] {
    static LIST: OnceLock<Vec<char>> = OnceLock::new();
    LIST.get_or_init(|| sorted_chars(include_str!("scripts/simplified-only.txt")))
}

fn traditional_only() -> &'static [char] {
    static LIST: OnceLock<Vec<char>> = OnceLock::new();
    LIST.get_or_init(|| sorted_chars(include_str!("scripts/traditional-only.txt")))
}

/// The first character of a script the locale does not write.
fn wrong_script(text: &str, writing: Writing, found: &mut Found) {
    let kana = |c: char| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}');
    let hangul = |c: char| matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}');
    // The middle dot `・` (U+30FB) and the long vowel mark stand in other scripts too.
    let kana = |c: char| kana(c) && !matches!(c, '\u{30FB}' | '\u{30FC}');
    let wrong = text.char_indices().find_map(|(offset, c)| {
        let script = match writing {
            Writing::SimplifiedChinese if traditional_only().binary_search(&c).is_ok() => {
                "a Traditional-only character"
            }
            Writing::TraditionalChinese if simplified_only().binary_search(&c).is_ok() => {
                "a Simplified-only character"
            }
            Writing::SimplifiedChinese | Writing::TraditionalChinese | Writing::Korean
                if kana(c) =>
            {
                "kana"
            }
            Writing::SimplifiedChinese | Writing::TraditionalChinese | Writing::Japanese
                if hangul(c) =>
            {
                "Hangul"
            }
            _ => return None,
        };
        Some((offset, c, script))
    });
    if let Some((offset, c, script)) = wrong {
        found.push((
            FindingKind::WrongScript {
                character: c.to_string(),
                script: script.to_owned(),
            },
            Some(text[offset..offset + c.len_utf8()].to_owned()),
        ));
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

/// Whether CJK text is mostly Latin words besides code identifiers.
fn mostly_latin(text: &str) -> bool {
    let cjk = text.chars().filter(|c| is_cjk_char(*c)).count();
    let latin: usize = tokens(text)
        .into_iter()
        .filter(|(token, _)| !is_identifier(token) && !WORD_API_NAMES.contains(token))
        .map(|(token, _)| token.len())
        .sum();
    latin >= 12 && latin > cjk * 2
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
    fn tokens_keep_dotted_names_and_calls_whole() {
        let text = "Check sizeof(sockaddr), Ws2_32.dll and version 2.2. Then WSAStartup.";
        let found: Vec<&str> = tokens(text).into_iter().map(|(token, _)| token).collect();
        assert_eq!(
            found,
            [
                "Check",
                "sizeof(sockaddr)",
                "Ws2_32.dll",
                "and",
                "version",
                "2.2",
                "Then",
                "WSAStartup"
            ]
        );
    }

    #[test]
    fn english_identifiers_tell_api_names_from_words() {
        let text = "The socket function failed; calling accept on a socket that does not accept. A socket function. Use setsockopt with SO_BROADCAST in QoS 2.";
        let found: Vec<&str> = english_identifiers(text).into_iter().collect();
        assert_eq!(
            found,
            ["2", "QoS", "SO_BROADCAST", "accept", "setsockopt", "socket"]
        );
    }

    #[test]
    fn identifier_mismatches_are_named() {
        let english = "Enable SO_BROADCAST with setsockopt first.";
        let findings = identifier_findings("setsockop로 SO_BROADCST를 켭니다.", english, true);
        let kinds: Vec<FindingKind> = findings.into_iter().map(|(kind, _)| kind).collect();
        assert_eq!(
            kinds,
            [
                FindingKind::IdentifierMissing {
                    identifier: "SO_BROADCAST".into(),
                    found: Some("SO_BROADCST".into())
                },
                FindingKind::IdentifierMissing {
                    identifier: "setsockopt".into(),
                    found: Some("setsockop".into())
                },
            ]
        );
        let translated = identifier_findings("先用广播选项启用。", english, true);
        assert_eq!(translated.len(), 2);
        let added = identifier_findings(
            "setsockopt로 SO_BROADCAST와 SO_LINGER를 켭니다.",
            english,
            true,
        );
        assert_eq!(
            added.into_iter().map(|(kind, _)| kind).collect::<Vec<_>>(),
            [FindingKind::IdentifierAdded {
                identifier: "SO_LINGER".into()
            }]
        );
        let version = identifier_findings(
            "Winsock 2.0 버전이 필요합니다.",
            "Winsock 2.2 is required.",
            true,
        );
        assert_eq!(version.len(), 1);
    }

    #[test]
    fn scripts() {
        let mut found = Vec::new();
        wrong_script("这是套接字。", Writing::SimplifiedChinese, &mut found);
        wrong_script("通訊端錯誤。", Writing::TraditionalChinese, &mut found);
        wrong_script("系統出錯。", Writing::TraditionalChinese, &mut found);
        assert!(found.is_empty(), "{found:?}");
        wrong_script("這是套接字。", Writing::SimplifiedChinese, &mut found);
        wrong_script("这是通訊端。", Writing::TraditionalChinese, &mut found);
        wrong_script("ソケットです。", Writing::SimplifiedChinese, &mut found);
        wrong_script("소켓입니다。", Writing::Japanese, &mut found);
        let seen: Vec<String> = found
            .into_iter()
            .map(|(kind, _)| match kind {
                FindingKind::WrongScript { character, .. } => character,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(seen, ["這", "这", "ソ", "소"]);
    }

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

    #[test]
    fn repeated_words_and_runs() {
        let mut found = Vec::new();
        repeated_word("the the socket", &mut found);
        repeated_word("套接字套接字已关闭。", &mut found);
        repeated_word("常常发生。", &mut found);
        repeated_word("1 1 times", &mut found);
        let words: Vec<String> = found
            .into_iter()
            .map(|(kind, _)| match kind {
                FindingKind::RepeatedWord { word } => word,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(words, ["the", "套接字"]);
    }

    #[test]
    fn half_width_marks_next_to_cjk() {
        let mut found = Vec::new();
        half_width(
            "连接超时,请重试(稍后)。见 Ws2_32.dll, sizeof(sockaddr)。",
            &mut found,
        );
        let marks: Vec<String> = found
            .into_iter()
            .map(|(kind, _)| match kind {
                FindingKind::HalfWidthPunctuation { mark, .. } => mark,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(marks, [",", "(", ")"]);
    }

    #[test]
    fn brackets_and_quotes() {
        let mut found = Vec::new();
        unbalanced("(a) 「b」 \"c\"", &mut found);
        assert!(found.is_empty());
        unbalanced("(a 「b", &mut found);
        unbalanced("a) \"b", &mut found);
        assert_eq!(found.len(), 4);
    }

    #[test]
    fn text_left_in_english() {
        assert!(mostly_latin("The connection was refused by the peer."));
        assert!(!mostly_latin(
            "对端拒绝了连接（WSAECONNREFUSED，SO_LINGER）。"
        ));
        assert!(!mostly_latin("WSAStartup 호출이 아직 성공하지 않았습니다."));
    }
}
