//! The staleness family: a translation whose en-US text changed since a
//! translator last marked it current (see [`crate::record::mark_current`]).

use std::path::Path;

use super::kinds::FindingKind;
use super::report::Findings;
use crate::record::Record;
use crate::runtime::Compiled;
use wsaerr::TextPart;

/// One part of a translated message readers see, where it is written.
pub(super) struct Translated<'p> {
    pub rank: usize,
    pub file: &'p Path,
    pub position: Option<wsaerr::Position>,
    pub id: &'p str,
    pub part: TextPart,
}

/// Compares what each part was translated from with the English now.
pub(super) fn check_stale<'p>(
    record: Option<&Record>,
    parts: impl IntoIterator<Item = Translated<'p>>,
    english: &Compiled,
    folder: &Path,
    findings: &mut Findings<'_>,
) {
    let mut parts = parts.into_iter().peekable();
    let Some(record) = record else {
        if parts.peek().is_some() {
            findings.push(
                Findings::LOCALE_RANK,
                folder,
                None,
                None,
                FindingKind::Unrecorded,
            );
        }
        return;
    };
    let mut unrecorded = std::collections::HashSet::new();
    for part in parts {
        let now = match (
            wsaerr::Code::from_name(part.id),
            wsaerr::Label::from_id(part.id),
        ) {
            (Some(code), _) => english.part(code, part.part),
            (None, Some(label)) => english.label(label),
            (None, None) => continue,
        };
        let Ok(now) = now else {
            continue;
        };
        let kind = match record.get(part.id, part.part) {
            // Once per message: a record either has it or not.
            None if !unrecorded.insert(part.id) => continue,
            None => FindingKind::Unrecorded,
            Some(was) if was == &**now => continue,
            Some(was) => FindingKind::Stale {
                was: was.to_owned(),
                now: now.to_string(),
            },
        };
        findings.push_in(
            part.rank,
            part.file,
            part.position,
            Some(part.id),
            Some(part.part),
            kind,
        );
    }
}
