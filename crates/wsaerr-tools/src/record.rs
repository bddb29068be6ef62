//! The record of what each translation was made from: for every message of a
//! locale, the en-US title and detail as they were when a translator last
//! marked it current. `wsaerr check` reports a translation as stale when
//! its en-US text has changed since, as gettext's `msgmerge` marks an entry
//! fuzzy and Pontoon or Weblate mark it "needs editing".
//!
//! The record is a plain text file per locale at the catalog's root
//! (`.translated-from-en-US/<tag>.txt`), readable in a diff, written by
//! `wsaerr new-locale` and `wsaerr mark-current`, never by hand:
//!
//! ```text
//! WSAETIMEDOUT
//!     title: Connection timed out.
//!     detail: The peer did not answer in time …
//! ```
//!
//! Each further line of a text is indented by eight spaces, so a blank line
//! inside a text stays part of it; a backslash, a carriage return and any
//! other control character are written as `\\`, `\r` and `\u{…}`, so that
//! whatever text Fluent can produce reads back the same.

use std::collections::{BTreeMap, BTreeSet};
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

/// A text as the record writes it: backslashes doubled, control characters
/// other than the line break as `\r` or `\u{…}`.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\r' => out.push_str("\\r"),
            '\n' => out.push('\n'),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// The text [`escape`] wrote.
