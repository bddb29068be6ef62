//! The Markdown edition: one table, one row per code, in numeric order (as
//! `wsaerr list` shows them; each row names its group), its headings in
//! the edition's language.

use std::fmt::Write;

use super::escape::markdown_escape;
use wsaerr::{Code, Column, Label, Language};

pub(super) fn table(language: Language<'_>) -> String {
    let mut out = String::new();
    let heading = language.label(Label::PageHeading);
    let _ = writeln!(
        out,
        "# {} ({})\n",
        markdown_escape(heading.text()),
        language.tag()
    );
    // The column headings in the edition's language.
    out.push('|');
    for column in [
        Column::Name,
        Column::Number,
        Column::Hex,
        Column::Group,
        Column::Title,
        Column::Detail,
    ] {
        let heading = language.label(Label::Column(column));
        let _ = write!(out, " {} |", markdown_escape(heading.text()));
    }
    out.push('\n');
    out.push_str("|---|---:|---:|---|---|---|\n");
    for &code in Code::ALL {
        let text = language.description(code);
        let group = code.group();
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
    out
}
