//! Compiling a locale: its files parsed (behind the nesting guard) and every
//! code's title and detail formatted once, exactly as readers will see them,
//! or the reason they cannot be shown.
//!
//! The catalog and the checker both use this one definition, so a lookup and
//! a check cannot disagree about what readers get.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentBundle, FluentResource};
use fluent_syntax::ast;

pub use super::part::TextPart;
use super::problem::{LoadProblem, LoadProblemKind};
use crate::source::{LineIndex, LocaleFiles, Position};
use crate::{Code, Label};

/// The one attribute the catalog reads: a code's explanation.
pub const DETAIL: &str = "detail";

/// Why a title or detail cannot be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotShown {
    pub reason: String,
    /// Where the message is written, when it is.
    pub place: Option<(PathBuf, Position)>,
}

/// A locale's text for every code, by its place in `Code::ALL`, and for every
/// label, by its place in `Label::ALL`.
pub struct Compiled {
    pub titles: Vec<Result<Box<str>, NotShown>>,
    pub details: Vec<Result<Box<str>, NotShown>>,
    pub labels: Vec<Result<Box<str>, NotShown>>,
    /// What did not load: for [`Catalog::problems`](super::Catalog::problems).
    pub problems: Vec<LoadProblem>,
}

#[cfg_attr(not(feature = "tools"), allow(dead_code))] // used by wsaerr-tools
impl Compiled {
    pub fn label(&self, label: Label) -> &Result<Box<str>, NotShown> {
        &self.labels[label.index()]
    }

    pub fn part(&self, code: Code, part: TextPart) -> &Result<Box<str>, NotShown> {
        match part {
            TextPart::Title => &self.titles[code.index()],
            TextPart::Detail => &self.details[code.index()],
        }
    }
}

/// What readers of a layered locale get: `top`'s text, and where it has
/// none, `beneath`'s (the built-in locale of the same tag), as
/// [`Catalog::layered`](super::Catalog::layered) puts them together; with
/// the parts `beneath` stood in for. Without the problems.
pub fn over(top: &Compiled, beneath: &Compiled) -> (Compiled, Vec<(Code, TextPart)>) {
    let mut stood_in = Vec::new();
    let mut layer = |part: TextPart| -> Vec<Result<Box<str>, NotShown>> {
        Code::ALL
            .iter()
            .map(
                |&code| match (top.part(code, part), beneath.part(code, part)) {
                    (Err(_), Ok(text)) => {
                        stood_in.push((code, part));
                        Ok(text.clone())
                    }
                    (own, _) => own.clone(),
                },
            )
            .collect()
    };
    let titles = layer(TextPart::Title);
    let details = layer(TextPart::Detail);
    let labels = top
        .labels
        .iter()
        .zip(&beneath.labels)
        .map(|(own, built_in)| match (own, built_in) {
            (Err(_), Ok(text)) => Ok(text.clone()),
            (own, _) => own.clone(),
        })
        .collect();
    let layered = Compiled {
        titles,
        details,
        labels,
        problems: Vec::new(),
    };
    (layered, stood_in)
}

