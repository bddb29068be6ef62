//! Checking a catalog: proof that every locale covers every code, and a
//! list of what a translator has to fix.
//!
//! [`check_embedded`] checks the catalog built into the binary,
//! [`check_dir`] a folder in the same `<tag>/*.ftl` layout. Both return a
//! [`Report`]: every [`Finding`] (an error or a warning, with the file, the
//! line and column and the message id where there are any) and a
//! [`LocaleSummary`] per locale.
//!
//! # Examples
//!
//! ```
//! let report = wsaerr::check::check_embedded();
//! assert_eq!(report.errors(), 0);
//! let english = report.locales.iter().find(|locale| locale.locale == "en-US").unwrap();
//! assert_eq!(english.messages, english.expected);
//! ```
//!
//! A folder with a typo in a message id:
//!
//! ```
//! use wsaerr::check::{check_dir, FindingKind};
//!
//! # let dir = tempfile::tempdir()?;
//! std::fs::create_dir(dir.path().join("fr-FR"))?;
//! std::fs::write(
//!     dir.path().join("fr-FR/winsock.ftl"),
//!     "WSAETIMEOUT = Délai dépassé.\n    .detail = La connexion n'a pas répondu à temps.\n",
//! )?;
//! let report = check_dir(dir.path())?;
//! let typo = report
//!     .findings
//!     .iter()
//!     .find(|finding| matches!(finding.kind, FindingKind::UnknownMessage { .. }))
//!     .unwrap();
//! assert_eq!(typo.id.as_deref(), Some("WSAETIMEOUT"));
//! assert_eq!(
//!     typo.kind,
//!     FindingKind::UnknownMessage { suggestion: Some("WSAETIMEDOUT".into()) }
//! );
//! assert_eq!(typo.position.map(|p| (p.line, p.column)), Some((1, 1)));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use fluent_syntax::parser::{self, ErrorKind, ParserError};
use serde::Serialize;

use crate::source::{self, CatalogError, LocaleFiles, Position, TreeProblem, FALLBACK_LOCALE};
use crate::Code;

/// The one attribute the catalog reads: a code's explanation.
const DETAIL: &str = "detail";

/// Checks the catalog embedded in the binary.
pub fn check_embedded() -> Report {
    check_locales(Path::new(""), source::embedded(), Vec::new())
}

/// Checks a folder in the `<tag>/*.ftl` layout, such as a checkout's `locales/`.
///
/// Messages are compared with the folder's `en-US` when it has one, else with
/// the built-in English.
///
/// # Errors
///
/// When `dir` is not a directory, cannot be listed, or holds no locale folder.
pub fn check_dir(dir: impl AsRef<Path>) -> Result<Report, CatalogError> {
    let dir = dir.as_ref();
    let (locales, problems) = source::read_dir(dir)?;
    Ok(check_locales(dir, locales, problems))
}

/// What a check found, and how complete each locale is.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// Every finding: problems of the tree first, then locale by locale, in
    /// file and line order, each locale's missing messages last.
    pub findings: Vec<Finding>,
    /// One summary per locale that was checked, sorted by tag.
    pub locales: Vec<LocaleSummary>,
}

impl Report {
    /// How many findings are errors.
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    /// How many findings are warnings.
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|finding| finding.severity == severity)
            .count()
    }
}

impl Report {
    /// Writes the report for people: one line per finding (syntax errors
    /// followed by the offending source line), then a table per locale.
    ///
    /// A finding reads `severity: file:line:column: [locale] id: explanation`;
    /// the position and the id are left out where there are none.
    pub fn write_text(&self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        for finding in &self.findings {
            writeln!(out, "{finding}")?;
            if let FindingKind::Syntax {
                error_position,
                source_line,
                ..
            } = &finding.kind
            {
                writeln!(out, "{:>6} | {source_line}", error_position.line)?;
            }
        }
        if !self.findings.is_empty() {
            writeln!(out)?;
        }
        let width = self
            .locales
            .iter()
            .map(|summary| summary.locale.len())
            .chain([6])
            .max()
            .unwrap_or(6);
        writeln!(
            out,
            "{:<width$}  {:>9}  {:>6}  {:>8}  {:>12}  {:>8}",
            "locale", "messages", "errors", "warnings", "untranslated", "coverage"
        )?;
        for summary in &self.locales {
            writeln!(
                out,
                "{:<width$}  {:>9}  {:>6}  {:>8}  {:>12}  {:>7.1}%",
                summary.locale,
                format!("{}/{}", summary.messages, summary.expected),
                summary.errors,
                summary.warnings,
                summary.untranslated,
                summary.coverage
            )?;
        }
        let plural = |count: usize, word: &str| {
            format!("{count} {word}{}", if count == 1 { "" } else { "s" })
        };
        writeln!(
            out,
            "{} checked: {}, {}",
            plural(self.locales.len(), "locale"),
            plural(self.errors(), "error"),
            plural(self.warnings(), "warning")
        )
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// `severity: file:line:column: [locale] id: explanation`, without the
/// position or the id where there are none.
impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.severity, self.file.display())?;
        if let Some(position) = self.position {
            write!(f, ":{position}")?;
        }
        write!(f, ": [{}] ", self.locale)?;
        if let Some(id) = &self.id {
            write!(f, "{id}: ")?;
        }
        f.write_str(&self.message)
    }
}

/// How complete one locale is.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LocaleSummary {
    /// The locale's tag, such as `ko-KR`.
    pub locale: String,
    /// Codes that have a message in the locale.
    pub messages: usize,
    /// Codes there are: every locale should have a message for each.
    pub expected: usize,
    /// Errors found in the locale.
    pub errors: usize,
    /// Warnings found in the locale.
    pub warnings: usize,
    /// Messages with text identical to en-US: probably not translated yet.
    pub untranslated: usize,
    /// `messages` as a percentage of `expected`, to one decimal.
    pub coverage: f64,
}

/// Whether a finding fails the check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The catalog is wrong: `wsaerr check` exits with 1.
    Error,
    /// Probably wrong (untranslated text, broken encoding): fails only with `--strict`.
    Warning,
}

