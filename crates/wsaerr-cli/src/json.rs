//! JSON for a reader's terminal or a program: pretty, and with the C1
//! control characters (U+0080–U+009F), which JSON lets stand raw in strings,
//! escaped, so that catalog text cannot drive a terminal through `--json`.

use std::io::{self, Write};

use serde::Serialize;

/// Writes `value` as pretty JSON and a line break.
pub(crate) fn write_json(out: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    let json = serde_json::to_string_pretty(value)?;
    for c in json.chars() {
        match c {
            '\u{80}'..='\u{9f}' => write!(out, "\\u{:04x}", u32::from(c))?,
            c => write!(out, "{c}")?,
        }
    }
    writeln!(out)
}