/// Parses a locale's files and formats every code's title and detail.
pub fn compile(locale: &LocaleFiles) -> Compiled {
    let mut problems = Vec::new();
    let mut resources: Vec<(&Path, FluentResource)> = Vec::new();
    for file in &locale.files {
        let Some((text, deep)) = file.guarded_text() else {
            problems.push(LoadProblem {
                file: file.path.clone(),
                position: None,
                kind: LoadProblemKind::InvalidUtf8,
            });
            continue;
        };
        let resource = match FluentResource::try_new(text.into_owned()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                let index = LineIndex::new(resource.source());
                problems.extend(errors.into_iter().map(|error| LoadProblem {
                    file: file.path.clone(),
                    position: Some(index.position(error.pos.start)),
                    kind: LoadProblemKind::Syntax {
                        message: error.kind.to_string(),
                    },
                }));
                drop(index);
                resource
            }
        };
        if !deep.is_empty() {
            let index = LineIndex::new(resource.source());
            problems.extend(deep.iter().map(|deep| LoadProblem {
                file: file.path.clone(),
                position: Some(index.position(deep.entry_start)),
                kind: LoadProblemKind::TooDeep,
            }));
        }
        resources.push((&file.path, resource));
    }
    let mut bundle = FluentBundle::new(vec![locale.id.clone()]);
    // Isolation marks (U+2068/U+2069) would end up in plain-text output.
    bundle.set_use_isolating(false);
    for (_, resource) in &resources {
        // A duplicate id keeps its first definition; `wsaerr check` reports it.
        let _ = bundle.add_resource(resource);
    }

    // Each term's first definition, as the bundle keeps it.
    let mut terms: HashMap<&str, &ast::Pattern<&str>> = HashMap::new();
    for (_, resource) in &resources {
        for entry in resource.entries() {
            if let ast::Entry::Term(term) = entry {
                terms.entry(term.id.name).or_insert(&term.value);
            }
        }
    }

    let mut places: Option<HashMap<&str, (PathBuf, Position)>> = None;
    let mut format = |id: &str, part: TextPart| -> Result<Box<str>, NotShown> {
        shown_text(&bundle, &terms, id, part).map_err(|reason| {
            if bundle.get_message(id).is_none() {
                // A partial locale: a finding for `wsaerr check`, not a
                // problem of loading (English stands in, as documented).
                return NotShown {
                    reason,
                    place: None,
                };
            }
            let places = places.get_or_insert_with(|| entry_places(&resources));
            let place = places.get(id).cloned();
            problems.push(LoadProblem {
                file: place
                    .as_ref()
                    .map_or_else(|| PathBuf::from(&locale.tag), |(file, _)| file.clone()),
                position: place.as_ref().map(|(_, position)| *position),
                kind: LoadProblemKind::NotShown {
                    id: id.to_owned(),
                    part: part.as_str(),
                    reason: reason.clone(),
                },
            });
            NotShown { reason, place }
        })
    };
    let titles = Code::ALL
        .iter()
        .map(|code| format(code.name(), TextPart::Title))
        .collect();
    let details = Code::ALL
        .iter()
        .map(|code| format(code.name(), TextPart::Detail))
        .collect();
    let labels = Label::ALL
        .iter()
        .map(|label| format(label.id(), TextPart::Title))
        .collect();
    Compiled {
        titles,
        details,
        labels,
        problems,
    }
}

/// The text of one part of a message as readers would see it, or why they
/// would see something unusable.
fn shown_text(
    bundle: &FluentBundle<&FluentResource>,
    terms: &HashMap<&str, &ast::Pattern<&str>>,
    id: &str,
    part: TextPart,
) -> Result<Box<str>, String> {
    let message = bundle
        .get_message(id)
        .ok_or_else(|| "there is no such message".to_owned())?;
    let pattern = match part {
        TextPart::Title => message
            .value()
            .ok_or_else(|| "the message has no title".to_owned())?,
        TextPart::Detail => message
            .get_attribute(DETAIL)
            .ok_or_else(|| "the message has no `.detail`".to_owned())?
            .value(),
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, None, &mut errors);
    if let Some(error) = errors.first() {
        return Err(lower_first(&error.to_string()));
    }
    // The one placeable the resolver leaves unresolved without an error: a
    // variable inside a term (readers would see `{$x}`). Found in the source,
    // so that braces that are the text's own (`{"{"}x{"}"}`) stay text.
    if let Some(variable) = TermWalk::new(terms).unfilled(pattern, &[], 0) {
        return Err(format!(
            "a term it uses holds `{{${variable}}}`, which nothing fills in"
        ));
    }
    let text = text.trim();
    if text.is_empty() {
        return Err("it is empty".to_owned());
    }
    if !text.chars().any(is_visible) {
        return Err("it holds only invisible characters".to_owned());
    }
    if text == id {
        return Err("it is the bare message id".to_owned());
    }
    // A placeable the resolver could not resolve is one of `errors` above;
    // braces left in the text are literal text (`{"{"}x{"}"}` shows `{x}`).
    Ok(text.into())
}

/// A walk through the terms a pattern references, for the first variable
/// one of them reads without a value (not among the names its call binds).
/// Each term is walked once per set of bound names, so cycles and terms
/// shared by many paths cost once.
struct TermWalk<'t, 'p> {
    terms: &'t HashMap<&'p str, &'p ast::Pattern<&'p str>>,
    walked: HashSet<(&'p str, Vec<&'p str>)>,
}