fn unescape(written: &str) -> String {
    let mut out = String::with_capacity(written.len());
    let mut chars = written.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('r') => out.push('\r'),
            Some('u') if chars.as_str().starts_with('{') => {
                let rest = chars.as_str();
                let close = rest.find('}').unwrap_or(rest.len());
                let decoded = u32::from_str_radix(&rest[1..close], 16)
                    .ok()
                    .and_then(char::from_u32);
                out.extend(decoded);
                chars = rest.get(close + 1..).unwrap_or_default().chars();
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

impl Record {
    /// Reads a record; lines it does not understand are passed over (the
    /// messages they were about then count as unrecorded).
    pub fn parse(text: &str) -> Record {
        let mut record = Record::default();
        let mut id: Option<String> = None;
        let mut last: Option<usize> = None;
        for line in text.split('\n') {
            // A line end a Windows checkout wrote (a text's own `\r` is escaped).
            let line = line.strip_suffix('\r').unwrap_or(line);
            // A continued line first: a blank line inside a text is one.
            if let Some(more) = line.strip_prefix(CONTINUATION) {
                if let (Some(id), Some(part)) = (&id, last) {
                    if let Some(Some(text)) = record.entries.get_mut(id).map(|e| &mut e[part]) {
                        text.push('\n');
                        text.push_str(&unescape(more));
                    }
                }
                continue;
            }
            if line.starts_with('#') || line.trim().is_empty() {
                last = None;
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
                    record.entries.entry(id.clone()).or_default()[part] = Some(unescape(text));
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
                    let text = escape(text).replace('\n', &format!("\n{CONTINUATION}"));
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
pub(crate) fn of_locale(locale: &LocaleFiles) -> Result<Option<Record>, String> {
    let Some(bytes) = locale.record.as_ref() else {
        return Ok(None);
    };
    // A record is one this tool wrote: UTF-8, opening with its own header.
    // Anything else in its place is no record at all, and says so as an
    // error, never as a locale whose messages are merely unrecorded.
    let text = std::str::from_utf8(bytes).map_err(|_| "the record is not UTF-8".to_owned())?;
    if !text.starts_with("# The en-US text each ") {
        return Err("the record does not start as `wsaerr mark-current` writes it".to_owned());
    }
    Ok(Some(Record::parse(text)))
}

/// What [`mark_current`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
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
    /// The tag is a language tag, not written the way locale folders are
    /// named (`ko_KR` for `ko-KR`).
    #[error("`{tag}` is not written canonically: use `{canonical}`")]
    NonCanonicalTag {
        /// The tag as given.
        tag: String,
        /// How to write it.
        canonical: String,
    },
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
    /// An id asked for is a message the locale does not have: there is no
    /// translation of it to mark current.
    #[error("`{id}` has no message in `{tag}`: there is no translation of it to mark current")]
    NotInLocale {
        /// The id as given.
        id: String,
        /// The locale.
        tag: String,
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
    // Locale folders are named canonically: `ko_KR` names none, and the
    // spelling that does is what `new-locale` suggests too.
    if let Err(crate::scaffold::ScaffoldError::NonCanonicalTag { tag, canonical }) =
        crate::scaffold::canonical_tag(tag)
    {
        return Err(MarkError::NonCanonicalTag { tag, canonical });
    }
    if tag == FALLBACK_LOCALE {
        return Err(MarkError::English);
    }
    if !dir.is_dir() {
        return Err(wsaerr::CatalogError::NotADirectory(dir.to_owned()).into());
    }
    let path = source::record_path(dir, tag);
    let write_error = |source| MarkError::Write {
        path: path.clone(),
        source,
    };
    // Writers of the catalog's records take turns, and each reads the tree
    // and the record once it is its turn: two runs at once never lose each
    // other's marks, and none reads a record while another replaces it.
    let _turn = lock_records(dir).map_err(write_error)?;
    let (locales, _) = source::read_dir(dir)?;
    let locale = locales
        .iter()
        .find(|locale| locale.tag == tag)
        .ok_or_else(|| MarkError::NoSuchLocale {
            tag: tag.to_owned(),
            dir: dir.to_owned(),
        })?;
    // The English the checker compares against: the tree's en-US, with the
    // built-in English beneath it for what the tree's does not define (an
    // app's overlay usually defines only the messages it rewords).
    let builtin = source::embedded();
    let builtin_english = builtin
        .iter()
        .find(|locale| locale.tag == FALLBACK_LOCALE)
        .ok_or(MarkError::English)?;
    let english = match locales.iter().find(|locale| locale.tag == FALLBACK_LOCALE) {
        Some(own) => runtime::compile(&source::layer(own.clone(), builtin_english)),
        None => runtime::compile(builtin_english),
    };
    let shown = runtime::compile(locale);
    let has = |code: Code| {
        [TextPart::Title, TextPart::Detail]
            .iter()
            .any(|&part| shown.part(code, part).is_ok())
    };
    let (codes, labels): (BTreeSet<Code>, Vec<Label>) = if ids.is_empty() {
        let codes = Code::ALL
            .iter()
            .copied()
            .filter(|&code| has(code))
            .collect();
        let labels = Label::ALL
            .iter()
            .copied()
            .filter(|&label| shown.label(label).is_ok())
            .collect();
        (codes, labels)
    } else {
        // Each message once, however many ways it is named.
        let mut codes = BTreeSet::new();
        let mut labels = Vec::new();
        for id in ids {
            let missing = || MarkError::NotInLocale {
                id: id.clone(),
                tag: tag.to_owned(),
            };
            match (Code::from_name(id), Label::from_id(id)) {
                (Some(code), _) if has(code) => {
                    codes.insert(code);
                }
                (None, Some(label)) if shown.label(label).is_ok() => {
                    if !labels.contains(&label) {
                        labels.push(label);
                    }
                }
                (Some(_), _) | (None, Some(_)) => return Err(missing()),
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
    let mut record = match std::fs::read(&path) {
        Ok(bytes) => Record::parse(&String::from_utf8_lossy(&bytes)),
        Err(error) if error.kind() == io::ErrorKind::NotFound => Record::default(),
        Err(error) => return Err(write_error(error)),
    };
    let messages = record.mark(codes, &english) + record.mark_labels(labels, &english);
    crate::write::replace_creating_folder(&path, record.render(tag).as_bytes())
        .map_err(write_error)?;
    Ok(MarkedCurrent { path, messages })
}

/// Waits for, and holds until dropped, the lock on a catalog's records: a
/// lock file in the records folder (`.lock`, created if missing).
pub(crate) fn lock_records(dir: &Path) -> io::Result<std::fs::File> {
    let folder = dir.join(source::RECORDS);
    std::fs::create_dir_all(&folder)?;
    let file = std::fs::OpenOptions::new()
        .create(true)
        .write(true)
        .truncate(false)
        .open(folder.join(".lock"))?;
    fs4::FileExt::lock(&file)?;
    Ok(file)
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
    fn a_blank_line_inside_a_text_stays_in_it() {
        let mut record = Record::default();
        let text = "First paragraph.\n\nSecond one, after a blank line.\n  \nThird.";
        record.set("WSAEINTR", TextPart::Detail, text);
        assert_eq!(
            Record::parse(&record.render("ko-KR")).get("WSAEINTR", TextPart::Detail),
            Some(text)
        );
    }

    proptest::proptest! {
        /// Any text Fluent can give reads back the same from the record.
        #[test]
        fn any_text_reads_back_as_it_was_written(title in "\\PC*", detail in proptest::prelude::any::<String>()) {
            let mut record = Record::default();
            record.set("WSAEINTR", TextPart::Title, &title);
            record.set("WSAEINTR", TextPart::Detail, &detail);
            let read = Record::parse(&record.render("ko-KR"));
            proptest::prop_assert_eq!(read.get("WSAEINTR", TextPart::Title), Some(title.as_str()));
            proptest::prop_assert_eq!(read.get("WSAEINTR", TextPart::Detail), Some(detail.as_str()));
        }
    }

    #[test]
    fn lines_it_does_not_understand_are_passed_over() {
        let record = Record::parse("junk\n    nonsense\n    title: T.\nNEXT\n    detail: D.\n");
        assert_eq!(record.get("junk", TextPart::Title), Some("T."));
        assert_eq!(record.get("NEXT", TextPart::Detail), Some("D."));
    }
}
