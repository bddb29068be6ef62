//! One locale through every family of checks, in one walk over its parsed files.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use super::parsed::{Definitions, ParsedFile};
use super::references::{check_references, Place};
use super::report::Findings;
use super::silence::{allowed_checks, silence};
use super::structure::{is_blank, MessageCheck};
use super::{content, display, stale, syntax};
use super::{Finding, FindingKind, LocaleSummary, Severity};
use crate::runtime;
use crate::runtime::{self as source, LocaleFiles, FALLBACK_LOCALE};
use wsaerr::{Code, Label, TextPart};

/// A locale's files, read and parsed once for every family of checks.
pub(super) struct LocaleTexts {
    /// (rank of the file in the locale, path, guarded text, entries cut out)
    texts: Vec<(usize, PathBuf, String, Vec<source::TooDeep>)>,
    invalid: Vec<(usize, PathBuf, wsaerr::Position)>,
}

impl LocaleTexts {
    pub fn read(locale: &LocaleFiles) -> LocaleTexts {
        let mut texts = Vec::new();
        let mut invalid = Vec::new();
        for (rank, file) in locale.files.iter().enumerate() {
            match file.guarded_text() {
                Some((text, deep)) => {
                    texts.push((rank, file.path.clone(), text.into_owned(), deep));
                }
                None => invalid.push((
                    rank,
                    file.path.clone(),
                    syntax::invalid_utf8_position(&file.bytes),
                )),
            }
        }
        LocaleTexts { texts, invalid }
    }

    pub fn parse(&self) -> Vec<ParsedFile<'_>> {
        self.texts
            .iter()
            .map(|(_, path, text, deep)| ParsedFile::new(path, text, deep.clone()))
            .collect()
    }
}

/// The en-US text a locale is checked against: as written, and as shown.
pub(super) struct Reference<'r, 'a, 'p> {
    pub definitions: &'r Definitions<'a, 'p>,
    pub shown: &'r runtime::Compiled,
}

