//! The catalog check, over the shipped locales and over fixture trees: one
//! tree per kind of defect under `tests/fixtures/check/`, each with the exact
//! finding it must produce.
//!
//! Fixture locales hold a handful of messages, so every other code is
//! reported missing; apart from the `missing-message` fixture, the tests set
//! those findings aside (and the `{ -winsock }` references the French lacks)
//! and assert everything else exactly.

use std::path::{Path, PathBuf};

use wsaerr::{Code, Label, Position};
use wsaerr_tools::check::{
    check_dir, check_embedded, EncodingSign, Finding, FindingKind, ReferenceTarget, Report,
    Severity, TextPart, TreeProblemKind, CHECKS,
};

/// The workspace's root: the shipped catalog and the fixtures are there.
fn manifest_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture(name: &str) -> PathBuf {
    manifest_dir().join("tests/fixtures/check").join(name)
}

fn check_fixture(name: &str) -> (PathBuf, Report) {
    let root = fixture(name);
    let report = check_dir(&root).expect("a fixture tree is a usable catalog folder");
    (root, report)
}

/// A finding as the tests state it: kind, locale, file (relative to the
/// tree), line and column, id.
type Stated = (
    FindingKind,
    String,
    PathBuf,
    Option<(usize, usize)>,
    Option<String>,
);

fn stated(root: &Path, finding: &Finding) -> Stated {
    (
        finding.kind.clone(),
        finding.locale.clone(),
        finding
            .file
            .strip_prefix(root)
            .unwrap_or(&finding.file)
            .to_owned(),
        finding.position.map(|p| (p.line, p.column)),
        finding.id.clone(),
    )
}

fn expect(
    kind: FindingKind,
    locale: &str,
    file: &str,
    position: Option<(usize, usize)>,
    id: Option<&str>,
) -> Stated {
    (
        kind,
        locale.to_owned(),
        PathBuf::from(file),
        position,
        id.map(str::to_owned),
    )
}

/// The family of checks a finding comes from.
fn family(finding: &Finding) -> &'static str {
    CHECKS
        .iter()
        .find(|check| check.id == finding.kind.id())
        .map_or("", |check| check.family)
}

/// Whether a finding is about what the fixture's few lines of French do not
/// try to match: en-US's `{ -winsock }` and glossary terms, identifiers and
/// punctuation (the content family), and a record of the English translated from.
fn beside_the_point(finding: &Finding) -> bool {
    matches!(
        finding.kind,
        FindingKind::ReferenceMismatch { missing: true, .. } | FindingKind::MissingTerm
    ) || matches!(family(finding), "content" | "staleness")
}

/// Every finding but the missing messages and those beside the point, as stated.
fn besides_missing(root: &Path, report: &Report) -> Vec<Stated> {
    report
        .findings
        .iter()
        .filter(|finding| finding.kind != FindingKind::MissingMessage && !beside_the_point(finding))
        .map(|finding| stated(root, finding))
        .collect()
}

/// The ids reported missing in `locale`.
fn missing(report: &Report, locale: &str) -> Vec<String> {
    report
        .findings
        .iter()
        .filter(|finding| finding.kind == FindingKind::MissingMessage && finding.locale == locale)
        .filter_map(|finding| finding.id.clone())
        .collect()
}

