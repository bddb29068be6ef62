//! The layout of a catalog: `<tag>/*.ftl`, and everything in a catalog
//! folder that does not fit it.
//!
//! The embedded catalog and a folder on disk go through the same rules
//! ([`sort_tree`]), so that a tree gives the same locales and the same
//! problems wherever it is read from. Every entry that is not part of a
//! usable locale is reported by name: nothing is ignored in silence.

use std::borrow::Cow;
use std::ffi::OsStr;
use std::io::Read;
use std::path::{Path, PathBuf};

use unic_langid::LanguageIdentifier;

use super::{CatalogError, LocaleFiles, SourceFile, RECORDS};

/// Something in a tree that is not a usable part of the catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TreeProblem {
    pub path: PathBuf,
    pub kind: TreeProblemKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "kebab-case"))]
pub enum TreeProblemKind {
    /// A folder whose name is a language tag not written canonically.
    NonCanonicalFolder { canonical: String },
    /// A folder whose name is no usable language tag. `serious` when it
    /// holds `.ftl` files or looks like a tag (then `suggestion` is the tag
    /// it probably meant): an error rather than a warning.
    NotALocale {
        reason: String,
        suggestion: Option<String>,
        serious: bool,
    },
    /// A name that is not UTF-8, so no tag.
    NameNotUtf8,
    /// A file or folder that cannot be read (a dangling link, a link loop,
    /// no permission, …).
    Unreadable { reason: String },
    /// A `.ftl` name that is not a regular file (a folder, a FIFO, a device):
    /// never opened.
    NotAFile { what: String },
    /// An entry that is not part of the layout: ignored, reported as a warning.
    Ignored { reason: String },
}

impl TreeProblemKind {
    /// One line for a translator.
    pub fn explain(&self) -> String {
        match self {
            TreeProblemKind::NonCanonicalFolder { canonical } => format!(
                "the folder name is not a canonical language tag: rename it to `{canonical}` (it is ignored until then)"
            ),
            TreeProblemKind::NotALocale {
                reason, suggestion, ..
            } => match suggestion {
                Some(tag) => format!(
                    "not a locale folder, {reason}: rename it to `{tag}` (it is ignored until then)"
                ),
                None => format!("not a locale folder, {reason}: it is ignored"),
            },
            TreeProblemKind::NameNotUtf8 => {
                "the name is not valid UTF-8, so it names no locale or file: it is ignored".to_owned()
            }
            TreeProblemKind::Unreadable { reason } => format!("cannot read: {reason}"),
            TreeProblemKind::NotAFile { what } => {
                format!("a .ftl name that is {what}, not a file: it is not read")
            }
            TreeProblemKind::Ignored { reason } => format!("{reason}: it is ignored"),
        }
    }
}

/// One entry of a tree, before the layout rules are applied.
pub struct Entry {
    pub path: PathBuf,
    pub name: Result<String, ()>,
    pub kind: EntryKind,
}

pub enum EntryKind {
    Folder(Vec<Entry>),
    File(Result<Cow<'static, [u8]>, String>),
    /// A FIFO, device or socket: never opened.
    Special(&'static str),
    Unreadable(String),
}

/// What a folder name means as a locale.
#[derive(Debug, PartialEq, Eq)]
pub enum FolderName {
    Locale(LanguageIdentifier),
    NonCanonical(String),
    NotALocale {
        reason: &'static str,
        suggestion: Option<String>,
    },
}

/// Reads a name as a locale folder's: a BCP 47 tag with a language of two
/// or three letters, no extension and no private use, written canonically.
pub fn classify_folder(name: &str) -> FolderName {
    match strict_tag(name) {
        Ok(id) => {
            let canonical = id.to_string();
            if canonical == name {
                FolderName::Locale(id)
            } else {
                FolderName::NonCanonical(canonical)
            }
        }
        Err(reason) => FolderName::NotALocale {
            reason,
            suggestion: suggest_tag(name),
        },
    }
}

/// A tag as a locale folder may be named, or why not.
fn strict_tag(name: &str) -> Result<LanguageIdentifier, &'static str> {
    let not_a_tag = "it is not a language tag (such as `ko-KR`)";
    if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(not_a_tag);
    }
    if name.split(['-', '_']).any(|subtag| subtag.len() == 1) {
        return Err("extensions and private-use subtags cannot name a locale");
    }
    let id: LanguageIdentifier = name.parse().map_err(|_| not_a_tag)?;
    if id.language.is_empty() {
        return Err("`und` names no language");
    }
    match id.language.as_str().len() {
        2 | 3 => Ok(id),
        // BCP 47 reserves 4-letter languages and registers none of 5 to 8
        // letters, so `Korean` is a word, not a tag.
        _ => Err("a language subtag has two or three letters (`ko`, not `korean`)"),
    }
}

