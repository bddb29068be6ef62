//! The command line with the names people type (errno spellings, typos) and
//! the languages their systems state (`LANGUAGE` lists, odd codesets).

use assert_cmd::Command;
use serde_json::Value;

mod common;
use common::{block, wsaerr};

/// The locale and name of each code described, from `--json` output.
fn shown(command: &mut Command) -> Vec<(String, String)> {
    let output = command.output().unwrap();
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    json.as_array()
        .unwrap()
        .iter()
        .map(|text| {
            (
                text["locale"].as_str().unwrap().to_owned(),
                text["name"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn errno_spellings_name_their_winsock_twin_in_any_case() {
    let found = shown(wsaerr().args(["ECONNREFUSED", "etimedout", "EWouldBlock", "--json"]));
    let names: Vec<&str> = found.iter().map(|(_, name)| name.as_str()).collect();
    assert_eq!(names, ["WSAECONNREFUSED", "WSAETIMEDOUT", "WSAEWOULDBLOCK"]);
}

#[test]
fn a_mistyped_code_name_gets_a_suggestion() {
    wsaerr()
        .arg("WSAETIMEOUT")
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            "error: `WSAETIMEOUT` is not a Winsock error code or name \
             (did you mean `WSAETIMEDOUT`?)\n",
        );
    wsaerr().arg("ECONREFUSED").assert().code(1).stderr(
        "error: `ECONREFUSED` is not a Winsock error code or name \
         (did you mean `WSAECONNREFUSED`?)\n",
    );
}

#[test]
fn a_mistyped_subcommand_gets_a_suggestion() {
    for (typed, meant) in [
        ("lst", "list"),
        ("chek", "check"),
        ("new-locle", "new-locale"),
    ] {
        wsaerr().arg(typed).assert().code(1).stderr(format!(
            "error: `{typed}` is not a Winsock error code or name (did you mean `wsaerr {meant}`?)\n"
        ));
    }
}

#[test]
fn a_word_close_to_nothing_gets_no_suggestion() {
    wsaerr().arg("hello-world").assert().code(1).stderr(
        "error: `hello-world` is not a Winsock error code or name; \
             to find codes by words, run `wsaerr search hello-world`\n",
    );
    // A huge argument is answered at once, without a suggestion. (Windows
    // refuses command lines past 32,767 characters, so it stays below that.)
    let huge = "WSAE".repeat(8_000);
    let output = wsaerr().arg(&huge).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(!String::from_utf8_lossy(&output.stderr).contains("did you mean"));
}

#[test]
fn the_language_list_comes_first_then_the_locale() {
    let locale = |command: &mut Command| shown(command)[0].0.clone();
    assert_eq!(
        locale(
            wsaerr()
                .args(["10060", "--json"])
                .env("LANGUAGE", "it:ko:zh_CN")
                .env("LANG", "zh_CN.UTF-8")
        ),
        "ko-KR"
    );
    // No language of the list is held: the locale's is.
    assert_eq!(
        locale(
            wsaerr()
                .args(["10060", "--json"])
                .env("LANGUAGE", "it:nl")
                .env("LANG", "zh_CN.UTF-8")
        ),
        "zh-CN"
    );
    // gettext ignores LANGUAGE in the C locale.
    assert_eq!(
        locale(
            wsaerr()
                .args(["10060", "--json"])
                .env("LANGUAGE", "ko")
                .env("LC_ALL", "C")
        ),
        "en-US"
    );
}

#[cfg(unix)]
#[test]
fn a_codeset_that_is_no_text_keeps_the_language() {
    use std::os::unix::ffi::OsStrExt;
    let lang = std::ffi::OsStr::from_bytes(b"ko_KR.\xff");
    let found = shown(wsaerr().args(["10060", "--json"]).env("LANG", lang));
    assert_eq!(found[0].0, "ko-KR");
}

#[test]
fn a_language_without_an_edition_is_noted_once_and_english_is_shown() {
    let english = wsaerr().args(["10060", "--lang", "en"]).output().unwrap();
    assert_eq!(english.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&english.stderr), "");
    for (lang, note) in [
        (
            "it",
            "note: no edition matches `--lang it`; showing en-US\n",
        ),
        (
            "jp",
            "note: no edition matches `--lang jp`; showing en-US (did you mean `--lang ja-JP`?)\n",
        ),
        (
            "kr",
            "note: no edition matches `--lang kr`; showing en-US (did you mean `--lang ko-KR`?)\n",
        ),
    ] {
        wsaerr()
            .args(["10060", "WSAECONNREFUSED", "--lang", lang])
            .assert()
            .code(0)
            .stdout(english_two_codes())
            .stderr(note);
    }
    // Unknown codes keep their status; the note comes first, once.
    wsaerr()
        .args(["list", "--json", "--lang", "cn"])
        .assert()
        .code(0)
        .stderr(
            "note: no edition matches `--lang cn`; showing en-US (did you mean `--lang zh-CN`?)\n",
        );
    wsaerr()
        .args(["10060", "12345", "--lang", "ua"])
        .assert()
        .code(1)
        .stderr(
            "note: no edition matches `--lang ua`; showing en-US\n\
             error: 12345 is not a Winsock error code\n",
        );
    let searched = wsaerr()
        .args(["search", "connection", "refused", "--lang", "br"])
        .assert()
        .code(0)
        .stderr(
            "note: no edition matches `--lang br`; showing en-US (did you mean `--lang pt-BR`?)\n",
        );
    let stdout = String::from_utf8_lossy(&searched.get_output().stdout);
    assert!(
        stdout.starts_with("WSAECONNREFUSED (10061) [en-US] Connection refused.\n"),
        "{stdout}"
    );
    let page = wsaerr()
        .args(["export", "--format", "json", "--lang", "sa"])
        .output()
        .unwrap();
    assert_eq!(page.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&page.stderr),
        "note: no edition matches `--lang sa`; showing en-US (did you mean `--lang ar-SA`?)\n"
    );
}

#[test]
fn languages_that_reach_an_edition_and_the_environment_get_no_note() {
    for lang in ["pt", "de-AT", "zh-Hant", "en-GB", "ko_KR.UTF-8", "it, ja"] {
        let output = wsaerr().args(["10060", "--lang", lang]).output().unwrap();
        assert_eq!(output.status.code(), Some(0), "{lang}");
        assert_eq!(String::from_utf8_lossy(&output.stderr), "", "{lang}");
    }
    // Only an explicit --lang: the environment's languages are no request
    // to answer.
    let output = wsaerr()
        .arg("10060")
        .env("LANG", "it_IT.UTF-8")
        .env("LANGUAGE", "jp")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert!(String::from_utf8_lossy(&output.stdout)
        .starts_with("WSAETIMEDOUT (10060): Connection timed out.\n"));
}

/// WSAETIMEDOUT and WSAECONNREFUSED as the English edition shows them.
fn english_two_codes() -> String {
    [block(10060, "en-US"), block(10061, "en-US")].join("\n")
}

#[test]
fn hresults_wrapping_a_code_are_that_code_and_others_are_named_as_typed() {
    let found = shown(wsaerr().args(["0x80072746", "-2147014842", "１００６０", "--json"]));
    let names: Vec<&str> = found.iter().map(|(_, name)| name.as_str()).collect();
    assert_eq!(names, ["WSAECONNRESET", "WSAECONNRESET", "WSAETIMEDOUT"]);
    wsaerr()
        .args(["0x80004005", "-2147467259"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            "error: `0x80004005` is an HRESULT that wraps no Winsock error code\n\
             error: `-2147467259` is an HRESULT that wraps no Winsock error code\n",
        );
}
