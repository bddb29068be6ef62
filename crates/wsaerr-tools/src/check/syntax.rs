//! The syntax family: what the parser could not read, entries too deep to
//! parse, files that are not UTF-8, and signs of a broken encoding.

use std::collections::HashSet;

use fluent_syntax::parser::{ErrorKind, ParserError};

use super::kinds::{EncodingSign, FindingKind};
use super::parsed::ParsedFile;
use super::report::Findings;
use crate::runtime::leading_id;
use crate::runtime::{floor_char_boundary, Position};

/// Reports a file's syntax errors, entries cut out for nesting too deeply,
/// and signs of a broken encoding. The ids of broken messages go into
/// `broken` (they are not reported missing as well).
pub(super) fn check_syntax(
    file: &ParsedFile<'_>,
    rank: usize,
    right_to_left: bool,
    findings: &mut Findings<'_>,
    broken: &mut HashSet<String>,
) {
    for error in &file.errors {
        let (start, id) = junk_start(file, error);
        if let Some(id) = id {
            broken.insert(id.to_owned());
        }
        let position = file.position(start);
        let error_position = file.position(error.pos.start);
        findings.push(
            rank,
            file.path,
            Some(position),
            id,
            FindingKind::Syntax {
                problem: explain_parser_error(&error.kind),
                error_position,
                source_line: file.index.line_text(error.pos.start).to_owned(),
            },
        );
    }
    for deep in &file.deep {
        let id = deep.id.as_deref();
        if let Some(id) = id {
            broken.insert(id.to_owned());
        }
        findings.push(
            rank,
            file.path,
            Some(file.position(deep.entry_start)),
            id,
            FindingKind::TooDeep,
        );
    }
    for (offset, sign) in encoding_signs(file.text) {
        let position = file.position(offset);
        let id = file.message_at(offset);
        findings.push(
            rank,
            file.path,
            Some(position),
            id,
            FindingKind::BrokenEncoding { sign },
        );
    }
    for (offset, kind) in hidden_characters(file.text, right_to_left) {
        let id = file.message_at(offset);
        findings.push(rank, file.path, Some(file.position(offset)), id, kind);
    }
}

/// Characters readers never see that change what they see, outside
/// comments: a direction override, embedding or isolate, which reorders
/// the text around it (the "Trojan Source" kind), and a C0 or C1 control
/// character, which can drive a terminal: both errors; and other invisible
/// format characters (zero-width spaces and joiners, direction marks, the
/// soft hyphen, the object replacement character, private-use characters):
/// warnings. A right-to-left edition may use the right-to-left mark (U+200F)
/// and the Arabic letter mark (U+061C), the tools such text needs. Each is
/// reported where it stands; a tab is white space, not a control.
fn hidden_characters(text: &str, right_to_left: bool) -> Vec<(usize, FindingKind)> {
    let mut found = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.strip_suffix('\n').unwrap_or(line);
        if !content.trim_start().starts_with('#') {
            for (offset, c) in content.char_indices() {
                let code_point = u32::from(c);
                let kind = match c {
                    '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {
                        FindingKind::DirectionControl { code_point }
                    }
                    '\t' => continue,
                    c if c.is_control() => FindingKind::ControlCharacter { code_point },
                    '\u{200F}' | '\u{061C}' if right_to_left => continue,
                    '\u{200B}'..='\u{200F}'
                    | '\u{2060}'..='\u{2064}'
                    | '\u{061C}'
                    | '\u{00AD}'
                    | '\u{FFFC}'
                    | '\u{E000}'..='\u{F8FF}' => FindingKind::InvisibleCharacter { code_point },
                    _ => continue,
                };
                found.push((line_start + offset, kind));
            }
        }
        line_start += line.len();
    }
    found
}

/// The start of the broken entry an error is in (the first non-blank line
/// of the junk), and the id that line seems to define.
fn junk_start<'t>(file: &ParsedFile<'t>, error: &ParserError) -> (usize, Option<&'t str>) {
    let text = file.text;
    let start = error
        .slice
        .as_ref()
        .map_or(error.pos.start, |slice| slice.start)
        .min(text.len());
    let start = floor_char_boundary(text, start);
    // Blank lines before the entry belong to the junk too: skip them (the
    // junk ends where the next entry starts, so this is bounded by it).
    let skipped = text[start..]
        .split_inclusive('\n')
        .take_while(|line| line.trim().is_empty())
        .map(str::len)
        .sum::<usize>();
    let offset = (start + skipped).min(text.len());
    let line = file.index.line_text(offset);
    (offset, leading_id(line))
}

/// The parser's complaint in words a translator knows.
fn explain_parser_error(kind: &ErrorKind) -> String {
    match kind {
        ErrorKind::ExpectedToken('=') => "expected `=` after the message id".to_owned(),
        ErrorKind::ExpectedToken('}') => "a `{` is not closed with `}`".to_owned(),
        ErrorKind::ExpectedToken(token) => format!("expected `{token}`"),
        ErrorKind::ExpectedMessageField { entry_id } => {
            format!("`{entry_id} =` is followed by neither a title nor an attribute")
        }
        ErrorKind::ExpectedTermField { entry_id } => format!("the term `-{entry_id}` has no text"),
        ErrorKind::MissingValue => "expected text after `=`".to_owned(),
        ErrorKind::UnbalancedClosingBrace => {
            "a `}` without a matching `{` (write `{\"}\"}` for a literal brace)".to_owned()
        }
        ErrorKind::ExpectedInlineExpression => {
            "expected a term, message or variable inside `{ }`".to_owned()
        }
        ErrorKind::UnterminatedStringLiteral => "a `\"` inside `{ }` is not closed".to_owned(),
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            chars.next().map_or(text.clone(), |first| {
                first.to_lowercase().chain(chars).collect()
            })
        }
    }
}

