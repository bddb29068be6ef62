//! Stale translations through the real binary: the English changes, the
//! translation is reported stale with the English as it was and as it is,
//! a translator marks it current, and the check is clean again.

use std::path::Path;
use std::process::{Command, Output};

use assert_cmd::cargo::CommandCargoExt;

fn wsaerr(args: &[&str], dir: &Path) -> Output {
    Command::cargo_bin("wsaerr")
        .unwrap()
        .args(args)
        .arg("--locales")
        .arg(dir)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The shipped en-US and ko-KR, with ko-KR's record, in a folder of their own.
fn shipped_korean() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    for tag in ["en-US", "ko-KR"] {
        std::fs::create_dir(dir.path().join(tag)).unwrap();
        for file in std::fs::read_dir(shipped.join(tag)).unwrap() {
            let file = file.unwrap().path();
            std::fs::copy(&file, dir.path().join(tag).join(file.file_name().unwrap())).unwrap();
        }
    }
    let records = dir.path().join(".translated-from-en-US");
    std::fs::create_dir(&records).unwrap();
    std::fs::copy(
        shipped.join(".translated-from-en-US/ko-KR.txt"),
        records.join("ko-KR.txt"),
    )
    .unwrap();
    dir
}

#[test]
fn english_changes_then_the_translation_is_stale_until_marked_current() {
    let dir = shipped_korean();
    let root = dir.path();
    let clean = wsaerr(&["check"], root);
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));

    let english = root.join("en-US").join("winsock.ftl");
    let text = std::fs::read_to_string(&english).unwrap();
    let changed = text.replace(
        "WSAETIMEDOUT = Connection timed out.",
        "WSAETIMEDOUT = The connection timed out.",
    );
    assert_ne!(text, changed);
    std::fs::write(&english, changed).unwrap();

    let stale = wsaerr(&["check"], root);
    assert_eq!(stale.status.code(), Some(1));
    let korean = std::fs::read_to_string(root.join("ko-KR").join("winsock.ftl")).unwrap();
    let line = korean
        .lines()
        .position(|line| line.starts_with("WSAETIMEDOUT ="))
        .unwrap()
        + 1;
    let expected = format!(
        "error: {}:{line}:1: [ko-KR] WSAETIMEDOUT: the en-US text changed since this was translated: it was \"Connection timed out.\", it is now \"The connection timed out.\"; update the translation, then run `wsaerr mark-current`\n",
        root.join("ko-KR").join("winsock.ftl").display()
    );
    let report = stdout(&stale);
    assert!(report.starts_with(&expected), "{report}");
    assert!(
        report.ends_with("2 locales checked: 1 error, 0 warnings\n"),
        "{report}"
    );

    let typo = wsaerr(&["mark-current", "ko-KR", "WSAETIMEOUT"], root);
    assert_eq!(typo.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&typo.stderr),
        "error: `WSAETIMEOUT` is not a Winsock code name or a label (did you mean `WSAETIMEDOUT`?)\n"
    );

    let marked = wsaerr(&["mark-current", "ko-KR", "WSAETIMEDOUT"], root);
    assert_eq!(marked.status.code(), Some(0));
    assert_eq!(
        stdout(&marked),
        format!(
            "marked 1 message of ko-KR current in {}\n",
            root.join(".translated-from-en-US")
                .join("ko-KR.txt")
                .display()
        )
    );
    let record =
        std::fs::read_to_string(root.join(".translated-from-en-US").join("ko-KR.txt")).unwrap();
    assert!(record.contains("\nWSAETIMEDOUT\n    title: The connection timed out.\n"));

    let again = wsaerr(&["check"], root);
    assert_eq!(again.status.code(), Some(0), "{}", stdout(&again));
}

#[test]
fn english_itself_has_nothing_to_mark_and_a_missing_locale_is_named() {
    let dir = shipped_korean();
    let english = wsaerr(&["mark-current", "en-US"], dir.path());
    assert_eq!(english.status.code(), Some(2));
    let missing = wsaerr(&["mark-current", "fr-FR"], dir.path());
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("`fr-FR` is not a locale folder"));
}

#[test]
fn a_tag_not_written_canonically_gets_the_spelling_new_locale_suggests() {
    let dir = shipped_korean();
    for command in ["mark-current", "new-locale"] {
        let output = wsaerr(&[command, "ko_KR"], dir.path());
        assert_eq!(output.status.code(), Some(2), "{command}");
        assert_eq!(stdout(&output), "", "{command}");
        assert_eq!(
            String::from_utf8_lossy(&output.stderr),
            "error: `ko_KR` is not written canonically: use `ko-KR`\n",
            "{command}"
        );
    }
    let ids = wsaerr(&["mark-current", "ko-kr", "WSAETIMEDOUT"], dir.path());
    assert_eq!(ids.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&ids.stderr),
        "error: `ko-kr` is not written canonically: use `ko-KR`\n"
    );
}

