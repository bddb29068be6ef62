//! Text echoed to a terminal, made harmless: a control character or a bidi
//! override from an argument or a catalog line could otherwise move the
//! cursor, recolor the screen or reorder what a reader sees.

use std::borrow::Cow;

/// `text` with every control character (C0, DEL, C1) and every bidi
/// embedding, override or isolate written as a visible `\u{…}` escape.
///
/// # Examples
///
/// ```
/// assert_eq!(crate::escape::escape_for_terminal("a\u{1b}[31mb"), "a\\u{1b}[31mb");
/// assert_eq!(crate::escape::escape_for_terminal("소켓"), "소켓");
/// ```
pub(crate) fn escape_for_terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c) {
            escaped.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            escaped.push(c);
        }
    }
    Cow::Owned(escaped)
}

/// Controls (C0, DEL, C1), the bidi embeddings, overrides and isolates, the
/// direction marks, and the line and paragraph separators: each can move
/// the cursor, reorder or break what a reader sees.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{061C}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_are_escaped() {
        assert_eq!(escape_for_terminal("\u{7}x\u{9b}"), "\\u{7}x\\u{9b}");
        assert_eq!(escape_for_terminal("a\u{202e}b"), "a\\u{202e}b");
        assert_eq!(
            escape_for_terminal("\u{200f}\u{61c}\u{2028}"),
            "\\u{200f}\\u{61c}\\u{2028}"
        );
        assert_eq!(
            escape_for_terminal("tab\tnewline\n"),
            "tab\\u{9}newline\\u{a}"
        );
        assert!(matches!(
            escape_for_terminal("plain é 中"),
            Cow::Borrowed(_)
        ));
    }
}
