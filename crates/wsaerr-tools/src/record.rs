//! The record of what each translation was made from: for every message of a
//! locale, the en-US title and detail as they were when a translator last
//! marked it current. `wsaerr check` reports a translation as stale when
//! its en-US text has changed since, as gettext's `msgmerge` marks an entry
//! fuzzy and Pontoon or Weblate mark it "needs editing".
//!
//! The record is a plain text file in the locale's folder
//! (`translated-from-en-US.txt`), readable in a diff, written by
//! `wsaerr new-locale` and `wsaerr mark-current`, never by hand:
//!
//! ```text
//! WSAETIMEDOUT
//!     title: Connection timed out.
//!     detail: The peer did not answer in time …
//! ```

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

use crate::runtime::{self, Compiled};
use crate::runtime::{self as source, LocaleFiles, FALLBACK_LOCALE};
use wsaerr::{Code, Label, TextPart};

/// Where a continued line of a multi-line text starts.
const CONTINUATION: &str = "        ";

/// The en-US text of each message, by id, as recorded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Record {
    entries: BTreeMap<String, [Option<String>; 2]>,
}

fn slot(part: TextPart) -> usize {
    match part {
        TextPart::Title => 0,
        TextPart::Detail => 1,
    }
}

impl Record {
    /// Reads a record; lines it does not understand are passed over (the
    /// messages they were about then count as unrecorded).
    pub fn parse(text: &str) -> Record {
        let mut record = Record::default();
        let mut id: Option<String> = None;
        let mut last: Option<usize> = None;
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                last = None;
                continue;
            }
            if let Some(more) = line.strip_prefix(CONTINUATION) {
                if let (Some(id), Some(part)) = (&id, last) {
                    if let Some(Some(text)) = record.entries.get_mut(id).map(|e| &mut e[part]) {
                        text.push('\n');
                        text.push_str(more);
                    }
                }
                continue;
            }
            if let Some(rest) = line.strip_prefix("    ") {
                let (part, text) = match rest.split_once(": ") {
                    Some(("title", text)) => (0, text),
                    Some(("detail", text)) => (1, text),
                    _ => {
                        last = None;
                        continue;
                    }
                };
                if let Some(id) = &id {
                    record.entries.entry(id.clone()).or_default()[part] = Some(text.to_owned());
                    last = Some(part);
                }
                continue;
            }
            id = Some(line.trim().to_owned());
            last = None;
        }
        record
    }

    /// The text as written to the file.
    pub fn render(&self, tag: &str) -> String {
        let mut out = format!(
            "# The en-US text each {tag} message was translated from. `wsaerr check` reports\n\
             # a translation as stale when its en-US text changes; `wsaerr mark-current {tag}`\n\
             # records the English anew once the translation is up to date. Not edited by hand.\n"
        );
        for (id, parts) in &self.entries {
            out.push('\n');
            out.push_str(id);
            out.push('\n');
            for (name, text) in ["title", "detail"].iter().zip(parts) {
                if let Some(text) = text {
                    let text = text.replace('\n', &format!("\n{CONTINUATION}"));
                    out.push_str(&format!("    {name}: {text}\n"));
                }
            }
        }
        out
    }

    /// The recorded en-US text of one part of a message.
    pub fn get(&self, id: &str, part: TextPart) -> Option<&str> {
        self.entries.get(id)?[slot(part)].as_deref()
    }

    fn set(&mut self, id: &str, part: TextPart, text: &str) {
        self.entries.entry(id.to_owned()).or_default()[slot(part)] = Some(text.to_owned());
    }

    /// Records the current English of `labels` (their one part, the title).
    pub fn mark_labels(
        &mut self,
        labels: impl IntoIterator<Item = Label>,
        english: &Compiled,
    ) -> usize {
        let mut marked = 0;
        for label in labels {
            if let Ok(text) = english.label(label) {
                self.set(label.id(), TextPart::Title, text);
                marked += 1;
            }
        }
        marked
    }

    /// Records the current English of `codes`.
    pub fn mark(&mut self, codes: impl IntoIterator<Item = Code>, english: &Compiled) -> usize {
        let mut marked = 0;
        for code in codes {
            let mut any = false;
            for part in [TextPart::Title, TextPart::Detail] {
                if let Ok(text) = english.part(code, part) {
                    self.set(code.name(), part, text);
                    any = true;
                }
            }
            marked += usize::from(any);
        }
        marked
    }
}

/// The record a locale holds, if it holds one.
pub(crate) fn of_locale(locale: &LocaleFiles) -> Option<Record> {
    let bytes = locale.record.as_ref()?;
    Some(Record::parse(&String::from_utf8_lossy(bytes)))
}

