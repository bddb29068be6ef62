//! An app's own locale folder layered over the built-in catalog: through the
//! library (`Catalog::layered`, `check::check_layered`) and through the real
//! binary (`--overlay DIR` on describe, list, check, export and search).
//!
//! The built-in text is read from the catalog at test time: translators
//! reword it, so no test here depends on its wording.

use std::path::Path;

use wsaerr::{Catalog, Code, LoadProblemKind, TextPart};
use wsaerr_tools::check::{check_layered, FindingKind, Severity};

mod common;
use common::wsaerr;

fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

const ITALIAN: &str = "\
WSAETIMEDOUT = Timeout della connessione.
    .detail = Il server remoto non ha risposto in tempo.

WSAECONNREFUSED = Connessione rifiutata.
    .detail = Il server remoto ha rifiutato la connessione.
";

/// The Korean an app writes for WSAETIMEDOUT: the built-in text, reworded
/// (so that it keeps what the content checks look for in it).
fn korean_rewording() -> (String, String) {
    let builtin = wsaerr::describe(Code::WSAETIMEDOUT, "ko-KR").unwrap();
    (
        format!("앱: {}", builtin.title()),
        format!("{} 앱의 연결 설정도 확인하십시오.", builtin.detail()),
    )
}

/// An overlay that rewords WSAETIMEDOUT in Korean and adds Italian with two
/// messages, with `mark-current` run for both (as an app keeping track of
/// the English its text follows would).
fn good_overlay(root: &Path) {
    let (title, detail) = korean_rewording();
    std::fs::create_dir(root.join("ko-KR")).unwrap();
    std::fs::write(
        root.join("ko-KR").join("app.ftl"),
        format!("WSAETIMEDOUT = {title}\n    .detail = {detail}\n"),
    )
    .unwrap();
    std::fs::create_dir(root.join("it-IT")).unwrap();
    std::fs::write(root.join("it-IT").join("app.ftl"), ITALIAN).unwrap();
    for tag in ["ko-KR", "it-IT"] {
        let output = wsaerr()
            .args(["mark-current", tag, "--locales"])
            .arg(root)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    }
}

