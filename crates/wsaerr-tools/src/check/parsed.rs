//! A locale's files parsed once, with what every check needs to find its
//! way around them: positions, entries, first definitions.

use std::collections::hash_map::Entry;
use std::collections::HashMap;
use std::path::Path;

use fluent_syntax::ast;
use fluent_syntax::parser::{self, ParserError};

use crate::runtime::TooDeep;
use crate::runtime::{LineIndex, Position};

/// One parsed file. The AST borrows from `text`, so every name in it is a
/// slice of the source, and its offset gives its line and column.
pub(super) struct ParsedFile<'a> {
    pub path: &'a Path,
    pub text: &'a str,
    pub index: LineIndex<'a>,
    pub resource: ast::Resource<&'a str>,
    pub errors: Vec<ParserError>,
    /// Entries cut out before parsing because they nest too deeply.
    pub deep: Vec<TooDeep>,
    /// Where each entry starts, in order, with the message id it defines.
    entry_starts: Vec<(usize, Option<&'a str>)>,
}

impl<'a> ParsedFile<'a> {
    /// Parses `text`, which the nesting guard has already been applied to.
    pub fn new(path: &'a Path, text: &'a str, deep: Vec<TooDeep>) -> ParsedFile<'a> {
        let (resource, errors) = match parser::parse(text) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        let mut file = ParsedFile {
            path,
            text,
            index: LineIndex::new(text),
            resource,
            errors,
            deep,
            entry_starts: Vec::new(),
        };
        let starts = file
            .resource
            .body
            .iter()
            .filter_map(|entry| {
                let (start, id) = match entry {
                    ast::Entry::Message(message) => {
                        (file.offset_of(message.id.name), Some(message.id.name))
                    }
                    ast::Entry::Term(term) => (file.offset_of(term.id.name), None),
                    ast::Entry::Junk { content } => (file.offset_of(content), None),
                    ast::Entry::Comment(comment)
                    | ast::Entry::GroupComment(comment)
                    | ast::Entry::ResourceComment(comment) => (
                        comment
                            .content
                            .first()
                            .and_then(|line| file.offset_of(line)),
                        None,
                    ),
                };
                Some((start?, id))
            })
            .collect();
        file.entry_starts = starts;
        file
    }

    /// The byte offset of `part`, a slice of this file's text.
    pub fn offset_of(&self, part: &str) -> Option<usize> {
        let start = (part.as_ptr() as usize).checked_sub(self.text.as_ptr() as usize)?;
        (start + part.len() <= self.text.len()).then_some(start)
    }

    /// The line and column of a byte offset.
    pub fn position(&self, offset: usize) -> Position {
        self.index.position(offset)
    }

    /// Where `name` (an identifier slice of this file) is, moved back by
    /// `sigil` characters to point at its `-`, `.` or `$`.
    pub fn position_of(&self, name: &str, sigil: usize) -> Option<Position> {
        let offset = self.offset_of(name)?;
        Some(self.position(offset.saturating_sub(sigil)))
    }

    /// The id of the message whose entry holds byte `offset`, if it is a message.
    pub fn message_at(&self, offset: usize) -> Option<&'a str> {
        let after = self
            .entry_starts
            .partition_point(|(start, _)| *start <= offset);
        after
            .checked_sub(1)
            .and_then(|index| self.entry_starts[index].1)
    }
}

/// The first definition of each message and term of a locale.
pub(super) struct Definitions<'a, 'p> {
    pub messages: HashMap<&'a str, (usize, &'p ast::Message<&'a str>)>,
    pub terms: HashMap<&'a str, (usize, &'p ast::Term<&'a str>)>,
}

impl<'a, 'p> Definitions<'a, 'p> {
    /// Indexes `files`, reporting every definition after the first of an id.
    pub fn new(files: &'p [ParsedFile<'a>], mut duplicate: impl FnMut(DuplicateAt<'a>)) -> Self {
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

    pub fn message(&self, id: &str) -> Option<&'p ast::Message<&'a str>> {
        self.messages.get(id).map(|(_, message)| *message)
    }
}

/// A second definition of `id` in `files[file]`; the first is in `files[first_file]`.
pub(super) struct DuplicateAt<'a> {
    pub file: usize,
    pub first_file: usize,
    pub id: &'a str,
    pub sigil: usize,
}