/// One thing the check found.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// Error or warning; follows from `kind`.
    pub severity: Severity,
    /// What is wrong, with the data that goes with it.
    #[serde(flatten)]
    pub kind: FindingKind,
    /// The locale's tag (for a misnamed folder: the folder's name).
    pub locale: String,
    /// The file concerned; the locale's folder for what concerns the whole locale.
    #[serde(serialize_with = "serialize_path")]
    pub file: PathBuf,
    /// Where in the file, when the finding has a place.
    pub position: Option<Position>,
    /// The message id (or `-term` id) concerned, when there is one.
    pub id: Option<String>,
    /// A one-line explanation for a translator.
    pub message: String,
}

/// What a [`Finding`] is about: one variant per kind of defect.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum FindingKind {
    /// Fluent the parser cannot read: the whole entry is ignored. The
    /// finding's position is the start of the entry.
    Syntax {
        /// The parser's complaint, in plain words.
        problem: String,
        /// Where the parser stopped.
        error_position: Position,
        /// The source line where the parser stopped.
        source_line: String,
    },
    /// A file that is not UTF-8: it is ignored. The position is the first bad byte.
    InvalidUtf8,
    /// A file or folder that cannot be read.
    Unreadable {
        /// What the system said.
        reason: String,
    },
    /// A locale folder whose name is not a canonical language tag: it is ignored.
    NonCanonicalFolder {
        /// The name it should have.
        canonical: String,
    },
    /// A code with no message in the locale.
    MissingMessage,
    /// A message id that is no code's name (a typo, an alias, an obsolete code).
    UnknownMessage {
        /// The code name it probably should be.
        suggestion: Option<String>,
    },
    /// A message without a title (no text after `=`).
    MissingTitle,
    /// A message without a `.detail` attribute.
    MissingDetail,
    /// An attribute other than `.detail`, which no code uses.
    UnknownAttribute {
        /// The attribute's name, without the dot.
        attribute: String,
        /// The attribute it probably should be.
        suggestion: Option<String>,
    },
    /// A message or term defined a second time, in the same file or another
    /// file of the locale: the second definition is ignored.
    DuplicateMessage {
        /// The file of the definition that is used.
        #[serde(serialize_with = "serialize_path")]
        first_file: PathBuf,
        /// Where in that file.
        first_position: Option<Position>,
    },
    /// An attribute given twice in one message: the second is ignored.
    DuplicateAttribute {
        /// The attribute's name, without the dot.
        attribute: String,
    },
    /// A title or attribute whose text is empty.
    EmptyText {
        /// The attribute, or `None` for the title.
        attribute: Option<String>,
    },
    /// A `$variable` the en-US message does not have: nothing would fill it in.
    UnknownVariable {
        /// The variable's name, without the `$`.
        variable: String,
    },
    /// A reference to a term, message or function the locale does not define.
    UndefinedReference {
        /// The reference as written: `-term`, `message`, `message.attribute`, `FUNCTION()`.
        reference: String,
        /// What kind of thing it refers to.
        target: ReferenceTarget,
    },
    /// Text identical to en-US: probably not translated yet.
    Untranslated {
        /// Which parts are identical.
        parts: Vec<TextPart>,
    },
    /// A character that suggests the text went through a wrong encoding.
    BrokenEncoding {
        /// What was seen.
        sign: EncodingSign,
    },
}

/// What an [`FindingKind::UndefinedReference`] refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReferenceTarget {
    /// A term, `{ -name }`.
    Term,
    /// A message or one of its attributes, `{ name }` or `{ name.attr }`.
    Message,
    /// A function, `{ NAME() }`: the catalog defines none.
    Function,
}

/// A part of a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TextPart {
    /// The value: a short title.
    Title,
    /// The `.detail` attribute: the explanation.
    Detail,
}

/// A sign of text that went through a wrong encoding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum EncodingSign {
    /// U+FFFD, what decoders put where bytes made no sense.
    ReplacementCharacter,
    /// U+FEFF after the start of the file: a byte order mark pasted in.
    StrayByteOrderMark,
    /// A control character (other than tab), such as a lone carriage return.
    ControlCharacter {
        /// The character's code point.
        code_point: u32,
    },
    /// UTF-8 bytes read as Windows-1252 or Latin-1, such as `Ã©` for `é`.
    Mojibake {
        /// The two characters seen.
        text: String,
    },
    /// A run of `???`, what some editors write for characters they cannot encode.
    QuestionMarks,
}

impl FindingKind {
    /// Whether the finding fails the check.
    pub fn severity(&self) -> Severity {
        match self {
            FindingKind::Untranslated { .. } | FindingKind::BrokenEncoding { .. } => {
                Severity::Warning
            }
            _ => Severity::Error,
        }
    }

