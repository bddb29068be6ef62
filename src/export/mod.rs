//! The reference pages, rebuilt from the catalog: one edition per locale, as
//! a self-contained HTML page, a Markdown table or JSON.
//!
//! # Examples
//!
//! ```
//! use wsaerr::export::{export, Format};
//! use wsaerr::Catalog;
//!
//! let language = Catalog::embedded().language("zh-CN");
//! let page = export(Catalog::embedded(), language, Format::Html);
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert!(page.contains(r#"<html lang="zh-CN">"#));
//! assert!(page.contains(r#"id="WSAETIMEDOUT""#));
//!
//! let json: serde_json::Value =
//!     serde_json::from_str(&export(Catalog::embedded(), language, Format::Json)).unwrap();
//! assert_eq!(json["locale"], "zh-CN");
//! assert_eq!(json["codes"]["WSAETIMEDOUT"]["code"], 10060);
//! ```

#[cfg(feature = "cli")]
pub(crate) mod command;
mod escape;
mod html;
mod json;
mod markdown;

use std::fmt;
use std::str::FromStr;

use crate::{Catalog, Code, Group, Language};

pub use self::escape::{html_escape, markdown_escape};

/// An edition's format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// A self-contained page with a search filter.
    Html,
    /// A table, one row per code, for wikis and READMEs.
    Markdown,
    /// Name → code, title and detail, for JavaScript front-ends.
    Json,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 3] = [Format::Html, Format::Markdown, Format::Json];

    /// The name used on the command line: `html`, `markdown`, `json`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Markdown => "markdown",
            Format::Json => "json",
        }
    }

    /// The file name extension, without the dot: `html`, `md`, `json`.
    pub const fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Markdown => "md",
            Format::Json => "json",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A format name that is not `html`, `markdown` (`md`) or `json`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not an export format (html, markdown or json)")]
pub struct UnknownFormat(pub String);

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(text: &str) -> Result<Format, UnknownFormat> {
        match text.to_ascii_lowercase().as_str() {
            "html" => Ok(Format::Html),
            "markdown" | "md" => Ok(Format::Markdown),
            "json" => Ok(Format::Json),
            _ => Err(UnknownFormat(text.to_owned())),
        }
    }
}

/// The file an edition is written to: its tag and the format's extension,
/// such as `zh-CN.html`. Editions link to each other by these names.
pub fn file_name(tag: &str, format: Format) -> String {
    format!("{tag}.{}", format.extension())
}

/// One locale's edition in `format`. `catalog` supplies the other locales an
/// HTML page links to.
pub fn export(catalog: &Catalog, language: Language<'_>, format: Format) -> String {
    match format {
        Format::Html => html::page(catalog, language),
        Format::Markdown => markdown::table(language),
        Format::Json => json::edition(language),
    }
}

/// The codes of each group, groups in [`Group::ALL`] order, codes in
/// numeric order; groups without codes are left out.
pub fn grouped() -> impl Iterator<Item = (Group, Vec<Code>)> {
    Group::ALL.into_iter().filter_map(|group| {
        let codes: Vec<Code> = Code::ALL
            .into_iter()
            .filter(|code| code.group() == group)
            .collect();
        (!codes.is_empty()).then_some((group, codes))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_parse_from_their_names() {
        for format in Format::ALL {
            assert_eq!(format.as_str().parse::<Format>(), Ok(format));
        }
        assert_eq!("MD".parse::<Format>(), Ok(Format::Markdown));
        assert_eq!(
            "pdf".parse::<Format>(),
            Err(UnknownFormat("pdf".to_owned()))
        );
    }

    #[test]
    fn grouping_covers_every_code_once() {
        let mut seen: Vec<Code> = grouped().flat_map(|(_, codes)| codes).collect();
        assert_eq!(seen.len(), Code::ALL.len());
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), Code::ALL.len());
    }

    #[test]
    fn file_names() {
        assert_eq!(file_name("zh-CN", Format::Html), "zh-CN.html");
        assert_eq!(file_name("ko-KR", Format::Markdown), "ko-KR.md");
    }
}