impl<'t, 'p> TermWalk<'t, 'p> {
    fn new(terms: &'t HashMap<&'p str, &'p ast::Pattern<&'p str>>) -> Self {
        TermWalk {
            terms,
            walked: HashSet::new(),
        }
    }

    fn unfilled(
        &mut self,
        pattern: &'p ast::Pattern<&'p str>,
        bound: &[&'p str],
        depth: usize,
    ) -> Option<&'p str> {
        if depth > crate::source::guard::MAX_NESTING {
            return None;
        }
        pattern.elements.iter().find_map(|element| match element {
            ast::PatternElement::TextElement { .. } => None,
            ast::PatternElement::Placeable { expression } => {
                self.in_expression(expression, bound, depth)
            }
        })
    }

    fn in_expression(
        &mut self,
        expression: &'p ast::Expression<&'p str>,
        bound: &[&'p str],
        depth: usize,
    ) -> Option<&'p str> {
        match expression {
            ast::Expression::Inline(inline) => self.in_inline(inline, bound, depth),
            ast::Expression::Select { selector, variants } => {
                self.in_inline(selector, bound, depth).or_else(|| {
                    variants
                        .iter()
                        .find_map(|variant| self.unfilled(&variant.value, bound, depth))
                })
            }
        }
    }

    fn in_inline(
        &mut self,
        inline: &'p ast::InlineExpression<&'p str>,
        bound: &[&'p str],
        depth: usize,
    ) -> Option<&'p str> {
        match inline {
            // Inside a message a variable without a value is a resolver
            // error, reported already; only inside a term (depth > 0) is it
            // silent.
            ast::InlineExpression::VariableReference { id }
                if depth > 0 && !bound.contains(&id.name) =>
            {
                Some(id.name)
            }
            ast::InlineExpression::TermReference { id, arguments, .. } => {
                let term = *self.terms.get(id.name)?;
                let mut named: Vec<&str> = arguments
                    .iter()
                    .flat_map(|arguments| arguments.named.iter().map(|named| named.name.name))
                    .collect();
                named.sort_unstable();
                if !self.walked.insert((id.name, named.clone())) {
                    return None;
                }
                self.unfilled(term, &named, depth + 1)
            }
            ast::InlineExpression::Placeable { expression } => {
                self.in_expression(expression, bound, depth + 1)
            }
            _ => None,
        }
    }
}

/// `text` with its first letter in lower case, to continue a sentence.
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Whether a character shows anything: not white space, not a control
/// character, not one of Unicode's default-ignorable characters (zero-width
/// spaces and joiners, bidi marks, variation selectors, fillers).
pub fn is_visible(c: char) -> bool {
    !(c.is_whitespace() || c.is_control() || is_default_ignorable(c))
}

/// Unicode's `Default_Ignorable_Code_Point` (DerivedCoreProperties.txt),
/// and the Braille blank, which shows nothing either.
fn is_default_ignorable(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}'..='\u{1160}' | '\u{17B4}'..='\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{2800}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFF8}' | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E0FFF}')
}

/// Where each message is first written in the locale's files.
fn entry_places<'r>(
    resources: &'r [(&Path, FluentResource)],
) -> HashMap<&'r str, (PathBuf, Position)> {
    let mut places = HashMap::new();
    for (path, resource) in resources {
        let text = resource.source();
        let index = LineIndex::new(text);
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let id_end = line
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(line.len());
            let id = &line[..id_end];
            if id.starts_with(|c: char| c.is_ascii_alphabetic())
                && line[id_end..]
                    .trim_start_matches([' ', '\t'])
                    .starts_with('=')
            {
                places
                    .entry(id)
                    .or_insert_with(|| (path.to_path_buf(), index.position(offset)));
            }
            offset += line.len();
        }
    }
    places
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visibility() {
        assert!(is_visible('a'));
        assert!(is_visible('한'));
        for c in [
            ' ',
            '\u{200B}',
            '\u{FEFF}',
            '\u{2068}',
            '\u{3164}',
            '\t',
            '\u{7}',
            '\u{E0041}',
        ] {
            assert!(!is_visible(c), "{c:?}");
        }
    }
}