/// Every code name but `present`, in table order, then every label id
/// (the fixtures write none): what a fixture locale lacks.
fn codes_except(present: &[&str]) -> Vec<String> {
    Code::ALL
        .iter()
        .map(|code| code.name())
        .filter(|name| !present.contains(name))
        .chain(Label::ALL.iter().map(|label| label.id()))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_shipped_locales_are_complete_and_free_of_errors_and_warnings() {
    for report in [
        check_embedded(),
        check_dir(manifest_dir().join("locales")).unwrap(),
    ] {
        // Warnings too: a shipped text passes every check, or silences one
        // with a reason in its comment.
        let findings: Vec<String> = report.findings.iter().map(ToString::to_string).collect();
        assert!(findings.is_empty(), "{findings:#?}");
        for tag in ["en-US", "ja-JP", "ko-KR", "zh-CN", "zh-TW"] {
            let summary = report
                .locales
                .iter()
                .find(|summary| summary.locale == tag)
                .unwrap_or_else(|| panic!("{tag} is checked"));
            assert_eq!(summary.messages, Code::ALL.len(), "{tag}");
            assert_eq!(summary.expected, Code::ALL.len(), "{tag}");
            assert_eq!(summary.errors, 0, "{tag}");
            assert_eq!(summary.coverage, 100.0, "{tag}");
        }
    }
}

/// A copy of the shipped English, in a temporary tree.
fn english_tree(bytes: impl FnOnce(&str) -> Vec<u8>) -> tempfile::TempDir {
    let english =
        std::fs::read_to_string(manifest_dir().join("locales/en-US/winsock.ftl")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("en-US")).unwrap();
    std::fs::write(dir.path().join("en-US/winsock.ftl"), bytes(&english)).unwrap();
    dir
}

#[test]
fn a_clean_tree_gives_an_empty_report() {
    let dir = english_tree(|text| text.as_bytes().to_vec());
    let report = check_dir(dir.path()).unwrap();
    assert_eq!(report.findings, []);
    assert_eq!(report.locales.len(), 1);
    assert_eq!(report.locales[0].messages, Code::ALL.len());
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_accepted() {
    let dir = english_tree(|text| format!("\u{feff}{}", text.replace('\n', "\r\n")).into_bytes());
    let report = check_dir(dir.path()).unwrap();
    assert_eq!(report.findings, []);
}

#[test]
fn positions_stay_right_with_a_byte_order_mark_and_crlf() {
    let source = std::fs::read_to_string(fixture("syntax-error/fr-FR/winsock.ftl")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("fr-FR")).unwrap();
    let crlf = format!("\u{feff}{}", source.replace('\n', "\r\n"));
    std::fs::write(dir.path().join("fr-FR/winsock.ftl"), crlf).unwrap();
    let report = check_dir(dir.path()).unwrap();
    let found = besides_missing(dir.path(), &report);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].3, Some((6, 1)));
}

#[test]
fn syntax_error() {
    let (root, report) = check_fixture("syntax-error");
    assert_eq!(
        besides_missing(&root, &report),
        [expect(
            FindingKind::Syntax {
                problem: "expected `=` after the message id".into(),
                error_position: Position::new(6, 11),
                source_line: "WSAEACCES Permission refusée.".into(),
            },
            "fr-FR",
            "fr-FR/winsock.ftl",
            Some((6, 1)),
            Some("WSAEACCES"),
        )]
    );
    // The broken message counts as absent, but is not reported twice.
    assert_eq!(
        missing(&report, "fr-FR"),
        codes_except(&["WSAEINTR", "WSAEACCES", "WSAEFAULT"])
    );
    assert_eq!(report.locales[0].messages, 2);
}

#[test]
fn missing_message() {
    let (root, report) = check_fixture("missing-message");
    assert_eq!(besides_missing(&root, &report), []);
    let expected = codes_except(&["WSAEINTR", "WSAEACCES"]);
    assert_eq!(missing(&report, "fr-FR"), expected);
    let first = report
        .findings
        .iter()
        .find(|finding| finding.kind == FindingKind::MissingMessage)
        .unwrap();
    assert_eq!(
        stated(&root, first),
        expect(
            FindingKind::MissingMessage,
            "fr-FR",
            "fr-FR",
            None,
            Some(&expected[0])
        )
    );
    let summary = &report.locales[0];
    let to_the_point = |severity| {
        report
            .findings
            .iter()
            .filter(|finding| finding.severity == severity && !beside_the_point(finding))
            .count()
    };
    assert_eq!(
        (
            summary.messages,
            summary.expected,
            to_the_point(Severity::Error),
            to_the_point(Severity::Warning)
        ),
        (
            2,
            Code::ALL.len(),
            Code::ALL.len() - 2 + Label::ALL.len(),
            0
        )
    );
}

#[test]
fn unknown_message_with_suggestions() {
    let (root, report) = check_fixture("unknown-message");
    let unknown = |suggestion: Option<&str>| FindingKind::UnknownMessage {
        suggestion: suggestion.map(str::to_owned),
    };
    let file = "fr-FR/winsock.ftl";
    assert_eq!(
        besides_missing(&root, &report),
        [
            expect(
                unknown(Some("WSAETIMEDOUT")),
                "fr-FR",
                file,
                Some((6, 1)),
                Some("WSAETIMEOUT")
            ),
            expect(
                unknown(Some("WSANO_DATA")),
                "fr-FR",
                file,
                Some((9, 1)),
                Some("WSANO_ADDRESS")
            ),
            expect(
                unknown(None),
                "fr-FR",
                file,
                Some((12, 1)),
                Some("WSAEBOGUS")
            ),
        ]
    );
    let typo = report
        .findings
        .iter()
        .find(|finding| finding.id.as_deref() == Some("WSAETIMEOUT"))
        .unwrap();
    assert!(typo.message.contains("did you mean `WSAETIMEDOUT`?"));
}

