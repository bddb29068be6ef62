//! The rule `wsaerr check` exists for, as a property over generated catalogs:
//! for every locale and code, the report has an error hiding a part of the
//! message if and only if readers of that locale do not get that part in
//! the locale's own words (they get English instead, and are told so).
//!
//! Each generated message part is either good, with the exact text readers
//! must see, or broken in one of the ways a translator can break it; the
//! test knows which, and holds both the checker and the catalog to it.
//!
//! The same holds for an app's folder layered over the built-in catalog
//! (`check_layered`, `Catalog::layered`): there a broken part of a language
//! the catalog has gets the built-in text of that language, which is not
//! hidden but still an error naming the part in `builtin_instead`.

use std::collections::BTreeSet;

use proptest::prelude::*;
use wsaerr::__tools::MAX_NESTING;
use wsaerr::{Catalog, Code, TextPart};
use wsaerr_tools::check::{check_dir, check_layered, Severity};

/// The codes a generated catalog writes messages for; every other code is
/// missing, so hidden in both parts.
const WRITTEN: [&str; 4] = ["WSAEINTR", "WSAEACCES", "WSAEFAULT", "WSAEINVAL"];

/// Definitions every generated file starts with.
const TERMS: &str = "-good = 용어\n-cyc-a = { -cyc-b }\n-cyc-b = { -cyc-a }\n-tvar = 값 { $x }\n\n";

#[derive(Clone, Copy, Debug)]
enum Part {
    // Good: readers see the text `expected` gives.
    Plain(u8),
    Literal,
    Term,
    TermAndText(u8),
    // Broken in this part only.
    Blank,
    EscapedBlank,
    Invisible,
    SelfReference,
    Cycle,
    UndefinedTerm,
    Variable,
    TermWithVariable,
    TooManyPlaceables,
    BareId,
    Absent,
    // Broken so that the whole entry is lost.
    Syntax,
    TooDeep,
}

impl Part {
    /// The Fluent source for this part of message `id`.
    fn source(self, id: &str, detail: bool) -> String {
        let reference = if detail {
            format!("{id}.detail")
        } else {
            id.to_owned()
        };
        match self {
            Part::Plain(n) => format!("말 {n}."),
            Part::Literal => "{ \"문자\" }".to_owned(),
            Part::Term => "{ -good }".to_owned(),
            Part::TermAndText(n) => format!("{{ -good }} {n}개."),
            Part::Blank => "{ \"\" }".to_owned(),
            Part::EscapedBlank => "{ \"\\u0020\" }".to_owned(),
            Part::Invisible => "\u{200b}\u{2060}".to_owned(),
            Part::SelfReference => format!("{{ {reference} }}"),
            Part::Cycle => "{ -cyc-a }".to_owned(),
            Part::UndefinedTerm => "{ -nope }".to_owned(),
            Part::Variable => "값 { $n }".to_owned(),
            Part::TermWithVariable => "{ -tvar }".to_owned(),
            Part::TooManyPlaceables => "{ \"가\" }".repeat(101),
            Part::BareId => id.to_owned(),
            Part::Absent => String::new(),
            Part::Syntax => "열림 { 닫히지 않음".to_owned(),
            Part::TooDeep => format!("{}x", "{ ".repeat(MAX_NESTING + 1)),
        }
    }

    /// What readers must see, when the part is good.
    fn expected(self) -> Option<String> {
        match self {
            Part::Plain(n) => Some(format!("말 {n}.")),
            Part::Literal => Some("문자".to_owned()),
            Part::Term => Some("용어".to_owned()),
            Part::TermAndText(n) => Some(format!("용어 {n}개.")),
            _ => None,
        }
    }

    /// Whether the whole entry is lost when this part is its title. The
    /// guard cuts out a deep entry whole; the parser loses a message whose
    /// title is broken, but keeps the title when only an attribute is.
    fn loses_the_entry(self, is_title: bool) -> bool {
        matches!(self, Part::TooDeep) || (is_title && matches!(self, Part::Syntax))
    }
}

