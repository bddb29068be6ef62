//! The command line given what it cannot use: a clear one-line error and
//! exit status 2; and a reader that stops early is a normal end.

use std::ffi::OsString;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

mod common;
use common::wsaerr_process as wsaerr;

/// `before`, a unit no Unicode text has (a byte 0xFF on Unix, an unpaired
/// surrogate on Windows), then `after`.
fn not_unicode(before: &str, after: &str) -> OsString {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        OsString::from_vec([before.as_bytes(), b"\xff", after.as_bytes()].concat())
    }
    #[cfg(windows)]
    {
        use std::os::windows::ffi::OsStringExt;
        let units: Vec<u16> = before
            .encode_utf16()
            .chain([0xD800])
            .chain(after.encode_utf16())
            .collect();
        OsString::from_wide(&units)
    }
}

/// Exit status 2, nothing on stdout, and an error on stderr that mentions `expected`.
fn assert_usage_error(command: &mut Command, expected: &str) {
    let output = command.output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "stderr: {stderr}");
    assert!(
        output.stdout.is_empty(),
        "stdout: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(stderr.to_lowercase().contains("error"), "stderr: {stderr}");
    assert!(
        stderr.contains(expected),
        "expected {expected:?} in: {stderr}"
    );
}

#[test]
fn a_code_that_is_not_utf8_is_a_usage_error() {
    let argument = not_unicode("WSAE", "TIMEDOUT");
    assert_usage_error(wsaerr().arg(argument), "UTF-8");
}

#[test]
fn a_language_that_is_not_utf8_is_a_usage_error() {
    let argument = not_unicode("ko", "");
    assert_usage_error(wsaerr().arg("10060").arg("--lang").arg(argument), "UTF-8");
}

#[test]
fn a_missing_locales_folder_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-folder");
    assert_usage_error(
        wsaerr().arg("10060").arg("--locales").arg(&missing),
        "no-such-folder",
    );
}

#[test]
fn a_file_given_as_locales_folder_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("winsock.ftl");
    std::fs::write(&file, "WSAEINTR = x\n").unwrap();
    assert_usage_error(
        wsaerr().arg("10060").arg("--locales").arg(&file),
        "winsock.ftl",
    );
}

#[test]
#[cfg_attr(
    windows,
    ignore = "uses Unix permission bits; Windows controls reading with ACLs"
)]
fn an_unreadable_locales_folder_is_a_usage_error() {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;

        let dir = tempfile::tempdir().unwrap();
        let locked = dir.path().join("locked");
        std::fs::create_dir(&locked).unwrap();
        std::fs::create_dir(locked.join("en-US")).unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        let readable_anyway = std::fs::read_dir(&locked).is_ok();
        if readable_anyway {
            // Running as root (or with CAP_DAC_OVERRIDE): permissions do not stop
            // reading, so there is no unreadable folder to test with here.
            std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
            eprintln!("note: skipped, permissions do not block reading for this user (root?)");
            return;
        }
        let mut command = wsaerr();
        command.arg("10060").arg("--locales").arg(&locked);
        let output = command.output().unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "stderr: {stderr}");
        assert!(stderr.contains("locked"), "stderr: {stderr}");
    }
}

#[test]
fn a_locales_folder_without_locales_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    assert_usage_error(
        wsaerr().arg("10060").arg("--locales").arg(dir.path()),
        "no locale folder",
    );
}

#[test]
fn list_into_a_reader_that_stops_after_one_line_ends_quietly() {
    let mut child = wsaerr()
        .args(["list", "--lang", "zh-CN"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // Reader dropped here: the pipe is closed, like `wsaerr list | head -1`.
    let output = child.wait_with_output().unwrap();
    assert!(first.starts_with("WSA_INVALID_HANDLE (6): "), "{first}");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn list_as_json_into_a_closed_pipe_ends_quietly() {
    let output = common::output_into_a_closed_pipe(wsaerr().args(["list", "--json"]));
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}
