//! The references family: what a text refers to must exist, variables are
//! never filled in, and a translation refers to what its en-US text does.

use std::collections::HashSet;

use fluent_syntax::ast;

use super::kinds::{FindingKind, ReferenceTarget};
use super::parsed::{Definitions, ParsedFile};
use super::report::Findings;
use crate::runtime::Position;
use wsaerr::TextPart;

pub(super) fn check_references(
    place: &Place<'_, '_>,
    pattern: &ast::Pattern<&str>,
    definitions: &Definitions<'_, '_>,
    findings: &mut Findings<'_>,
) {
    let mut uses = Vec::new();
    pattern_uses(pattern, &mut uses);
    for used in uses {
        let (name, sigil, kind) = match used {
            // The catalog never passes arguments: nothing fills a variable in.
            Use::Variable(name) => (
                name,
                1,
                FindingKind::UnknownVariable {
                    variable: name.to_owned(),
                },
            ),
            Use::Term(name) | Use::TermAttribute(name) => {
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
        place.push(findings, place.file.position_of(name, sigil), kind);
    }
}

/// Compares the message and term references of a translated part with the
/// en-US part's, as compare-locales does: each one only one side has is a
/// finding (at the reference, or at the message for a missing one).
pub(super) fn compare_references(
    place: &Place<'_, '_>,
    pattern: &ast::Pattern<&str>,
    english: Option<&ast::Pattern<&str>>,
    definitions: &Definitions<'_, '_>,
    findings: &mut Findings<'_>,
) {
    let Some(english) = english else {
        return;
    };
    let theirs = references(english);
    let ours = references(pattern);
    let their_set: HashSet<&str> = theirs
        .iter()
        .map(|(reference, _)| reference.as_str())
        .collect();
    let our_set: HashSet<&str> = ours
        .iter()
        .map(|(reference, _)| reference.as_str())
        .collect();
    for (reference, name) in &ours {
        // An undefined one is an error of its own already.
        let defined = match reference.strip_prefix('-') {
            Some(term) => definitions.terms.contains_key(term),
            None => definitions
                .messages
                .contains_key(reference.split('.').next().unwrap_or_default()),
        };
        if defined && !their_set.contains(reference.as_str()) {
            let sigil = usize::from(reference.starts_with('-'));
            let kind = FindingKind::ReferenceMismatch {
                reference: reference.clone(),
                missing: false,
            };
            place.push(findings, place.file.position_of(name, sigil), kind);
        }
    }
    // Weblate's `fluent-references` counts each reference: a term used
    // twice where en-US uses it once is a finding too.
    let (their_count, our_count) = (counts(english), counts(pattern));
    for (reference, &english) in &their_count {
        let here = our_count.get(reference).copied().unwrap_or_default();
        if here > 0 && here != english {
            let kind = FindingKind::ReferenceCount {
                reference: reference.clone(),
                english,
                here,
            };
            place.push(findings, place.file.position_of(place.id, 0), kind);
        }
    }
    for (reference, _) in &theirs {
        if !our_set.contains(reference.as_str()) {
            let kind = FindingKind::ReferenceMismatch {
                reference: reference.clone(),
                missing: true,
            };
            place.push(findings, place.file.position_of(place.id, 0), kind);
        }
    }
}

/// How often a pattern references each message and term.
fn counts(pattern: &ast::Pattern<&str>) -> std::collections::BTreeMap<String, usize> {
    let mut uses = Vec::new();
    pattern_uses(pattern, &mut uses);
    let mut counts = std::collections::BTreeMap::new();
    for used in uses {
        let reference = match used {
            Use::Term(name) => format!("-{name}"),
            Use::Message(name, None) => name.to_owned(),
            Use::Message(name, Some(attribute)) => format!("{name}.{attribute}"),
            Use::TermAttribute(_) | Use::Variable(_) | Use::Function(_) => continue,
        };
        *counts.entry(reference).or_insert(0) += 1;
    }
    counts
}

/// The distinct message and term references of a pattern, as compare-locales
/// counts them (`-term`, `message`, `message.attribute`; term attributes are
/// left out), each with the slice of its name.
fn references<'a>(pattern: &ast::Pattern<&'a str>) -> Vec<(String, &'a str)> {
    let mut uses = Vec::new();
    pattern_uses(pattern, &mut uses);
    let mut found: Vec<(String, &'a str)> = Vec::new();
    let mut seen = HashSet::new();
    for used in uses {
        let reference = match used {
            Use::Term(name) => (format!("-{name}"), name),
            Use::Message(name, None) => (name.to_owned(), name),
            Use::Message(name, Some(attribute)) => (format!("{name}.{attribute}"), name),
            Use::TermAttribute(_) | Use::Variable(_) | Use::Function(_) => continue,
        };
        if seen.insert(reference.0.clone()) {
            found.push(reference);
        }
    }
    found
}

/// Where in a file findings about one message (or term) part go.
pub(super) struct Place<'f, 'a> {
    pub file: &'f ParsedFile<'a>,
    pub rank: usize,
    /// The message id, or `-term`.
    pub id: &'f str,
    pub part: Option<TextPart>,
}

impl Place<'_, '_> {
    pub fn push(&self, findings: &mut Findings<'_>, position: Option<Position>, kind: FindingKind) {
        findings.push_in(
            self.rank,
            self.file.path,
            position,
            Some(self.id),
            self.part,
            kind,
        );
    }
}

/// Something a pattern refers to; each name is a slice of the source.
enum Use<'a> {
    Variable(&'a str),
    Term(&'a str),
    /// `{ -term.attribute }`: compare-locales does not count these.
    TermAttribute(&'a str),
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
        ast::InlineExpression::TermReference {
            id,
            arguments,
            attribute,
        } => {
            uses.push(if attribute.is_some() {
                Use::TermAttribute(id.name)
            } else {
                Use::Term(id.name)
            });
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