fn part() -> impl Strategy<Value = Part> {
    prop_oneof![
        4 => any::<u8>().prop_map(Part::Plain),
        1 => Just(Part::Literal),
        1 => Just(Part::Term),
        1 => any::<u8>().prop_map(Part::TermAndText),
        1 => Just(Part::Blank),
        1 => Just(Part::EscapedBlank),
        1 => Just(Part::Invisible),
        1 => Just(Part::SelfReference),
        1 => Just(Part::Cycle),
        1 => Just(Part::UndefinedTerm),
        1 => Just(Part::Variable),
        1 => Just(Part::TermWithVariable),
        1 => Just(Part::TooManyPlaceables),
        1 => Just(Part::BareId),
        1 => Just(Part::Absent),
        1 => Just(Part::Syntax),
        1 => Just(Part::TooDeep),
    ]
}

/// A message: its title and detail, or none at all.
fn message() -> impl Strategy<Value = Option<(Part, Part)>> {
    prop_oneof![1 => Just(None), 5 => (part(), part()).prop_map(Some)]
}

/// The file, and for each written code the parts readers must get.
fn write(messages: &[Option<(Part, Part)>]) -> String {
    let mut text = TERMS.to_owned();
    for (id, message) in WRITTEN.iter().zip(messages) {
        let Some((title, detail)) = message else {
            continue;
        };
        text.push_str(&format!("{id} = {}\n", title.source(id, false)));
        if !matches!(detail, Part::Absent) {
            text.push_str(&format!("    .detail = {}\n", detail.source(id, true)));
        }
        text.push('\n');
    }
    text
}

/// The parts readers of the generated locale do not get in its own words.
fn hidden_by_design(message: Option<(Part, Part)>) -> BTreeSet<TextPart> {
    let both = BTreeSet::from([TextPart::Title, TextPart::Detail]);
    let Some((title, detail)) = message else {
        return both;
    };
    // `ID =` with neither a title nor a `.detail` is not even a message.
    let nothing = matches!(title, Part::Absent) && matches!(detail, Part::Absent);
    if title.loses_the_entry(true) || detail.loses_the_entry(false) || nothing {
        return both;
    }
    let mut hidden = BTreeSet::new();
    if title.expected().is_none() {
        hidden.insert(TextPart::Title);
    }
    if detail.expected().is_none() {
        hidden.insert(TextPart::Detail);
    }
    hidden
}

/// How the generated folder is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// On its own (`check_dir`, `Catalog::from_dir`).
    Alone,
    /// Over the built-in catalog (`check_layered`, `Catalog::layered`).
    Layered,
}

