//! Every kind of finding: what it means, how severe it is, how it reads.

use std::path::PathBuf;

#[cfg(feature = "serde")]
use super::report::serialize_path;
use crate::runtime::Position;
/// What is wrong with an entry of a catalog's folder (see [`FindingKind::Tree`]).
pub use crate::runtime::TreeProblemKind;
use wsaerr::TextPart;

/// What a [`Finding`](super::Finding) is about: one variant per kind of defect.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum FindingKind {
    /// Fluent the parser cannot read: the text up to the next entry is ignored. The
    /// finding's position is the start of the entry.
    Syntax {
        /// The parser's complaint, in plain words.
        problem: String,
        /// Where the parser stopped.
        error_position: Position,
        /// The source line where the parser stopped.
        source_line: String,
    },
    /// A file that is not UTF-8: it is ignored. The position is the first bad byte.
    InvalidUtf8,
    /// A code with no message in the locale.
    MissingMessage,
    /// A message id that is no code's name (a typo, an alias, an obsolete code).
    UnknownMessage {
        /// The code name it probably should be.
        suggestion: Option<String>,
    },
    /// A message without a title (no text after `=`).
    MissingTitle,
    /// A message without a `.detail` attribute.
    MissingDetail,
    /// An attribute other than `.detail`, which no code uses.
    UnknownAttribute {
        /// The attribute's name, without the dot.
        attribute: String,
        /// The attribute it probably should be.
        suggestion: Option<String>,
    },
    /// A message or term defined a second time, in the same file or another
    /// file of the locale: the second definition is ignored.
    DuplicateMessage {
        /// The file of the definition that is used.
        #[cfg_attr(feature = "serde", serde(serialize_with = "serialize_path"))]
        first_file: PathBuf,
        /// Where in that file.
        first_position: Option<Position>,
    },
    /// An attribute given twice in one message: the second is ignored.
    DuplicateAttribute {
        /// The attribute's name, without the dot.
        attribute: String,
    },
    /// A title or attribute whose text is empty.
    EmptyText {
        /// The attribute, or `None` for the title.
        attribute: Option<String>,
    },
    /// A `$variable` the en-US message does not have: nothing would fill it in.
    UnknownVariable {
        /// The variable's name, without the `$`.
        variable: String,
    },
    /// A reference to a term, message or function the locale does not define.
    UndefinedReference {
        /// The reference as written: `-term`, `message`, `message.attribute`, `FUNCTION()`.
        reference: String,
        /// What kind of thing it refers to.
        target: ReferenceTarget,
    },
    /// Text identical to en-US: probably not translated yet.
    Untranslated {
        /// Which parts are identical.
        parts: Vec<TextPart>,
    },
    /// A character that suggests the text went through a wrong encoding.
    BrokenEncoding {
        /// What was seen.
        sign: EncodingSign,
    },
    /// An entry nested deeper than the parsers may safely go (see
    /// [`MAX_NESTING`](crate::runtime::MAX_NESTING)): it is skipped
    /// unparsed, so that no file can overflow the stack.
    TooDeep,
    /// A title or detail readers cannot be shown, for a reason no other
    /// finding names: the resolver failed (a cycle, too many placeables), a
    /// placeable is left unresolved, the text is invisible or is the bare id.
    NotShown {
        /// Why, in plain words.
        reason: String,
    },
    /// A term the en-US catalog does not define: translation tools treat
    /// it as obsolete and would drop it.
    UnknownTerm,
    /// A term of en-US's glossary this locale does not define.
    MissingTerm,
    /// A reference the en-US part has and the translation lacks, or the
    /// other way round (as compare-locales reports them).
    ReferenceMismatch {
        /// The reference, such as `-winsock` or `message.attr`.
        reference: String,
        /// True when en-US has it and the translation lacks it.
        missing: bool,
    },
    /// A code identifier or number of the en-US text (a function, constant,
    /// option, structure or file name, a version number) that the
    /// translation lacks or alters. Readers would be told something false.
    IdentifierMissing {
        /// The identifier as en-US writes it.
        identifier: String,
        /// What the translation has instead, when something close stands there.
        found: Option<String>,
    },
    /// A code identifier or number that the en-US text does not have.
    IdentifierAdded {
        /// The identifier as the translation writes it.
        identifier: String,
    },
    /// The text does not end with the punctuation the locale uses where
    /// en-US has a full stop, or ends with one where en-US has none.
    EndPunctuation {
        /// What it should end with (empty: no full stop).
        expected: String,
    },
    /// A half-width `,` `;` `:` `(` `)` `.` next to CJK text, where the locale
    /// writes the full-width form.
    HalfWidthPunctuation {
        /// The mark found.
        mark: String,
        /// The form the locale writes.
        expected: String,
    },
    /// Two spaces in a row.
    DoubleSpace,
    /// White space at the start or end of the text.
    OuterWhitespace,
    /// A word written twice in a row.
    RepeatedWord {
        /// The word.
        word: String,
    },
    /// An opening bracket or quote without its closing one, or the reverse.
    Unbalanced {
        /// The bracket or quote.
        mark: String,
    },
    /// A character of a script the locale does not write (Traditional-only
    /// characters in zh-CN, Simplified-only in zh-TW, kana in Chinese or
    /// Korean, Hangul in Chinese or Japanese).
    WrongScript {
        /// The character.
        character: String,
        /// What it is.
        script: String,
    },
    /// The en-US text uses a glossary word (a term's en-US value) and the
    /// translation does not use the locale's word for it.
    Glossary {
        /// The term id.
        term: String,
        /// The locale's glossary word.
        expected: String,
    },
    /// Text in a CJK locale made mostly of Latin words besides identifiers:
    /// probably not translated.
    MostlyLatin,
    /// The en-US text changed since this translation was last marked current.
    Stale {
        /// The en-US text when it was translated.
        was: String,
        /// The en-US text now.
        now: String,
    },
    /// No record of the en-US text this translation was made from.
    Unrecorded,
    /// In the built-in tree: the runtime's baked data is not what this
    /// locale's files give now (see [`crate::bake`]).
    Unbaked {
        /// Whether the whole locale is missing from the baked data, or
        /// baked but gone from the files.
        whole_locale: bool,
    },
    /// A term or message referenced a different number of times than the
    /// en-US text does (as Weblate's `fluent-references` check counts them).
    ReferenceCount {
        /// The reference, such as `-winsock`.
        reference: String,
        /// How often the en-US part references it.
        english: usize,
        /// How often this part does.
        here: usize,
    },
    /// A rendering of a glossary concept that the locale's glossary rules
    /// out (`# avoid:` in the term's comment).
    AvoidedWord {
        /// The term, without its `-`.
        term: String,
        /// The word ruled out.
        word: String,
        /// The locale's word for the concept.
        expected: String,
    },
    /// French typography: an ordinary space, a narrow one or none where a
    /// no-break space (U+00A0) belongs: before `:` `;` `!` `?` `»`, after `«`.
    NoBreakSpace {
        /// The punctuation mark.
        mark: String,
    },
    /// More findings of one check in one message part (or one file) than a
    /// report lists: the first ten are listed, the rest counted here.
    MoreFindings {
        /// The check's id.
        check: String,
        /// How many more it found.
        more: usize,
    },
    /// A direction override, embedding or isolate (U+202A–U+202E,
    /// U+2066–U+2069): it reorders what readers see around it.
    DirectionControl {
        /// The character, as a number.
        code_point: u32,
    },
    /// A C0 or C1 control character (an escape, a bell …) in catalog text:
    /// it can drive a terminal and is never text.
    ControlCharacter {
        /// The character, as a number.
        code_point: u32,
    },
    /// An invisible format character (a zero-width space or joiner, a
    /// direction mark outside a right-to-left edition, a soft hyphen, the
    /// object replacement character, a private-use character).
    InvisibleCharacter {
        /// The character, as a number.
        code_point: u32,
    },
    /// Japanese (Microsoft's style): no half-width space between a Latin
    /// letter or digit and Japanese text.
    LatinSpacing {
        /// The two characters that touch.
        text: String,
    },
    /// An entry of the catalog's folder that is no usable locale, file or
    /// folder, as the layout's rules (shared with the catalog's loader)
    /// find it: a folder name that is no canonical tag, a name that is not
    /// UTF-8, an unreadable entry, a `.ftl` name that is no file, a stray
    /// entry. In JSON its `kind` is the tree problem's own.
    #[cfg_attr(feature = "serde", serde(untagged))]
    Tree(TreeProblemKind),
}

/// What an [`FindingKind::UndefinedReference`] refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum ReferenceTarget {
    /// A term, `{ -name }`.
    Term,
    /// A message or one of its attributes, `{ name }` or `{ name.attr }`.
    Message,
    /// A function, `{ NAME() }`: the catalog defines none.
    Function,
}

/// A sign of text that went through a wrong encoding.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "type", rename_all = "kebab-case"))]
pub enum EncodingSign {
    /// U+FFFD, what decoders put where bytes made no sense.
    ReplacementCharacter,
    /// U+FEFF after the start of the file: a byte order mark pasted in.
    StrayByteOrderMark,
    /// UTF-8 bytes read as Windows-1252 or Latin-1, such as `Ã©` for `é`.
    Mojibake {
        /// The two characters seen.
        text: String,
    },
    /// A run of `???`, what some editors write for characters they cannot encode.
    QuestionMarks,
}