    /// A one-line explanation for a translator, about the message `id`.
    fn explain(&self, id: Option<&str>) -> String {
        let id = id.unwrap_or_default();
        match self {
            FindingKind::Syntax {
                problem,
                error_position,
                ..
            } => format!(
                "syntax error at line {}, column {}: {problem}; the whole entry is ignored",
                error_position.line, error_position.column
            ),
            FindingKind::InvalidUtf8 => {
                "the file is not valid UTF-8 (first bad byte here): save it as UTF-8; until then none of its messages are used".to_owned()
            }
            FindingKind::Unreadable { reason } => format!("cannot read: {reason}"),
            FindingKind::NonCanonicalFolder { canonical } => format!(
                "the folder name is not a canonical language tag: rename it to `{canonical}` (it is ignored until then)"
            ),
            FindingKind::MissingMessage => format!(
                "no message for this code: add `{id} = …` with a `.detail` line (English is shown meanwhile)"
            ),
            FindingKind::UnknownMessage { suggestion } => match suggestion {
                Some(name) if Code::from_name(id).is_some() => format!(
                    "`{id}` is another spelling of `{name}`: use `{name}` as the message id"
                ),
                Some(name) => format!(
                    "no Winsock code is named `{id}` (a typo, or an obsolete code): did you mean `{name}`?"
                ),
                None => format!(
                    "no Winsock code is named `{id}` (a typo, or an obsolete code): the message is never shown"
                ),
            },
            FindingKind::MissingTitle => {
                "the message has no title (text after `=`): English is shown instead".to_owned()
            }
            FindingKind::MissingDetail => {
                "the message has no `.detail` line: the English explanation is shown instead"
                    .to_owned()
            }
            FindingKind::UnknownAttribute {
                attribute,
                suggestion,
            } => match suggestion {
                Some(name) => format!(
                    "no code uses the attribute `.{attribute}`: did you mean `.{name}`?"
                ),
                None => format!(
                    "no code uses the attribute `.{attribute}` (only `.{DETAIL}`): it is never shown"
                ),
            },
            FindingKind::DuplicateMessage {
                first_file,
                first_position,
            } => format!(
                "`{id}` is already defined at {}{}: this second definition is ignored",
                first_file.display(),
                first_position.map(|p| format!(":{p}")).unwrap_or_default()
            ),
            FindingKind::DuplicateAttribute { attribute } => format!(
                "`.{attribute}` appears twice in this message: the second one is ignored"
            ),
            FindingKind::EmptyText { attribute } => match attribute {
                None => "the title is empty: write the text after `=`".to_owned(),
                Some(name) => format!("`.{name}` is empty: write the text after `=`"),
            },
            FindingKind::UnknownVariable { variable } => format!(
                "the en-US message has no `${variable}`: nothing fills it in, so the text cannot be shown"
            ),
            FindingKind::UndefinedReference { reference, target } => match target {
                ReferenceTarget::Term => format!(
                    "the term `{reference}` is not defined in this locale: define it, or write the text out"
                ),
                ReferenceTarget::Message => format!(
                    "`{reference}` is not defined in this locale, so this text cannot be shown"
                ),
                ReferenceTarget::Function => format!(
                    "the function `{reference}` does not exist in this catalog: write the text out"
                ),
            },
            FindingKind::Untranslated { parts } => {
                let what = match parts.as_slice() {
                    [TextPart::Title] => "the title is",
                    [TextPart::Detail] => "the detail is",
                    _ => "the title and the detail are",
                };
                format!("{what} identical to en-US: probably not translated yet")
            }
            FindingKind::BrokenEncoding { sign } => {
                let what = match sign {
                    EncodingSign::ReplacementCharacter => {
                        "U+FFFD (�) stands where a character was lost".to_owned()
                    }
                    EncodingSign::StrayByteOrderMark => {
                        "a byte order mark (U+FEFF) in the middle of the text".to_owned()
                    }
                    EncodingSign::ControlCharacter { code_point } => {
                        format!("control character U+{code_point:04X}")
                    }
                    EncodingSign::Mojibake { text } => {
                        format!("`{text}` looks like UTF-8 read as Windows-1252")
                    }
                    EncodingSign::QuestionMarks => {
                        "`???` looks like characters an editor could not encode".to_owned()
                    }
                };
                format!("{what}: check the text, and save the file as UTF-8")
            }
        }
    }
}

fn serialize_path<S: serde::Serializer>(path: &Path, serializer: S) -> Result<S::Ok, S::Error> {
    // Lossy, so that no file name can make the JSON output fail.
    serializer.serialize_str(&path.to_string_lossy())
}

/// Collects one locale's findings, with the rank of the file each belongs to
/// so that they can be put in file and line order.
struct Findings<'a> {
    locale: &'a str,
    ranked: Vec<(usize, Finding)>,
}

impl Findings<'_> {
    /// The rank of findings about the whole locale: after every file's.
    const LOCALE_RANK: usize = usize::MAX;

    fn push(
        &mut self,
        rank: usize,
        file: &Path,
        position: Option<Position>,
        id: Option<&str>,
        kind: FindingKind,
    ) {
        self.ranked.push((
            rank,
            Finding {
                severity: kind.severity(),
                message: kind.explain(id),
                kind,
                locale: self.locale.to_owned(),
                file: file.to_owned(),
                position,
                id: id.map(str::to_owned),
            },
        ));
    }

    fn into_sorted(mut self) -> Vec<Finding> {
        self.ranked
            .sort_by_key(|(rank, finding)| (*rank, finding.position));
        self.ranked
            .into_iter()
            .map(|(_, finding)| finding)
            .collect()
    }
}

/// One parsed file. The AST borrows from `text`, so every name in it is a
/// slice of the source, and its offset gives its line and column.
struct ParsedFile<'a> {
    path: &'a Path,
    text: &'a str,
    resource: ast::Resource<&'a str>,
    errors: Vec<ParserError>,
}

impl<'a> ParsedFile<'a> {
    fn new(path: &'a Path, text: &'a str) -> ParsedFile<'a> {
        let (resource, errors) = match parser::parse(text) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        ParsedFile {
            path,
            text,
            resource,
            errors,
        }
    }

    /// The byte offset of `part`, a slice of this file's text.
    fn offset_of(&self, part: &str) -> Option<usize> {
        let start = (part.as_ptr() as usize).checked_sub(self.text.as_ptr() as usize)?;
        (start + part.len() <= self.text.len()).then_some(start)
    }

    /// Where `name` (an identifier slice of this file) is, moved back by
    /// `sigil` characters to point at its `-`, `.` or `$`.
    fn position_of(&self, name: &str, sigil: usize) -> Option<Position> {
        let offset = self.offset_of(name)?;
        Some(Position::of_offset(self.text, offset.saturating_sub(sigil)))
    }

    /// Where a message or term starts: at its id, else the first line defining it.
    fn entry_position(&self, id: &str, sigil: usize) -> Option<Position> {
        self.position_of(id, sigil).or_else(|| {
            let written = format!("{}{id}", if sigil > 0 { "-" } else { "" });
            source::find_entry(self.text, &written)
                .map(|offset| Position::of_offset(self.text, offset))
        })
    }
}

/// The first definition of each message and term of a locale.
struct Definitions<'a, 'p> {
    messages: HashMap<&'a str, (usize, &'p ast::Message<&'a str>)>,
    terms: HashMap<&'a str, (usize, &'p ast::Term<&'a str>)>,
}

