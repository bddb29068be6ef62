//! Starting a new locale: a folder with every en-US message, each marked for
//! translation, so that the locale works at once (in English) and
//! `wsaerr check` lists what is left to translate.

use std::borrow::Cow;
use std::io;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::runtime::{self as source, LocaleFiles, SourceFile, FALLBACK_LOCALE};
use wsaerr::Code;

/// The mark put above every message still carrying English text.
pub const TODO_MARK: &str = "TODO(translate)";

/// Why a new locale could not be created.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ScaffoldError {
    /// The tag is not a language tag at all.
    #[error("`{0}` is not a language tag (such as `fr-FR` or `pt-BR`)")]
    InvalidTag(String),
    /// The tag is a language tag, not written the way folder names must be.
    #[error("`{tag}` is not written canonically: use `{canonical}`")]
    NonCanonicalTag {
        /// The tag as given.
        tag: String,
        /// How to write it.
        canonical: String,
    },
    /// The locale's folder exists already; nothing is overwritten.
    #[error("`{}` already exists", .0.display())]
    Exists(PathBuf),
    /// The English files to copy from cannot be used.
    #[error("cannot use the en-US catalog `{}`: {reason}", path.display())]
    English {
        /// The file or folder.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// The English to start from has errors: the new locale would inherit them.
    #[error("the en-US catalog has {errors} error(s), fix them first; the first: {finding}")]
    BrokenEnglish {
        /// The first error, as `wsaerr check` prints it.
        finding: String,
        /// How many errors there are.
        errors: usize,
    },
    /// Writing failed.
    #[error("cannot write `{}`: {source}", path.display())]
    Write {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
}

/// What [`new_locale`] created.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scaffold {
    /// The new locale's folder.
    pub folder: PathBuf,
    /// The files written in it.
    pub files: Vec<PathBuf>,
    /// How many messages are marked for translation.
    pub messages: usize,
}

/// Creates `<dir>/<tag>/` with the same files as en-US, holding every en-US
/// message, attribute and term with its English text, each message under a
/// `# TODO(translate)` comment.
///
/// The English comes from `<dir>/en-US/` when there is one (the text
/// translators work from), else from the built-in catalog. `dir` is created
/// if needed.
///
/// # Errors
///
/// When `tag` is not a canonical language tag, the folder exists, or the
/// files cannot be written.
///
/// # Examples
///
/// ```
/// # let dir = tempfile::tempdir()?;
/// let scaffold = wsaerr_tools::scaffold::new_locale("fr-FR", dir.path())?;
/// assert_eq!(scaffold.folder, dir.path().join("fr-FR"));
/// let text = std::fs::read_to_string(dir.path().join("fr-FR/winsock.ftl"))?;
/// assert!(text.contains("# TODO(translate)"));
///
/// // A tag not written canonically is refused, with the right spelling:
/// let refused = wsaerr_tools::scaffold::new_locale("fr_fr", dir.path()).unwrap_err();
/// assert_eq!(refused.to_string(), "`fr_fr` is not written canonically: use `fr-FR`");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn new_locale(tag: &str, dir: impl AsRef<Path>) -> Result<Scaffold, ScaffoldError> {
    new_locale_with(tag, dir.as_ref(), |path, text| std::fs::write(path, text))
}

