//! The registry: every check `wsaerr check` runs, declared once in one
//! table: the kind of finding it gives, its id, severity, family, whether a
//! translator may silence it, whether its finding can mean readers lose the
//! text, its description and the line that explains a finding to a
//! translator. `CHECKS`, `FindingKind::id`, `severity`, `can_hide_text` and
//! `explain` all come from the table; adding a check is a row here, its
//! variant in `kinds.rs`, the code that finds it and a fixture.

use super::kinds::{EncodingSign, FindingKind, ReferenceTarget};
use super::report::Severity;
use crate::runtime::TreeProblemKind as Tree;
use wsaerr::{Code, TextPart};
use FindingKind as K;

const DETAIL: &str = crate::runtime::DETAIL;

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

macro_rules! checks {
    (
        explain($id:ident);
        $(
            $pattern:pat => $check:literal, $severity:ident, $family:literal,
            silenceable: $silenceable:literal, hides: $hides:literal,
            $description:literal,
            $explain:expr;
        )+
    ) => {
        /// Every check `wsaerr check` runs, in the order the translators'
        /// guide lists them.
        pub const CHECKS: &[CheckInfo] = &[
            $(CheckInfo {
                id: $check,
                severity: Severity::$severity,
                family: $family,
                description: $description,
                silenceable: $silenceable,
            },)+
        ];

        impl FindingKind {
            /// The registry id of the check that found it (its `kind` in JSON).
            #[allow(unused_variables)]
            pub fn id(&self) -> &'static str {
                match self {
                    $($pattern => $check,)+
                }
            }

            /// The severity the registry lists.
            #[allow(unused_variables)]
            fn listed_severity(&self) -> Severity {
                match self {
                    $($pattern => Severity::$severity,)+
                }
            }

            /// Whether readers of the locale lose the text of the message
            /// this finding is about (when the display check confirms it).
            #[allow(unused_variables)]
            pub(super) fn can_hide_text(&self) -> bool {
                match self {
                    $($pattern => $hides,)+
                }
            }

            /// A one-line explanation for a translator, about the message `id`.
            pub(super) fn explain(&self, $id: Option<&str>) -> String {
                let $id = $id.unwrap_or_default();
                match self {
                    $($pattern => $explain,)+
                }
            }
        }
    };
}

impl FindingKind {
    /// Whether the finding fails the check: as the registry lists it, except
    /// that a folder that looks like no locale and holds no `.ftl` file is
    /// only a warning.
    pub fn severity(&self) -> Severity {
        match self {
            K::Tree(Tree::NotALocale { serious: false, .. }) => Severity::Warning,
            _ => self.listed_severity(),
        }
    }
}