impl<'a, 'p> Definitions<'a, 'p> {
    /// Indexes `files`, reporting every definition after the first of an id.
    fn new(files: &'p [ParsedFile<'a>], mut duplicate: impl FnMut(DuplicateAt<'a>)) -> Self {
        let mut definitions = Definitions {
            messages: HashMap::new(),
            terms: HashMap::new(),
        };
        for (index, file) in files.iter().enumerate() {
            for entry in &file.resource.body {
                let (first_file, id, sigil) = match entry {
                    ast::Entry::Message(message) => {
                        match definitions.messages.entry(message.id.name) {
                            Entry::Vacant(vacant) => {
                                vacant.insert((index, message));
                                continue;
                            }
                            Entry::Occupied(first) => (first.get().0, message.id.name, 0),
                        }
                    }
                    ast::Entry::Term(term) => match definitions.terms.entry(term.id.name) {
                        Entry::Vacant(vacant) => {
                            vacant.insert((index, term));
                            continue;
                        }
                        Entry::Occupied(first) => (first.get().0, term.id.name, 1),
                    },
                    _ => continue,
                };
                duplicate(DuplicateAt {
                    file: index,
                    first_file,
                    id,
                    sigil,
                });
            }
        }
        definitions
    }

    fn message(&self, id: &str) -> Option<&'p ast::Message<&'a str>> {
        self.messages.get(id).map(|(_, message)| *message)
    }
}

/// A second definition of `id` in `files[file]`; the first is in `files[first_file]`.
struct DuplicateAt<'a> {
    file: usize,
    first_file: usize,
    id: &'a str,
    sigil: usize,
}