/// The position of the first byte that is not UTF-8 (after a byte order mark).
pub(super) fn invalid_utf8_position(bytes: &[u8]) -> Position {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let valid = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default(),
    };
    let valid = valid.replace("\r\n", "\n");
    Position::of_offset(&valid, valid.len())
}

/// Signs of a wrong encoding, at most one per line: the byte offset of the
/// first suspicious character and what it is.
fn encoding_signs(text: &str) -> Vec<(usize, EncodingSign)> {
    let mut signs = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.strip_suffix('\n').unwrap_or(line);
        if let Some((offset, sign)) = encoding_sign(content) {
            signs.push((line_start + offset, sign));
        }
        line_start += line.len();
    }
    signs
}

fn encoding_sign(line: &str) -> Option<(usize, EncodingSign)> {
    let mut chars = line.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let sign = match c {
            '\u{fffd}' => Some(EncodingSign::ReplacementCharacter),
            '\u{feff}' => Some(EncodingSign::StrayByteOrderMark),
            // Control characters are an error of their own (`hidden_characters`).
            c if c.is_control() => None,
            // The first byte of a UTF-8 sequence read as Windows-1252 is one
            // of Â..ï; a continuation byte becomes U+00A0..U+00BF or one of
            // the punctuation signs Windows-1252 puts at 0x80..0x9F.
            '\u{c2}'..='\u{ef}' => chars
                .peek()
                .filter(|(_, next)| is_continuation_as_windows_1252(*next))
                .map(|(_, next)| EncodingSign::Mojibake {
                    text: format!("{c}{next}"),
                }),
            '?' if line[offset..].starts_with("???") => Some(EncodingSign::QuestionMarks),
            _ => None,
        };
        if let Some(sign) = sign {
            return Some((offset, sign));
        }
    }
    None
}

fn is_continuation_as_windows_1252(c: char) -> bool {
    matches!(c, '\u{a0}'..='\u{bf}') || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".contains(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_signs_are_found_once_per_line() {
        assert_eq!(encoding_sign("plain text, 한국어, 中文, é"), None);
        assert_eq!(
            encoding_sign("ab\u{fffd}c\u{fffd}"),
            Some((2, EncodingSign::ReplacementCharacter))
        );
        assert_eq!(
            encoding_sign("cafÃ©"),
            Some((
                3,
                EncodingSign::Mojibake {
                    text: "Ã©".into()
                }
            ))
        );
        assert_eq!(encoding_sign("a\u{7}b"), None);
        assert_eq!(encoding_sign("what??"), None);
        assert_eq!(
            encoding_sign("x ????"),
            Some((2, EncodingSign::QuestionMarks))
        );
        let signs = encoding_signs("ok\nbad \u{fffd}\n");
        assert_eq!(signs, vec![(7, EncodingSign::ReplacementCharacter)]);
    }

    #[test]
    fn hidden_characters_are_found_where_they_stand() {
        let text = "a = x\u{202E}y\n# \u{202E} in a comment\nb = \u{1b}]0;t\u{7}\nc = \u{200B}\u{200F}\u{61C}\n";
        let found: Vec<(usize, u32, &str)> = hidden_characters(text, false)
            .into_iter()
            .map(|(offset, kind)| {
                let code_point = match kind {
                    FindingKind::DirectionControl { code_point }
                    | FindingKind::ControlCharacter { code_point }
                    | FindingKind::InvisibleCharacter { code_point } => code_point,
                    other => panic!("{other:?}"),
                };
                (offset, code_point, kind_id(code_point))
            })
            .collect();
        let b = text.find("b =").unwrap();
        let c = text.find("c =").unwrap();
        assert_eq!(
            found,
            [
                (5, 0x202E, "direction"),
                (b + 4, 0x1B, "control"),
                (b + 9, 0x7, "control"),
                (c + 4, 0x200B, "invisible"),
                (c + 7, 0x200F, "invisible"),
                (c + 10, 0x61C, "invisible"),
            ]
        );
        // A right-to-left edition may use its marks; never an override.
        let rtl: Vec<usize> = hidden_characters(text, true)
            .into_iter()
            .map(|(o, _)| o)
            .collect();
        assert_eq!(rtl, [5, b + 4, b + 9, c + 4]);
    }

    fn kind_id(code_point: u32) -> &'static str {
        match code_point {
            0x202A..=0x202E | 0x2066..=0x2069 => "direction",
            0..=0x1F | 0x7F..=0x9F => "control",
            _ => "invisible",
        }
    }

    #[test]
    fn leading_identifiers() {
        assert_eq!(leading_id("WSAEINTR Interrompu"), Some("WSAEINTR"));
        assert_eq!(leading_id("-winsock = x"), Some("-winsock"));
        assert_eq!(leading_id("    .detail = x"), None);
        assert_eq!(leading_id("# comment"), None);
        assert_eq!(leading_id(""), None);
    }
}