checks! {
    explain(id);

    K::Syntax { problem, error_position, .. }
        => "syntax", Error, "syntax", silenceable: false, hides: true,
        "Fluent the parser cannot read; the text up to the next entry is skipped",
        format!(
        "syntax error at line {}, column {}: {problem}; the text from here to the next entry is ignored",
        error_position.line, error_position.column
    );

    K::TooDeep
        => "too-deep", Error, "syntax", silenceable: false, hides: true,
        "an entry nesting `{` or `(` more than 32 levels deep; skipped unread",
        format!(
        "the entry nests `{{` or `(` more than {} levels deep: it is skipped unread",
        crate::runtime::MAX_NESTING
    );

    K::InvalidUtf8
        => "invalid-utf8", Error, "syntax", silenceable: false, hides: false,
        "a file that is not UTF-8",
        {
        "the file is not valid UTF-8 (first bad byte here): save it as UTF-8; until then none of its messages are used".to_owned()
    };

    K::DirectionControl { code_point }
        => "direction-control", Error, "syntax", silenceable: false, hides: false,
        "a direction override, embedding or isolate (U+202A–U+202E, U+2066–U+2069): it reorders what readers see",
        format!(
            "U+{code_point:04X} is a direction control: readers would see the text around it reordered; remove it"
        );

    K::ControlCharacter { code_point }
        => "control-character", Error, "syntax", silenceable: false, hides: false,
        "a C0 or C1 control character (an escape, a bell): never text, and it can drive a terminal",
        format!("control character U+{code_point:04X}: it is never text; remove it");

    K::InvisibleCharacter { code_point }
        => "invisible-character", Warning, "syntax", silenceable: true, hides: false,
        "an invisible format character: zero-width space or joiner, a direction mark (allowed in a right-to-left edition), soft hyphen, U+FFFC, private use",
        format!("U+{code_point:04X} is invisible: readers cannot see what it does; remove it");

    K::BrokenEncoding { sign }
        => "broken-encoding", Warning, "syntax", silenceable: false, hides: false,
        "signs of a wrong encoding: `\u{fffd}`, `Ã©`, `???`, a stray byte order mark",
        {
        let what = match sign {
            EncodingSign::ReplacementCharacter => {
                "U+FFFD (�) stands where a character was lost".to_owned()
            }
            EncodingSign::StrayByteOrderMark => {
                "a byte order mark (U+FEFF) in the middle of the text".to_owned()
            }
            EncodingSign::Mojibake { text } => {
                format!("`{text}` looks like UTF-8 read as Windows-1252")
            }
            EncodingSign::QuestionMarks => {
                "`???` looks like characters an editor could not encode".to_owned()
            }
        };
        format!("{what}: check the text, and save the file as UTF-8")
    };

    K::Tree(tree @ Tree::Unreadable { .. })
        => "unreadable", Error, "tree", silenceable: false, hides: false,
        "a file or folder that cannot be read (no permission, a dangling link, a loop)",
        tree.explain();

    K::Tree(tree @ Tree::NonCanonicalFolder { .. })
        => "non-canonical-folder", Error, "tree", silenceable: false, hides: false,
        "a locale folder whose name is a tag not written canonically (`ko_KR`)",
        tree.explain();

    K::Tree(tree @ Tree::NotALocale { .. })
        => "not-a-locale", Error, "tree", silenceable: false, hides: false,
        "a folder not named by a usable tag (`Korean`, `ko-KR `, `und`); a warning when it holds no .ftl file and looks like no tag",
        tree.explain();

    K::Tree(tree @ Tree::NameNotUtf8)
        => "name-not-utf8", Error, "tree", silenceable: false, hides: false,
        "a file or folder name that is not UTF-8",
        tree.explain();

    K::Tree(tree @ Tree::NotAFile { .. })
        => "not-a-file", Error, "tree", silenceable: false, hides: false,
        "a .ftl name that is a folder, a FIFO or a device; never opened",
        tree.explain();

    K::Tree(tree @ Tree::Ignored { .. })
        => "ignored", Warning, "tree", silenceable: false, hides: false,
        "an entry outside the layout (a stray file)",
        tree.explain();

    K::MissingMessage
        => "missing-message", Error, "structure", silenceable: false, hides: true,
        "a code with no message in the locale",
        if wsaerr::Label::from_id(id).is_some() {
    format!("no text for this label: add `{id} = …` (English is shown meanwhile)")
} else {
    format!("no message for this code: add `{id} = …` with a `.detail` line (English is shown meanwhile)")
};

    K::UnknownMessage { suggestion }
        => "unknown-message", Error, "structure", silenceable: false, hides: false,
        "a message id that is no code's name, with the closest name",
        match suggestion {
        Some(name) if Code::from_name(id).is_some() => format!(
            "`{id}` is another spelling of `{name}`: use `{name}` as the message id"
        ),
        Some(name) => format!(
            "no Winsock code is named `{id}` (a typo, or an obsolete code): did you mean `{name}`?"
        ),
        None => format!(
            "no Winsock code is named `{id}` (a typo, or an obsolete code): the message is never shown"
        ),
    };

    K::MissingTitle
        => "missing-title", Error, "structure", silenceable: false, hides: true,
        "a message without a title",
        {
        "the message has no title (text after `=`): English is shown instead".to_owned()
    };

    K::MissingDetail
        => "missing-detail", Error, "structure", silenceable: false, hides: true,
        "a message without a `.detail`",
        {
        "the message has no `.detail` line: the English explanation is shown instead"
            .to_owned()
    };

    K::UnknownAttribute { attribute, suggestion, }
        => "unknown-attribute", Error, "structure", silenceable: false, hides: false,
        "an attribute other than `.detail`",
        match suggestion {
        Some(name) => format!(
            "no code uses the attribute `.{attribute}`: did you mean `.{name}`?"
        ),
        None => format!(
            "no code uses the attribute `.{attribute}` (only `.{DETAIL}`): it is never shown"
        ),
    };

    K::DuplicateMessage { first_file, first_position, }
        => "duplicate-message", Error, "structure", silenceable: false, hides: false,
        "a message or term defined twice in a locale",
        format!(
        "`{id}` is already defined at {}{}: this second definition is ignored",
        first_file.display(),
        first_position.map(|p| format!(":{p}")).unwrap_or_default()
    );

    K::DuplicateAttribute { attribute }
        => "duplicate-attribute", Error, "structure", silenceable: false, hides: false,
        "an attribute given twice in one message",
        format!(
        "`.{attribute}` appears twice in this message: the second one is ignored"
    );

    K::EmptyText { attribute }
        => "empty-text", Error, "structure", silenceable: false, hides: true,
        "a title, detail or term with no text",
        match attribute {
        None => "the title is empty: write the text after `=`".to_owned(),
        Some(name) => format!("`.{name}` is empty: write the text after `=`"),
    };

    K::Untranslated { parts }
        => "untranslated", Warning, "structure", silenceable: true, hides: false,
        "text identical to en-US",
        {
        let what = match parts.as_slice() {
            [TextPart::Title] => "the title is",
            [TextPart::Detail] => "the detail is",
            _ => "the title and the detail are",
        };
        format!("{what} identical to en-US: probably not translated yet")
    };

    K::NotShown { reason }
        => "not-shown", Error, "display", silenceable: false, hides: true,
        "text readers cannot be shown: a cycle, too many placeables, a placeable left unresolved, invisible text, the bare id",
        {
        format!("readers cannot be shown this text: {reason}")
    };

    K::UnknownVariable { variable }
        => "unknown-variable", Error, "references", silenceable: false, hides: true,
        "a `$variable`: nothing ever fills one in",
        format!(
        "the en-US message has no `${variable}`: nothing fills it in, so the text cannot be shown"
    );

    K::UndefinedReference { reference, target }
        => "undefined-reference", Error, "references", silenceable: false, hides: true,
        "a reference to a term, message or function the locale does not define",
        match target {
        ReferenceTarget::Term => format!(
            "the term `{reference}` is not defined in this locale: define it, or write the text out"
        ),
        ReferenceTarget::Message => format!(
            "`{reference}` is not defined in this locale, so this text cannot be shown"
        ),
        ReferenceTarget::Function => format!(
            "the function `{reference}` does not exist in this catalog: write the text out"
        ),
    };

    K::UnknownTerm
        => "unknown-term", Warning, "references", silenceable: false, hides: false,
        "a term en-US does not define (obsolete to translation tools)",
        format!(
        "en-US defines no term `{id}`: translation tools treat it as obsolete; add it to en-US's glossary or remove it"
    );

    K::MissingTerm
        => "missing-term", Warning, "references", silenceable: false, hides: false,
        "a term of en-US's glossary the locale does not define",
        format!(
        "en-US's glossary defines `{id}` and this locale does not: define its word here (`{id} = …`)"
    );

    K::ReferenceMismatch { reference, missing }
        => "reference-mismatch", Warning, "references", silenceable: false, hides: false,
        "a term or message reference one of en-US and the translation has and the other lacks",
        {
        if *missing {
            format!("the en-US text uses `{{ {reference} }}` and this one does not")
        } else {
            format!("uses `{{ {reference} }}`, which the en-US text does not: write the text out")
        }
    };

    K::IdentifierMissing { identifier, found }
        => "identifier-missing", Error, "content", silenceable: true, hides: false,
        "a code identifier or number of the en-US text missing or altered",
        match found {
        Some(found) => format!(
            "`{identifier}` of the en-US text is written `{found}` here: code identifiers and numbers are copied exactly"
        ),
        None => format!(
            "`{identifier}` of the en-US text is missing here: code identifiers and numbers are copied exactly"
        ),
    };

    K::IdentifierAdded { identifier }
        => "identifier-added", Error, "content", silenceable: true, hides: false,
        "a code identifier or number the en-US text does not have",
        format!(
        "`{identifier}` is not in the en-US text: state only what en-US states (or add it to en-US)"
    );

    K::EndPunctuation { expected }
        => "end-punctuation", Warning, "content", silenceable: true, hides: false,
        "final punctuation that does not match en-US (`。` for zh and ja, `.` for the others)",
        {
        if expected.is_empty() {
            "ends with a full stop where the en-US text has none".to_owned()
        } else {
            format!("should end with `{expected}` as the en-US text ends with a full stop")
        }
    };

    K::HalfWidthPunctuation { mark, expected }
        => "half-width-punctuation", Warning, "content", silenceable: true, hides: false,
        "half-width `, ; : ( ) .` next to CJK text",
        {
        format!("half-width `{mark}` next to CJK text: write `{expected}`")
    };

    K::DoubleSpace
        => "double-space", Warning, "content", silenceable: true, hides: false,
        "two spaces in a row",
        "two spaces in a row".to_owned();

    K::OuterWhitespace
        => "outer-whitespace", Warning, "content", silenceable: true, hides: false,
        "white space at the start or end of a text",
        "white space at the start or the end".to_owned();

    K::RepeatedWord { word }
        => "repeated-word", Warning, "content", silenceable: true, hides: false,
        "a word written twice in a row",
        format!("`{word}` is written twice in a row");

    K::Unbalanced { mark }
        => "unbalanced", Warning, "content", silenceable: true, hides: false,
        "a bracket or quote without its pair, as the language pairs them (`„…“` in German, `«…»` in French and Russian, `¿…?` and `¡…!` in Spanish)",
        format!("`{mark}` is not balanced");

    K::WrongScript { character, script }
        => "wrong-script", Warning, "content", silenceable: true, hides: false,
        "a character of a script the locale does not write (Traditional-only in zh-CN, Simplified-only in zh-TW, kana in zh or ko, Hangul in zh or ja, Cyrillic outside ru, Arabic outside ar, Han, kana or Hangul in the Latin, Cyrillic and Arabic editions)",
        {
        format!("`{character}` is {script}, which this locale does not write")
    };

    K::Glossary { term, expected }
        => "glossary", Warning, "content", silenceable: true, hides: false,
        "an en-US glossary word whose glossary translation is missing (in any inflected form, where the language inflects)",
        format!(
        "the en-US text uses the glossary word of `-{term}`; this one lacks `{expected}`"
    );

    K::MostlyLatin
        => "mostly-latin", Warning, "content", silenceable: true, hides: false,
        "CJK, Cyrillic or Arabic text made mostly of Latin words besides identifiers",
        {
        "mostly Latin words besides code identifiers: probably not translated".to_owned()
    };

    K::ReferenceCount { reference, english, here }
        => "reference-count", Warning, "references", silenceable: false, hides: false,
        "a term or message referenced more or fewer times than in en-US (Weblate's `fluent-references` counts them)",
        format!(
            "uses `{{ {reference} }}` {here} time(s) where the en-US text uses it {english} time(s)"
        );

    K::AvoidedWord { term, word, expected }
        => "avoided-word", Warning, "content", silenceable: true, hides: false,
        "a rendering the locale's glossary rules out (`# avoid:` beside the term)",
        format!(
            "`{word}` is a rendering the glossary rules out for `-{term}`: write `{expected}`"
        );

    K::NoBreakSpace { mark }
        => "no-break-space", Warning, "content", silenceable: true, hides: false,
        "French: no no-break space (U+00A0) before `:` `;` `!` `?` `»` or after `«`",
        format!("French typography wants a no-break space (U+00A0) at `{mark}`");

    K::LatinSpacing { text }
        => "latin-spacing", Warning, "content", silenceable: true, hides: false,
        "Japanese: no half-width space between Latin letters or digits and Japanese text",
        format!("`{text}`: put a half-width space between Latin letters or digits and Japanese text");

    K::MoreFindings { check, more }
        => "more-findings", Warning, "report", silenceable: false, hides: false,
        "more findings of one check in one message (or file) than the ten a report lists, counted",
        format!("… and {more} more `{check}` finding(s) here, not listed");

    K::Stale { was, now }
        => "stale", Error, "staleness", silenceable: false, hides: false,
        "en-US changed since the translation was marked current",
        format!(
        "the en-US text changed since this was translated: it was \"{was}\", it is now \"{now}\"; update the translation, then run `wsaerr mark-current`"
    );

    K::Unrecorded
        => "unrecorded", Warning, "staleness", silenceable: false, hides: false,
        "no record of the en-US text a translation was made from",
        {
        "no record of the en-US text this was translated from: run `wsaerr mark-current` once it is up to date".to_owned()
    };

    K::Unbaked { whole_locale }
        => "unbaked", Error, "staleness", silenceable: false, hides: false,
        "in the built-in tree: the baked catalog the library ships is not what the files give now",
        if *whole_locale {
            format!("the baked built-in catalog does not match the locales it holds (this locale is in one and not the other): run `{}`", crate::bake::REGENERATE)
        } else {
            format!("the baked built-in catalog still has the text this gave before it was edited, and readers would get that: run `{}`", crate::bake::REGENERATE)
        };
}

impl FindingKind {
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
}