/// Checks one locale; with `beneath`, as layered over that built-in locale
/// (whose files then follow the locale's own, and are not checked).
pub(super) fn check_locale(
    root: &Path,
    own: &LocaleFiles,
    beneath: Option<&LocaleFiles>,
    reference: &Reference<'_, '_, '_>,
) -> (Vec<Finding>, LocaleSummary) {
    let english = reference.definitions;
    let folder = root.join(&own.tag);
    let is_english = own.tag == FALLBACK_LOCALE;
    let mut findings = Findings::new(&own.tag);
    // Ranks from here on are of `locale`'s files; the first `own_files` are
    // the ones checked.
    let own_files = own.files.len();
    let layered;
    let locale = match beneath {
        Some(built_in) => {
            layered = source::layer(own.clone(), built_in);
            &layered
        }
        None => own,
    };
    let is_own = |rank: usize| rank < own_files;
    let shown = runtime::compile(locale);
    let writing = {
        let mut likely = locale.id.clone();
        likely.maximize();
        content::Writing::of(
            &locale.tag,
            likely.script.as_ref().map(|script| script.as_str()),
        )
    };

    let texts = LocaleTexts::read(locale);
    for (rank, path, position) in &texts.invalid {
        if is_own(*rank) {
            findings.push(*rank, path, Some(*position), None, FindingKind::InvalidUtf8);
        }
    }
    let files = texts.parse();
    let rank_of = |index: usize| texts.texts[index].0;

    // Codes whose entry is broken: the syntax error says enough about them.
    let mut broken_ids = HashSet::new();
    for (index, file) in files.iter().enumerate() {
        if is_own(rank_of(index)) {
            syntax::check_syntax(
                file,
                rank_of(index),
                writing.is_right_to_left(),
                &mut findings,
                &mut broken_ids,
            );
        }
    }

    let mut duplicates = Vec::new();
    // A second definition in a built-in file is the one an app's message
    // rewords: no duplicate.
    let definitions = Definitions::new(&files, |duplicate| {
        if is_own(rank_of(duplicate.file)) {
            duplicates.push(duplicate);
        }
    });
    for duplicate in duplicates {
        let file = &files[duplicate.file];
        let first = &files[duplicate.first_file];
        let (id, first_name) = if duplicate.sigil > 0 {
            (
                format!("-{}", duplicate.id),
                definitions
                    .terms
                    .get(duplicate.id)
                    .map(|(_, term)| term.id.name),
            )
        } else {
            (
                duplicate.id.to_owned(),
                definitions
                    .messages
                    .get(duplicate.id)
                    .map(|(_, message)| message.id.name),
            )
        };
        findings.push(
            rank_of(duplicate.file),
            file.path,
            file.position_of(duplicate.id, duplicate.sigil),
            Some(&id),
            FindingKind::DuplicateMessage {
                first_file: first.path.to_owned(),
                first_position: first_name
                    .and_then(|name| first.position_of(name, duplicate.sigil)),
            },
        );
    }

    let glossary = content::glossary(english, &definitions);
    let mut untranslated = 0;
    let mut translated: Vec<stale::Translated<'_>> = Vec::new();
    let mut allowed: HashMap<String, HashSet<String>> = HashMap::new();
    for (index, file) in files.iter().enumerate() {
        let rank = rank_of(index);
        if !is_own(rank) {
            continue;
        }
        for entry in &file.resource.body {
            match entry {
                ast::Entry::Message(message)
                    if definitions
                        .message(message.id.name)
                        .is_some_and(|first| std::ptr::eq(first, message)) =>
                {
                    if let Some(comment) = &message.comment {
                        allowed
                            .entry(message.id.name.to_owned())
                            .or_default()
                            .extend(allowed_checks(comment));
                    }
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
                    if !is_english {
                        let parts = content_parts(file, rank, message, &shown, reference.shown);
                        for part in &parts {
                            content::check_part(part, writing, &glossary, &mut findings);
                            translated.push(stale::Translated {
                                rank,
                                file: file.path,
                                position: part.start,
                                id: message.id.name,
                                part: part.part,
                            });
                        }
                    }
                }
                ast::Entry::Term(term)
                    if definitions
                        .terms
                        .get(term.id.name)
                        .is_some_and(|(_, first)| std::ptr::eq(*first, term)) =>
                {
                    let id = format!("-{}", term.id.name);
                    let place = Place {
                        file,
                        rank,
                        id: &id,
                        part: None,
                    };
                    let position = file.position_of(term.id.name, 1);
                    if is_blank(&term.value) {
                        place.push(
                            &mut findings,
                            position,
                            FindingKind::EmptyText { attribute: None },
                        );
                    }
                    if !is_english && !english.terms.contains_key(term.id.name) {
                        place.push(&mut findings, position, FindingKind::UnknownTerm);
                    }
                    let patterns = std::iter::once(&term.value)
                        .chain(term.attributes.iter().map(|attribute| &attribute.value));
                    for pattern in patterns {
                        check_references(&place, pattern, &definitions, &mut findings);
                    }
                }
                _ => {}
            }
        }
    }

    if !is_english {
        let mut missing_terms: Vec<&&str> = english
            .terms
            .keys()
            .filter(|id| !definitions.terms.contains_key(**id))
            .collect();
        missing_terms.sort();
        for id in missing_terms {
            let id = format!("-{id}");
            findings.push(
                Findings::LOCALE_RANK,
                &folder,
                None,
                Some(&id),
                FindingKind::MissingTerm,
            );
        }
    }

    // Every code's message and every label's, missing where no entry (not
    // even a broken one) defines it; only the codes count for the summary.
    let present = Code::ALL
        .iter()
        .filter(|code| definitions.messages.contains_key(code.name()))
        .count();
    let ids = Code::ALL
        .iter()
        .map(|code| code.name())
        .chain(Label::ALL.iter().map(|label| label.id()));
    for id in ids {
        if !definitions.messages.contains_key(id) && !broken_ids.contains(id) {
            findings.push(
                Findings::LOCALE_RANK,
                &folder,
                None,
                Some(id),
                FindingKind::MissingMessage,
            );
        }
    }

    match beneath {
        None => display::check_display(locale, &shown, &folder, &mut findings),
        Some(built_in) => {
            let (seen, mut stood_in) = runtime::over(&shown, &runtime::compile(built_in));
            display::check_display(locale, &seen, &folder, &mut findings);
            // An own message lost whole (a syntax error in its title, too
            // deep): the built-in message is the one used, in both parts.
            for &code in Code::ALL {
                let id = code.name();
                let used_is_own = definitions
                    .messages
                    .get(id)
                    .is_some_and(|(index, _)| is_own(rank_of(*index)));
                if broken_ids.contains(id) && !used_is_own {
                    stood_in.extend([(code, TextPart::Title), (code, TextPart::Detail)]);
                }
            }
            display::check_stand_ins(locale, &shown, &stood_in, &folder, &mut findings);
        }
    }
    if !is_english {
        let record = crate::record::of_locale(locale).unwrap_or_else(|reason| {
            let root = folder.parent().unwrap_or(&folder);
            let path = crate::runtime::record_path(root, &locale.tag);
            let kind = FindingKind::Tree(crate::runtime::TreeProblemKind::Unreadable {
                reason: format!("{reason}: write it anew with `wsaerr mark-current`"),
            });
            findings.push(Findings::LOCALE_RANK, &path, None, None, kind);
            // Nothing it says can be trusted: every message is unrecorded.
            Some(crate::record::Record::default())
        });
        stale::check_stale(
            record.as_ref(),
            translated,
            reference.shown,
            &folder,
            &mut findings,
        );
    }

    let findings = silence(findings.into_sorted(), &allowed);
    let count = |severity| {
        findings
            .iter()
            .filter(|finding| finding.severity == severity)
            .count()
    };
    // A code counts as covered when its message is the locale's own text:
    // present, and not reported as en-US left in place (a message that
    // reads as English on purpose, with the check silenced, is covered).
    let not_own = findings
        .iter()
        .filter(|finding| matches!(finding.kind, FindingKind::Untranslated { .. }))
        .filter(|finding| {
            finding
                .id
                .as_deref()
                .is_some_and(|id| Label::from_id(id).is_none())
        })
        .count();
    let translated = present.saturating_sub(not_own);
    let expected = Code::ALL.len();
    let summary = LocaleSummary {
        locale: locale.tag.clone(),
        messages: present,
        expected,
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        untranslated,
        coverage: (translated as f64 * 1000.0 / expected as f64).round() / 10.0,
    };
    (findings, summary)
}

