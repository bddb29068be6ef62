//! A guard in front of the Fluent parsers: entries nested too deeply to
//! parse safely are cut out before any parser sees them.
//!
//! Both Fluent parsers (`fluent-syntax`, and `fluent-bundle` through it)
//! descend recursively into `{ … }` placeables and `( … )` call arguments.
//! A translator's file with thousands of nested braces would overflow the
//! stack and abort the whole host process, which no catalog may do. Real
//! messages nest two or three levels; [`MAX_NESTING`] leaves ample room.

use std::borrow::Cow;

/// The deepest nesting of placeables and call arguments an entry may have.
pub const MAX_NESTING: usize = 32;

/// An entry cut out of a file because it nests too deeply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TooDeep {
    /// Byte offset of the entry's first line.
    pub entry_start: usize,
    /// The id the entry's first line starts with (`-term` included), if any:
    /// the entry itself is blanked out.
    pub id: Option<String>,
    /// Byte offset of the bracket that went past [`MAX_NESTING`].
    pub offset: usize,
}

/// `text` with every entry that nests deeper than [`MAX_NESTING`] replaced
/// by spaces (line ends kept, so every byte offset, line and column after it
/// stays as it was), and where those entries were.
///
/// An entry starts at a line that begins with a character other than a
/// space, as in Fluent's own grammar; the depth counts `{` and `(` inside
/// placeables, outside string literals, and is reset at each entry, where the
/// parsers also start afresh. One pass over the text.
pub fn cut_deep_entries(text: &str) -> (Cow<'_, str>, Vec<TooDeep>) {
    let mut found: Vec<(TooDeep, usize)> = Vec::new();
    let bytes = text.as_bytes();
    let mut entry_start = 0;
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut deep_at: Option<usize> = None;
    let mut at_line_start = true;
    let mut close = |entry_start: usize, end: usize, deep_at: &mut Option<usize>| {
        if let Some(offset) = deep_at.take() {
            found.push((
                TooDeep {
                    entry_start,
                    id: leading_id(&text[entry_start..end]).map(str::to_owned),
                    offset,
                },
                end,
            ));
        }
    };
    for (i, &byte) in bytes.iter().enumerate() {
        if at_line_start && !matches!(byte, b' ' | b'\n' | b'\r' | b'\t') {
            // `}` , `[`, `*` and `.` at the start of a line continue an
            // entry in some writers' hands; anything else starts a new one.
            if !matches!(byte, b'}' | b'[' | b'*' | b'.') {
                close(entry_start, i, &mut deep_at);
                entry_start = i;
                depth = 0;
                in_string = false;
            }
        }
        at_line_start = byte == b'\n';
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                // A string literal cannot span lines.
                b'\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'{' => depth += 1,
            b'(' if depth > 0 => depth += 1,
            b'}' | b')' if depth > 0 => depth -= 1,
            b'"' if depth > 0 => in_string = true,
            _ => {}
        }
        if depth > MAX_NESTING && deep_at.is_none() {
            deep_at = Some(i);
        }
    }
    close(entry_start, bytes.len(), &mut deep_at);
    if found.is_empty() {
        return (Cow::Borrowed(text), Vec::new());
    }
    let mut cut = String::with_capacity(text.len());
    let mut copied = 0;
    for (deep, end) in &found {
        cut.push_str(&text[copied..deep.entry_start]);
        cut.extend(text[deep.entry_start..*end].bytes().map(|byte| {
            if byte == b'\n' {
                '\n'
            } else {
                ' '
            }
        }));
        copied = *end;
    }
    cut.push_str(&text[copied..]);
    (
        Cow::Owned(cut),
        found.into_iter().map(|(deep, _)| deep).collect(),
    )
}

/// The id a line starts with (`-term` included), if it starts with one.
pub fn leading_id(line: &str) -> Option<&str> {
    let body = line.strip_prefix('-').unwrap_or(line);
    if !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let end = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(body.len());
    Some(&line[..end + (line.len() - body.len())])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_text_is_left_alone() {
        let text = "a = { -t } (x) { \"{{{{\" }\n    .detail = { b.c }\n";
        let (cut, found) = cut_deep_entries(text);
        assert!(matches!(cut, Cow::Borrowed(_)));
        assert!(found.is_empty());
    }

    #[test]
    fn a_deep_entry_is_blanked_and_the_rest_kept() {
        let deep = format!("b = {}\n", "{".repeat(MAX_NESTING + 1));
        let text = format!("a = ok\n{deep}    .detail = é\nc = fine\n");
        let (cut, found) = cut_deep_entries(&text);
        assert_eq!(cut.len(), text.len());
        assert_eq!(
            found,
            vec![TooDeep {
                entry_start: 7,
                id: Some("b".into()),
                offset: 7 + 4 + MAX_NESTING
            }]
        );
        assert!(cut.starts_with("a = ok\n"));
        assert!(cut.ends_with("\nc = fine\n"));
        assert_eq!(cut.matches('\n').count(), text.matches('\n').count());
        assert!(!cut.contains('{'));
    }

    #[test]
    fn nesting_exactly_at_the_limit_is_allowed() {
        let text = format!(
            "a = {}{}\n",
            "{".repeat(MAX_NESTING),
            "}".repeat(MAX_NESTING)
        );
        assert!(cut_deep_entries(&text).1.is_empty());
        let calls = format!("a = {{ {}x{} }}\n", "F(".repeat(40), ")".repeat(40));
        assert_eq!(cut_deep_entries(&calls).1.len(), 1);
    }
}