/// Checks every locale of a tree; `root` is where the tree is (empty when embedded).
fn check_locales(root: &Path, locales: Vec<LocaleFiles>, problems: Vec<TreeProblem>) -> Report {
    let mut findings = Vec::new();
    for problem in problems {
        let (path, kind) = match problem {
            TreeProblem::NonCanonicalFolder { path, canonical } => {
                (path, FindingKind::NonCanonicalFolder { canonical })
            }
            TreeProblem::Unreadable { path, reason } => (path, FindingKind::Unreadable { reason }),
        };
        let locale = folder_name(root, &path);
        let mut tree = Findings {
            locale: &locale,
            ranked: Vec::new(),
        };
        tree.push(0, &path, None, None, kind);
        findings.extend(tree.into_sorted());
    }

    // The reference for variables and untranslated text: the tree's own
    // English when it has one (it is what translators are working from).
    let builtin;
    let english_files = match locales.iter().find(|locale| locale.tag == FALLBACK_LOCALE) {
        Some(english) => Some(english),
        None => {
            builtin = source::embedded();
            builtin.iter().find(|locale| locale.tag == FALLBACK_LOCALE)
        }
    };
    let english_texts: Vec<(&Path, Cow<'_, str>)> = english_files
        .map(|locale| {
            locale
                .files
                .iter()
                .filter_map(|file| Some((file.path.as_path(), file.text()?)))
                .collect()
        })
        .unwrap_or_default();
    let english_files: Vec<ParsedFile<'_>> = english_texts
        .iter()
        .map(|(path, text)| ParsedFile::new(path, text))
        .collect();
    let english = Definitions::new(&english_files, |_| {});

    let mut summaries = Vec::new();
    for locale in &locales {
        let (locale_findings, summary) = check_locale(root, locale, &english);
        findings.extend(locale_findings);
        summaries.push(summary);
    }
    Report {
        findings,
        locales: summaries,
    }
}

/// A folder's name for a finding's `locale`, relative to the tree's root.
fn folder_name(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .ok()
        .and_then(|relative| relative.components().next())
        .map(|first| first.as_os_str().to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string_lossy().into_owned())
}

fn check_locale(
    root: &Path,
    locale: &LocaleFiles,
    english: &Definitions<'_, '_>,
) -> (Vec<Finding>, LocaleSummary) {
    let folder = root.join(&locale.tag);
    let is_english = locale.tag == FALLBACK_LOCALE;
    let mut findings = Findings {
        locale: &locale.tag,
        ranked: Vec::new(),
    };
    let canonical = locale.id.to_string();
    if canonical != locale.tag {
        // Only the embedded tree gets here: `read_dir` skips such folders.
        findings.push(
            Findings::LOCALE_RANK,
            &folder,
            None,
            None,
            FindingKind::NonCanonicalFolder { canonical },
        );
    }

    let mut texts = Vec::new();
    for (rank, file) in locale.files.iter().enumerate() {
        match file.text() {
            Some(text) => texts.push((rank, file.path.as_path(), text)),
            None => {
                let position = invalid_utf8_position(&file.bytes);
                findings.push(
                    rank,
                    &file.path,
                    Some(position),
                    None,
                    FindingKind::InvalidUtf8,
                );
            }
        }
    }
    let files: Vec<ParsedFile<'_>> = texts
        .iter()
        .map(|(_, path, text)| ParsedFile::new(path, text))
        .collect();
    let rank_of = |index: usize| texts[index].0;

    // Codes whose entry is broken: the syntax error says enough about them.
    let mut broken_ids = HashSet::new();
    for (index, file) in files.iter().enumerate() {
        for error in &file.errors {
            let (position, id) = junk_start(file.text, error);
            if let Some(id) = id {
                broken_ids.insert(id);
            }
            let error_position = Position::of_offset(file.text, error.pos.start);
            findings.push(
                rank_of(index),
                file.path,
                Some(position),
                id,
                FindingKind::Syntax {
                    problem: explain_parser_error(&error.kind),
                    error_position,
                    source_line: line_at(file.text, error.pos.start).to_owned(),
                },
            );
        }
        for (offset, sign) in encoding_signs(file.text) {
            let position = Position::of_offset(file.text, offset);
            let id = entry_at(file, offset);
            findings.push(
                rank_of(index),
                file.path,
                Some(position),
                id,
                FindingKind::BrokenEncoding { sign },
            );
        }
    }

    let mut duplicates = Vec::new();
    let definitions = Definitions::new(&files, |duplicate| duplicates.push(duplicate));
    for duplicate in duplicates {
        let file = &files[duplicate.file];
        let first = &files[duplicate.first_file];
        let id = if duplicate.sigil > 0 {
            format!("-{}", duplicate.id)
        } else {
            duplicate.id.to_owned()
        };
        let position = duplicate_position(file, &duplicate);
        let first_position = if duplicate.sigil > 0 {
            definitions
                .terms
                .get(duplicate.id)
                .and_then(|(_, term)| first.entry_position(term.id.name, 1))
        } else {
            definitions
                .messages
                .get(duplicate.id)
                .and_then(|(_, message)| first.entry_position(message.id.name, 0))
        };
        findings.push(
            rank_of(duplicate.file),
            file.path,
            position,
            Some(&id),
            FindingKind::DuplicateMessage {
                first_file: first.path.to_owned(),
                first_position,
            },
        );
    }

    let mut untranslated = 0;
    for (index, file) in files.iter().enumerate() {
        let rank = rank_of(index);
        for entry in &file.resource.body {
            match entry {
                ast::Entry::Message(message)
                    if definitions
                        .message(message.id.name)
                        .is_some_and(|first| std::ptr::eq(first, message)) =>
                {
                    let checked = MessageCheck {
                        file,
                        rank,
                        message,
                        definitions: &definitions,
                        is_english,
                        english: english.message(message.id.name),
                    };
                    if checked.run(&mut findings) {
                        untranslated += 1;
                    }
                }
                ast::Entry::Term(term)
                    if definitions
                        .terms
                        .get(term.id.name)
                        .is_some_and(|(_, first)| std::ptr::eq(*first, term)) =>
                {
                    let id = format!("-{}", term.id.name);
                    if is_blank(&term.value) {
                        let position = file.position_of(term.id.name, 1);
                        findings.push(
                            rank,
                            file.path,
                            position,
                            Some(&id),
                            FindingKind::EmptyText { attribute: None },
                        );
                    }
                    let patterns = std::iter::once(&term.value)
                        .chain(term.attributes.iter().map(|attribute| &attribute.value));
                    for pattern in patterns {
                        check_references(
                            file,
                            rank,
                            &id,
                            pattern,
                            &definitions,
                            None,
                            &mut findings,
                        );
                    }
                }
                _ => {}
            }
        }
    }

    let mut present = 0;
    for code in Code::ALL {
        let id = code.name();
        if definitions.messages.contains_key(id) {
            present += 1;
        } else if !broken_ids.contains(id) {
            findings.push(
                Findings::LOCALE_RANK,
                &folder,
                None,
                Some(id),
                FindingKind::MissingMessage,
            );
        }
    }

    let findings = findings.into_sorted();
    let count = |severity| {
        findings
            .iter()
            .filter(|finding| finding.severity == severity)
            .count()
    };
    let expected = Code::ALL.len();
    let summary = LocaleSummary {
        locale: locale.tag.clone(),
        messages: present,
        expected,
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        untranslated,
        coverage: (present as f64 * 1000.0 / expected as f64).round() / 10.0,
    };
    (findings, summary)
}

/// The checks on the first definition of one message.
struct MessageCheck<'a, 'p> {
    file: &'p ParsedFile<'a>,
    rank: usize,
    message: &'p ast::Message<&'a str>,
    definitions: &'p Definitions<'a, 'p>,
    /// Whether the locale is en-US itself, which nothing is compared with.
    is_english: bool,
    /// The en-US message of the same id, if en-US has one.
    english: Option<&'p ast::Message<&'a str>>,
}

impl<'a> MessageCheck<'a, '_> {
    /// Pushes what is wrong with the message; true when it is untranslated.
    fn run(&self, findings: &mut Findings<'_>) -> bool {
        let file = self.file;
        let id = self.message.id.name;
        let position = file.entry_position(id, 0);
        let mut push =
            |position, kind| findings.push(self.rank, file.path, position, Some(id), kind);

        if !Code::ALL.iter().any(|code| code.name() == id) {
            push(
                position,
                FindingKind::UnknownMessage {
                    suggestion: suggest_code(id),
                },
            );
            return false;
        }

        match &self.message.value {
            None => push(position, FindingKind::MissingTitle),
            Some(value) if is_blank(value) => {
                push(position, FindingKind::EmptyText { attribute: None });
            }
            Some(_) => {}
        }
        let mut seen = HashSet::new();
        let mut detail = None;
        for attribute in &self.message.attributes {
            let name = attribute.id.name;
            let at = file.position_of(name, 1);
            if !seen.insert(name) {
                push(
                    at,
                    FindingKind::DuplicateAttribute {
                        attribute: name.to_owned(),
                    },
                );
                continue;
            }
            if name == DETAIL {
                detail = Some(attribute);
            } else {
                push(
                    at,
                    FindingKind::UnknownAttribute {
                        attribute: name.to_owned(),
                        suggestion: (levenshtein(name, DETAIL) <= 2).then(|| DETAIL.to_owned()),
                    },
                );
                continue;
            }
            if is_blank(&attribute.value) {
                push(
                    at,
                    FindingKind::EmptyText {
                        attribute: Some(name.to_owned()),
                    },
                );
            }
        }
        if detail.is_none() {
            push(position, FindingKind::MissingDetail);
        }

        if let Some(value) = &self.message.value {
            let allowed =
                self.english_variables(self.english.and_then(|english| english.value.as_ref()));
            self.references(value, allowed.as_ref(), findings);
        }
        if let Some(detail) = detail {
            let allowed = self.english_variables(self.english.and_then(detail_of));
            self.references(&detail.value, allowed.as_ref(), findings);
        }

        let Some(english) = self.english.filter(|_| !self.is_english) else {
            return false;
        };
        let mut parts = Vec::new();
        if self.message.value.is_some() && self.message.value == english.value {
            parts.push(TextPart::Title);
        }
        if let (Some(detail), Some(english)) = (detail, detail_of(english)) {
            if detail.value == *english {
                parts.push(TextPart::Detail);
            }
        }
        if parts.is_empty() {
            return false;
        }
        findings.push(
            self.rank,
            file.path,
            position,
            Some(id),
            FindingKind::Untranslated { parts },
        );
        true
    }

    /// The variables a part of the message may use: those of the en-US
    /// part (none where en-US lacks it), or `None` (anything) in en-US itself.
    fn english_variables(
        &self,
        english: Option<&ast::Pattern<&'a str>>,
    ) -> Option<HashSet<&'a str>> {
        (!self.is_english).then(|| english.map(variables).unwrap_or_default())
    }

    /// Checks references in `pattern`, and its variables against `allowed`.
    fn references(
        &self,
        pattern: &ast::Pattern<&str>,
        allowed: Option<&HashSet<&str>>,
        findings: &mut Findings<'_>,
    ) {
        check_references(
            self.file,
            self.rank,
            self.message.id.name,
            pattern,
            self.definitions,
            allowed,
            findings,
        );
    }
}