/// [`new_locale`], writing each file with `write`: tests make it fail midway.
fn new_locale_with(
    tag: &str,
    dir: &Path,
    write: impl Fn(&Path, &str) -> io::Result<()>,
) -> Result<Scaffold, ScaffoldError> {
    canonical_tag(tag)?;
    let english = english_files(dir)?;
    // A broken English entry would start the locale out broken, and a
    // scaffold missing it would look complete: refuse, naming the finding.
    let report = crate::check::check_locale_alone(english.clone());
    if let Some(finding) = report
        .findings
        .iter()
        .find(|finding| finding.severity == crate::check::Severity::Error)
    {
        return Err(ScaffoldError::BrokenEnglish {
            finding: finding.to_string(),
            errors: report.errors(),
        });
    }
    let mut scaffolds = Vec::new();
    let mut messages = 0;
    for file in &english.files {
        let text = file.text().ok_or_else(|| ScaffoldError::English {
            path: file.path.clone(),
            reason: "not valid UTF-8".to_owned(),
        })?;
        let name = file
            .path
            .file_name()
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("winsock.ftl"));
        let (text, count) = scaffold_text(tag, &text);
        messages += count;
        scaffolds.push((name, text));
    }

    let write_error = |path: &Path| {
        let path = path.to_owned();
        move |source| ScaffoldError::Write { path, source }
    };
    std::fs::create_dir_all(dir).map_err(write_error(dir))?;
    let folder = dir.join(tag);
    if std::fs::symlink_metadata(&folder).is_ok() {
        return Err(ScaffoldError::Exists(folder));
    }
    // Built beside the target and renamed into place: a failure midway (a
    // full disk) leaves nothing that blocks a retry or loads as a locale.
    let staging = staging_folder(dir, tag).map_err(write_error(dir))?;
    // The English the new locale starts from, so that a later change to it
    // shows the scaffolded messages as stale.
    let mut record = crate::record::Record::default();
    let shown = crate::runtime::compile(&english);
    record.mark(Code::ALL.iter().copied(), &shown);
    record.mark_labels(wsaerr::Label::ALL.iter().copied(), &shown);
    let written = scaffolds.iter().try_for_each(|(name, text)| {
        let path = staging.join(name);
        write(&path, text).map_err(write_error(&path))
    });
    let placed = written.and_then(|()| {
        // `create_dir` then `rename` would race; a folder that appeared
        // meanwhile is still never replaced unless it is empty.
        std::fs::rename(&staging, &folder).map_err(|error| match error.kind() {
            io::ErrorKind::AlreadyExists | io::ErrorKind::DirectoryNotEmpty => {
                ScaffoldError::Exists(folder.clone())
            }
            _ => ScaffoldError::Write {
                path: folder.clone(),
                source: error,
            },
        })
    });
    if let Err(error) = placed {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(error);
    }
    let record_path = source::record_path(dir, tag);
    crate::write::replace_creating_folder(&record_path, record.render(tag).as_bytes())
        .map_err(write_error(&record_path))?;
    let files = scaffolds
        .iter()
        .map(|(name, _)| folder.join(name))
        .collect();
    Ok(Scaffold {
        folder,
        files,
        messages,
    })
}

/// A new, empty folder in `dir` to build a locale in (a hidden name, so
/// that nothing takes it for a locale).
fn staging_folder(dir: &Path, tag: &str) -> io::Result<PathBuf> {
    for attempt in 0..100 {
        let path = dir.join(format!(".{tag}.partial-{}-{attempt}", std::process::id()));
        match std::fs::create_dir(&path) {
            Ok(()) => return Ok(path),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(error) => return Err(error),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "no free name for a staging folder",
    ))
}

/// Accepts `tag` only when it is a language tag written canonically, as
/// locale folders are named.
pub(crate) fn canonical_tag(tag: &str) -> Result<(), ScaffoldError> {
    let invalid = || ScaffoldError::InvalidTag(tag.to_owned());
    let id: LanguageIdentifier = tag.replace('_', "-").parse().map_err(|_| invalid())?;
    // `und` (no language) is a valid tag, but no folder for a language.
    if id.language.is_empty() {
        return Err(invalid());
    }
    let canonical = id.to_string();
    if canonical != tag {
        return Err(ScaffoldError::NonCanonicalTag {
            tag: tag.to_owned(),
            canonical,
        });
    }
    Ok(())
}

/// The English to copy: `<dir>/en-US/` if it exists, else the built-in one.
fn english_files(dir: &Path) -> Result<LocaleFiles, ScaffoldError> {
    let folder = dir.join(FALLBACK_LOCALE);
    if !folder.is_dir() {
        return source::embedded()
            .into_iter()
            .find(|locale| locale.tag == FALLBACK_LOCALE)
            .ok_or_else(|| ScaffoldError::English {
                path: PathBuf::from(FALLBACK_LOCALE),
                reason: "not built in".to_owned(),
            });
    }
    let unreadable = |path: &Path, error: io::Error| ScaffoldError::English {
        path: path.to_owned(),
        reason: error.to_string(),
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&folder)
        .map_err(|error| unreadable(&folder, error))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl") && path.is_file())
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(ScaffoldError::English {
            path: folder,
            reason: "it holds no .ftl file".to_owned(),
        });
    }
    let mut files = Vec::new();
    for path in paths {
        let bytes = std::fs::read(&path).map_err(|error| unreadable(&path, error))?;
        files.push(SourceFile {
            path,
            bytes: Cow::Owned(bytes),
        });
    }
    Ok(LocaleFiles {
        tag: FALLBACK_LOCALE.to_owned(),
        id: FALLBACK_LOCALE.parse().unwrap_or_default(),
        files,
        record: None,
    })
}

