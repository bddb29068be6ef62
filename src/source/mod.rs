//! Finding the catalog's files: embedded in the binary, or in a folder on disk.
//!
//! Both use the same layout, `<tag>/*.ftl`, one folder per locale named by its
//! canonical BCP 47 tag, and both go through the same rules ([`tree`]).
//! Adding a folder adds a locale; no code lists them.

#[cfg(feature = "runtime-catalogs")]
use std::borrow::Cow;
#[cfg(feature = "runtime-catalogs")]
use std::path::Path;
use std::path::PathBuf;

#[cfg(feature = "runtime-catalogs")]
use unic_langid::LanguageIdentifier;

// Without run-time catalogs only its bound is used, in a problem's message.
#[cfg_attr(not(feature = "runtime-catalogs"), allow(dead_code))]
pub mod guard;
mod position;
#[cfg(feature = "runtime-catalogs")]
pub mod tree;

#[cfg_attr(not(feature = "tools"), allow(unused_imports))]
pub use position::{floor_char_boundary, LineIndex, Position};
#[cfg(feature = "runtime-catalogs")]
pub use tree::{TreeProblem, TreeProblemKind};

/// The locale every other falls back to, and the one that must be complete.
pub const FALLBACK_LOCALE: &str = "en-US";

#[cfg(feature = "runtime-catalogs")]
/// The folder at a catalog's root that holds, for each translation, the
/// record of the en-US text it was made from (`<folder>/<tag>.txt`; see
/// `wsaerr mark-current`). Outside the locale folders, so that translation
/// tools that read a locale's folder whole (compare-locales, Pontoon and
/// Weblate with `{locale}/**`) find only its Fluent files there.
pub const RECORDS: &str = ".translated-from-en-US";

#[cfg(feature = "runtime-catalogs")]
/// Where the record of the locale `tag` is, in the catalog folder `root`.
#[cfg_attr(not(feature = "tools"), allow(dead_code))] // used by wsaerr-tools
pub fn record_path(root: &Path, tag: &str) -> PathBuf {
    root.join(RECORDS).join(format!("{tag}.txt"))
}

#[cfg(feature = "runtime-catalogs")]
/// The built-in catalog. The staleness records are embedded only for the
/// translator's tools: an application never reads them.
#[derive(rust_embed::RustEmbed)]
#[folder = "locales/"]
#[cfg_attr(not(feature = "tools"), exclude = ".translated-from-en-US/*")]
struct Embedded;

#[cfg(feature = "runtime-catalogs")]
/// One `.ftl` file of a locale.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Where the file is, for messages: a real path, or `<tag>/<name>` when embedded.
    pub path: PathBuf,
    pub bytes: Cow<'static, [u8]>,
}

#[cfg(feature = "runtime-catalogs")]
impl SourceFile {
    /// [`text`](Self::text) with every entry nested too deeply for the
    /// parsers cut out ([`guard`]), and where those entries were.
    pub fn guarded_text(&self) -> Option<(Cow<'_, str>, Vec<guard::TooDeep>)> {
        Some(match self.text()? {
            Cow::Borrowed(text) => guard::cut_deep_entries(text),
            Cow::Owned(text) => {
                let (cut, deep) = guard::cut_deep_entries(&text);
                (Cow::Owned(cut.into_owned()), deep)
            }
        })
    }

    /// The file's text without a UTF-8 byte order mark and with LF line ends,
    /// or `None` if it is not UTF-8. Borrowed unless it had CRLF line ends.
    pub fn text(&self) -> Option<Cow<'_, str>> {
        let text = std::str::from_utf8(&self.bytes).ok()?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        Some(if text.contains('\r') {
            Cow::Owned(text.replace("\r\n", "\n"))
        } else {
            Cow::Borrowed(text)
        })
    }
}