#[test]
fn a_new_locale_starts_with_its_record() {
    let dir = tempfile::tempdir().unwrap();
    let created = Command::cargo_bin("wsaerr")
        .unwrap()
        .args(["new-locale", "pt-BR", "--locales"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(created.status.code(), Some(0));
    assert!(dir
        .path()
        .join(".translated-from-en-US/pt-BR.txt")
        .is_file());
    // The locale's own folder holds only its Fluent files.
    let names: Vec<_> = std::fs::read_dir(dir.path().join("pt-BR"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert_eq!(names, ["winsock.ftl"]);
    let report = wsaerr(&["check", "--json"], dir.path());
    let json: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    let kinds: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|finding| finding["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.iter().all(|kind| *kind == "untranslated"),
        "{kinds:?}"
    );
}

/// Runs of `mark-current` at once on one locale, each marking other messages:
/// every run that exits 0 has its marks in the record afterwards.
#[test]
fn concurrent_runs_never_lose_a_mark_they_report() {
    let dir = shipped_korean();
    let records = dir.path().join(".translated-from-en-US");
    std::fs::remove_file(records.join("ko-KR.txt")).unwrap();
    let ids = [
        "WSAEINTR",
        "WSAEACCES",
        "WSAEFAULT",
        "WSAEINVAL",
        "WSAEMFILE",
        "WSAEWOULDBLOCK",
        "WSAEINPROGRESS",
        "WSAEALREADY",
    ];
    for round in 0..3 {
        let children: Vec<_> = ids
            .iter()
            .map(|id| {
                Command::cargo_bin("wsaerr")
                    .unwrap()
                    .args(["mark-current", "ko-KR", id, "--locales"])
                    .arg(dir.path())
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let mut succeeded = Vec::new();
        let mut failed = Vec::new();
        for (child, id) in children.into_iter().zip(ids) {
            let output = child.wait_with_output().unwrap();
            if output.status.code() == Some(0) {
                succeeded.push(id);
            } else {
                failed.push(format!("{id}: {}", String::from_utf8_lossy(&output.stderr)));
            }
        }
        assert_eq!(failed, Vec::<String>::new(), "round {round}");
        let record = std::fs::read_to_string(records.join("ko-KR.txt")).unwrap();
        for id in succeeded {
            assert!(
                record.contains(&format!("\n{id}\n")),
                "round {round}: {id} lost"
            );
        }
    }
}

/// A link planted where the record goes is replaced, never written through.
#[cfg(unix)]
#[test]
fn a_record_that_is_a_link_out_of_the_tree_is_replaced_not_followed() {
    let dir = shipped_korean();
    let outside = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(outside.path(), "precious").unwrap();
    let record = dir.path().join(".translated-from-en-US/ko-KR.txt");
    std::fs::remove_file(&record).unwrap();
    std::os::unix::fs::symlink(outside.path(), &record).unwrap();
    let marked = wsaerr(&["mark-current", "ko-KR", "WSAEINTR"], dir.path());
    assert_eq!(marked.status.code(), Some(0), "{}", stdout(&marked));
    assert_eq!(std::fs::read_to_string(outside.path()).unwrap(), "precious");
    assert!(!std::fs::symlink_metadata(&record)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(std::fs::read_to_string(&record)
        .unwrap()
        .contains("\nWSAEINTR\n"));
}

/// The same message named four ways is one message marked; a message the
/// locale does not have is an error, never "marked 0" with success.
#[test]
fn marks_are_counted_once_and_only_for_messages_the_locale_has() {
    let dir = shipped_korean();
    let marked = wsaerr(
        &[
            "mark-current",
            "ko-KR",
            "WSAEINTR",
            "WSAEINTR",
            "wsaeintr",
            "EINTR",
        ],
        dir.path(),
    );
    assert_eq!(marked.status.code(), Some(0));
    assert!(stdout(&marked).starts_with("marked 1 message of ko-KR current in "));

    let file = dir.path().join("ko-KR/winsock.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let start = text.find("\nWSAEACCES =").unwrap() + 1;
    let end = start + text[start..].find("\n\n").unwrap() + 1;
    std::fs::write(&file, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let missing = wsaerr(&["mark-current", "ko-KR", "WSAEACCES"], dir.path());
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&missing.stderr).contains("`WSAEACCES` has no message in `ko-KR`")
    );
}

/// An app's overlay whose en-US defines only some codes: the record holds
/// the layered English the checker compares against.
#[test]
fn an_overlay_records_the_layered_english() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("en-US")).unwrap();
    std::fs::write(
        dir.path().join("en-US/app.ftl"),
        "WSAETIMEDOUT = The server took too long.\n    .detail = Try again later.\n",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("ko-KR")).unwrap();
    let korean = wsaerr::describe(10054, "ko-KR").unwrap();
    std::fs::write(
        dir.path().join("ko-KR/app.ftl"),
        format!(
            "WSAECONNRESET = {}\n    .detail = {}\n",
            korean.title(),
            korean.detail()
        ),
    )
    .unwrap();
    let marked = wsaerr(&["mark-current", "ko-KR", "WSAECONNRESET"], dir.path());
    assert_eq!(
        marked.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&marked.stderr)
    );
    assert!(stdout(&marked).starts_with("marked 1 message of ko-KR current"));
    let check = Command::cargo_bin("wsaerr")
        .unwrap()
        .args(["check", "--strict", "--overlay"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
}

/// A record replaced by something that is no record stays an error: the
/// check never turns stale errors into quieter findings.
#[test]
fn a_record_replaced_by_something_unreadable_is_an_error() {
    for replace in ["garbage", "not utf-8", "folder"] {
        let dir = shipped_korean();
        let record = dir.path().join(".translated-from-en-US/ko-KR.txt");
        std::fs::remove_file(&record).unwrap();
        match replace {
            "garbage" => std::fs::write(&record, "WSAEINTR\n    title: whatever\n").unwrap(),
            "not utf-8" => std::fs::write(&record, b"# The en-US text each \xff\n").unwrap(),
            _ => std::fs::create_dir(&record).unwrap(),
        }
        let check = wsaerr(&["check"], dir.path());
        assert_eq!(
            check.status.code(),
            Some(1),
            "{replace}: {}",
            stdout(&check)
        );
        assert!(
            stdout(&check).contains("ko-KR.txt: [ko-KR] cannot read: the record")
                || stdout(&check)
                    .contains("ko-KR.txt: [.translated-from-en-US] cannot read: the record"),
            "{replace}: {}",
            stdout(&check)
        );
    }
}