/// The parts of a translated message whose text readers see, each with the
/// en-US text it translates (parts either side cannot show are left to the
/// display check).
fn content_parts<'f, 'a>(
    file: &'f ParsedFile<'a>,
    rank: usize,
    message: &'f ast::Message<&'a str>,
    shown: &'f runtime::Compiled,
    english: &'f runtime::Compiled,
) -> Vec<content::PartToCheck<'f, 'a>> {
    let id = message.id.name;
    // The message's own id, not an alias or errno spelling of it; or a label.
    let text_of = |compiled: &'f runtime::Compiled, part: TextPart| match (
        Code::from_name(id).filter(|code| code.name() == id),
        Label::from_id(id),
    ) {
        (Some(code), _) => Some(compiled.part(code, part)),
        (None, Some(label)) if part == TextPart::Title => Some(compiled.label(label)),
        _ => None,
    };
    let detail = message
        .attributes
        .iter()
        .find(|attribute| attribute.id.name == crate::runtime::DETAIL);
    let parts = [
        (
            TextPart::Title,
            message.value.as_ref(),
            file.position_of(message.id.name, 0),
        ),
        (
            TextPart::Detail,
            detail.map(|attribute| &attribute.value),
            detail.and_then(|attribute| file.position_of(attribute.id.name, 1)),
        ),
    ];
    parts
        .into_iter()
        .filter_map(|(part, pattern, start)| {
            let (Ok(text), Ok(theirs)) = (text_of(shown, part)?, text_of(english, part)?) else {
                return None;
            };
            Some(content::PartToCheck {
                file,
                rank,
                id: message.id.name,
                part,
                start,
                pattern: pattern?,
                text,
                english: theirs,
            })
        })
        .collect()
}
