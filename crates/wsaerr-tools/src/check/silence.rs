//! Silencing a check for one message: `# wsaerr-allow: <check>` in the
//! message's comment, for the checks the registry marks silenceable.

use std::collections::{HashMap, HashSet};

use fluent_syntax::ast;

use super::{Finding, CHECKS};

/// The checks a message's comment silences: `# wsaerr-allow: glossary,
/// end-punctuation`, each id optionally followed by the reason
/// (`# wsaerr-allow: glossary (here "hosts" is the hosts file)`).
pub(super) fn allowed_checks<'c>(
    comment: &'c ast::Comment<&str>,
) -> impl Iterator<Item = String> + 'c {
    comment.content.iter().flat_map(|line| {
        line.trim()
            .strip_prefix(ALLOW_MARK)
            .into_iter()
            .flat_map(|list| list.split(','))
            .filter_map(|item| {
                let item = item.trim_start();
                let end = item
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                    .unwrap_or(item.len());
                (end > 0).then(|| item[..end].to_owned())
            })
    })
}

/// What a comment line starts with to silence checks for one message.
pub const ALLOW_MARK: &str = "wsaerr-allow:";

/// Findings minus those a message's comment silences (only checks the
/// registry marks silenceable can be).
pub(super) fn silence(
    findings: Vec<Finding>,
    allowed: &HashMap<String, HashSet<String>>,
) -> Vec<Finding> {
    if allowed.is_empty() {
        return findings;
    }
    findings
        .into_iter()
        .filter(|finding| {
            let Some(ids) = finding.id.as_ref().and_then(|id| allowed.get(id)) else {
                return true;
            };
            let check = finding.kind.id();
            let silenceable = CHECKS
                .iter()
                .any(|info| info.id == check && info.silenceable);
            !(silenceable && ids.contains(check))
        })
        .collect()
}
