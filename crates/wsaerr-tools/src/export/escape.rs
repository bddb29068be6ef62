//! Escaping catalog text for each format: no catalog text may become markup.

/// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references,
/// safe in HTML text and in quoted attribute values.
#[cfg(test)]
pub(crate) fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_html(&mut out, text);
    out
}

/// Appends `text` to `out`, escaped as [`html_escape`] does. A control
/// character (other than a line break or a tab) is never text: it is written
/// as a visible `\u{…}`, so that no page written to a terminal can drive it.
pub(crate) fn push_html(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            c if c.is_control() && !matches!(c, '\n' | '\t') => {
                out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
            }
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// `text` as one Markdown table cell: line breaks become spaces; `|`, `\`
/// and the characters that start emphasis, code or links are escaped with a
/// backslash; `<`, `>` and `&` become character references, so that no HTML
/// passes through.
pub(crate) fn markdown_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\r' | '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push(' '),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '|' | '\\' | '`' | '*' | '_' | '[' | ']' | '~' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// JSON text made safe inside a `<script type="application/json">` element:
/// `<`, `>` and `&` only occur inside JSON strings, where `\u003c` and the
/// like mean the same, so `</script>` and `<!--` cannot end the element.
pub(crate) fn script_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            // C1 controls may stand raw in JSON strings (C0 ones may not).
            '\u{80}'..='\u{9f}' => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            _ => out.push(c),
        }
    }
    out
}

/// JSON with the C1 control characters (U+0080–U+009F), which JSON lets
/// stand raw in strings, written as `\u0080`-style escapes: the same value,
/// and nothing that can drive a terminal. (serde_json escapes C0 itself.)
pub(crate) fn escape_c1(json: String) -> String {
    if !json.chars().any(|c| matches!(c, '\u{80}'..='\u{9f}')) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        match c {
            '\u{80}'..='\u{9f}' => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn control_characters_are_written_visibly() {
        let hostile = "a\u{1b}]0;evil\u{7}\u{1b}[2Jb";
        assert_eq!(html_escape(hostile), r"a\u{1b}]0;evil\u{7}\u{1b}[2Jb");
        assert_eq!(markdown_escape(hostile), r"a\u{1b}\]0;evil\u{7}\u{1b}\[2Jb");
    }

    #[test]
    fn examples() {
        assert_eq!(
            html_escape(r#"<img src=x onerror="alert('1')">"#),
            "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;"
        );
        assert_eq!(markdown_escape("a | b\nc"), r"a \| b c");
        assert_eq!(
            markdown_escape("<b>SO_BROADCAST</b>"),
            r"&lt;b&gt;SO\_BROADCAST&lt;/b&gt;"
        );
    }

    proptest! {
        #[test]
        fn html_escaped_text_has_no_markup_characters(text in any::<String>()) {
            let escaped = html_escape(&text);
            prop_assert!(!escaped.contains(['<', '>', '"', '\'']));
            // Every `&` starts one of the references this function writes.
            for (at, _) in escaped.match_indices('&') {
                let rest = &escaped[at..];
                prop_assert!(
                    ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].iter().any(|r| rest.starts_with(r))
                );
            }
            let unescaped = escaped
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
            prop_assert_eq!(unescaped, text);
        }

        #[test]
        fn a_markdown_cell_stays_one_cell_on_one_line(text in any::<String>()) {
            let escaped = markdown_escape(&text);
            let breaking = ['\n', '\r', '<', '>', '\u{2028}', '\u{2029}', '\u{85}'];
            prop_assert!(!escaped.contains(breaking), "{escaped:?}");
            // Every `|` is escaped: preceded by an odd number of backslashes.
            let bytes = escaped.as_bytes();
            for (at, _) in escaped.match_indices('|') {
                let slashes = bytes[..at].iter().rev().take_while(|&&b| b == b'\\').count();
                prop_assert!(slashes % 2 == 1);
            }
        }

        #[test]
        fn script_json_keeps_the_value(text in any::<String>()) {
            let json = serde_json::to_string(&text).unwrap();
            let safe = script_json(&json);
            prop_assert!(!safe.contains(['<', '>']));
            prop_assert_eq!(serde_json::from_str::<String>(&safe).unwrap(), text);
        }
    }
}