/// The text of one scaffolded file, and how many messages it holds.
fn scaffold_text(tag: &str, english: &str) -> (String, usize) {
    let resource = match fluent_syntax::parser::parse(english) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    let header = format!(
        "### Windows Sockets (Winsock) error catalog for {tag}, started from en-US.\n\
         ### Every message marked {TODO_MARK} still has the English text: translate its\n\
         ### title and its .detail, delete the mark, and run `wsaerr check --locales <folder>`.\n\
         ### Keep message ids, {{ -terms }} and code identifiers (WSAStartup, SO_BROADCAST) as they are.\n"
    );
    let mark = format!("{TODO_MARK}: still the en-US text.");
    let mut blocks = vec![header];
    let mut messages = 0;
    for entry in resource.body {
        let entry = match entry {
            ast::Entry::Message(mut message) => {
                messages += 1;
                let mut lines = vec![mark.as_str()];
                if let Some(comment) = message.comment.take() {
                    lines.extend(comment.content);
                }
                message.comment = Some(ast::Comment { content: lines });
                ast::Entry::Message(message)
            }
            // The header above replaces en-US's own (which says "English"),
            // and broken entries are left out: `wsaerr check` reports them.
            ast::Entry::ResourceComment(_) | ast::Entry::Junk { .. } => continue,
            other => other,
        };
        let text = fluent_syntax::serializer::serialize(&ast::Resource { body: vec![entry] });
        blocks.push(text.trim_end().to_owned() + "\n");
    }
    (blocks.join("\n"), messages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_must_be_canonical() {
        assert!(canonical_tag("fr-FR").is_ok());
        assert!(canonical_tag("sr-Latn-RS").is_ok());
        assert!(canonical_tag("eo").is_ok());
        assert!(matches!(
            canonical_tag("ko_KR"),
            Err(ScaffoldError::NonCanonicalTag { canonical, .. }) if canonical == "ko-KR"
        ));
        assert!(matches!(
            canonical_tag("ko-kr"),
            Err(ScaffoldError::NonCanonicalTag { canonical, .. }) if canonical == "ko-KR"
        ));
        for invalid in ["", "und", "not a tag", "ko-KR/../x", "-", "x"] {
            assert!(
                matches!(canonical_tag(invalid), Err(ScaffoldError::InvalidTag(_))),
                "{invalid}"
            );
        }
    }

    #[test]
    fn a_failure_midway_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let writes = std::cell::Cell::new(0);
        let failing = |path: &Path, text: &str| {
            writes.set(writes.get() + 1);
            std::fs::write(path, &text[..text.len() / 2])?;
            Err(io::Error::other("no space left on device"))
        };
        let error = new_locale_with("pt-BR", dir.path(), failing).unwrap_err();
        assert!(matches!(error, ScaffoldError::Write { .. }), "{error}");
        assert_eq!(writes.get(), 1);
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert!(left.is_empty(), "{left:?}");
        // The retry works, and the result is complete.
        let scaffold = new_locale("pt-BR", dir.path()).unwrap();
        assert_eq!(
            scaffold.messages,
            wsaerr::Code::ALL.len() + wsaerr::Label::ALL.len()
        );
    }

    #[test]
    fn broken_english_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("en-US")).unwrap();
        std::fs::write(
            dir.path().join("en-US/winsock.ftl"),
            "WSAEINTR = Interrupted.\n    .detail = A call was interrupted.\nWSAEACCES Permission denied.\n",
        )
        .unwrap();
        let error = new_locale("pt-BR", dir.path()).unwrap_err();
        let ScaffoldError::BrokenEnglish { finding, .. } = &error else {
            panic!("{error}");
        };
        assert!(
            finding.contains("WSAEACCES: syntax error at line 3"),
            "{finding}"
        );
        assert!(!dir.path().join("pt-BR").exists());
    }

    #[test]
    fn every_message_is_marked_and_keeps_its_comment() {
        let english = "### English\n\n-brand = Winsock\n\n## Group\n\n# A note.\nA = Title { -brand }\n    .detail = Detail.\n\nB = Other\n    .detail = More.\nbroken\n";
        let (text, messages) = scaffold_text("fr-FR", english);
        assert_eq!(messages, 2);
        assert!(text.starts_with("### Windows Sockets (Winsock) error catalog for fr-FR"));
        assert!(!text.contains("### English"));
        assert!(text.contains(
            "# TODO(translate): still the en-US text.\n# A note.\nA = Title { -brand }\n    .detail = Detail.\n"
        ));
        assert!(text.contains("# TODO(translate): still the en-US text.\nB = Other\n"));
        assert!(text.contains("\n-brand = Winsock\n"));
        assert!(!text.contains("broken"));
        assert!(fluent_syntax::parser::parse(text.as_str()).is_ok());
    }
}