/// A message's `.detail` text (the first, as the catalog reads it).
fn detail_of<'p, 'a>(message: &'p ast::Message<&'a str>) -> Option<&'p ast::Pattern<&'a str>> {
    message
        .attributes
        .iter()
        .find(|attribute| attribute.id.name == DETAIL)
        .map(|attribute| &attribute.value)
}

/// Reports references in `pattern` to what the locale does not define, and
/// variables outside `allowed` (not checked when `allowed` is `None`).
fn check_references(
    file: &ParsedFile<'_>,
    rank: usize,
    id: &str,
    pattern: &ast::Pattern<&str>,
    definitions: &Definitions<'_, '_>,
    allowed: Option<&HashSet<&str>>,
    findings: &mut Findings<'_>,
) {
    let mut uses = Vec::new();
    pattern_uses(pattern, &mut uses);
    for used in uses {
        let (name, sigil, kind) = match used {
            Use::Variable(name) => {
                if allowed.is_none_or(|allowed| allowed.contains(name)) {
                    continue;
                }
                (
                    name,
                    1,
                    FindingKind::UnknownVariable {
                        variable: name.to_owned(),
                    },
                )
            }
            Use::Term(name) => {
                if definitions.terms.contains_key(name) {
                    continue;
                }
                (
                    name,
                    1,
                    FindingKind::UndefinedReference {
                        reference: format!("-{name}"),
                        target: ReferenceTarget::Term,
                    },
                )
            }
            Use::Message(name, attribute) => {
                let defined = definitions
                    .message(name)
                    .is_some_and(|message| match attribute {
                        None => message.value.is_some(),
                        Some(attribute) => message
                            .attributes
                            .iter()
                            .any(|candidate| candidate.id.name == attribute),
                    });
                if defined {
                    continue;
                }
                let reference = match attribute {
                    None => name.to_owned(),
                    Some(attribute) => format!("{name}.{attribute}"),
                };
                (
                    name,
                    0,
                    FindingKind::UndefinedReference {
                        reference,
                        target: ReferenceTarget::Message,
                    },
                )
            }
            Use::Function(name) => (
                name,
                0,
                FindingKind::UndefinedReference {
                    reference: format!("{name}()"),
                    target: ReferenceTarget::Function,
                },
            ),
        };
        findings.push(
            rank,
            file.path,
            file.position_of(name, sigil),
            Some(id),
            kind,
        );
    }
}

/// Something a pattern refers to; each name is a slice of the source.
enum Use<'a> {
    Variable(&'a str),
    Term(&'a str),
    Message(&'a str, Option<&'a str>),
    Function(&'a str),
}

fn pattern_uses<'a>(pattern: &ast::Pattern<&'a str>, uses: &mut Vec<Use<'a>>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_uses(expression, uses);
        }
    }
}

fn expression_uses<'a>(expression: &ast::Expression<&'a str>, uses: &mut Vec<Use<'a>>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_uses(selector, uses);
            for variant in variants {
                pattern_uses(&variant.value, uses);
            }
        }
        ast::Expression::Inline(inline) => inline_uses(inline, uses),
    }
}

fn inline_uses<'a>(inline: &ast::InlineExpression<&'a str>, uses: &mut Vec<Use<'a>>) {
    let arguments_uses = |arguments: &ast::CallArguments<&'a str>, uses: &mut Vec<Use<'a>>| {
        let named = arguments.named.iter().map(|argument| &argument.value);
        for argument in arguments.positional.iter().chain(named) {
            inline_uses(argument, uses);
        }
    };
    match inline {
        ast::InlineExpression::VariableReference { id } => uses.push(Use::Variable(id.name)),
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            uses.push(Use::Term(id.name));
            if let Some(arguments) = arguments {
                arguments_uses(arguments, uses);
            }
        }
        ast::InlineExpression::MessageReference { id, attribute } => uses.push(Use::Message(
            id.name,
            attribute.as_ref().map(|attribute| attribute.name),
        )),
        ast::InlineExpression::FunctionReference { id, arguments } => {
            uses.push(Use::Function(id.name));
            arguments_uses(arguments, uses);
        }
        ast::InlineExpression::Placeable { expression } => expression_uses(expression, uses),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

/// The variables a pattern uses.
fn variables<'a>(pattern: &ast::Pattern<&'a str>) -> HashSet<&'a str> {
    let mut uses = Vec::new();
    pattern_uses(pattern, &mut uses);
    uses.into_iter()
        .filter_map(|used| match used {
            Use::Variable(name) => Some(name),
            _ => None,
        })
        .collect()
}

/// Whether a pattern shows no text: only blanks and blank string literals.
fn is_blank(pattern: &ast::Pattern<&str>) -> bool {
    pattern.elements.iter().all(|element| match element {
        ast::PatternElement::TextElement { value } => value.trim().is_empty(),
        ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
        } => value.trim().is_empty(),
        ast::PatternElement::Placeable { .. } => false,
    })
}

/// Where a second (third, …) definition is.
fn duplicate_position(file: &ParsedFile<'_>, duplicate: &DuplicateAt<'_>) -> Option<Position> {
    // The id slice is the duplicate's own, so its offset is exact; scanning
    // is only a fallback.
    let sigil = duplicate.sigil;
    file.position_of(duplicate.id, sigil).or_else(|| {
        let written = format!("{}{}", if sigil > 0 { "-" } else { "" }, duplicate.id);
        let mut offset = 0;
        let mut last = None;
        for line in file.text.split_inclusive('\n') {
            if line
                .strip_prefix(written.as_str())
                .is_some_and(|rest| rest.trim_start_matches([' ', '\t']).starts_with('='))
            {
                last = Some(offset);
            }
            offset += line.len();
        }
        last.map(|offset| Position::of_offset(file.text, offset))
    })
}

