//! The reference pages, rebuilt from the catalog: one edition per locale, as
//! a self-contained HTML page, a Markdown table or JSON.
//!
//! # Examples
//!
//! ```
//! use wsaerr_tools::export::{export, Format};
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

mod escape;
mod html;
mod json;
mod markdown;

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use wsaerr::{Catalog, Code, Group, Language};

/// An edition's format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
    pub const ALL: &'static [Format] = &[Format::Html, Format::Markdown, Format::Json];

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
pub struct UnknownFormat(String);

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(text: &str) -> Result<Format, UnknownFormat> {
        // A format is named by its name or by its file extension (`md`).
        Format::ALL
            .iter()
            .copied()
            .find(|format| {
                text.eq_ignore_ascii_case(format.as_str())
                    || text.eq_ignore_ascii_case(format.extension())
            })
            .ok_or_else(|| UnknownFormat(text.to_owned()))
    }
}

/// The command line's names for the formats, from [`Format::ALL`]: each
/// format's name, with its file extension as an alias (`md`).
#[cfg(feature = "clap")]
impl clap::ValueEnum for Format {
    fn value_variants<'a>() -> &'a [Self] {
        Format::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let value = clap::builder::PossibleValue::new(self.as_str());
        Some(if self.extension() == self.as_str() {
            value
        } else {
            value.alias(self.extension())
        })
    }
}

/// The file an edition is written to: its tag and the format's extension,
/// such as `zh-CN.html`. Editions link to each other by these names.
pub(crate) fn file_name(tag: &str, format: Format) -> String {
    format!("{tag}.{}", format.extension())
}

/// One locale's edition in `format`, for a set of pages of every locale of
/// `catalog`: an HTML page links to each of them.
pub fn export(catalog: &Catalog, language: Language<'_>, format: Format) -> String {
    let every: Vec<&str> = catalog.locales().collect();
    export_linked(catalog, language, format, &every)
}

/// One locale's edition in `format`, written beside the editions of
/// `linked` (tags of `catalog`'s locales): an HTML page links to those
/// and to no other, so that a page written alone has no dead link.
///
/// # Examples
///
/// ```
/// use wsaerr::Catalog;
/// use wsaerr_tools::export::{export_linked, Format};
///
/// let catalog = Catalog::embedded();
/// let page = export_linked(catalog, catalog.language("ko"), Format::Html, &["ja-JP"]);
/// assert!(page.contains(r#"<a href="ja-JP.html""#));
/// assert!(!page.contains(r#"<a href="zh-CN.html""#));
///
/// let alone = export_linked(catalog, catalog.language("ko"), Format::Html, &[]);
/// assert!(!alone.contains("hreflang"));
/// ```
pub fn export_linked(
    catalog: &Catalog,
    language: Language<'_>,
    format: Format,
    linked: &[&str],
) -> String {
    match format {
        Format::Html => html::page(catalog, language, linked),
        Format::Markdown => markdown::table(language),
        Format::Json => json::edition(language),
    }
}

/// Why [`write_editions`] could not write an edition.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WriteError {
    /// The folder could not be created.
    #[error("cannot create {}: {source}", path.display())]
    CreateDir {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// An edition could not be written.
    #[error("cannot write {}: {source}", path.display())]
    Write {
        /// The edition's file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

/// Writes the editions of `tags` in `format` into `dir` (created if
/// missing), one `<tag>.<extension>` file each, and returns their paths.
/// The HTML pages link to each other, and to no edition left unwritten.
///
/// Each file is written beside its target and renamed into place: a failure
/// (a full disk) leaves the edition that was there whole, and a link at the
/// target is replaced, never written through.
///
/// # Errors
///
/// The first folder or file that could not be written.
pub fn write_editions(
    catalog: &Catalog,
    tags: &[&str],
    format: Format,
    dir: &Path,
) -> Result<Vec<PathBuf>, WriteError> {
    std::fs::create_dir_all(dir).map_err(|source| WriteError::CreateDir {
        path: dir.to_owned(),
        source,
    })?;
    tags.iter()
        .map(|&tag| {
            let path = dir.join(file_name(tag, format));
            let edition = export_linked(catalog, catalog.language(tag), format, tags);
            crate::write::replace(&path, edition.as_bytes())
                .map(|()| path.clone())
                .map_err(|source| WriteError::Write { path, source })
        })
        .collect()
}

/// The codes of each group, groups in [`Group::ALL`] order, codes in
/// numeric order; groups without codes are left out.
pub(crate) fn grouped() -> impl Iterator<Item = (Group, Vec<Code>)> {
    Group::ALL.iter().copied().filter_map(|group| {
        let codes: Vec<Code> = Code::ALL
            .iter()
            .copied()
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
        for &format in Format::ALL {
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