/// What [`mark_current`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MarkedCurrent {
    /// The record file written.
    pub path: PathBuf,
    /// How many messages were marked current.
    pub messages: usize,
}

/// Why [`mark_current`] could not mark anything.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MarkError {
    /// The catalog folder cannot be used.
    #[error(transparent)]
    Catalog(#[from] wsaerr::CatalogError),
    /// The locale is not in the catalog folder.
    #[error("`{tag}` is not a locale folder of `{}`", dir.display())]
    NoSuchLocale {
        /// The tag asked for.
        tag: String,
        /// The catalog folder.
        dir: PathBuf,
    },
    /// en-US is the source every translation follows: it has no record.
    #[error("en-US is the source the others are translated from: it has nothing to mark")]
    English,
    /// An id that is no code's name and no label's.
    #[error("`{id}` is not a Winsock code name or a label{}", suggestion.as_ref().map(|s| format!(" (did you mean `{s}`?)")).unwrap_or_default())]
    UnknownId {
        /// The id as given.
        id: String,
        /// The closest code name.
        suggestion: Option<String>,
    },
    /// Writing the record failed.
    #[error("cannot write `{}`: {source}", path.display())]
    Write {
        /// The record file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
}

/// Marks the translations of `ids` in the locale `tag` of the catalog folder
/// `dir` as current: records the en-US text they now translate. Without ids,
/// every message the locale has.
///
/// # Errors
///
/// When the folder or the locale cannot be used, an id is no code's name,
/// or the record cannot be written.
pub fn mark_current(dir: &Path, tag: &str, ids: &[String]) -> Result<MarkedCurrent, MarkError> {
    if tag == FALLBACK_LOCALE {
        return Err(MarkError::English);
    }
    let (locales, _) = source::read_dir(dir)?;
    let locale = locales
        .iter()
        .find(|locale| locale.tag == tag)
        .ok_or_else(|| MarkError::NoSuchLocale {
            tag: tag.to_owned(),
            dir: dir.to_owned(),
        })?;
    let builtin;
    let english_files = match locales.iter().find(|locale| locale.tag == FALLBACK_LOCALE) {
        Some(english) => english,
        None => {
            builtin = source::embedded();
            builtin
                .iter()
                .find(|locale| locale.tag == FALLBACK_LOCALE)
                .ok_or(MarkError::English)?
        }
    };
    let english = runtime::compile(english_files);
    let (codes, labels): (Vec<Code>, Vec<Label>) = if ids.is_empty() {
        let shown = runtime::compile(locale);
        let codes = Code::ALL
            .iter()
            .copied()
            .filter(|&code| {
                [TextPart::Title, TextPart::Detail]
                    .iter()
                    .any(|&part| shown.part(code, part).is_ok())
            })
            .collect();
        let labels = Label::ALL
            .iter()
            .copied()
            .filter(|&label| shown.label(label).is_ok())
            .collect();
        (codes, labels)
    } else {
        let mut codes = Vec::new();
        let mut labels = Vec::new();
        for id in ids {
            match (Code::from_name(id), Label::from_id(id)) {
                (Some(code), _) => codes.push(code),
                (None, Some(label)) => labels.push(label),
                (None, None) => {
                    return Err(MarkError::UnknownId {
                        id: id.clone(),
                        suggestion: crate::suggest::closest_code(id)
                            .map(|code| code.name().to_owned()),
                    })
                }
            }
        }
        (codes, labels)
    };
    let mut record = of_locale(locale).unwrap_or_default();
    let messages = record.mark(codes, &english) + record.mark_labels(labels, &english);
    let path = source::record_path(dir, tag);
    crate::write::replace_creating_folder(&path, record.render(tag).as_bytes()).map_err(
        |source| MarkError::Write {
            path: path.clone(),
            source,
        },
    )?;
    Ok(MarkedCurrent { path, messages })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_reads_back_what_it_wrote() {
        let mut record = Record::default();
        record.set("WSAEINTR", TextPart::Title, "Interrupted.");
        record.set("WSAEINTR", TextPart::Detail, "Two\nlines: here.");
        record.set("WSAEACCES", TextPart::Title, "Denied.");
        let text = record.render("ko-KR");
        assert!(text.contains(
            "\nWSAEINTR\n    title: Interrupted.\n    detail: Two\n        lines: here.\n"
        ));
        assert_eq!(Record::parse(&text), record);
        assert_eq!(record.get("WSAEACCES", TextPart::Detail), None);
    }

    #[test]
    fn lines_it_does_not_understand_are_passed_over() {
        let record = Record::parse("junk\n    nonsense\n    title: T.\nNEXT\n    detail: D.\n");
        assert_eq!(record.get("junk", TextPart::Title), Some("T."));
        assert_eq!(record.get("NEXT", TextPart::Detail), Some("D."));
    }
}
