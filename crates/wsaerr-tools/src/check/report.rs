//! The report: findings, per-locale summaries, and their text form.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::kinds::FindingKind;
use crate::runtime::Position;
use wsaerr::TextPart;

/// What a check found, and how complete each locale is.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Report {
    /// Every finding: problems of the tree first, then locale by locale, in
    /// file and line order, each locale's missing messages last.
    pub findings: Vec<Finding>,
    /// One summary per locale that was checked, sorted by tag.
    pub locales: Vec<LocaleSummary>,
}

impl Report {
    /// Adds findings made after the locales were checked, counting each in
    /// its locale's summary.
    pub(super) fn add(&mut self, findings: Vec<Finding>) {
        for finding in findings {
            if let Some(summary) = self
                .locales
                .iter_mut()
                .find(|summary| summary.locale == finding.locale)
            {
                match finding.severity {
                    Severity::Error => summary.errors += 1,
                    Severity::Warning => summary.warnings += 1,
                }
            }
            self.findings.push(finding);
        }
    }

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
                let line = source_line;
                writeln!(out, "{:>6} | {line}", error_position.line)?;
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
        let file = self.file.to_string_lossy();
        write!(f, "{}: {}", self.severity, file)?;
        if let Some(position) = self.position {
            write!(f, ":{position}")?;
        }
        write!(f, ": [{}] ", self.locale)?;
        if let Some(id) = &self.id {
            write!(f, "{}: ", id)?;
        }
        f.write_str(&self.message)?;
        let says_so = matches!(
            self.kind,
            FindingKind::MissingMessage | FindingKind::MissingTitle | FindingKind::MissingDetail
        );
        let parts = |parts: &[TextPart]| {
            let parts: Vec<&str> = parts.iter().map(|part| part.as_str()).collect();
            parts.join(" and ")
        };
        if !self.hides.is_empty() && !says_so {
            write!(f, " [readers get the en-US {}]", parts(&self.hides))?;
        }
        if !self.builtin_instead.is_empty() && !says_so {
            let locale = &self.locale;
            let parts = parts(&self.builtin_instead);
            write!(f, " [readers get the built-in {locale} {parts}]")?;
        }
        Ok(())
    }
}

/// How complete one locale is.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
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
    /// Messages (codes' and labels') with text identical to en-US: probably
    /// not translated yet.
    pub untranslated: usize,
    /// The codes whose message is the locale's own translation (present,
    /// and not reported untranslated) as a percentage of `expected`, to one
    /// decimal: a locale just scaffolded from English has 0.0.
    pub coverage: f64,
}

/// Whether a finding fails the check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Severity {
    /// The catalog is wrong: `wsaerr check` exits with 1.
    Error,
    /// Probably wrong (untranslated text, broken encoding): fails only with `--strict`.
    Warning,
}

/// One thing the check found.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Finding {
    /// Error or warning; follows from `kind`.
    pub severity: Severity,
    /// What is wrong, with the data that goes with it.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub kind: FindingKind,
    /// The locale's tag (for a misnamed folder: the folder's name).
    pub locale: String,
    /// The file concerned; the locale's folder for what concerns the whole locale.
    #[cfg_attr(feature = "serde", serde(serialize_with = "serialize_path"))]
    pub file: PathBuf,
    /// Where in the file, when the finding has a place.
    pub position: Option<Position>,
    /// The message id (or `-term` id) concerned, when there is one.
    pub id: Option<String>,
    /// The part of the message the finding is in, when it is in one.
    pub part: Option<TextPart>,
    /// The parts of the message readers of this locale do not get because
    /// of this finding (they get English instead): see the module's rule.
    pub hides: Vec<TextPart>,
    /// In a check of an app's folder layered over the built-in catalog
    /// ([`check_layered`](super::check_layered)): the parts of the message
    /// readers get in the built-in text of the same locale instead of the
    /// app's, because of this finding. Left out of the JSON when empty.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    pub builtin_instead: Vec<TextPart>,
    /// A one-line explanation for a translator.
    pub message: String,
}

#[cfg(feature = "serde")]
pub(super) fn serialize_path<S: serde::Serializer>(
    path: &Path,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    // Lossy, so that no file name can make the JSON output fail.
    serializer.serialize_str(&path.to_string_lossy())
}

/// Collects one locale's findings, with the rank of the file each belongs to
/// so that they can be put in file and line order.
pub(super) struct Findings<'a> {
    pub locale: &'a str,
    pub ranked: Vec<(usize, Finding)>,
    /// How many findings of one check each message part (or each file, for
    /// findings about no message) has had; past [`Findings::CAP`], how many
    /// more were counted and left out.
    counts: HashMap<CapKey, (usize, PathBuf)>,
}

/// A file (by rank), a message id, a part, a check.
type CapKey = (usize, Option<String>, Option<TextPart>, &'static str);

impl<'a> Findings<'a> {
    /// The rank of findings about the whole locale: after every file's.
    pub const LOCALE_RANK: usize = usize::MAX;

    /// The findings of one check kept for one message part: a text of ten
    /// thousand doubled words gives ten findings and a count of the rest,
    /// so that a report's size is bounded by the catalog's, not its square.
    pub const CAP: usize = 10;

    pub fn new(locale: &'a str) -> Findings<'a> {
        Findings {
            locale,
            ranked: Vec::new(),
            counts: HashMap::new(),
        }
    }

    pub fn push(
        &mut self,
        rank: usize,
        file: &Path,
        position: Option<Position>,
        id: Option<&str>,
        kind: FindingKind,
    ) {
        self.push_in(rank, file, position, id, None, kind);
    }

    /// [`push`](Self::push), for a finding in one part of a message.
    pub fn push_in(
        &mut self,
        rank: usize,
        file: &Path,
        position: Option<Position>,
        id: Option<&str>,
        part: Option<TextPart>,
        kind: FindingKind,
    ) {
        let key = (rank, id.map(str::to_owned), part, kind.id());
        let (count, _) = self
            .counts
            .entry(key)
            .or_insert_with(|| (0, file.to_owned()));
        *count += 1;
        if *count > Self::CAP {
            return;
        }
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
                part,
                hides: Vec::new(),
                builtin_instead: Vec::new(),
            },
        ));
    }

    /// Counts `more` findings of `check` that a check found and did not
    /// keep, as if each had been pushed past the cap.
    pub fn count_more(
        &mut self,
        rank: usize,
        file: &Path,
        id: Option<&str>,
        part: Option<TextPart>,
        check: &'static str,
        more: usize,
    ) {
        let key = (rank, id.map(str::to_owned), part, check);
        let (count, _) = self
            .counts
            .entry(key)
            .or_insert_with(|| (0, file.to_owned()));
        *count += more;
    }

    pub fn into_sorted(mut self) -> Vec<Finding> {
        let counts = std::mem::take(&mut self.counts);
        for ((rank, id, part, check), (count, file)) in counts {
            if count > Self::CAP {
                let kind = FindingKind::MoreFindings {
                    check: check.to_owned(),
                    more: count - Self::CAP,
                };
                self.push_in(rank, &file, None, id.as_deref(), part, kind);
            }
        }
        self.ranked
            .sort_by_key(|(rank, finding)| (*rank, finding.position));
        self.ranked
            .into_iter()
            .map(|(_, finding)| finding)
            .collect()
    }
}
