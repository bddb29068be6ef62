//! `wsaerr check` and `wsaerr new-locale`, through the real binary: text and
//! JSON output, and exit codes.

use std::path::{Path, PathBuf};

mod common;
use common::wsaerr;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/check")
        .join(name)
}

fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn the_built_in_catalog_passes() {
    let output = wsaerr().arg("check").output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let stdout = stdout_of(&output);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "locale   messages  errors  warnings  untranslated  coverage",
            "ar-SA       97/97       0         0             0    100.0%",
            "de-DE       97/97       0         0             0    100.0%",
            "en-US       97/97       0         0             0    100.0%",
            "es-ES       97/97       0         0             0    100.0%",
            "fr-FR       97/97       0         0             0    100.0%",
            "ja-JP       97/97       0         0             0    100.0%",
            "ko-KR       97/97       0         0             0    100.0%",
            "pt-BR       97/97       0         0             0    100.0%",
            "ru-RU       97/97       0         0             0    100.0%",
            "tr-TR       97/97       0         0             0    100.0%",
            "zh-CN       97/97       0         0             0    100.0%",
            "zh-TW       97/97       0         0             0    100.0%",
            "12 locales checked: 0 errors, 0 warnings",
        ]
    );
    assert!(output.stderr.is_empty());
}

#[test]
fn a_finding_is_one_line_and_a_syntax_error_shows_its_source_line() {
    let root = fixture("syntax-error");
    let output = wsaerr()
        .args(["check", "--locales"])
        .arg(&root)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = stdout_of(&output);
    let file = root.join("fr-FR").join("winsock.ftl");
    let expected = format!(
        "error: {}:6:1: [fr-FR] WSAEACCES: syntax error at line 6, column 11: expected `=` after the message id; the text from here to the next entry is ignored [readers get the en-US title and detail]\n     6 | WSAEACCES Permission refusée.\n",
        file.display()
    );
    assert!(stdout.contains(&expected), "{stdout}");
    // Missing messages have no line: the locale's folder is named instead.
    let missing = format!(
        "error: {}: [fr-FR] WSAEWOULDBLOCK: no message for this code: add `WSAEWOULDBLOCK = …` with a `.detail` line (English is shown meanwhile)\n",
        root.join("fr-FR").display()
    );
    assert!(stdout.contains(&missing), "{stdout}");
    assert!(stdout.ends_with(
        "\nlocale   messages  errors  warnings  untranslated  coverage\n\
         fr-FR        2/97     118        38             0      2.1%\n\
         1 locale checked: 118 errors, 38 warnings\n"
    ));
}

#[test]
fn the_json_output_holds_findings_and_summary() {
    let root = fixture("unknown-message");
    let output = wsaerr()
        .args(["check", "--json", "--locales"])
        .arg(&root)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let typo = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|finding| finding["kind"] == "unknown-message")
        .unwrap();
    assert_eq!(typo["severity"], "error");
    assert_eq!(typo["kind"], "unknown-message");
    assert_eq!(typo["suggestion"], "WSAETIMEDOUT");
    assert_eq!(typo["locale"], "fr-FR");
    assert_eq!(
        typo["file"],
        root.join("fr-FR")
            .join("winsock.ftl")
            .to_string_lossy()
            .as_ref()
    );
    assert_eq!(typo["position"]["line"], 6);
    assert_eq!(typo["position"]["column"], 1);
    assert_eq!(typo["id"], "WSAETIMEOUT");
    assert!(typo["message"]
        .as_str()
        .unwrap()
        .contains("did you mean `WSAETIMEDOUT`?"));
    let missing = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|finding| finding["kind"] == "missing-message")
        .unwrap();
    assert_eq!(missing["position"], serde_json::Value::Null);
    let summary = &json["locales"][0];
    assert_eq!(summary["locale"], "fr-FR");
    assert_eq!(summary["messages"], 1);
    assert_eq!(summary["expected"], 97);
    // 96 missing messages, 12 missing labels, 2 unknown ids, and 5
    // identifiers the French lacks.
    assert_eq!(summary["errors"], 120);
    // WSAEINTR's French detail lacks en-US's `{ -winsock }`, the fixture
    // has no record of the English it was translated from, and it defines
    // none of en-US's 33 glossary terms.
    assert_eq!(summary["warnings"], 38);
    assert_eq!(summary["coverage"], 1.0);
}

