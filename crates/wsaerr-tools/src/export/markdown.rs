//! The Markdown edition: one table, one row per code, in group order.

use std::fmt::Write;

use super::escape::markdown_escape;
use super::grouped;
use wsaerr::{Label, Language};

pub(super) fn table(language: Language<'_>) -> String {
    let mut out = String::new();
    let heading = language.label(Label::PageHeading);
    let _ = writeln!(
        out,
        "# {} ({})\n",
        markdown_escape(heading.text()),
        language.tag()
    );
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
                markdown_escape(language.label(Label::Group(group)).text()),
                markdown_escape(text.title()),
                markdown_escape(text.detail()),
            );
        }
    }
    out
}
