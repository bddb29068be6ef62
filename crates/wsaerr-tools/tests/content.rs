//! The content checks, one fixture tree per mistake a translator makes: a
//! small en-US catalog and one translation with the mistake, and the exact
//! finding it must give (check, line and column in the translation's file,
//! message id). Missing messages and glossary terms, and the missing record
//! of the English, are beside the point of these trees and set aside.

use std::path::Path;

use wsaerr_tools::check::{check_dir, FindingKind};

/// The findings about the translation `tag` in the fixture `name`.
fn findings(name: &str, tag: &str) -> Vec<(FindingKind, (usize, usize), String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/content")
        .join(name);
    let report = check_dir(&root).unwrap();
    let file = root.join(tag).join("winsock.ftl");
    report
        .findings
        .into_iter()
        .filter(|finding| finding.locale == tag)
        .filter(|finding| {
            !matches!(
                finding.kind.id(),
                "missing-message" | "missing-term" | "unrecorded"
            )
        })
        .map(|finding| {
            assert_eq!(finding.file, file, "{finding}");
            let position = finding.position.expect("a content finding has a place");
            (
                finding.kind,
                (position.line, position.column),
                finding.id.unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn double_space() {
    assert_eq!(
        findings("double-space", "ko-KR"),
        [(FindingKind::DoubleSpace, (4, 19), "WSAETIMEDOUT".to_owned(),),]
    );
}

#[test]
fn end_punctuation() {
    assert_eq!(
        findings("end-punctuation", "ko-KR"),
        [(
            FindingKind::EndPunctuation {
                expected: ".".into()
            },
            (3, 1),
            "WSAETIMEDOUT".to_owned(),
        ),]
    );
}

#[test]
fn glossary() {
    assert_eq!(
        findings("glossary", "ko-KR"),
        [(
            FindingKind::Glossary {
                term: "socket".into(),
                expected: "소켓".into()
            },
            (6, 5),
            "WSAENOTCONN".to_owned(),
        ),]
    );
}

#[test]
fn half_width_punctuation() {
    assert_eq!(
        findings("half-width-punctuation", "zh-CN"),
        [
            (
                FindingKind::EndPunctuation {
                    expected: "。".into()
                },
                (4, 5),
                "WSAETIMEDOUT".to_owned(),
            ),
            (
                FindingKind::HalfWidthPunctuation {
                    mark: ",".into(),
                    expected: "，".into()
                },
                (4, 23),
                "WSAETIMEDOUT".to_owned(),
            ),
            (
                FindingKind::HalfWidthPunctuation {
                    mark: ".".into(),
                    expected: "。".into()
                },
                (4, 31),
                "WSAETIMEDOUT".to_owned(),
            ),
        ]
    );
}

#[test]
fn identifier_added() {
    assert_eq!(
        findings("identifier-added", "ko-KR"),
        [(
            FindingKind::IdentifierAdded {
                identifier: "WSAStartup".into()
            },
            (4, 56),
            "WSAVERNOTSUPPORTED".to_owned(),
        ),]
    );
}

#[test]
fn identifier_mangled() {
    assert_eq!(
        findings("identifier-mangled", "ko-KR"),
        [
            (
                FindingKind::IdentifierMissing {
                    identifier: "setsockopt".into(),
                    found: Some("setsockop".into())
                },
                (4, 33),
                "WSAEACCES".to_owned(),
            ),
            (
                FindingKind::IdentifierMissing {
                    identifier: "SO_BROADCAST".into(),
                    found: Some("SO_BROADCST".into())
                },
                (4, 44),
                "WSAEACCES".to_owned(),
            ),
        ]
    );
}

#[test]
fn identifier_translated() {
    assert_eq!(
        findings("identifier-translated", "zh-CN"),
        [
            (
                FindingKind::IdentifierMissing {
                    identifier: "SO_BROADCAST".into(),
                    found: None
                },
                (4, 5),
                "WSAEACCES".to_owned(),
            ),
            (
                FindingKind::IdentifierMissing {
                    identifier: "setsockopt".into(),
                    found: None
                },
                (4, 5),
                "WSAEACCES".to_owned(),
            ),
        ]
    );
}

#[test]
fn mostly_latin() {
    assert_eq!(
        findings("mostly-latin", "ja-JP"),
        [(FindingKind::MostlyLatin, (4, 5), "WSAETIMEDOUT".to_owned(),),]
    );
}

#[test]
fn outer_whitespace() {
    assert_eq!(
        findings("outer-whitespace", "ko-KR"),
        [(
            FindingKind::OuterWhitespace,
            (3, 1),
            "WSAETIMEDOUT".to_owned(),
        ),]
    );
}

#[test]
fn repeated_word() {
    assert_eq!(
        findings("repeated-word", "ko-KR"),
        [(
            FindingKind::RepeatedWord {
                word: "제때".into()
            },
            (4, 23),
            "WSAETIMEDOUT".to_owned(),
        ),]
    );
}

#[test]
fn unbalanced() {
    assert_eq!(
        findings("unbalanced", "zh-CN"),
        [(
            FindingKind::Unbalanced { mark: "（".into() },
            (4, 23),
            "WSAETIMEDOUT".to_owned(),
        ),]
    );
}

#[test]
fn version_changed() {
    assert_eq!(
        findings("version-changed", "ko-KR"),
        [(
            FindingKind::IdentifierMissing {
                identifier: "2.2".into(),
                found: Some("2.0".into())
            },
            (4, 44),
            "WSAVERNOTSUPPORTED".to_owned(),
        ),]
    );
}

#[test]
fn wrong_script() {
    assert_eq!(
        findings("wrong-script", "zh-CN"),
        [(
            FindingKind::WrongScript {
                character: "連".into(),
                script: "a Traditional-only character".into()
            },
            (3, 16),
            "WSAETIMEDOUT".to_owned(),
        ),]
    );
}

/// Copies a fixture tree into a temporary folder, to edit it.
fn copy_fixture(name: &str) -> tempfile::TempDir {
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/content")
        .join(name);
    let dir = tempfile::tempdir().unwrap();
    for locale in std::fs::read_dir(&from).unwrap() {
        let locale = locale.unwrap().path();
        let to = dir.path().join(locale.file_name().unwrap());
        std::fs::create_dir(&to).unwrap();
        for file in std::fs::read_dir(&locale).unwrap() {
            let file = file.unwrap().path();
            std::fs::copy(&file, to.join(file.file_name().unwrap())).unwrap();
        }
    }
    dir
}

#[test]
fn a_comment_silences_one_check_for_one_message() {
    let dir = copy_fixture("repeated-word");
    let file = dir.path().join("ko-KR").join("winsock.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let allowed = text.replace(
        "WSAETIMEDOUT =",
        "# wsaerr-allow: repeated-word (the repetition is meant)\nWSAETIMEDOUT =",
    );
    std::fs::write(&file, allowed).unwrap();
    let report = check_dir(dir.path()).unwrap();
    assert!(!report
        .findings
        .iter()
        .any(|finding| finding.kind.id() == "repeated-word"));
}

#[test]
fn a_comment_cannot_silence_what_readers_would_not_see() {
    let dir = copy_fixture("repeated-word");
    let file = dir.path().join("ko-KR").join("winsock.ftl");
    std::fs::write(
        &file,
        "# wsaerr-allow: not-shown, missing-detail, unknown-variable\nWSAETIMEDOUT = { $x }\n",
    )
    .unwrap();
    let report = check_dir(dir.path()).unwrap();
    let kinds: Vec<&str> = report
        .findings
        .iter()
        .filter(|finding| finding.id.as_deref() == Some("WSAETIMEDOUT"))
        .map(|finding| finding.kind.id())
        .collect();
    assert_eq!(kinds, ["missing-detail", "unknown-variable"]);
}

#[test]
fn only_checks_the_registry_marks_silenceable_can_be_silenced() {
    for check in wsaerr_tools::check::CHECKS {
        let hides_text = matches!(
            check.id,
            "syntax"
                | "too-deep"
                | "missing-message"
                | "missing-title"
                | "missing-detail"
                | "empty-text"
                | "unknown-variable"
                | "undefined-reference"
                | "not-shown"
                | "stale"
        );
        assert!(!(hides_text && check.silenceable), "{}", check.id);
    }
}

#[test]
fn no_break_space_in_french() {
    assert_eq!(
        findings("no-break-space", "fr-FR"),
        [(
            FindingKind::NoBreakSpace { mark: ":".into() },
            (4, 50),
            "WSAETIMEDOUT".to_owned(),
        )]
    );
}

#[test]
fn quotes_as_each_language_pairs_them() {
    assert_eq!(
        findings("quotes", "de-DE"),
        [(
            FindingKind::Unbalanced { mark: "„".into() },
            (4, 41),
            "WSAETIMEDOUT".to_owned(),
        )]
    );
    assert_eq!(
        findings("quotes", "es-ES"),
        [(
            FindingKind::Unbalanced { mark: "?".into() },
            (6, 39),
            "WSAENOTCONN".to_owned(),
        )]
    );
}

#[test]
fn api_names_that_are_english_words_in_latin_and_cyrillic_text() {
    let missing = |line, column| {
        (
            FindingKind::IdentifierMissing {
                identifier: "connect".into(),
                found: None,
            },
            (line, column),
            "WSAEISCONN".to_owned(),
        )
    };
    let added = |name: &str, line, column| {
        (
            FindingKind::IdentifierAdded {
                identifier: name.into(),
            },
            (line, column),
            "WSAEISCONN".to_owned(),
        )
    };
    assert_eq!(findings("word-api-names", "de-DE"), [missing(4, 5)]);
    assert_eq!(
        findings("word-api-names", "fr-FR"),
        [added("listen", 4, 76)]
    );
    assert_eq!(
        findings("word-api-names", "ru-RU"),
        [missing(4, 5), added("bind", 4, 21)]
    );
}

#[test]
fn each_edition_writes_its_own_script() {
    let english_left = |line| {
        (
            FindingKind::MostlyLatin,
            (line, 5),
            "WSAETIMEDOUT".to_owned(),
        )
    };
    assert_eq!(findings("scripts-by-edition", "ru-RU"), [english_left(4)]);
    assert_eq!(findings("scripts-by-edition", "ar-SA"), [english_left(4)]);
    assert_eq!(
        findings("scripts-by-edition", "de-DE"),
        [(
            FindingKind::WrongScript {
                character: "\u{435}".into(),
                script: "Cyrillic".into(),
            },
            (3, 40),
            "WSAETIMEDOUT".to_owned(),
        )]
    );
}

#[test]
fn a_word_the_glossary_rules_out() {
    assert_eq!(
        findings("avoided-word", "ko-KR"),
        [(
            FindingKind::AvoidedWord {
                term: "socket".into(),
                word: "소켓 핸들러".into(),
                expected: "소켓".into(),
            },
            (9, 18),
            "WSAENOTCONN".to_owned(),
        )]
    );
}

#[test]
fn a_term_referenced_more_often_than_in_english() {
    assert_eq!(
        findings("reference-count", "zh-CN"),
        [(
            FindingKind::ReferenceCount {
                reference: "-winsock".into(),
                english: 1,
                here: 2,
            },
            (6, 1),
            "WSASYSNOTREADY".to_owned(),
        )]
    );
}

#[test]
fn no_space_between_latin_and_japanese() {
    assert_eq!(
        findings("latin-spacing", "ja-JP"),
        [(
            FindingKind::LatinSpacing {
                text: "はW".into()
            },
            (6, 23),
            "WSAVERNOTSUPPORTED".to_owned(),
        )]
    );
}
