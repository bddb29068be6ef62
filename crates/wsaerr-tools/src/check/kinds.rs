//! Every kind of finding: what it means, how severe it is, how it reads.

use std::path::PathBuf;

#[cfg(feature = "serde")]
use super::report::serialize_path;
use super::report::Severity;
use crate::runtime::Position;
use wsaerr::{Code, TextPart};

const DETAIL: &str = crate::runtime::DETAIL;

/// What a [`Finding`] is about: one variant per kind of defect.
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
    /// A file or folder that cannot be read.
    Unreadable {
        /// What the system said.
        reason: String,
    },
    /// A locale folder whose name is not a canonical language tag: it is ignored.
    NonCanonicalFolder {
        /// The name it should have.
        canonical: String,
    },
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
    /// A folder in the catalog that is not named by a usable language tag.
    /// An error where it holds `.ftl` files or looks like a tag, else a warning.
    NotALocale {
        /// Why the name is not a tag.
        reason: String,
        /// The tag it probably meant.
        suggestion: Option<String>,
        /// Whether it holds `.ftl` files or looks like a tag.
        serious: bool,
    },
    /// A file or folder name that is not UTF-8.
    NameNotUtf8,
    /// A `.ftl` name that is a folder, a FIFO or a device: it is never opened.
    NotAFile {
        /// What it is.
        what: String,
    },
    /// An entry that is not part of the layout (a stray file): ignored.
    Ignored {
        /// What it is, and why it is not read.
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
    /// A control character (other than tab), such as a lone carriage return.
    ControlCharacter {
        /// The character's code point.
        code_point: u32,
    },
    /// UTF-8 bytes read as Windows-1252 or Latin-1, such as `Ã©` for `é`.
    Mojibake {
        /// The two characters seen.
        text: String,
    },
    /// A run of `???`, what some editors write for characters they cannot encode.
    QuestionMarks,
}

