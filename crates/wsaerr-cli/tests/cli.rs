//! The command line through its real binary: output, languages, exit status.

use assert_cmd::Command;
use serde_json::Value;
use wsaerr::{describe, Code};

mod common;
use common::{block, wsaerr};

fn stdout_of(command: &mut Command) -> String {
    let output = command.output().unwrap();
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn one_code_in_chinese() {
    let assert = wsaerr()
        .args(["10060", "--lang", "zh-CN"])
        .assert()
        .success();
    let out = String::from_utf8_lossy(&assert.get_output().stdout);
    assert!(
        out.starts_with("WSAETIMEDOUT (10060): 连接超时。\n    "),
        "{out}"
    );
    assert_eq!(out, block(10060, "zh-CN"));
}

#[test]
fn names_and_numbers_mixed_any_case() {
    let assert = wsaerr()
        .args(["wsaetimedout", "10054", "0x2741"])
        .assert()
        .success();
    let expected = [
        block(10060, "en-US"),
        block(10054, "en-US"),
        block(10049, "en-US"),
    ]
    .join("\n");
    assert_eq!(
        String::from_utf8_lossy(&assert.get_output().stdout),
        expected
    );
    assert!(assert.get_output().stderr.is_empty());
}

#[test]
fn unknown_codes_exit_1_and_the_known_ones_are_still_shown() {
    let assert = wsaerr()
        .args(["10060", "12345", "WSAEBOGUS"])
        .assert()
        .code(1);
    let output = assert.get_output();
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        block(10060, "en-US")
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: 12345 is not a Winsock error code\n\
         error: `WSAEBOGUS` is not a Winsock error code or name\n"
    );
}

#[test]
fn json_has_one_object_per_code() {
    let assert = wsaerr()
        .args(["10061", "WSANO_ADDRESS", "--json", "--lang", "ko"])
        .assert()
        .success();
    let json: Value = serde_json::from_slice(&assert.get_output().stdout).unwrap();
    let refused = describe(10061, "ko-KR").unwrap();
    let no_data = describe(11004, "ko-KR").unwrap();
    assert_eq!(
        json,
        serde_json::json!([
            {
                "code": 10061, "name": "WSAECONNREFUSED", "aliases": [], "group": "socket",
                "locale": "ko-KR", "detail_locale": "ko-KR",
                "title": refused.title(), "detail": refused.detail(),
            },
            {
                "code": 11004, "name": "WSANO_DATA", "aliases": ["WSANO_ADDRESS"],
                "group": "name-resolution", "locale": "ko-KR", "detail_locale": "ko-KR",
                "title": no_data.title(), "detail": no_data.detail(),
            },
        ])
    );
}

#[test]
fn list_shows_every_code_in_numeric_order() {
    let out = stdout_of(wsaerr().args(["list", "--lang", "zh"]));
    let expected: Vec<String> = Code::ALL
        .iter()
        .map(|code| block(code.value(), "zh-CN"))
        .collect();
    assert_eq!(out, expected.join("\n"));

    let json: Value = serde_json::from_str(&stdout_of(wsaerr().args(["list", "--json"]))).unwrap();
    let numbers: Vec<i64> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["code"].as_i64().unwrap())
        .collect();
    let all: Vec<i64> = Code::ALL.iter().map(|code| code.value().into()).collect();
    assert_eq!(numbers, all);
    assert!(json
        .as_array()
        .unwrap()
        .iter()
        .all(|o| o["locale"] == "en-US"));
}

#[test]
fn language_comes_from_the_environment_when_not_given() {
    let locale_of = |command: &mut Command| -> String {
        let json: Value = serde_json::from_str(&stdout_of(command)).unwrap();
        json[0]["locale"].as_str().unwrap().to_owned()
    };
    assert_eq!(
        locale_of(
            wsaerr()
                .args(["10060", "--json"])
                .env("LANG", "ko_KR.UTF-8")
        ),
        "ko-KR"
    );
    // LC_ALL wins over LC_MESSAGES, which wins over LANG; empty ones are skipped.
    assert_eq!(
        locale_of(
            wsaerr()
                .args(["10060", "--json"])
                .env("LC_ALL", "zh_CN.UTF-8")
                .env("LC_MESSAGES", "ko_KR.UTF-8")
                .env("LANG", "en_US.UTF-8")
        ),
        "zh-CN"
    );
    assert_eq!(
        locale_of(
            wsaerr()
                .args(["10060", "--json"])
                .env("LC_ALL", "")
                .env("LC_MESSAGES", "ko_KR.UTF-8")
                .env("LANG", "zh_CN.UTF-8")
        ),
        "ko-KR"
    );
    // --lang wins over the environment; C means English.
    assert_eq!(
        locale_of(
            wsaerr()
                .args(["10060", "--json", "--lang", "zh"])
                .env("LC_ALL", "ko_KR")
        ),
        "zh-CN"
    );
    assert_eq!(
        locale_of(wsaerr().args(["10060", "--json"]).env("LANG", "C")),
        "en-US"
    );
    assert_eq!(locale_of(wsaerr().args(["10060", "--json"])), "en-US");
}