fn holds_for(
    tag: &str,
    messages: &[Option<(Part, Part)>],
    mode: Mode,
) -> Result<(), TestCaseError> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(tag)).unwrap();
    let source = write(messages);
    std::fs::write(dir.path().join(tag).join("winsock.ftl"), &source).unwrap();
    let (report, catalog) = match mode {
        Mode::Alone => (check_dir(dir.path()), Catalog::from_dir(dir.path())),
        Mode::Layered => (check_layered(dir.path()), Catalog::layered(dir.path())),
    };
    let (report, catalog) = (report.unwrap(), catalog.unwrap());
    // Whether the built-in text of the same language stands in for the folder's.
    let beneath = mode == Mode::Layered && Catalog::embedded().locales().any(|held| held == tag);

    for finding in &report.findings {
        if !finding.hides.is_empty() || !finding.builtin_instead.is_empty() {
            prop_assert_eq!(finding.severity, Severity::Error, "{}", finding);
        }
    }
    for &code in Code::ALL {
        let written = WRITTEN.iter().position(|id| *id == code.name());
        let message = written.and_then(|index| messages[index]);
        let not_own = hidden_by_design(message);
        let (expected, instead) = match (beneath, message) {
            (false, _) => (not_own.clone(), BTreeSet::new()),
            (true, None) => (BTreeSet::new(), BTreeSet::new()),
            (true, Some(_)) => (BTreeSet::new(), not_own.clone()),
        };
        let of_code = || {
            report
                .findings
                .iter()
                .filter(|finding| finding.id.as_deref() == Some(code.name()))
        };
        let reported: BTreeSet<TextPart> = of_code()
            .flat_map(|finding| finding.hides.iter().copied())
            .collect();
        prop_assert_eq!(&reported, &expected, "{} in:\n{}", code.name(), source);
        let stood_in: BTreeSet<TextPart> = of_code()
            .flat_map(|finding| finding.builtin_instead.iter().copied())
            .collect();
        prop_assert_eq!(&stood_in, &instead, "{} in:\n{}", code.name(), source);

        let text = catalog.describe(code, tag).unwrap();
        let english = wsaerr::describe(code, "en-US").unwrap();
        let builtin = wsaerr::describe(code, tag).unwrap();
        for (part, shown, locale, english, builtin) in [
            (
                TextPart::Title,
                text.title(),
                text.locale(),
                english.title(),
                builtin.title(),
            ),
            (
                TextPart::Detail,
                text.detail(),
                text.detail_locale(),
                english.detail(),
                builtin.detail(),
            ),
        ] {
            if expected.contains(&part) {
                prop_assert_eq!(locale, "en-US");
                prop_assert_eq!(shown, english, "{} {:?}", code.name(), part);
            } else if beneath && not_own.contains(&part) {
                prop_assert_eq!(locale, tag);
                prop_assert_eq!(shown, builtin, "{} {:?}", code.name(), part);
            } else {
                let (title, detail) = message.unwrap();
                let wanted = match part {
                    TextPart::Title => title.expected(),
                    TextPart::Detail => detail.expected(),
                };
                prop_assert_eq!(locale, tag);
                prop_assert_eq!(Some(shown.to_owned()), wanted);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn a_translation_is_reported_hidden_exactly_where_readers_get_english(
        messages in prop::collection::vec(message(), WRITTEN.len())
    ) {
        holds_for("ko-KR", &messages, Mode::Alone)?;
    }

    #[test]
    fn an_english_tree_is_reported_hidden_exactly_where_the_built_in_english_stands_in(
        messages in prop::collection::vec(message(), WRITTEN.len())
    ) {
        holds_for("en-US", &messages, Mode::Alone)?;
    }

    #[test]
    fn an_overlay_of_a_built_in_language_hides_nothing_and_names_every_part_the_built_in_text_stands_in_for(
        messages in prop::collection::vec(message(), WRITTEN.len())
    ) {
        holds_for("ko-KR", &messages, Mode::Layered)?;
    }

    #[test]
    fn an_overlay_of_english_names_every_part_the_built_in_english_stands_in_for(
        messages in prop::collection::vec(message(), WRITTEN.len())
    ) {
        holds_for("en-US", &messages, Mode::Layered)?;
    }

    #[test]
    fn an_overlay_adding_a_language_is_reported_hidden_exactly_where_readers_get_english(
        messages in prop::collection::vec(message(), WRITTEN.len())
    ) {
        holds_for("fr-FR", &messages, Mode::Layered)?;
    }
}

#[test]
fn the_shipped_catalog_hides_nothing_and_has_no_error() {
    let report = wsaerr_tools::check::check_embedded();
    let errors: Vec<String> = report
        .findings
        .iter()
        .filter(|finding| finding.severity == Severity::Error)
        .map(ToString::to_string)
        .collect();
    assert_eq!(errors, Vec::<String>::new());
    for tag in Catalog::embedded().locales() {
        for &code in Code::ALL {
            let text = wsaerr::describe(code, tag).unwrap();
            assert_eq!(
                (text.locale(), text.detail_locale()),
                (tag, tag),
                "{code:?}"
            );
        }
    }
}