impl FindingKind {
    /// Whether the finding fails the check.
    pub fn severity(&self) -> Severity {
        match self {
            FindingKind::NotALocale { serious, .. } if *serious => Severity::Error,
            FindingKind::Untranslated { .. }
            | FindingKind::BrokenEncoding { .. }
            | FindingKind::NotALocale { .. }
            | FindingKind::Ignored { .. }
            | FindingKind::UnknownTerm
            | FindingKind::MissingTerm
            | FindingKind::ReferenceMismatch { .. }
            | FindingKind::EndPunctuation { .. }
            | FindingKind::HalfWidthPunctuation { .. }
            | FindingKind::DoubleSpace
            | FindingKind::OuterWhitespace
            | FindingKind::RepeatedWord { .. }
            | FindingKind::Unbalanced { .. }
            | FindingKind::WrongScript { .. }
            | FindingKind::Glossary { .. }
            | FindingKind::MostlyLatin
            | FindingKind::Unrecorded => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// A one-line explanation for a translator, about the message `id`.
    pub(super) fn explain(&self, id: Option<&str>) -> String {
        let id = id.unwrap_or_default();
        match self {
            FindingKind::Syntax {
                problem,
                error_position,
                ..
            } => format!(
                "syntax error at line {}, column {}: {problem}; the text from here to the next entry is ignored",
                error_position.line, error_position.column
            ),
            FindingKind::InvalidUtf8 => {
                "the file is not valid UTF-8 (first bad byte here): save it as UTF-8; until then none of its messages are used".to_owned()
            }
            FindingKind::Unreadable { reason } => format!("cannot read: {reason}"),
            FindingKind::NonCanonicalFolder { canonical } => format!(
                "the folder name is not a canonical language tag: rename it to `{canonical}` (it is ignored until then)"
            ),
            FindingKind::MissingMessage if wsaerr::Label::from_id(id).is_some() => format!(
                "no text for this label: add `{id} = …` (English is shown meanwhile)"
            ),
            FindingKind::MissingMessage => format!(
                "no message for this code: add `{id} = …` with a `.detail` line (English is shown meanwhile)"
            ),
            FindingKind::UnknownMessage { suggestion } => match suggestion {
                Some(name) if Code::from_name(id).is_some() => format!(
                    "`{id}` is another spelling of `{name}`: use `{name}` as the message id"
                ),
                Some(name) => format!(
                    "no Winsock code is named `{id}` (a typo, or an obsolete code): did you mean `{name}`?"
                ),
                None => format!(
                    "no Winsock code is named `{id}` (a typo, or an obsolete code): the message is never shown"
                ),
            },
            FindingKind::MissingTitle => {
                "the message has no title (text after `=`): English is shown instead".to_owned()
            }
            FindingKind::MissingDetail => {
                "the message has no `.detail` line: the English explanation is shown instead"
                    .to_owned()
            }
            FindingKind::UnknownAttribute {
                attribute,
                suggestion,
            } => match suggestion {
                Some(name) => format!(
                    "no code uses the attribute `.{attribute}`: did you mean `.{name}`?"
                ),
                None => format!(
                    "no code uses the attribute `.{attribute}` (only `.{DETAIL}`): it is never shown"
                ),
            },
            FindingKind::DuplicateMessage {
                first_file,
                first_position,
            } => format!(
                "`{id}` is already defined at {}{}: this second definition is ignored",
                first_file.display(),
                first_position.map(|p| format!(":{p}")).unwrap_or_default()
            ),
            FindingKind::DuplicateAttribute { attribute } => format!(
                "`.{attribute}` appears twice in this message: the second one is ignored"
            ),
            FindingKind::EmptyText { attribute } => match attribute {
                None => "the title is empty: write the text after `=`".to_owned(),
                Some(name) => format!("`.{name}` is empty: write the text after `=`"),
            },
            FindingKind::UnknownVariable { variable } => format!(
                "the en-US message has no `${variable}`: nothing fills it in, so the text cannot be shown"
            ),
            FindingKind::UndefinedReference { reference, target } => match target {
                ReferenceTarget::Term => format!(
                    "the term `{reference}` is not defined in this locale: define it, or write the text out"
                ),
                ReferenceTarget::Message => format!(
                    "`{reference}` is not defined in this locale, so this text cannot be shown"
                ),
                ReferenceTarget::Function => format!(
                    "the function `{reference}` does not exist in this catalog: write the text out"
                ),
            },
            FindingKind::Untranslated { parts } => {
                let what = match parts.as_slice() {
                    [TextPart::Title] => "the title is",
                    [TextPart::Detail] => "the detail is",
                    _ => "the title and the detail are",
                };
                format!("{what} identical to en-US: probably not translated yet")
            }
            FindingKind::BrokenEncoding { sign } => {
                let what = match sign {
                    EncodingSign::ReplacementCharacter => {
                        "U+FFFD (�) stands where a character was lost".to_owned()
                    }
                    EncodingSign::StrayByteOrderMark => {
                        "a byte order mark (U+FEFF) in the middle of the text".to_owned()
                    }
                    EncodingSign::ControlCharacter { code_point } => {
                        format!("control character U+{code_point:04X}")
                    }
                    EncodingSign::Mojibake { text } => {
                        format!("`{text}` looks like UTF-8 read as Windows-1252")
                    }
                    EncodingSign::QuestionMarks => {
                        "`???` looks like characters an editor could not encode".to_owned()
                    }
                };
                format!("{what}: check the text, and save the file as UTF-8")
            }
            FindingKind::TooDeep => format!(
                "the entry nests `{{` or `(` more than {} levels deep: it is skipped unread",
                crate::runtime::MAX_NESTING
            ),
            FindingKind::NotShown { reason } => {
                format!("readers cannot be shown this text: {reason}")
            }
            FindingKind::NotALocale { .. }
            | FindingKind::NameNotUtf8
            | FindingKind::NotAFile { .. }
            | FindingKind::Ignored { .. } => self
                .tree_problem()
                .map(|kind| kind.explain())
                .unwrap_or_default(),
            FindingKind::UnknownTerm => format!(
                "en-US defines no term `{id}`: translation tools treat it as obsolete; add it to en-US's glossary or remove it"
            ),
            FindingKind::MissingTerm => format!(
                "en-US's glossary defines `{id}` and this locale does not: define its word here (`{id} = …`)"
            ),
            FindingKind::ReferenceMismatch { reference, missing } => {
                if *missing {
                    format!("the en-US text uses `{{ {reference} }}` and this one does not")
                } else {
                    format!("uses `{{ {reference} }}`, which the en-US text does not: write the text out")
                }
            }
            FindingKind::IdentifierMissing { identifier, found } => match found {
                Some(found) => format!(
                    "`{identifier}` of the en-US text is written `{found}` here: code identifiers and numbers are copied exactly"
                ),
                None => format!(
                    "`{identifier}` of the en-US text is missing here: code identifiers and numbers are copied exactly"
                ),
            },
            FindingKind::IdentifierAdded { identifier } => format!(
                "`{identifier}` is not in the en-US text: state only what en-US states (or add it to en-US)"
            ),
            FindingKind::EndPunctuation { expected } => {
                if expected.is_empty() {
                    "ends with a full stop where the en-US text has none".to_owned()
                } else {
                    format!("should end with `{expected}` as the en-US text ends with a full stop")
                }
            }
            FindingKind::HalfWidthPunctuation { mark, expected } => {
                format!("half-width `{mark}` next to CJK text: write `{expected}`")
            }
            FindingKind::DoubleSpace => "two spaces in a row".to_owned(),
            FindingKind::OuterWhitespace => "white space at the start or the end".to_owned(),
            FindingKind::RepeatedWord { word } => format!("`{word}` is written twice in a row"),
            FindingKind::Unbalanced { mark } => format!("`{mark}` is not balanced"),
            FindingKind::WrongScript { character, script } => {
                format!("`{character}` is {script}, which this locale does not write")
            }
            FindingKind::Glossary { term, expected } => format!(
                "the en-US text uses the glossary word of `-{term}`; this one lacks `{expected}`"
            ),
            FindingKind::MostlyLatin => {
                "mostly Latin words besides code identifiers: probably not translated".to_owned()
            }
            FindingKind::Stale { was, now } => format!(
                "the en-US text changed since this was translated: it was \"{was}\", it is now \"{now}\"; update the translation, then run `wsaerr mark-current`"
            ),
            FindingKind::Unrecorded => {
                "no record of the en-US text this was translated from: run `wsaerr mark-current` once it is up to date".to_owned()
            }
        }
    }

    /// The tree problem a tree finding stands for.
    pub(super) fn tree_problem(&self) -> Option<crate::runtime::TreeProblemKind> {
        use crate::runtime::TreeProblemKind as Tree;
        Some(match self {
            FindingKind::NotALocale {
                reason,
                suggestion,
                serious,
            } => Tree::NotALocale {
                reason: reason.clone(),
                suggestion: suggestion.clone(),
                serious: *serious,
            },
            FindingKind::NameNotUtf8 => Tree::NameNotUtf8,
            FindingKind::NotAFile { what } => Tree::NotAFile { what: what.clone() },
            FindingKind::Ignored { reason } => Tree::Ignored {
                reason: reason.clone(),
            },
            _ => return None,
        })
    }
}