#[cfg(feature = "runtime-catalogs")]
/// The files of one locale.
#[derive(Clone, Debug)]
pub struct LocaleFiles {
    /// Canonical tag, equal to the folder's name.
    pub tag: String,
    pub id: LanguageIdentifier,
    pub files: Vec<SourceFile>,
    /// The record of the en-US text the locale was translated from
    /// ([`RECORDS`]), when the tree holds one.
    #[cfg_attr(not(feature = "tools"), allow(dead_code))] // used by wsaerr-tools
    pub record: Option<Cow<'static, [u8]>>,
}

#[cfg(feature = "runtime-catalogs")]
/// An app's locale over the built-in one of the same tag: the app's files
/// first, so that the first definition of an id, the one Fluent keeps, is
/// the app's wherever it has one. The record is the app's: its translations
/// are what it tracks.
pub fn layer(app: LocaleFiles, builtin: &LocaleFiles) -> LocaleFiles {
    let mut files = app.files;
    files.extend(builtin.files.iter().cloned());
    LocaleFiles { files, ..app }
}

/// Why a folder cannot be used as a catalog at all.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CatalogError {
    /// The path does not exist, or is not a folder.
    #[error("`{0}` is not a directory")]
    NotADirectory(PathBuf),
    /// The folder could not be listed.
    #[error("cannot read `{path}`: {source}")]
    Unreadable {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The folder holds no `<tag>/` subfolder.
    #[error("`{0}` holds no locale folder (such as `en-US/`)")]
    NoLocales(PathBuf),
}

#[cfg(feature = "runtime-catalogs")]
/// The embedded tree, as a folder on disk would be read.
pub fn embedded_tree() -> Vec<tree::Entry> {
    tree::embedded_tree(Embedded::iter().filter_map(|name| {
        let file = Embedded::get(&name)?;
        // Only `.ftl` files and the records are ever read; the other
        // entries are listed by name alone.
        let wanted = name.ends_with(".ftl") || name.starts_with(RECORDS);
        let bytes = if wanted {
            file.data
        } else {
            Cow::Borrowed(&[][..])
        };
        Some((name, bytes))
    }))
}

#[cfg(feature = "runtime-catalogs")]
/// The locales embedded in the binary, sorted by tag, with the embedded
/// tree's problems (none in a release: a test holds the shipped tree clean).
pub fn embedded_with_problems() -> (Vec<LocaleFiles>, Vec<TreeProblem>) {
    tree::sort_tree(Path::new(""), embedded_tree()).unwrap_or_default()
}

#[cfg(feature = "runtime-catalogs")]
/// The locales embedded in the binary, sorted by tag.
pub fn embedded() -> Vec<LocaleFiles> {
    embedded_with_problems().0
}

#[cfg(feature = "runtime-catalogs")]
/// The locales in a folder on disk, sorted by tag, with what could not be used.
pub fn read_dir(root: &Path) -> Result<(Vec<LocaleFiles>, Vec<TreeProblem>), CatalogError> {
    tree::sort_tree(root, tree::read_tree(root)?)
}

#[cfg(feature = "runtime-catalogs")]
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_drops_a_byte_order_mark_and_carriage_returns() {
        let file = SourceFile {
            path: "x.ftl".into(),
            bytes: Cow::Borrowed(b"\xef\xbb\xbfa = 1\r\nb = 2\r\n"),
        };
        assert_eq!(file.text().as_deref(), Some("a = 1\nb = 2\n"));
        let broken = SourceFile {
            path: "x.ftl".into(),
            bytes: Cow::Borrowed(b"a = \xff"),
        };
        assert_eq!(broken.text(), None);
    }

    #[test]
    fn embedded_locales_include_english() {
        let (locales, problems) = embedded_with_problems();
        assert!(locales.iter().any(|locale| locale.tag == FALLBACK_LOCALE));
        assert!(locales.iter().all(|locale| !locale.files.is_empty()));
        assert_eq!(problems, Vec::new());
    }
}