#[test]
fn bad_usage_exits_with_2() {
    let missing = wsaerr()
        .args(["check", "--locales"])
        .arg(fixture("no-such-folder"))
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    let stderr = String::from_utf8(missing.stderr).unwrap();
    assert!(stderr.starts_with("error: "), "{stderr}");
    assert!(stderr.ends_with("is not a directory\n"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1);

    let empty = tempfile::tempdir().unwrap();
    let output = wsaerr()
        .args(["check", "--locales"])
        .arg(empty.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("holds no locale folder"), "{stderr}");

    let unknown_flag = wsaerr().args(["check", "--bogus"]).output().unwrap();
    assert_eq!(unknown_flag.status.code(), Some(2));
}

#[test]
fn a_new_locale_works_at_once_and_checks_with_warnings_only() {
    let dir = tempfile::tempdir().unwrap();
    let created = wsaerr()
        .args(["new-locale", "fr-FR", "--locales"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(created.status.code(), Some(0));
    let file = dir.path().join("fr-FR").join("winsock.ftl");
    assert!(stdout_of(&created).starts_with(&format!("created {}\n", file.display())));
    let text = std::fs::read_to_string(&file).unwrap();
    // Every code's message and every label.
    assert_eq!(text.matches("# TODO(translate)").count(), 114);

    // Warnings only: exit 0, each message listed as untranslated.
    let checked = wsaerr()
        .args(["check", "--locales"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(checked.status.code(), Some(0));
    let stdout = stdout_of(&checked);
    assert_eq!(stdout.matches("warning: ").count(), 114);
    assert!(!stdout.contains("error: "));
    // Every message is there, none is French yet: coverage counts translations.
    assert!(stdout.contains("\nfr-FR       97/97       0       114           114      0.0%\n"));

    // --strict fails on warnings.
    let strict = wsaerr()
        .args(["check", "--strict", "--locales"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(strict.status.code(), Some(1));

    // Lookups pick the new locale up, with no Rust change.
    let shown = wsaerr()
        .args(["10060", "--json", "--lang", "fr-FR", "--locales"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(shown.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&shown.stdout).unwrap();
    assert_eq!(json[0]["locale"], "fr-FR");
    assert_eq!(json[0]["name"], "WSAETIMEDOUT");

    // A second time, the folder exists.
    let again = wsaerr()
        .args(["new-locale", "fr-FR", "--locales"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    let stderr = String::from_utf8(again.stderr).unwrap();
    assert!(stderr.ends_with("already exists\n"), "{stderr}");
}

#[test]
fn new_locale_refuses_bad_tags() {
    let dir = tempfile::tempdir().unwrap();
    for (tag, message) in [
        (
            "ko_KR",
            "error: `ko_KR` is not written canonically: use `ko-KR`\n",
        ),
        (
            "ko-kr",
            "error: `ko-kr` is not written canonically: use `ko-KR`\n",
        ),
        (
            "not a tag",
            "error: `not a tag` is not a language tag (such as `fr-FR` or `pt-BR`)\n",
        ),
    ] {
        let output = wsaerr()
            .args(["new-locale", tag, "--locales"])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{tag}");
        assert_eq!(String::from_utf8(output.stderr).unwrap(), message);
    }
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn new_locale_outside_a_catalog_is_a_usage_error_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let outside = wsaerr()
        .args(["new-locale", "pt-BR"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(outside.status.code(), Some(2));
    assert_eq!(stdout_of(&outside), "");
    assert_eq!(
        String::from_utf8(outside.stderr).unwrap(),
        "error: no catalog folder found: there is no `locales` folder here; \
         name the catalog with --locales DIR\n"
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);

    // With the catalog folder there, the default finds it.
    std::fs::create_dir(dir.path().join("locales")).unwrap();
    let inside = wsaerr()
        .args(["new-locale", "pt-BR"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(inside.status.code(), Some(0));
    let stdout = stdout_of(&inside);
    assert!(
        stdout.ends_with(
            "114 messages to translate (marked TODO(translate)); \
             then run: wsaerr check --locales locales\n"
        ),
        "{stdout}"
    );
    assert!(dir.path().join("locales/pt-BR/winsock.ftl").is_file());
}
