//! Punctuation, spacing, repeated words and brackets.

use fluent_syntax::ast;

use super::identifiers::tokens;
use super::{Found, PartToCheck, Span, Writing};
use crate::check::FindingKind;

/// Final punctuation: where en-US ends with a full stop, the translation
/// ends with the locale's; where en-US has none, neither does it.
pub(super) fn end_punctuation(part: &PartToCheck<'_, '_>, writing: Writing, found: &mut Found) {
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

/// A character with its offset, between the one before it (with its offset)
/// and the one after.
pub(super) type Neighbours = (Option<(usize, char)>, (usize, char), Option<char>);

/// Each character of `text` with its offset, the character before it (with
/// its offset) and the one after: read in one pass, in constant memory.
pub(super) fn with_neighbours(text: &str) -> impl Iterator<Item = Neighbours> + '_ {
    let mut chars = text.char_indices().peekable();
    let mut before = None;
    std::iter::from_fn(move || {
        let current = chars.next()?;
        let after = chars.peek().map(|&(_, c)| c);
        let item = (before, current, after);
        before = Some(current);
        Some(item)
    })
}

/// Whether a character is written in a CJK script (Han, kana, Hangul, or
/// full-width forms).
pub(super) fn is_cjk_char(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}' | '\u{2E80}'..='\u{2FDF}' | '\u{3000}'..='\u{30FF}'
        | '\u{3130}'..='\u{318F}' | '\u{31F0}'..='\u{31FF}' | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FFEF}' | '\u{20000}'..='\u{3134F}')
}

/// Half-width `, ; : ( ) . ! ?` touching a CJK character.
pub(super) fn half_width(text: &str, found: &mut Found) {
    // Marks inside an identifier (`sizeof(sockaddr)`, `Ws2_32.dll`) are code.
    let code: Vec<(usize, usize)> = tokens(text)
        .into_iter()
        .filter(|(token, _)| token.contains(['(', '.']))
        .map(|(token, at)| (at, at + token.len()))
        .collect();
    for (before, (offset, c), after) in with_neighbours(text) {
        let before = before.map(|(_, c)| c);
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
                Some(Span::Shown(offset)),
            ));
        }
    }
}

/// Two spaces in a row, and white space at either end of the source text.
pub(super) fn spacing(part: &PartToCheck<'_, '_>, found: &mut Found) {
    for element in &part.pattern.elements {
        if let ast::PatternElement::TextElement { value } = element {
            if let Some(at) = value.find("  ") {
                let source = part
                    .file
                    .offset_of(value)
                    .map(|start| Span::Source(start + at));
                found.push((FindingKind::DoubleSpace, source));
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
pub(super) fn unescape(value: &str) -> String {
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

pub(super) fn hex(digits: Option<&str>) -> Option<char> {
    char::from_u32(u32::from_str_radix(digits?, 16).ok()?)
}

/// A word written twice in a row: Latin or Hangul words by spaces, and a
/// run of two to four CJK characters repeated at once (`套接字套接字`).
pub(super) fn repeated_word(text: &str, found: &mut Found) {
    let mut previous: Option<&str> = None;
    let mut word_start = 0;
    for word in text.split(|c: char| c.is_whitespace()) {
        let at = word_start;
        word_start += word.len()
            + text[at + word.len()..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let bare_at = at
            + (word.len()
                - word
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .len());
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
                Some(Span::Shown(bare_at)),
            ));
        }
        previous = Some(bare);
    }
    // The last eight characters are all a run of four repeated needs: the
    // text is read once, in constant memory.
    let han = |run: &[(usize, char)]| run.iter().all(|(_, c)| is_han(*c));
    let mut window: std::collections::VecDeque<(usize, char)> =
        std::collections::VecDeque::with_capacity(9);
    for (offset, c) in text.char_indices() {
        window.push_back((offset, c));
        if window.len() > 8 {
            window.pop_front();
        }
        let recent: &[(usize, char)] = window.make_contiguous();
        for len in 2..=4 {
            let Some(start) = recent.len().checked_sub(2 * len) else {
                break;
            };
            let (first, second) = recent[start..].split_at(len);
            if han(first) && first.iter().map(|p| p.1).eq(second.iter().map(|p| p.1)) {
                let begin = first[0].0;
                let end = second[0].0;
                found.push((
                    FindingKind::RepeatedWord {
                        word: text[begin..end].to_owned(),
                    },
                    Some(Span::Shown(begin)),
                ));
                return;
            }
        }
    }
}

pub(super) fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

/// Brackets and quotes that do not pair up.
pub(super) fn unbalanced(text: &str, writing: Writing, found: &mut Found) {
    for (open, close) in writing.pairs() {
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
                Some(Span::Shown(offset)),
            ));
        }
    }
    if text.matches('"').count() % 2 == 1 {
        let offset = text.rfind('"').unwrap_or_default();
        found.push((
            FindingKind::Unbalanced { mark: "\"".into() },
            Some(Span::Shown(offset)),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_words_and_runs() {
        let mut found = Found::new();
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
        let mut found = Found::new();
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
        let mut found = Found::new();
        unbalanced("(a) 「b」 \"c\"", Writing::Japanese, &mut found);
        assert!(found.is_empty());
        unbalanced("(a 「b", Writing::Japanese, &mut found);
        unbalanced("a) \"b", Writing::Japanese, &mut found);
        assert_eq!(found.len(), 4);
    }
}
