//! JSON for a reader's terminal or a program: pretty, and with the C1
//! control characters (U+0080–U+009F), which JSON lets stand raw in strings,
//! escaped, so that catalog text cannot drive a terminal through `--json`.

use std::io::{self, Write};

use serde::Serialize;

/// Writes `value` as pretty JSON and a line break.
pub(crate) fn write_json(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    let json = serde_json::to_string_pretty(value)?;
    let mut rest = json.as_str();
    while let Some(at) = rest.find(|c| matches!(c, '\u{80}'..='\u{9f}')) {
        out.write_all(&rest.as_bytes()[..at])?;
        let c = rest[at..].chars().next().unwrap_or_default();
        write!(out, "\\u{:04x}", u32::from(c))?;
        rest = &rest[at + c.len_utf8()..];
    }
    out.write_all(rest.as_bytes())?;
    writeln!(out)
}