#[test]
fn a_catalog_folder_previews_edits() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("ja-JP")).unwrap();
    std::fs::write(
        dir.path().join("ja-JP/winsock.ftl"),
        "WSAETIMEDOUT = 接続がタイムアウトしました。\n    .detail = 応答がありません。\n",
    )
    .unwrap();
    let assert = wsaerr()
        .args(["10060", "--lang", "ja", "--locales"])
        .arg(dir.path())
        .assert()
        .success();
    assert_eq!(
        String::from_utf8_lossy(&assert.get_output().stdout),
        "WSAETIMEDOUT (10060): 接続がタイムアウトしました。\n    応答がありません。\n"
    );
}

#[test]
fn catalog_folder_problems_are_warnings() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("ko-KR")).unwrap();
    std::fs::write(
        dir.path().join("ko-KR/winsock.ftl"),
        "WSAETIMEDOUT = 시간 초과.\nbroken\n",
    )
    .unwrap();
    let assert = wsaerr()
        .args(["10060", "--lang", "ko", "--locales"])
        .arg(dir.path())
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.starts_with("warning: "), "{stderr}");
    // The path as the platform writes it: `ko-KR\winsock.ftl` on Windows.
    let file = std::path::Path::new("ko-KR").join("winsock.ftl");
    assert!(
        stderr.contains(&format!("{}:2:7: syntax error", file.display())),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&assert.get_output().stdout)
        .starts_with("WSAETIMEDOUT (10060): 시간 초과.\n"));
}

#[test]
fn bad_usage_exits_2() {
    wsaerr().assert().code(2);
    wsaerr().args(["10060", "--no-such-flag"]).assert().code(2);
    wsaerr().args(["10060", "--lang"]).assert().code(2);
    let assert = wsaerr()
        .args(["10060", "--locales", "/definitely/not/here"])
        .assert()
        .code(2);
    assert_eq!(
        String::from_utf8_lossy(&assert.get_output().stderr),
        "error: `/definitely/not/here` is not a directory\n"
    );
    assert!(assert.get_output().stdout.is_empty());
    let empty = tempfile::tempdir().unwrap();
    wsaerr()
        .arg("list")
        .arg("--locales")
        .arg(empty.path())
        .assert()
        .code(2);
}

#[test]
fn help_and_version_succeed() {
    let help = stdout_of(wsaerr().arg("--help"));
    // clap names the program as it was started: `wsaerr.exe` on Windows.
    let usage = format!(
        "Usage: wsaerr{} [OPTIONS] [CODE|NAME]...",
        std::env::consts::EXE_SUFFIX
    );
    assert!(help.contains(&usage), "{help}");
    let version = stdout_of(wsaerr().arg("--version"));
    assert_eq!(version, format!("wsaerr {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn the_binary_works_when_moved_away_from_the_source_tree() {
    let dir = tempfile::tempdir().unwrap();
    let moved = dir
        .path()
        .join(format!("wsaerr-moved{}", std::env::consts::EXE_SUFFIX));
    std::fs::copy(env!("CARGO_BIN_EXE_wsaerr"), &moved).unwrap();
    let output = std::process::Command::new(&moved)
        .args(["10060", "--lang", "ko"])
        .current_dir(dir.path())
        .env_remove("LC_ALL")
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        block(10060, "ko-KR")
    );
}

/// The end of the help of each command that chooses a language from the
/// environment.
const ENVIRONMENT: &str = "\
Environment (read when --lang is not given):
  LANGUAGE     The languages wanted, in order (ko:ja)
  LC_ALL       The locale (ko_KR.UTF-8)
  LC_MESSAGES  The locale, when LC_ALL is not set
  LANG         The locale, when neither LC_ALL nor LC_MESSAGES is set
LANGUAGE counts only with a locale set that is not C or POSIX. With none of
them, the system's languages on Windows and macOS, else en-US.
";

#[test]
fn each_command_s_help_names_the_variables_it_reads() {
    for args in [
        &["--help"][..],
        &["-h"],
        &["list", "--help"],
        &["export", "--help"],
        &["help", "export"],
    ] {
        let output = wsaerr().args(args).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        let help = String::from_utf8(output.stdout).unwrap();
        assert!(
            help.ends_with(&format!("\n\n{ENVIRONMENT}")),
            "{args:?}: {help}"
        );
    }
    // These read no variable, and their help names none.
    for command in [
        "check",
        "new-locale",
        "mark-current",
        "search",
        "completions",
    ] {
        let output = wsaerr().args([command, "--help"]).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{command}");
        let help = String::from_utf8(output.stdout).unwrap();
        for name in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "Environment"] {
            assert!(!help.contains(name), "{command}: {help}");
        }
    }
}

#[test]
fn into_a_pipe_each_part_stays_one_line() {
    let catalog = wsaerr::Catalog::embedded();
    for tag in ["en-US", "ja-JP", "ko-KR", "ar-SA"] {
        let text = catalog
            .language(tag)
            .description(wsaerr::Code::WSAETIMEDOUT);
        wsaerr()
            .args(["10060", "--lang", tag])
            .assert()
            .code(0)
            .stdout(format!(
                "WSAETIMEDOUT (10060): {}\n    {}\n",
                text.title(),
                text.detail()
            ))
            .stderr("");
    }
    wsaerr()
        .args(["10060", "--lang", "ja"])
        .assert()
        .stdout(
            "WSAETIMEDOUT (10060): 接続がタイムアウトしました。\n    \
             接続の確立中、または確立済みの接続で、相手側が時間内に応答しませんでした。\
             リモートホストがオフラインか過負荷の状態にあるか、ファイアウォールが通信を通知なしに\
             破棄している可能性があります。アドレス、ポート、ファイアウォールの設定を確認してください。\n",
        );
}
