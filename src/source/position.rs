//! Places in a file: line and column from a byte offset, in time that grows
//! with the file, not with the file times the number of places asked for.

use std::cell::Cell;
use std::fmt;

/// A place in a file, counted from 1; the column counts characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl Position {
    /// The place at `line` and `column`, both counted from 1.
    pub const fn new(line: usize, column: usize) -> Position {
        Position { line, column }
    }

    /// The line and column of a byte offset into `text` (clamped to its end
    /// and to a character boundary, so any offset is safe).
    ///
    /// This reads `text` up to `offset`; for many places in one text, a
    /// `LineIndex` answers each in time independent of the text's size.
    pub fn of_offset(text: &str, offset: usize) -> Position {
        LineIndex::new(text).position(offset)
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// `offset` moved back to the nearest character boundary, and clamped to the
/// end of `text`: a safe place to slice at, whatever the offset.
pub fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The start of every line of a text, found once.
///
/// A position is a binary search for its line, then a count of the
/// characters before it on that line. Places asked for in increasing order on
/// one long line continue the count from the previous place, so a file that
/// is one 10 MB line costs one pass however many places it has.
#[derive(Debug)]
pub struct LineIndex<'t> {
    text: &'t str,
    starts: Vec<usize>,
    /// The last place answered: (byte offset, line index, column).
    last: Cell<(usize, usize, usize)>,
}

#[cfg_attr(not(feature = "tools"), allow(dead_code))] // used by wsaerr-tools
impl<'t> LineIndex<'t> {
    /// Indexes `text`.
    pub fn new(text: &'t str) -> LineIndex<'t> {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex {
            text,
            starts,
            last: Cell::new((0, 0, 1)),
        }
    }

    /// The text indexed.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The line and column of a byte offset (clamped as [`Position::of_offset`] does).
    pub fn position(&self, offset: usize) -> Position {
        let offset = floor_char_boundary(self.text, offset);
        let line = self.line_of(offset);
        let start = self.starts[line];
        let (last_offset, last_line, last_column) = self.last.get();
        let column = if last_line == line && last_offset <= offset && last_offset >= start {
            last_column + self.text[last_offset..offset].chars().count()
        } else {
            1 + self.text[start..offset].chars().count()
        };
        self.last.set((offset, line, column));
        Position {
            line: line + 1,
            column,
        }
    }

    /// The whole line that holds byte `offset`, without its line end.
    pub fn line_text(&self, offset: usize) -> &'t str {
        let offset = floor_char_boundary(self.text, offset);
        let line = self.line_of(offset);
        let start = self.starts[line];
        let end = self
            .starts
            .get(line + 1)
            .map_or(self.text.len(), |next| next - 1);
        &self.text[start..end]
    }

    /// The byte offset where the line holding `offset` starts.
    pub fn line_start(&self, offset: usize) -> usize {
        self.starts[self.line_of(floor_char_boundary(self.text, offset))]
    }

    /// Index into `starts` of the line that holds `offset`.
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset) - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "a = 1\nbé = ä\n";
        let at = |offset| Position::of_offset(text, offset);
        assert_eq!(at(0), Position { line: 1, column: 1 });
        assert_eq!(at(6), Position { line: 2, column: 1 });
        // byte 10 is the `=` after "bé " (é takes two bytes): the 4th character.
        assert_eq!(at(10), Position { line: 2, column: 4 });
        // inside a multi-byte character, and past the end: clamped, no panic
        assert_eq!(at(8), Position { line: 2, column: 2 });
        assert_eq!(at(999), Position { line: 3, column: 1 });
    }

    #[test]
    fn an_index_answers_in_any_order() {
        let text = "ab\nçd é\n\nx";
        let index = LineIndex::new(text);
        let offsets: Vec<usize> = (0..=text.len() + 2).collect();
        let expected: Vec<Position> = offsets
            .iter()
            .map(|&offset| {
                let before = &text[..floor_char_boundary(text, offset)];
                let line_start = before.rfind('\n').map_or(0, |i| i + 1);
                Position {
                    line: before.matches('\n').count() + 1,
                    column: before[line_start..].chars().count() + 1,
                }
            })
            .collect();
        for (offset, want) in offsets.iter().zip(&expected) {
            assert_eq!(index.position(*offset), *want, "at {offset}");
        }
        for (offset, want) in offsets.iter().zip(&expected).rev() {
            assert_eq!(index.position(*offset), *want, "back at {offset}");
        }
        assert_eq!(index.line_text(4), "çd é");
        assert_eq!(index.line_text(text.len()), "x");
        assert_eq!(index.line_text(10), "");
        assert_eq!(index.line_start(5), 3);
    }
}