/// The tag a misnamed folder probably meant: spaces and `_` read as `-`,
/// extensions and private use dropped.
fn suggest_tag(name: &str) -> Option<String> {
    let plain = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c.is_whitespace();
    if !name.chars().all(plain) {
        return None;
    }
    let cleaned: Vec<&str> = name
        .split(|c: char| c == '-' || c == '_' || c.is_whitespace())
        .filter(|subtag| !subtag.is_empty())
        // `-u-…` (Unicode extension), `-t-…` (transformed) and `-x-…`
        // (private use) qualify a locale without changing its language.
        .take_while(|subtag| !matches!(subtag.to_ascii_lowercase().as_str(), "u" | "t" | "x"))
        .collect();
    let candidate = cleaned.join("-");
    strict_tag(&candidate).ok().map(|id| id.to_string())
}

/// Sorts a tree's entries into locales and problems. `entries` are the
/// root's; locale folders come out sorted by tag, files by name.
pub fn sort_tree(
    root: &Path,
    mut entries: Vec<Entry>,
) -> Result<(Vec<LocaleFiles>, Vec<TreeProblem>), CatalogError> {
    entries.sort_by(|a, b| a.path.cmp(&b.path));
    let mut locales = Vec::new();
    let mut problems = Vec::new();
    let mut problem = |path: PathBuf, kind| problems.push(TreeProblem { path, kind });
    let mut records: Vec<(String, PathBuf, Cow<'static, [u8]>)> = Vec::new();
    for entry in entries {
        let Ok(name) = entry.name else {
            problem(entry.path, TreeProblemKind::NameNotUtf8);
            continue;
        };
        if name == RECORDS {
            match entry.kind {
                EntryKind::Folder(children) => records.extend(record_files(children, &mut problem)),
                EntryKind::Unreadable(reason) => {
                    problem(entry.path, TreeProblemKind::Unreadable { reason });
                }
                _ => problem(
                    entry.path,
                    TreeProblemKind::Ignored {
                        reason: "the records of the English translated from belong in a folder"
                            .to_owned(),
                    },
                ),
            }
            continue;
        }
        match entry.kind {
            EntryKind::Folder(children) => {
                let holds_ftl = children
                    .iter()
                    .any(|child| matches!(&child.name, Ok(name) if is_ftl(name)));
                let id = match classify_folder(&name) {
                    FolderName::Locale(id) => id,
                    FolderName::NonCanonical(canonical) => {
                        problem(
                            entry.path,
                            TreeProblemKind::NonCanonicalFolder { canonical },
                        );
                        continue;
                    }
                    FolderName::NotALocale { reason, suggestion } => {
                        let serious = holds_ftl || suggestion.is_some();
                        problem(
                            entry.path,
                            TreeProblemKind::NotALocale {
                                reason: reason.to_owned(),
                                suggestion,
                                serious,
                            },
                        );
                        continue;
                    }
                };
                let files = locale_files(children, &mut problem);
                locales.push(LocaleFiles {
                    tag: name,
                    id,
                    files,
                    record: None,
                });
            }
            EntryKind::File(_) if is_ftl(&name) => problem(
                entry.path,
                TreeProblemKind::Ignored {
                    reason: "a .ftl file belongs in a locale folder (`<tag>/`)".to_owned(),
                },
            ),
            EntryKind::File(_) => problem(
                entry.path,
                TreeProblemKind::Ignored {
                    reason: "only locale folders (`<tag>/`) are read here".to_owned(),
                },
            ),
            EntryKind::Special(what) => problem(
                entry.path,
                TreeProblemKind::Ignored {
                    reason: special_reason(what).to_owned(),
                },
            ),
            EntryKind::Unreadable(reason) => {
                problem(entry.path, TreeProblemKind::Unreadable { reason });
            }
        }
    }
    for (tag, path, bytes) in records {
        match locales
            .iter_mut()
            .find(|locale: &&mut LocaleFiles| locale.tag == tag)
        {
            Some(locale) => locale.record = Some(bytes),
            None => problems.push(TreeProblem {
                path,
                kind: TreeProblemKind::Ignored {
                    reason: format!("a record for `{tag}`, which has no locale folder here"),
                },
            }),
        }
    }
    if locales.is_empty() && !problems.iter().any(is_locale_like) {
        return Err(CatalogError::NoLocales(root.to_owned()));
    }
    Ok((locales, problems))
}

/// Whether a problem concerns something meant as a locale folder (so the
/// tree is a catalog with a broken locale, not a folder that holds none).
fn is_locale_like(problem: &TreeProblem) -> bool {
    matches!(
        problem.kind,
        TreeProblemKind::NonCanonicalFolder { .. }
            | TreeProblemKind::NotALocale { serious: true, .. }
    )
}

fn special_reason(what: &'static str) -> &'static str {
    match what {
        "a FIFO" => "a FIFO is not a locale folder: ignored, never opened",
        "a socket" => "a socket is not a locale folder: ignored, never opened",
        _ => "a device is not a locale folder: ignored, never opened",
    }
}

fn is_ftl(name: &str) -> bool {
    Path::new(name).extension().is_some_and(|ext| ext == "ftl")
}

/// The records of the English each locale was translated from, from the
/// records folder: `<tag>.txt` files, by tag; what else it holds is reported.
fn record_files(
    children: Vec<Entry>,
    problem: &mut impl FnMut(PathBuf, TreeProblemKind),
) -> Vec<(String, PathBuf, Cow<'static, [u8]>)> {
    let mut records = Vec::new();
    for child in children {
        // The lock writers of the records take turns with (`.lock`).
        if matches!(&child.name, Ok(name) if name.starts_with('.')) {
            continue;
        }
        let tag = match &child.name {
            Ok(name) => name.strip_suffix(".txt").map(str::to_owned),
            Err(()) => None,
        };
        match (tag, child.kind) {
            (Some(tag), EntryKind::File(Ok(bytes))) => records.push((tag, child.path, bytes)),
            (Some(_), EntryKind::File(Err(reason)) | EntryKind::Unreadable(reason)) => {
                problem(child.path, TreeProblemKind::Unreadable { reason });
            }
            // A record's name on something else: the record cannot be read.
            (Some(_), EntryKind::Folder(_) | EntryKind::Special(_)) => problem(
                child.path,
                TreeProblemKind::Unreadable {
                    reason: "the record is not a file".to_owned(),
                },
            ),
            _ => problem(
                child.path,
                TreeProblemKind::Ignored {
                    reason: "only `<tag>.txt` records are read in the records folder".to_owned(),
                },
            ),
        }
    }
    records
}

/// A locale folder's `.ftl` files, sorted by name; what else it holds is
/// reported.
fn locale_files(
    mut children: Vec<Entry>,
    problem: &mut impl FnMut(PathBuf, TreeProblemKind),
) -> Vec<SourceFile> {
    children.sort_by(|a, b| a.path.cmp(&b.path));
    let mut files = Vec::new();
    for child in children {
        let Ok(name) = child.name else {
            problem(child.path, TreeProblemKind::NameNotUtf8);
            continue;
        };
        if name == "translated-from-en-US.txt" {
            problem(
                child.path,
                TreeProblemKind::Ignored {
                    reason: format!(
                        "a record of the English where an older version kept it; records now live in `{RECORDS}/<tag>.txt` at the catalog's root, so move it there"
                    ),
                },
            );
            continue;
        }
        if !is_ftl(&name) {
            problem(
                child.path,
                TreeProblemKind::Ignored {
                    reason: "only .ftl files are read in a locale folder".to_owned(),
                },
            );
            continue;
        }
        match child.kind {
            EntryKind::File(Ok(bytes)) => files.push(SourceFile {
                path: child.path,
                bytes,
            }),
            EntryKind::File(Err(reason)) | EntryKind::Unreadable(reason) => {
                problem(child.path, TreeProblemKind::Unreadable { reason });
            }
            EntryKind::Folder(_) => problem(
                child.path,
                TreeProblemKind::NotAFile {
                    what: "a folder".to_owned(),
                },
            ),
            EntryKind::Special(what) => problem(
                child.path,
                TreeProblemKind::NotAFile {
                    what: what.to_owned(),
                },
            ),
        }
    }
    files
}

/// Reads a folder on disk two levels deep: the root's entries, and the
/// entries of each folder in it (whose `.ftl` files are read). Links are
/// followed; FIFOs and devices are never opened.
pub fn read_tree(root: &Path) -> Result<Vec<Entry>, CatalogError> {
    if !root.is_dir() {
        return Err(CatalogError::NotADirectory(root.to_owned()));
    }
    let entries = list(root).map_err(|source| CatalogError::Unreadable {
        path: root.to_owned(),
        source,
    })?;
    Ok(entries
        .into_iter()
        .map(|(path, name)| {
            let records = matches!(&name, Ok(name) if name == RECORDS);
            let kind = match kind_of(&path) {
                Kind::Folder => match list(&path) {
                    Ok(children) => EntryKind::Folder(
                        children
                            .into_iter()
                            .map(|(path, name)| {
                                let kind = match kind_of(&path) {
                                    Kind::File => {
                                        let wanted = matches!(&name, Ok(name) if is_ftl(name) || (records && name.ends_with(".txt")));
                                        EntryKind::File(if wanted {
                                            read_regular_file(&path).map(Cow::Owned)
                                        } else {
                                            Ok(Cow::Borrowed(&[]))
                                        })
                                    }
                                    other => other.into_entry_kind(),
                                };
                                Entry { path, name, kind }
                            })
                            .collect(),
                    ),
                    Err(error) => EntryKind::Unreadable(error.to_string()),
                },
                Kind::File => EntryKind::File(Ok(Cow::Borrowed(&[]))),
                other => other.into_entry_kind(),
            };
            Entry { path, name, kind }
        })
        .collect())
}

type Listing = Vec<(PathBuf, Result<String, ()>)>;

fn list(folder: &Path) -> std::io::Result<Listing> {
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(folder)? {
        let entry = entry?;
        let name = entry.file_name();
        entries.push((entry.path(), os_name(&name)));
    }
    Ok(entries)
}

fn os_name(name: &OsStr) -> Result<String, ()> {
    name.to_str().map(str::to_owned).ok_or(())
}

enum Kind {
    Folder,
    File,
    Special(&'static str),
    Unreadable(String),
}

impl Kind {
    fn into_entry_kind(self) -> EntryKind {
        match self {
            Kind::Folder => EntryKind::Folder(Vec::new()),
            Kind::File => EntryKind::File(Ok(Cow::Borrowed(&[]))),
            Kind::Special(what) => EntryKind::Special(what),
            Kind::Unreadable(reason) => EntryKind::Unreadable(reason),
        }
    }
}

/// What a path is, following links (a dangling link or a loop is unreadable).
fn kind_of(path: &Path) -> Kind {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Kind::Folder,
        Ok(meta) if meta.is_file() => Kind::File,
        Ok(meta) => Kind::Special(special_kind(&meta)),
        Err(error) => Kind::Unreadable(match std::fs::symlink_metadata(path) {
            Ok(link) if link.file_type().is_symlink() => {
                format!("a link that leads nowhere readable ({error})")
            }
            _ => error.to_string(),
        }),
    }
}

#[cfg(unix)]
fn special_kind(meta: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let kind = meta.file_type();
    if kind.is_fifo() {
        "a FIFO"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "a device"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &std::fs::Metadata) -> &'static str {
    "a device"
}

/// The bytes of a regular file. Opened without blocking and checked again
/// once open, so that a file swapped for a FIFO meanwhile cannot hang the read.
fn read_regular_file(path: &Path) -> Result<Vec<u8>, String> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(|error| error.to_string())?;
    let meta = file.metadata().map_err(|error| error.to_string())?;
    if !meta.is_file() {
        return Err("it is no longer a regular file".to_owned());
    }
    // Read at most one byte past the limit: a file that grows meanwhile, or
    // a huge one, costs no more memory than the limit.
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| error.to_string())?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!(
            "it is larger than {} MiB, far more than any catalog file needs (the shipped ones hold less than 64 KiB): it is not read",
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    Ok(bytes)
}

/// The largest catalog or record file read: 4 MiB, some fifty times the
/// largest shipped one, so that a hostile or mistaken file (a log, a dump)
/// cannot make a load or a check take memory without bound.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// The embedded files as a tree: `names` are paths relative to the catalog
/// root, with `/` between parts.
pub fn embedded_tree(
    names: impl Iterator<Item = (Cow<'static, str>, Cow<'static, [u8]>)>,
) -> Vec<Entry> {
    let mut roots: Vec<Entry> = Vec::new();
    for (name, bytes) in names {
        let name: &str = &name;
        let (top, rest) = match name.split_once('/') {
            Some((top, rest)) => (top, Some(rest)),
            None => (name, None),
        };
        let Some(rest) = rest else {
            roots.push(Entry {
                path: PathBuf::from(top),
                name: Ok(top.to_owned()),
                kind: EntryKind::File(Ok(bytes)),
            });
            continue;
        };
        let index = match roots.iter().position(|entry| entry.path == Path::new(top)) {
            Some(index) => index,
            None => {
                roots.push(Entry {
                    path: PathBuf::from(top),
                    name: Ok(top.to_owned()),
                    kind: EntryKind::Folder(Vec::new()),
                });
                roots.len() - 1
            }
        };
        let EntryKind::Folder(children) = &mut roots[index].kind else {
            continue;
        };
        let (child, deeper) = match rest.split_once('/') {
            Some((child, _)) => (child, true),
            None => (rest, false),
        };
        let path = PathBuf::from(top).join(child);
        if children.iter().any(|entry| entry.path == path) {
            continue;
        }
        children.push(Entry {
            path,
            name: Ok(child.to_owned()),
            kind: if deeper {
                EntryKind::Folder(Vec::new())
            } else {
                EntryKind::File(Ok(bytes))
            },
        });
    }
    roots
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_names() {
        let locale = |name: &str| matches!(classify_folder(name), FolderName::Locale(_));
        assert!(locale("ko-KR"));
        assert!(locale("zh-Hant-TW"));
        assert!(locale("sr-Latn"));
        assert!(locale("yue"));
        assert_eq!(
            classify_folder("ko_KR"),
            FolderName::NonCanonical("ko-KR".into())
        );
        assert_eq!(
            classify_folder("ko-kr"),
            FolderName::NonCanonical("ko-KR".into())
        );
        let suggestion = |name: &str| match classify_folder(name) {
            FolderName::NotALocale { suggestion, .. } => suggestion,
            other => panic!("{name}: {other:?}"),
        };
        assert_eq!(suggestion("ko-KR ").as_deref(), Some("ko-KR"));
        assert_eq!(suggestion("ko KR").as_deref(), Some("ko-KR"));
        assert_eq!(suggestion("ko-KR-x-test").as_deref(), Some("ko-KR"));
        assert_eq!(suggestion("zh-CN-u-ca-chinese").as_deref(), Some("zh-CN"));
        assert_eq!(suggestion("not_a_tag!!"), None);
        assert_eq!(suggestion("not a tag"), None);
        assert_eq!(suggestion("und"), None);
        assert_eq!(suggestion("Korean"), None);
        assert_eq!(suggestion(""), None);
    }
}