/// The start of the broken entry an error is in (the first non-blank line
/// of the junk), and the id that line seems to define.
fn junk_start<'t>(text: &'t str, error: &ParserError) -> (Position, Option<&'t str>) {
    let start = error
        .slice
        .as_ref()
        .map_or(error.pos.start, |slice| slice.start)
        .min(text.len());
    let start = source::floor_char_boundary(text, start);
    let mut offset = start;
    for line in text[start..].split_inclusive('\n') {
        if !line.trim().is_empty() {
            break;
        }
        offset += line.len();
    }
    let offset = offset.min(text.len());
    let line = text[offset..].split('\n').next().unwrap_or_default();
    (Position::of_offset(text, offset), leading_identifier(line))
}

/// The id a line starts with (`-term` included), if it starts with one.
fn leading_identifier(line: &str) -> Option<&str> {
    let body = line.strip_prefix('-').unwrap_or(line);
    if !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let end = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(body.len());
    Some(&line[..end + (line.len() - body.len())])
}

/// The whole line that holds byte `offset`, without its line end.
fn line_at(text: &str, offset: usize) -> &str {
    let offset = source::floor_char_boundary(text, offset);
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    text[start..].split('\n').next().unwrap_or_default()
}

/// The parser's complaint in words a translator knows.
fn explain_parser_error(kind: &ErrorKind) -> String {
    match kind {
        ErrorKind::ExpectedToken('=') => "expected `=` after the message id".to_owned(),
        ErrorKind::ExpectedToken('}') => "a `{` is not closed with `}`".to_owned(),
        ErrorKind::ExpectedToken(token) => format!("expected `{token}`"),
        ErrorKind::ExpectedMessageField { entry_id } => {
            format!("`{entry_id} =` is followed by neither a title nor an attribute")
        }
        ErrorKind::ExpectedTermField { entry_id } => format!("the term `-{entry_id}` has no text"),
        ErrorKind::MissingValue => "expected text after `=`".to_owned(),
        ErrorKind::UnbalancedClosingBrace => {
            "a `}` without a matching `{` (write `{\"}\"}` for a literal brace)".to_owned()
        }
        ErrorKind::ExpectedInlineExpression => {
            "expected a term, message or variable inside `{ }`".to_owned()
        }
        ErrorKind::UnterminatedStringLiteral => "a `\"` inside `{ }` is not closed".to_owned(),
        other => {
            let text = other.to_string();
            let mut chars = text.chars();
            chars.next().map_or(text.clone(), |first| {
                first.to_lowercase().chain(chars).collect()
            })
        }
    }
}

/// The position of the first byte that is not UTF-8 (after a byte order mark).
fn invalid_utf8_position(bytes: &[u8]) -> Position {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let valid = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default(),
    };
    let valid = valid.replace("\r\n", "\n");
    Position::of_offset(&valid, valid.len())
}

/// The id of the entry that holds byte `offset`, if it is a message or term.
fn entry_at<'a>(file: &ParsedFile<'a>, offset: usize) -> Option<&'a str> {
    let mut found = None;
    for entry in &file.resource.body {
        let (name, start) = match entry {
            ast::Entry::Message(message) => {
                (Some(message.id.name), file.offset_of(message.id.name))
            }
            ast::Entry::Term(term) => (None, file.offset_of(term.id.name)),
            ast::Entry::Junk { content } => (None, file.offset_of(content)),
            ast::Entry::Comment(comment)
            | ast::Entry::GroupComment(comment)
            | ast::Entry::ResourceComment(comment) => (
                None,
                comment
                    .content
                    .first()
                    .and_then(|line| file.offset_of(line)),
            ),
        };
        match start {
            Some(start) if start <= offset => found = name,
            Some(_) => break,
            None => {}
        }
    }
    found
}

/// Signs of a wrong encoding, at most one per line: the byte offset of the
/// first suspicious character and what it is.
fn encoding_signs(text: &str) -> Vec<(usize, EncodingSign)> {
    let mut signs = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.strip_suffix('\n').unwrap_or(line);
        if let Some((offset, sign)) = encoding_sign(content) {
            signs.push((line_start + offset, sign));
        }
        line_start += line.len();
    }
    signs
}

fn encoding_sign(line: &str) -> Option<(usize, EncodingSign)> {
    let mut chars = line.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let sign = match c {
            '\u{fffd}' => Some(EncodingSign::ReplacementCharacter),
            '\u{feff}' => Some(EncodingSign::StrayByteOrderMark),
            '\t' => None,
            c if c.is_control() => Some(EncodingSign::ControlCharacter {
                code_point: u32::from(c),
            }),
            // The first byte of a UTF-8 sequence read as Windows-1252 is one
            // of Â..ï; a continuation byte becomes U+00A0..U+00BF or one of
            // the punctuation signs Windows-1252 puts at 0x80..0x9F.
            '\u{c2}'..='\u{ef}' => chars
                .peek()
                .filter(|(_, next)| is_continuation_as_windows_1252(*next))
                .map(|(_, next)| EncodingSign::Mojibake {
                    text: format!("{c}{next}"),
                }),
            '?' if line[offset..].starts_with("???") => Some(EncodingSign::QuestionMarks),
            _ => None,
        };
        if let Some(sign) = sign {
            return Some((offset, sign));
        }
    }
    None
}

fn is_continuation_as_windows_1252(c: char) -> bool {
    matches!(c, '\u{a0}'..='\u{bf}') || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".contains(c)
}

/// The code name `id` was probably meant to be: the same name in another
/// case, an alias, or the closest name within a few typos.
fn suggest_code(id: &str) -> Option<String> {
    if let Some(code) = Code::from_name(id) {
        return Some(code.name().to_owned());
    }
    let wanted = id.to_ascii_uppercase();
    let wanted = wanted.as_str();
    let (distance, code) = Code::ALL
        .iter()
        .flat_map(|code| {
            std::iter::once(code.name())
                .chain(code.aliases().iter().copied())
                .map(move |name| (levenshtein(wanted, name), *code))
        })
        .min_by_key(|(distance, _)| *distance)?;
    (distance <= (wanted.chars().count() / 4).max(1)).then(|| code.name().to_owned())
}

