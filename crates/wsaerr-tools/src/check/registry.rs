//! The registry: every check `wsaerr check` runs, with its id, severity,
//! family and description, and the check behind each kind of finding.

use super::kinds::FindingKind;
use super::report::Severity;

/// One kind of check, as the registry lists it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct CheckInfo {
    /// The id findings carry as `kind` (in JSON) and that
    /// `# wsaerr-allow: <id>` names.
    pub id: &'static str,
    /// Whether its findings fail the check.
    pub severity: Severity,
    /// The family it belongs to (the module that runs it).
    pub family: &'static str,
    /// What it finds, in one line.
    pub description: &'static str,
    /// Whether a translator may silence it for one message with `# wsaerr-allow: <id>`.
    pub silenceable: bool,
}

macro_rules! registry {
    ($( $id:literal, $severity:ident, $family:literal, $silenceable:literal, $description:literal; )+) => {
        /// Every check `wsaerr check` runs, in the order the README lists them.
        pub const CHECKS: &[CheckInfo] = &[
            $(CheckInfo {
                id: $id,
                severity: Severity::$severity,
                family: $family,
                description: $description,
                silenceable: $silenceable,
            },)+
        ];
    };
}

registry! {
    "syntax", Error, "syntax", false, "Fluent the parser cannot read; the text up to the next entry is skipped";
    "too-deep", Error, "syntax", false, "an entry nesting `{` or `(` more than 32 levels deep; skipped unread";
    "invalid-utf8", Error, "syntax", false, "a file that is not UTF-8";
    "broken-encoding", Warning, "syntax", false, "signs of a wrong encoding: `\u{fffd}`, `Ã©`, `???`, control characters";
    "unreadable", Error, "tree", false, "a file or folder that cannot be read (no permission, a dangling link, a loop)";
    "non-canonical-folder", Error, "tree", false, "a locale folder whose name is a tag not written canonically (`ko_KR`)";
    "not-a-locale", Error, "tree", false, "a folder not named by a usable tag (`Korean`, `ko-KR `, `und`); a warning when it holds no .ftl file and looks like no tag";
    "name-not-utf8", Error, "tree", false, "a file or folder name that is not UTF-8";
    "not-a-file", Error, "tree", false, "a .ftl name that is a folder, a FIFO or a device; never opened";
    "ignored", Warning, "tree", false, "an entry outside the layout (a stray file)";
    "missing-message", Error, "structure", false, "a code with no message in the locale";
    "unknown-message", Error, "structure", false, "a message id that is no code's name, with the closest name";
    "missing-title", Error, "structure", false, "a message without a title";
    "missing-detail", Error, "structure", false, "a message without a `.detail`";
    "unknown-attribute", Error, "structure", false, "an attribute other than `.detail`";
    "duplicate-message", Error, "structure", false, "a message or term defined twice in a locale";
    "duplicate-attribute", Error, "structure", false, "an attribute given twice in one message";
    "empty-text", Error, "structure", false, "a title, detail or term with no text";
    "untranslated", Warning, "structure", true, "text identical to en-US";
    "not-shown", Error, "display", false, "text readers cannot be shown: a cycle, too many placeables, a placeable left unresolved, invisible text, the bare id";
    "unknown-variable", Error, "references", false, "a `$variable`: nothing ever fills one in";
    "undefined-reference", Error, "references", false, "a reference to a term, message or function the locale does not define";
    "unknown-term", Warning, "references", false, "a term en-US does not define (obsolete to translation tools)";
    "missing-term", Warning, "references", false, "a term of en-US's glossary the locale does not define";
    "reference-mismatch", Warning, "references", false, "a term or message reference one of en-US and the translation has and the other lacks";
    "identifier-missing", Error, "content", true, "a code identifier or number of the en-US text missing or altered";
    "identifier-added", Error, "content", true, "a code identifier or number the en-US text does not have";
    "end-punctuation", Warning, "content", true, "final punctuation that does not match en-US (`。` for zh and ja, `.` for ko and en)";
    "half-width-punctuation", Warning, "content", true, "half-width `, ; : ( ) .` next to CJK text";
    "double-space", Warning, "content", true, "two spaces in a row";
    "outer-whitespace", Warning, "content", true, "white space at the start or end of a text";
    "repeated-word", Warning, "content", true, "a word written twice in a row";
    "unbalanced", Warning, "content", true, "a bracket or quote without its pair";
    "wrong-script", Warning, "content", true, "a character of another script (Traditional-only in zh-CN, Simplified-only in zh-TW, kana in zh or ko, Hangul in zh or ja)";
    "glossary", Warning, "content", true, "an en-US glossary word whose glossary translation is missing";
    "mostly-latin", Warning, "content", true, "CJK text made mostly of Latin words besides identifiers";
    "stale", Error, "staleness", false, "en-US changed since the translation was marked current";
    "unrecorded", Warning, "staleness", false, "no record of the en-US text a translation was made from";
}