#[test]
fn missing_title() {
    let (root, report) = check_fixture("missing-title");
    assert_eq!(
        besides_missing(&root, &report),
        [expect(
            FindingKind::MissingTitle,
            "fr-FR",
            "fr-FR/winsock.ftl",
            Some((3, 1)),
            Some("WSAEINTR")
        )]
    );
}

#[test]
fn missing_detail() {
    let (root, report) = check_fixture("missing-detail");
    assert_eq!(
        besides_missing(&root, &report),
        [expect(
            FindingKind::MissingDetail,
            "fr-FR",
            "fr-FR/winsock.ftl",
            Some((3, 1)),
            Some("WSAEINTR")
        )]
    );
}

#[test]
fn unknown_attribute() {
    let (root, report) = check_fixture("unknown-attribute");
    let file = "fr-FR/winsock.ftl";
    assert_eq!(
        besides_missing(&root, &report),
        [
            expect(
                FindingKind::UnknownAttribute {
                    attribute: "hint".into(),
                    suggestion: None
                },
                "fr-FR",
                file,
                Some((5, 5)),
                Some("WSAEINTR")
            ),
            expect(
                FindingKind::MissingDetail,
                "fr-FR",
                file,
                Some((7, 1)),
                Some("WSAEACCES")
            ),
            expect(
                FindingKind::UnknownAttribute {
                    attribute: "detial".into(),
                    suggestion: Some("detail".into())
                },
                "fr-FR",
                file,
                Some((8, 5)),
                Some("WSAEACCES")
            ),
        ]
    );
}

#[test]
fn duplicate_in_one_file() {
    let (root, report) = check_fixture("duplicate-in-file");
    assert_eq!(
        besides_missing(&root, &report),
        [expect(
            FindingKind::DuplicateMessage {
                first_file: root.join("fr-FR/winsock.ftl"),
                first_position: Some(Position::new(3, 1)),
            },
            "fr-FR",
            "fr-FR/winsock.ftl",
            Some((9, 1)),
            Some("WSAEINTR")
        )]
    );
}

#[test]
fn duplicate_across_files() {
    let (root, report) = check_fixture("duplicate-across-files");
    assert_eq!(
        besides_missing(&root, &report),
        [expect(
            FindingKind::DuplicateMessage {
                first_file: root.join("fr-FR/winsock.ftl"),
                first_position: Some(Position::new(3, 1)),
            },
            "fr-FR",
            "fr-FR/winsock2.ftl",
            Some((6, 1)),
            Some("WSAEINTR")
        )]
    );
}

#[test]
fn empty_text() {
    let (root, report) = check_fixture("empty-text");
    let file = "fr-FR/winsock.ftl";
    assert_eq!(
        besides_missing(&root, &report),
        [
            expect(
                FindingKind::EmptyText { attribute: None },
                "fr-FR",
                file,
                Some((3, 1)),
                Some("WSAEINTR")
            ),
            expect(
                FindingKind::EmptyText {
                    attribute: Some("detail".into())
                },
                "fr-FR",
                file,
                Some((7, 5)),
                Some("WSAEACCES")
            ),
        ]
    );
}

#[test]
fn unknown_variable() {
    let (root, report) = check_fixture("unknown-variable");
    assert_eq!(
        besides_missing(&root, &report),
        [expect(
            FindingKind::UnknownVariable {
                variable: "seconds".into()
            },
            "fr-FR",
            "fr-FR/winsock.ftl",
            Some((4, 58)),
            Some("WSAEINTR")
        )]
    );
}

#[test]
fn undefined_references() {
    let (root, report) = check_fixture("undefined-reference");
    let file = "fr-FR/winsock.ftl";
    assert_eq!(
        besides_missing(&root, &report),
        [
            expect(
                FindingKind::ReferenceMismatch {
                    reference: "-winsock".into(),
                    missing: false
                },
                "fr-FR",
                file,
                Some((5, 20)),
                Some("WSAEINTR")
            ),
            expect(
                FindingKind::UndefinedReference {
                    reference: "-bloquant".into(),
                    target: ReferenceTarget::Term
                },
                "fr-FR",
                file,
                Some((6, 26)),
                Some("WSAEINTR")
            ),
            expect(
                FindingKind::UndefinedReference {
                    reference: "WSAEFAULT".into(),
                    target: ReferenceTarget::Message
                },
                "fr-FR",
                file,
                Some((9, 22)),
                Some("WSAEACCES")
            ),
        ]
    );
}