/// The number of one-character edits that turn `a` into `b`.
fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, a) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, b) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(a != *b);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    /// Checks one locale made of `files` (name, bytes), with the built-in English.
    fn check_texts(tag: &str, files: &[(&str, &[u8])]) -> Report {
        let locale = LocaleFiles {
            tag: tag.to_owned(),
            id: tag.parse().unwrap_or_default(),
            files: files
                .iter()
                .map(|(name, bytes)| SourceFile {
                    path: PathBuf::from(tag).join(name),
                    bytes: Cow::Owned(bytes.to_vec()),
                })
                .collect(),
        };
        check_locales(Path::new(""), vec![locale], Vec::new())
    }

    fn besides_missing(report: &Report) -> Vec<&Finding> {
        report
            .findings
            .iter()
            .filter(|finding| finding.kind != FindingKind::MissingMessage)
            .collect()
    }

    #[test]
    fn levenshtein_counts_edits() {
        assert_eq!(levenshtein("", "abc"), 3);
        assert_eq!(levenshtein("kitten", "sitting"), 3);
        assert_eq!(levenshtein("WSAETIMEOUT", "WSAETIMEDOUT"), 1);
        assert_eq!(levenshtein("détail", "detail"), 1);
    }

    #[test]
    fn suggestions_cover_typos_case_and_aliases() {
        assert_eq!(suggest_code("WSAETIMEOUT").as_deref(), Some("WSAETIMEDOUT"));
        assert_eq!(suggest_code("wsaeintr").as_deref(), Some("WSAEINTR"));
        assert_eq!(suggest_code("WSANO_ADDRESS").as_deref(), Some("WSANO_DATA"));
        assert_eq!(suggest_code("hello-world"), None);
        assert_eq!(suggest_code(""), None);
    }

    #[test]
    fn encoding_signs_are_found_once_per_line() {
        assert_eq!(encoding_sign("plain text, 한국어, 中文, é"), None);
        assert_eq!(
            encoding_sign("ab\u{fffd}c\u{fffd}"),
            Some((2, EncodingSign::ReplacementCharacter))
        );
        assert_eq!(
            encoding_sign("cafÃ©"),
            Some((
                3,
                EncodingSign::Mojibake {
                    text: "Ã©".into()
                }
            ))
        );
        assert_eq!(
            encoding_sign("a\u{7}b"),
            Some((1, EncodingSign::ControlCharacter { code_point: 7 }))
        );
        assert_eq!(encoding_sign("what??"), None);
        assert_eq!(
            encoding_sign("x ????"),
            Some((2, EncodingSign::QuestionMarks))
        );
        let signs = encoding_signs("ok\nbad \u{fffd}\n");
        assert_eq!(signs, vec![(7, EncodingSign::ReplacementCharacter)]);
    }

    #[test]
    fn leading_identifiers() {
        assert_eq!(leading_identifier("WSAEINTR Interrompu"), Some("WSAEINTR"));
        assert_eq!(leading_identifier("-winsock = x"), Some("-winsock"));
        assert_eq!(leading_identifier("    .detail = x"), None);
        assert_eq!(leading_identifier("# comment"), None);
        assert_eq!(leading_identifier(""), None);
    }

    #[test]
    fn the_embedded_catalog_has_no_errors() {
        let report = check_embedded();
        let errors: Vec<_> = report
            .findings
            .iter()
            .filter(|finding| finding.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
        for summary in &report.locales {
            assert_eq!(summary.messages, summary.expected, "{}", summary.locale);
            assert_eq!(summary.coverage, 100.0);
        }
    }

    #[test]
    fn a_syntax_error_points_at_its_entry_and_shows_the_line() {
        let text = "WSAEINTR = Interrompu\n    .detail = Appel interrompu.\n\nWSAEACCES Refusé\n    .detail = Accès refusé.\n";
        let report = check_texts("fr-FR", &[("winsock.ftl", text.as_bytes())]);
        let found = besides_missing(&report);
        assert_eq!(found.len(), 1, "{found:#?}");
        let finding = found[0];
        assert_eq!(finding.id.as_deref(), Some("WSAEACCES"));
        assert_eq!(finding.position, Some(Position { line: 4, column: 1 }));
        assert_eq!(
            finding.kind,
            FindingKind::Syntax {
                problem: "expected `=` after the message id".into(),
                error_position: Position {
                    line: 4,
                    column: 11
                },
                source_line: "WSAEACCES Refusé".into(),
            }
        );
        // The broken message is not reported missing as well.
        assert!(!report
            .findings
            .iter()
            .any(|finding| finding.kind == FindingKind::MissingMessage
                && finding.id.as_deref() == Some("WSAEACCES")));
        assert_eq!(report.locales[0].messages, 1);
    }

    #[test]
    fn any_bytes_are_checked_without_panicking() {
        let samples: [&[u8]; 9] = [
            b"",
            b"\xef\xbb\xbf",
            b"\xff\xfe\x00",
            b"\r\r\n\r",
            b"= = =\n{{{\n}}}",
            b"-\n.\n$\n",
            b"WSAEINTR = { $\n",
            b"WSAEINTR = { -x(a: $b, \"c\") }\n .detail = {WSAEINTR.nope}",
            "WSAEINTR = \u{fffd}é\n\t.detail = ???".as_bytes(),
        ];
        for bytes in samples {
            let report = check_texts("fr-FR", &[("winsock.ftl", bytes)]);
            assert!(report.errors() > 0);
        }
    }

    proptest::proptest! {
        #[test]
        fn no_bytes_make_the_check_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300)) {
            check_texts("fr-FR", &[("winsock.ftl", &bytes)]);
        }

        #[test]
        fn no_fluent_like_text_makes_the_check_panic(
            text in r#"(WSAEINTR|WSAEACCES|-t|[a-z]|[ =.{}$"\n\t#*\[\]\-]|é|\x{fffd}|\r|\x{feff}){0,80}"#
        ) {
            check_texts("fr-FR", &[("winsock.ftl", text.as_bytes())]);
        }
    }

    #[test]
    fn invalid_utf8_is_located() {
        let report = check_texts("fr-FR", &[("winsock.ftl", b"WSAEINTR = a\r\nb = \xffc")]);
        let found = besides_missing(&report);
        assert_eq!(found[0].kind, FindingKind::InvalidUtf8);
        assert_eq!(found[0].position, Some(Position { line: 2, column: 5 }));
    }
}
