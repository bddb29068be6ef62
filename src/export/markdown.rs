//! The Markdown edition: one table, one row per code, in group order.

use std::fmt::Write;

use super::escape::markdown_escape;
use super::{group_name, grouped};
use crate::Language;

pub(super) fn table(language: Language<'_>) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Winsock error codes ({})\n", language.tag());
    out.push_str("| Name | Number | Hex | Group | Title | Explanation |\n");
    out.push_str("|---|---:|---:|---|---|---|\n");
    for (group, codes) in grouped() {
        for code in codes {
            let text = language.description(code);
            let _ = writeln!(
                out,
                "| {} | {} | {:#06X} | {} ({}) | {} | {} |",
                markdown_escape(code.name()),
                code.value(),
                code.value(),
                group.as_str(),
                group_name(group),
                markdown_escape(text.title()),
                markdown_escape(text.detail()),
            );
        }
    }
    out
}
