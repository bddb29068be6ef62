//! Finding the catalog's files: embedded in the binary, or in a folder on disk.
//!
//! Both use the same layout, `<tag>/*.ftl`, one folder per locale named by its
//! canonical BCP 47 tag. Adding a folder adds a locale; no code lists them.

use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};

use unic_langid::LanguageIdentifier;

/// The locale every other falls back to, and the one that must be complete.
pub const FALLBACK_LOCALE: &str = "en-US";

#[derive(rust_embed::RustEmbed)]
#[folder = "locales/"]
struct Embedded;

/// A place in a file, counted from 1; the column counts characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl Position {
    /// The line and column of a byte offset into `text` (clamped to its end
    /// and to a character boundary, so any offset is safe).
    pub fn of_offset(text: &str, offset: usize) -> Position {
        let before = &text[..floor_char_boundary(text, offset)];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// `offset` moved back to the nearest character boundary, and clamped to the
/// end of `text`: a safe place to slice at, whatever the offset.
pub(crate) fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// One `.ftl` file of a locale.
#[derive(Clone, Debug)]
pub(crate) struct SourceFile {
    /// Where the file is, for messages: a real path, or `<tag>/<name>` when embedded.
    pub path: PathBuf,
    pub bytes: Cow<'static, [u8]>,
}

impl SourceFile {
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

/// The files of one locale.
#[derive(Clone, Debug)]
pub(crate) struct LocaleFiles {
    /// Canonical tag, equal to the folder's name.
    pub tag: String,
    pub id: LanguageIdentifier,
    pub files: Vec<SourceFile>,
}

/// Something in a tree that is not a usable part of the catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum TreeProblem {
    /// A folder whose name parses as a language tag but is not written canonically.
    NonCanonicalFolder { path: PathBuf, canonical: String },
    /// A file or folder that could not be read.
    Unreadable { path: PathBuf, reason: String },
}

/// Why a folder cannot be used as a catalog at all.
#[derive(Debug, thiserror::Error)]
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

/// The locales embedded in the binary, sorted by tag.
pub(crate) fn embedded() -> Vec<LocaleFiles> {
    let mut locales: Vec<LocaleFiles> = Vec::new();
    for name in Embedded::iter() {
        let Some((folder, file_name)) = name.split_once('/') else {
            continue;
        };
        if !file_name.ends_with(".ftl") || file_name.contains('/') {
            continue;
        }
        let Some(file) = Embedded::get(&name) else {
            continue;
        };
        let Ok(id) = folder.parse::<LanguageIdentifier>() else {
            continue;
        };
        let source = SourceFile {
            path: PathBuf::from(name.as_ref()),
            bytes: file.data,
        };
        match locales.iter_mut().find(|locale| locale.tag == folder) {
            Some(locale) => locale.files.push(source),
            None => locales.push(LocaleFiles {
                tag: folder.to_owned(),
                id,
                files: vec![source],
            }),
        }
    }
    for locale in &mut locales {
        locale.files.sort_by(|a, b| a.path.cmp(&b.path));
    }
    locales.sort_by(|a, b| a.tag.cmp(&b.tag));
    locales
}

/// The locales in a folder on disk, sorted by tag, with what could not be used.
///
/// A subfolder counts as a locale folder when its name parses as a language
/// tag; one not written canonically (`ko_KR`, `ko-kr`) is reported and skipped.
pub(crate) fn read_dir(root: &Path) -> Result<(Vec<LocaleFiles>, Vec<TreeProblem>), CatalogError> {
    if !root.is_dir() {
        return Err(CatalogError::NotADirectory(root.to_owned()));
    }
    let unreadable = |source| CatalogError::Unreadable {
        path: root.to_owned(),
        source,
    };
    let mut folders: Vec<PathBuf> = std::fs::read_dir(root)
        .map_err(unreadable)?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.is_dir())
        .collect();
    folders.sort();

    let mut locales = Vec::new();
    let mut problems = Vec::new();
    let mut locale_folders = 0;
    for folder in folders {
        let Some(name) = folder.file_name().and_then(|name| name.to_str()) else {
            continue;
        };
        let Some(id) = folder_tag(name) else {
            continue;
        };
        locale_folders += 1;
        let canonical = id.to_string();
        if canonical != name {
            problems.push(TreeProblem::NonCanonicalFolder {
                path: folder,
                canonical,
            });
            continue;
        }
        let files = match read_locale_files(&folder) {
            Ok(files) => files,
            Err(reason) => {
                problems.push(TreeProblem::Unreadable {
                    path: folder,
                    reason: reason.to_string(),
                });
                continue;
            }
        };
        let mut sources = Vec::new();
        for path in files {
            match std::fs::read(&path) {
                Ok(bytes) => sources.push(SourceFile {
                    path,
                    bytes: Cow::Owned(bytes),
                }),
                Err(reason) => problems.push(TreeProblem::Unreadable {
                    path,
                    reason: reason.to_string(),
                }),
            }
        }
        locales.push(LocaleFiles {
            tag: canonical,
            id,
            files: sources,
        });
    }
    if locale_folders == 0 {
        return Err(CatalogError::NoLocales(root.to_owned()));
    }
    Ok((locales, problems))
}

/// The language tag a folder name stands for, if it is one at all
/// (`ko_KR` counts, so that it can be reported as non-canonical).
fn folder_tag(name: &str) -> Option<LanguageIdentifier> {
    let id: LanguageIdentifier = name.replace('_', "-").parse().ok()?;
    (!id.language.is_empty()).then_some(id)
}

fn read_locale_files(folder: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl") && path.is_file())
        .collect();
    files.sort();
    Ok(files)
}

/// The byte offset of the line that defines `id` (`id = …`) in a Fluent
/// source, for pointing at an entry the parser does not give a position for.
pub(crate) fn find_entry(text: &str, id: &str) -> Option<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id) {
            if rest.trim_start_matches([' ', '\t']).starts_with('=') {
                return Some(offset);
            }
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "a = 1\nbé = ä\n";
        assert_eq!(
            Position::of_offset(text, 0),
            Position { line: 1, column: 1 }
        );
        assert_eq!(
            Position::of_offset(text, 6),
            Position { line: 2, column: 1 }
        );
        // byte 10 is the `=` after "bé " (é takes two bytes): the 4th character.
        assert_eq!(
            Position::of_offset(text, 10),
            Position { line: 2, column: 4 }
        );
        // inside a multi-byte character, and past the end: clamped, no panic
        assert_eq!(
            Position::of_offset(text, 8),
            Position { line: 2, column: 2 }
        );
        assert_eq!(
            Position::of_offset(text, 999),
            Position { line: 3, column: 1 }
        );
    }

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
        let locales = embedded();
        assert!(locales.iter().any(|locale| locale.tag == FALLBACK_LOCALE));
        assert!(locales.iter().all(|locale| !locale.files.is_empty()));
    }
}
