//! The display family: what readers of a locale actually get.
//!
//! The catalog's own loader ([`compile`]) formats every title and detail of
//! the locale. Where it cannot give the locale's own text, the finding that
//! explains why (a syntax error, a missing `.detail`, an undefined term …)
//! is marked as hiding that part; where no other finding explains it (a
//! cycle, too many placeables, a placeable left unresolved, invisible text),
//! a [`FindingKind::NotShown`] does. So every text readers would not get is an
//! error, and no finding claims to hide a text readers do get.

use std::path::Path;

use super::kinds::FindingKind;
use super::report::Findings;
use crate::runtime::LocaleFiles;
use crate::runtime::{Compiled, NotShown};
use wsaerr::{Code, Label, TextPart};

/// Marks or adds the findings for every part readers of `locale` do not get.
pub(super) fn check_display(
    locale: &LocaleFiles,
    compiled: &Compiled,
    folder: &Path,
    findings: &mut Findings<'_>,
) {
    // Every code's title and detail, and every label (a title alone).
    let codes = Code::ALL.iter().map(|&code| {
        let parts =
            [TextPart::Title, TextPart::Detail].map(|part| (part, compiled.part(code, part)));
        (code.name(), parts.to_vec())
    });
    let labels = Label::ALL
        .iter()
        .map(|&label| (label.id(), vec![(TextPart::Title, compiled.label(label))]));
    for (id, parts) in codes.chain(labels) {
        let mut unexplained: Vec<(TextPart, &NotShown)> = Vec::new();
        for (part, shown) in parts {
            let Err(not_shown) = shown else {
                continue;
            };
            let mut explained = false;
            for (_, finding) in findings.ranked.iter_mut() {
                let about = finding.id.as_deref() == Some(id)
                    && finding.kind.can_hide_text()
                    && part_of(&finding.kind, finding.part).is_none_or(|of| of == part);
                if about {
                    finding.hides.push(part);
                    explained = true;
                }
            }
            if !explained {
                unexplained.push((part, not_shown));
            }
        }
        push_unexplained(
            locale,
            unexplained,
            folder,
            id,
            findings,
            |finding, parts| {
                finding.hides = parts;
            },
        );
    }
}

/// In a layered locale: marks, or adds, the finding for every part where the
/// built-in text of the locale stands in for the app's message
/// (`stood_in`). `compiled` is the locale as written, the app's files over
/// the built-in ones: it says why the app's part cannot be shown.
pub(super) fn check_stand_ins(
    locale: &LocaleFiles,
    compiled: &Compiled,
    stood_in: &[(Code, TextPart)],
    folder: &Path,
    findings: &mut Findings<'_>,
) {
    for &code in Code::ALL {
        let id = code.name();
        let mut unexplained: Vec<(TextPart, &NotShown)> = Vec::new();
        for &(_, part) in stood_in.iter().filter(|(of, _)| *of == code) {
            let mut explained = false;
            for (_, finding) in findings.ranked.iter_mut() {
                let about = finding.id.as_deref() == Some(id)
                    && finding.kind.can_hide_text()
                    && part_of(&finding.kind, finding.part).is_none_or(|of| of == part);
                if about && !finding.builtin_instead.contains(&part) {
                    finding.builtin_instead.push(part);
                    if let Some(message) = finding.kind.explain_over_builtin() {
                        message.clone_into(&mut finding.message);
                    }
                    explained = true;
                }
            }
            if !explained {
                if let Err(not_shown) = compiled.part(code, part) {
                    unexplained.push((part, not_shown));
                }
            }
        }
        push_unexplained(
            locale,
            unexplained,
            folder,
            id,
            findings,
            |finding, parts| {
                finding.builtin_instead = parts;
            },
        );
    }
}

/// Adds a [`FindingKind::NotShown`] for the parts of message `id` no other
/// finding explains, one for both parts when they fail for the same reason;
/// `mark` records the parts on it (as hidden, or as stood in for).
fn push_unexplained(
    locale: &LocaleFiles,
    mut unexplained: Vec<(TextPart, &NotShown)>,
    folder: &Path,
    id: &str,
    findings: &mut Findings<'_>,
    mark: impl Fn(&mut super::Finding, Vec<TextPart>),
) {
    while let Some((_, not_shown)) = unexplained.first().copied() {
        let parts: Vec<TextPart> = unexplained
            .iter()
            .filter(|(_, other)| other.reason == not_shown.reason)
            .map(|(part, _)| *part)
            .collect();
        unexplained.retain(|(_, other)| other.reason != not_shown.reason);
        push_not_shown(locale, not_shown, folder, id, &parts, findings);
        if let Some((_, finding)) = findings.ranked.last_mut() {
            mark(finding, parts);
        }
    }
}

/// Adds a [`FindingKind::NotShown`] for `parts` of message `id`, at the
/// message where it is written.
fn push_not_shown(
    locale: &LocaleFiles,
    not_shown: &NotShown,
    folder: &Path,
    id: &str,
    parts: &[TextPart],
    findings: &mut Findings<'_>,
) {
    let (rank, file, position) = match &not_shown.place {
        Some((file, position)) => (
            locale
                .files
                .iter()
                .position(|source| &source.path == file)
                .unwrap_or(Findings::LOCALE_RANK),
            file.as_path(),
            Some(*position),
        ),
        None => (Findings::LOCALE_RANK, folder, None),
    };
    let single = match parts {
        [part] => Some(*part),
        _ => None,
    };
    findings.push_in(
        rank,
        file,
        position,
        Some(id),
        single,
        FindingKind::NotShown {
            reason: not_shown.reason.clone(),
        },
    );
}

/// The part a finding is about: from its kind where the kind says, else as recorded.
fn part_of(kind: &FindingKind, part: Option<TextPart>) -> Option<TextPart> {
    match kind {
        FindingKind::MissingTitle | FindingKind::EmptyText { attribute: None } => {
            Some(TextPart::Title)
        }
        FindingKind::MissingDetail | FindingKind::EmptyText { attribute: Some(_) } => {
            Some(TextPart::Detail)
        }
        _ => part,
    }
}