impl FindingKind {
    /// The registry id of the check that found it (its `kind` in JSON).
    pub fn id(&self) -> &'static str {
        match self {
            FindingKind::Syntax { .. } => "syntax",
            FindingKind::InvalidUtf8 => "invalid-utf8",
            FindingKind::Unreadable { .. } => "unreadable",
            FindingKind::NonCanonicalFolder { .. } => "non-canonical-folder",
            FindingKind::MissingMessage => "missing-message",
            FindingKind::UnknownMessage { .. } => "unknown-message",
            FindingKind::MissingTitle => "missing-title",
            FindingKind::MissingDetail => "missing-detail",
            FindingKind::UnknownAttribute { .. } => "unknown-attribute",
            FindingKind::DuplicateMessage { .. } => "duplicate-message",
            FindingKind::DuplicateAttribute { .. } => "duplicate-attribute",
            FindingKind::EmptyText { .. } => "empty-text",
            FindingKind::UnknownVariable { .. } => "unknown-variable",
            FindingKind::UndefinedReference { .. } => "undefined-reference",
            FindingKind::Untranslated { .. } => "untranslated",
            FindingKind::BrokenEncoding { .. } => "broken-encoding",
            FindingKind::TooDeep => "too-deep",
            FindingKind::NotShown { .. } => "not-shown",
            FindingKind::NotALocale { .. } => "not-a-locale",
            FindingKind::NameNotUtf8 => "name-not-utf8",
            FindingKind::NotAFile { .. } => "not-a-file",
            FindingKind::Ignored { .. } => "ignored",
            FindingKind::UnknownTerm => "unknown-term",
            FindingKind::MissingTerm => "missing-term",
            FindingKind::ReferenceMismatch { .. } => "reference-mismatch",
            FindingKind::IdentifierMissing { .. } => "identifier-missing",
            FindingKind::IdentifierAdded { .. } => "identifier-added",
            FindingKind::EndPunctuation { .. } => "end-punctuation",
            FindingKind::HalfWidthPunctuation { .. } => "half-width-punctuation",
            FindingKind::DoubleSpace => "double-space",
            FindingKind::OuterWhitespace => "outer-whitespace",
            FindingKind::RepeatedWord { .. } => "repeated-word",
            FindingKind::Unbalanced { .. } => "unbalanced",
            FindingKind::WrongScript { .. } => "wrong-script",
            FindingKind::Glossary { .. } => "glossary",
            FindingKind::MostlyLatin => "mostly-latin",
            FindingKind::Stale { .. } => "stale",
            FindingKind::Unrecorded => "unrecorded",
        }
    }

    /// The explanation where the built-in text of the locale stands in for
    /// the part, in a layered check: for the kinds whose explanation says
    /// what readers get instead.
    pub(super) fn explain_over_builtin(&self) -> Option<&'static str> {
        match self {
            FindingKind::MissingTitle => Some(
                "the message has no title (text after `=`): the built-in title of the locale is shown instead",
            ),
            FindingKind::MissingDetail => Some(
                "the message has no `.detail` line: the built-in explanation of the locale is shown instead",
            ),
            _ => None,
        }
    }

    /// Whether readers of the locale lose the text of the message this
    /// finding is about (when the display check confirms it).
    pub(super) fn can_hide_text(&self) -> bool {
        matches!(
            self,
            FindingKind::Syntax { .. }
                | FindingKind::TooDeep
                | FindingKind::MissingMessage
                | FindingKind::MissingTitle
                | FindingKind::MissingDetail
                | FindingKind::EmptyText { .. }
                | FindingKind::UnknownVariable { .. }
                | FindingKind::UndefinedReference { .. }
                | FindingKind::NotShown { .. }
        )
    }
}