#[test]
fn non_canonical_folders() {
    let (root, report) = check_fixture("non-canonical-folder");
    let misnamed = |canonical: &str| {
        FindingKind::Tree(TreeProblemKind::NonCanonicalFolder {
            canonical: canonical.into(),
        })
    };
    assert_eq!(
        report
            .findings
            .iter()
            .map(|finding| stated(&root, finding))
            .collect::<Vec<_>>(),
        [
            expect(misnamed("de-DE"), "de-de", "de-de", None, None),
            expect(misnamed("fr-FR"), "fr_FR", "fr_FR", None, None),
        ]
    );
    assert_eq!(report.locales, []);
}

#[test]
fn invalid_utf8() {
    let (root, report) = check_fixture("invalid-utf8");
    assert_eq!(
        besides_missing(&root, &report),
        [expect(
            FindingKind::InvalidUtf8,
            "fr-FR",
            "fr-FR/winsock.ftl",
            Some((1, 15)),
            None
        )]
    );
    // The file is unusable, so none of its messages count.
    assert_eq!(report.locales[0].messages, 0);
}

#[test]
fn untranslated_text_is_a_warning() {
    let (root, report) = check_fixture("untranslated");
    let file = "fr-FR/winsock.ftl";
    assert_eq!(
        besides_missing(&root, &report),
        [
            expect(
                FindingKind::Untranslated {
                    parts: vec![TextPart::Title, TextPart::Detail]
                },
                "fr-FR",
                file,
                Some((3, 1)),
                Some("WSAEINTR")
            ),
            expect(
                FindingKind::Untranslated {
                    parts: vec![TextPart::Title]
                },
                "fr-FR",
                file,
                Some((6, 1)),
                Some("WSAEACCES")
            ),
        ]
    );
    assert!(report
        .findings
        .iter()
        .filter(|finding| matches!(finding.kind, FindingKind::Untranslated { .. }))
        .all(|finding| finding.severity == Severity::Warning));
    let french = report.locales.iter().find(|s| s.locale == "fr-FR").unwrap();
    // The third warning: the fixture has no record of the English it follows.
    assert_eq!((french.warnings, french.untranslated), (3, 2));
    // Both of its codes keep English text: neither counts toward coverage.
    assert_eq!((french.messages, french.coverage), (2, 0.0));
}

#[test]
fn broken_encoding_is_a_warning() {
    let (root, report) = check_fixture("broken-encoding");
    let file = "fr-FR/winsock.ftl";
    assert_eq!(
        besides_missing(&root, &report),
        [
            expect(
                FindingKind::BrokenEncoding {
                    sign: EncodingSign::ReplacementCharacter
                },
                "fr-FR",
                file,
                Some((4, 35)),
                Some("WSAEINTR")
            ),
            expect(
                FindingKind::BrokenEncoding {
                    sign: EncodingSign::Mojibake {
                        text: "Ã©".into()
                    }
                },
                "fr-FR",
                file,
                Some((6, 29)),
                Some("WSAEACCES")
            ),
        ]
    );
    let warnings = report
        .findings
        .iter()
        .filter(|finding| finding.severity == Severity::Warning && !beside_the_point(finding))
        .count();
    assert_eq!(warnings, 2);
}

#[test]
fn unusable_folders_are_errors_not_reports() {
    assert!(check_dir(fixture("no-such-folder")).is_err());
    let empty = tempfile::tempdir().unwrap();
    assert!(check_dir(empty.path()).is_err());
}

#[test]
fn a_scaffolded_locale_has_warnings_only() {
    let dir = tempfile::tempdir().unwrap();
    let scaffold = wsaerr_tools::scaffold::new_locale("fr-FR", dir.path()).unwrap();
    let messages = Code::ALL.len() + Label::ALL.len();
    assert_eq!(scaffold.messages, messages);
    let report = check_dir(dir.path()).unwrap();
    assert_eq!(report.errors(), 0, "{:#?}", report.findings);
    let summary = &report.locales[0];
    // Every message is untranslated, labels too; the summary counts codes.
    assert_eq!(
        (summary.messages, summary.untranslated, summary.warnings),
        (Code::ALL.len(), messages, messages)
    );
    // All there, none translated: coverage counts the locale's own text.
    assert_eq!(summary.coverage, 0.0);
    // And the catalog uses it at once.
    let catalog = wsaerr::Catalog::from_dir(dir.path()).unwrap();
    assert_eq!(catalog.describe(10060, "fr-FR").unwrap().locale(), "fr-FR");
    // A second time, the folder exists.
    assert!(matches!(
        wsaerr_tools::scaffold::new_locale("fr-FR", dir.path()),
        Err(wsaerr_tools::scaffold::ScaffoldError::Exists(_))
    ));
}