#[test]
fn describe_gets_the_apps_words_and_the_built_in_ones_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    good_overlay(dir.path());
    let (title, detail) = korean_rewording();

    let output = wsaerr()
        .args(["--lang", "ko", "10060", "WSAECONNRESET", "--overlay"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stderr_of(&output), "");
    let reset = wsaerr::describe(Code::WSAECONNRESET, "ko-KR").unwrap();
    assert_eq!(
        stdout_of(&output),
        format!(
            "WSAETIMEDOUT (10060): {title}\n    {detail}\n\nWSAECONNRESET (10054): {}\n    {}\n",
            reset.title(),
            reset.detail()
        )
    );

    // `it` reaches the app's it-IT; what it does not write is English.
    let output = wsaerr()
        .args(["--lang", "it", "--json", "10060", "10054", "--overlay"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json[0]["locale"], "it-IT");
    assert_eq!(json[0]["title"], "Timeout della connessione.");
    assert_eq!(
        json[0]["detail"],
        "Il server remoto non ha risposto in tempo."
    );
    let english = wsaerr::describe(Code::WSAECONNRESET, "en-US").unwrap();
    assert_eq!(json[1]["locale"], "en-US");
    assert_eq!(json[1]["title"], english.title());
}

#[test]
fn list_export_and_search_read_the_overlay_too() {
    let dir = tempfile::tempdir().unwrap();
    good_overlay(dir.path());

    let output = wsaerr()
        .args(["list", "--lang", "it-IT", "--json", "--overlay"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let italian: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .filter(|text| text["locale"] == "it-IT")
        .map(|text| text["name"].as_str().unwrap())
        .collect();
    assert_eq!(italian, ["WSAETIMEDOUT", "WSAECONNREFUSED"]); // in numeric order
    assert_eq!(json.as_array().unwrap().len(), Code::ALL.len());

    let output = wsaerr()
        .args(["export", "--format", "json", "--lang", "it", "--overlay"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    assert!(stdout_of(&output).contains("\"Connessione rifiutata.\""));

    let output = wsaerr()
        .args(["search", "connessione", "rifiutata", "--overlay"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let first = stdout_of(&output).lines().next().map(str::to_owned);
    assert_eq!(
        first.as_deref(),
        Some("WSAECONNREFUSED (10061) [it-IT] Connessione rifiutata.")
    );
}

#[test]
fn check_overlay_is_clean_for_a_good_overlay() {
    let dir = tempfile::tempdir().unwrap();
    good_overlay(dir.path());
    std::fs::remove_dir_all(dir.path().join("it-IT")).unwrap();
    // Its record goes with it: a record for no locale is reported.
    std::fs::remove_file(dir.path().join(".translated-from-en-US/it-IT.txt")).unwrap();
    let output = wsaerr()
        .args(["check", "--overlay"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stdout_of(&output));
    assert_eq!(
        stdout_of(&output),
        "locale   messages  errors  warnings  untranslated  coverage\n\
         ko-KR       97/97       0         0             0    100.0%\n\
         1 locale checked: 0 errors, 0 warnings\n"
    );
    assert_eq!(stderr_of(&output), "");
}

#[test]
fn check_overlay_reports_only_the_messages_a_new_language_lacks() {
    let dir = tempfile::tempdir().unwrap();
    good_overlay(dir.path());
    let output = wsaerr()
        .args(["check", "--json", "--overlay"])
        .arg(dir.path())
        .output()
        .unwrap();
    // The Italian readers get English for every other code: errors, as in
    // any partial locale.
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    // Its warnings are the glossary terms it does not define yet.
    assert!(findings
        .iter()
        .filter(|finding| finding["severity"] == "warning")
        .all(|finding| finding["kind"] == "missing-term"));
    let missing: Vec<&str> = findings
        .iter()
        .filter(|finding| finding["severity"] == "error")
        .map(|finding| {
            assert_eq!(finding["locale"], "it-IT", "{finding}");
            assert_eq!(finding["kind"], "missing-message", "{finding}");
            finding["id"].as_str().unwrap()
        })
        .collect();
    // Every code but the two it writes, and every label.
    let expected: Vec<&str> = Code::ALL
        .iter()
        .map(|code| code.name())
        .filter(|name| !["WSAETIMEDOUT", "WSAECONNREFUSED"].contains(name))
        .chain(wsaerr::Label::ALL.iter().map(|label| label.id()))
        .collect();
    assert_eq!(missing, expected);
    let tags: Vec<&str> = report["locales"]
        .as_array()
        .unwrap()
        .iter()
        .map(|summary| summary["locale"].as_str().unwrap())
        .collect();
    assert_eq!(tags, ["it-IT", "ko-KR"]);
}

#[test]
fn a_broken_message_falls_back_to_the_built_in_korean_and_check_points_at_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("ko-KR")).unwrap();
    let file = dir.path().join("ko-KR").join("app.ftl");
    std::fs::write(
        &file,
        "WSAETIMEDOUT = 서버가 응답하지 않습니다.\n    .detail = { $server } 서버가 응답하지 않습니다.\n",
    )
    .unwrap();
    let builtin = wsaerr::describe(Code::WSAETIMEDOUT, "ko-KR").unwrap();

    let output = wsaerr()
        .args(["--lang", "ko-KR", "--json", "WSAETIMEDOUT", "--overlay"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json[0]["title"], "서버가 응답하지 않습니다.");
    assert_eq!(json[0]["detail"], builtin.detail());
    assert_eq!(json[0]["detail_locale"], "ko-KR");
    assert_eq!(
        stderr_of(&output),
        format!(
            "warning: {}:1:1: `WSAETIMEDOUT`: the detail cannot be shown (resolver error: Unknown variable: $server): the built-in text of the locale is used instead\n",
            file.display()
        )
    );

    let output = wsaerr()
        .args(["check", "--overlay"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stdout = stdout_of(&output);
    let errors: Vec<&str> = stdout
        .lines()
        .filter(|line| line.starts_with("error: "))
        .collect();
    assert_eq!(
        errors,
        [format!(
            "error: {}:2:17: [ko-KR] WSAETIMEDOUT: the en-US message has no `$server`: nothing fills it in, so the text cannot be shown [readers get the built-in ko-KR detail]",
            file.display()
        )]
    );
}

#[test]
fn a_message_lost_to_a_syntax_error_is_the_built_in_one_and_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("ko-KR")).unwrap();
    let file = dir.path().join("ko-KR").join("app.ftl");
    std::fs::write(&file, "WSAETIMEDOUT 시간 초과.\n    .detail = 응답 없음.\n").unwrap();

    let report = check_layered(dir.path()).unwrap();
    let errors: Vec<_> = report
        .findings
        .iter()
        .filter(|finding| finding.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(matches!(errors[0].kind, FindingKind::Syntax { .. }));
    assert_eq!(errors[0].file, file);
    assert_eq!(errors[0].position.map(|p| (p.line, p.column)), Some((1, 1)));
    assert_eq!(
        errors[0].builtin_instead,
        [TextPart::Title, TextPart::Detail]
    );
    assert!(errors[0].hides.is_empty());

    let catalog = Catalog::layered(dir.path()).unwrap();
    let text = catalog.describe(Code::WSAETIMEDOUT, "ko").unwrap();
    assert_eq!(text, wsaerr::describe(Code::WSAETIMEDOUT, "ko").unwrap());
}

#[test]
fn the_layered_catalog_holds_both_and_lists_the_apps_problems() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("it-IT")).unwrap();
    std::fs::write(dir.path().join("it-IT").join("app.ftl"), ITALIAN).unwrap();
    std::fs::create_dir(dir.path().join("ko-KR")).unwrap();
    // A title alone: the detail stays the built-in one, and the problem says so.
    std::fs::write(
        dir.path().join("ko-KR").join("app.ftl"),
        "# 앱의 문구\nWSAECONNREFUSED = 접속이 거부되었습니다.\n",
    )
    .unwrap();
    let catalog = Catalog::layered(dir.path()).unwrap();

    let mut expected: Vec<&str> = Catalog::embedded().locales().collect();
    expected.push("it-IT");
    expected.sort_unstable();
    assert_eq!(catalog.locales().collect::<Vec<_>>(), expected);
    assert_eq!(catalog.language("it-CH").tag(), "it-IT");
    for tag in Catalog::embedded().locales() {
        assert_eq!(catalog.language(tag).tag(), tag);
    }

    let refused = catalog.describe(Code::WSAECONNREFUSED, "ko").unwrap();
    let builtin = wsaerr::describe(Code::WSAECONNREFUSED, "ko").unwrap();
    assert_eq!(refused.title(), "접속이 거부되었습니다.");
    assert_eq!(refused.detail(), builtin.detail());
    assert_eq!(
        (refused.locale(), refused.detail_locale()),
        ("ko-KR", "ko-KR")
    );

    let problems = catalog.problems();
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].file, dir.path().join("ko-KR").join("app.ftl"));
    assert_eq!(
        problems[0].position.map(|p| (p.line, p.column)),
        Some((2, 1))
    );
    assert_eq!(
        problems[0].kind,
        LoadProblemKind::NotShownOverBuiltIn {
            id: "WSAECONNREFUSED".into(),
            part: "detail",
            reason: "the message has no `.detail`".into(),
        }
    );

    // The same folder alone has only what it writes.
    let alone = Catalog::from_dir(dir.path()).unwrap();
    let refused = alone.describe(Code::WSAECONNREFUSED, "ko").unwrap();
    assert_eq!(refused.detail_locale(), "en-US");
}

#[test]
fn overlay_and_locales_conflict_and_a_missing_folder_is_one_line() {
    let dir = tempfile::tempdir().unwrap();
    for command in [
        &["10060"][..],
        &["list"],
        &["check"],
        &["export", "--format", "json"],
        &["search", "timed", "out"],
    ] {
        let output = wsaerr()
            .args(command)
            .arg("--overlay")
            .arg(dir.path())
            .arg("--locales")
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{command:?}");
        assert!(
            stderr_of(&output).contains("'--overlay <DIR>' cannot be used with '--locales <DIR>'"),
            "{command:?}: {}",
            stderr_of(&output)
        );

        let missing = dir.path().join("nowhere");
        let output = wsaerr()
            .args(command)
            .arg("--overlay")
            .arg(&missing)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{command:?}");
        assert_eq!(
            stderr_of(&output),
            format!("error: `{}` is not a directory\n", missing.display()),
            "{command:?}"
        );
        assert!(output.stdout.is_empty(), "{command:?}");
    }
}
