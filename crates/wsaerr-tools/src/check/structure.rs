//! The structure family: every code has one message, with a title and a
//! `.detail` and nothing else, written once, and translated.

use std::collections::HashSet;

use fluent_syntax::ast;

use super::kinds::FindingKind;
use super::parsed::{Definitions, ParsedFile};
use super::references::{check_references, compare_references, Place};
use super::report::Findings;
use super::suggest::{is_close, suggest_code};
use crate::runtime::DETAIL;
use wsaerr::{Code, Label, TextPart};

/// The checks on the first definition of one message.
pub(super) struct MessageCheck<'a, 'p> {
    pub file: &'p ParsedFile<'a>,
    pub rank: usize,
    pub message: &'p ast::Message<&'a str>,
    pub definitions: &'p Definitions<'a, 'p>,
    /// Whether the locale is en-US itself, which nothing is compared with.
    pub is_english: bool,
    /// The en-US message of the same id, if en-US has one.
    pub english: Option<&'p ast::Message<&'a str>>,
}

impl<'a> MessageCheck<'a, '_> {
    /// Pushes what is wrong with the message; true when it is untranslated.
    pub fn run(&self, findings: &mut Findings<'_>) -> bool {
        let file = self.file;
        let id = self.message.id.name;
        let position = file.position_of(id, 0);
        let mut push =
            |position, kind| findings.push(self.rank, file.path, position, Some(id), kind);

        // A label (a group's name, a page's words) has a title and nothing else.
        let is_label = Label::from_id(id).is_some();
        if !is_label && !Code::ALL.iter().any(|code| code.name() == id) {
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
            if name == DETAIL && !is_label {
                detail = Some(attribute);
            } else {
                let suggestion =
                    (!is_label && is_close(name, DETAIL, 2)).then(|| DETAIL.to_owned());
                push(
                    at,
                    FindingKind::UnknownAttribute {
                        attribute: name.to_owned(),
                        suggestion,
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
        if detail.is_none() && !is_label {
            push(position, FindingKind::MissingDetail);
        }

        if let Some(value) = &self.message.value {
            let english = self.english.and_then(|english| english.value.as_ref());
            self.references(TextPart::Title, value, english, findings);
        }
        if let Some(detail) = detail {
            let english = self.english.and_then(detail_of);
            self.references(TextPart::Detail, &detail.value, english, findings);
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

    /// Checks the references of one part, and compares them with the
    /// en-US part's (not in en-US itself).
    fn references(
        &self,
        part: TextPart,
        pattern: &ast::Pattern<&'a str>,
        english: Option<&ast::Pattern<&'a str>>,
        findings: &mut Findings<'_>,
    ) {
        let place = Place {
            file: self.file,
            rank: self.rank,
            id: self.message.id.name,
            part: Some(part),
        };
        check_references(&place, pattern, self.definitions, findings);
        if !self.is_english {
            compare_references(&place, pattern, english, self.definitions, findings);
        }
    }
}

/// A message's `.detail` text (the first, as the catalog reads it).
pub(super) fn detail_of<'p, 'a>(
    message: &'p ast::Message<&'a str>,
) -> Option<&'p ast::Pattern<&'a str>> {
    message
        .attributes
        .iter()
        .find(|attribute| attribute.id.name == DETAIL)
        .map(|attribute| &attribute.value)
}

/// Whether a pattern shows no text: only blanks and blank string literals.
pub(super) fn is_blank(pattern: &ast::Pattern<&str>) -> bool {
    pattern.elements.iter().all(|element| match element {
        ast::PatternElement::TextElement { value } => value.trim().is_empty(),
        ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
        } => value.trim().is_empty(),
        ast::PatternElement::Placeable { .. } => false,
    })
}
