//! The exit status is true whatever happens to the output: a check that
//! found errors never exits 0 because its reader went away, and output lost
//! to a full disk is a failure. What the command line echoes back cannot
//! drive the terminal.

use std::process::{Command, Stdio};

mod common;
use common::wsaerr_process as wsaerr;

fn broken_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("ko-KR")).unwrap();
    std::fs::write(
        dir.path().join("ko-KR").join("winsock.ftl"),
        "WSAEINTR = {\n",
    )
    .unwrap();
    dir
}

/// The status of `command` when its stdout is a pipe whose reader is gone
/// before it writes anything (`… | true`).
fn status_into_a_closed_pipe(command: &mut Command) -> Option<i32> {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    child.wait().unwrap().code()
}

#[test]
fn a_failed_check_into_a_closed_pipe_still_exits_1() {
    let dir = broken_tree();
    let mut check = wsaerr();
    check.args(["check", "--locales"]).arg(dir.path());
    assert_eq!(status_into_a_closed_pipe(&mut check), Some(1));
    let mut json = wsaerr();
    json.args(["check", "--json", "--locales"]).arg(dir.path());
    assert_eq!(status_into_a_closed_pipe(&mut json), Some(1));
}

#[test]
fn an_unusable_folder_into_a_closed_pipe_still_exits_2() {
    let mut check = wsaerr();
    check.args(["check", "--locales", "/definitely/not/here"]);
    assert_eq!(status_into_a_closed_pipe(&mut check), Some(2));
}

#[test]
fn an_unknown_code_into_a_closed_pipe_still_exits_1() {
    let mut show = wsaerr();
    show.args(["10060", "WSAEBOGUS"]);
    assert_eq!(status_into_a_closed_pipe(&mut show), Some(1));
    let mut clean = wsaerr();
    clean.args(["list"]);
    assert_eq!(status_into_a_closed_pipe(&mut clean), Some(0));
}

#[cfg(target_os = "linux")]
#[test]
fn output_lost_to_a_full_disk_fails() {
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    for args in [
        vec!["--help"],
        vec!["--version"],
        vec!["list"],
        vec!["10060"],
    ] {
        let output = wsaerr().args(&args).stdout(full()).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.starts_with("error: cannot write the output: "),
            "{stderr}"
        );
    }
    // A failed check stays a failed check.
    let dir = broken_tree();
    let output = wsaerr()
        .args(["check", "--locales"])
        .arg(dir.path())
        .stdout(full())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn escape_sequences_in_arguments_are_not_echoed_raw() {
    let output = wsaerr()
        .arg("\u{1b}]0;owned\u{7}\u{1b}[2J")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: `\\u{1b}]0;owned\\u{7}\\u{1b}[2J` is not a Winsock error code or name\n"
    );
}

#[test]
fn escape_sequences_in_a_catalog_are_not_printed_raw() {
    let dir = tempfile::tempdir().unwrap();
    let korean = dir.path().join("ko-KR");
    std::fs::create_dir(&korean).unwrap();
    std::fs::write(
        korean.join("winsock.ftl"),
        "WSAEINTR = 중단\u{1b}[31m.\n    .detail = \u{202e}호출이 중단되었습니다.\n",
    )
    .unwrap();
    let output = wsaerr()
        .args(["WSAEINTR", "--lang", "ko", "--locales"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "WSAEINTR (10004): 중단\\u{1b}[31m.\n    \\u{202e}호출이 중단되었습니다.\n"
    );
    // The checker reports the control character, and shows the line escaped.
    let output = wsaerr()
        .args(["check", "--locales"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!stdout.contains('\u{1b}'), "{stdout}");
    assert!(stdout.contains("control character U+001B"), "{stdout}");
}

#[test]
fn a_sign_after_0x_is_no_code() {
    let output = wsaerr().arg("0x+274C").output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: `0x+274C` is not a Winsock error code or name\n"
    );
}
