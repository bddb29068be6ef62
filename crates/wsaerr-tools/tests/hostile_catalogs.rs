//! Catalogs written to break things: each one the loader must survive and the
//! checker must report exactly, because readers would see English, a blank,
//! a bare id or a placeable instead of the locale's text.

use std::path::Path;

use wsaerr::{Catalog, Code, TextPart};
use wsaerr_tools::check::{check_dir, check_embedded, Finding, FindingKind, Report, Severity};

/// A catalog folder with one file per `(locale, text)`.
fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (locale, text) in files {
        std::fs::create_dir_all(dir.path().join(locale)).unwrap();
        std::fs::write(dir.path().join(locale).join("winsock.ftl"), text).unwrap();
    }
    dir
}

/// A finding as stated here: its check's id, the parts it hides, its line and column.
type Stated = (&'static str, Vec<TextPart>, Option<(usize, usize)>);

/// The findings about one message id.
fn about(report: &Report, id: &str) -> Vec<Stated> {
    report
        .findings
        .iter()
        .filter(|finding| finding.id.as_deref() == Some(id))
        .map(|finding| {
            (
                finding.kind.id(),
                finding.hides.clone(),
                finding.position.map(|p| (p.line, p.column)),
            )
        })
        .collect()
}

const BOTH: [TextPart; 2] = [TextPart::Title, TextPart::Detail];

fn not_shown<'r>(report: &'r Report, id: &str) -> Vec<&'r Finding> {
    report
        .findings
        .iter()
        .filter(|finding| finding.id.as_deref() == Some(id) && finding.kind.id() == "not-shown")
        .collect()
}

#[test]
fn twelve_thousand_braces_are_reported_not_a_crash() {
    let text = format!("WSAEINTR = {}\n", "{".repeat(12_000));
    let dir = tree(&[("ko-KR", &text)]);
    let report = check_dir(dir.path()).unwrap();
    assert_eq!(
        about(&report, "WSAEINTR"),
        [("too-deep", BOTH.to_vec(), Some((1, 1)))]
    );
    let catalog = Catalog::from_dir(dir.path()).unwrap();
    assert_eq!(catalog.describe(10004, "ko-KR").unwrap().locale(), "en-US");
}

#[test]
fn deep_nesting_on_a_small_stack_does_not_abort_the_host() {
    // About 3 KB of nesting aborted a host thread with a 2 MiB stack before
    // the guard; now the parser never sees it, however deep.
    let mut text = "WSAEINTR = 중단.\n    .detail = 호출이 중단되었습니다.\n".to_owned();
    text.push_str(&format!("WSAEACCES = {}x\n", "{ ".repeat(40_000)));
    text.push_str(&format!("WSAEFAULT = {{ {}x }}\n", "F(".repeat(40_000)));
    let dir = tree(&[("ko-KR", &text)]);
    let path = dir.path().to_owned();
    let (kinds, locale) = std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || {
            let catalog = Catalog::from_dir(&path).unwrap();
            let report = check_dir(&path).unwrap();
            let kinds: Vec<_> = ["WSAEACCES", "WSAEFAULT"]
                .iter()
                .map(|id| about(&report, id))
                .collect();
            (
                kinds,
                catalog.describe(10004, "ko").unwrap().locale().to_owned(),
            )
        })
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(locale, "ko-KR");
    assert_eq!(
        kinds,
        [
            vec![("too-deep", BOTH.to_vec(), Some((3, 1)))],
            vec![("too-deep", BOTH.to_vec(), Some((4, 1)))],
        ]
    );
}

#[test]
fn blank_english_is_an_error_and_never_shown_as_the_id() {
    let english = "WSAEINTR = { \"\\u0020\" }\n    .detail = { \"\\u0020\" }\n";
    let dir = tree(&[("en-US", english)]);
    let report = check_dir(dir.path()).unwrap();
    let found = not_shown(&report, "WSAEINTR");
    assert_eq!(found.len(), 1, "{:#?}", report.findings);
    assert_eq!(found[0].severity, Severity::Error);
    assert_eq!(found[0].hides, BOTH);
    assert_eq!(found[0].position.map(|p| (p.line, p.column)), Some((1, 1)));
    assert_eq!(
        found[0].kind,
        FindingKind::NotShown {
            reason: "it is empty".into()
        }
    );
    // Readers get the built-in English, never the bare id.
    let catalog = Catalog::from_dir(dir.path()).unwrap();
    let text = catalog.describe(10004, "en").unwrap();
    assert_eq!(text.title(), wsaerr::describe(10004, "en").unwrap().title());
    assert_ne!(text.title(), "WSAEINTR");
}

#[test]
fn texts_readers_would_get_wrong_are_each_an_error() {
    let ko = [
        "-a = { -b }",
        "-b = { -a }",
        "-t = 값 { $x }",
        // A message that shows itself.
        "WSAEINTR = { WSAEINTR }",
        "    .detail = 설명.",
        // A term cycle.
        "WSAEACCES = { -a }",
        "    .detail = 설명.",
        // A variable nothing fills in.
        "WSAEFAULT = 값 { $n }",
        "    .detail = 설명.",
        // A term whose value holds a variable: readers would see `값 {$x}`.
        "WSAEINVAL = { -t }",
        "    .detail = 설명.",
        // Only a zero-width space.
        "WSAEMFILE = \u{200b}",
        "    .detail = 설명.",
        // The bare id as its own title.
        "WSAEWOULDBLOCK = WSAEWOULDBLOCK",
        "    .detail = 설명.",
    ]
    .join("\n");
    let many = format!(
        "WSAEINPROGRESS = {}\n    .detail = 설명.\n",
        "{ \"가\" }".repeat(101)
    );
    let dir = tree(&[("ko-KR", &format!("{ko}\n{many}"))]);
    let report = check_dir(dir.path()).unwrap();
    let title = vec![TextPart::Title];
    let reason = |id: &str| -> Vec<(String, Vec<TextPart>)> {
        report
            .findings
            .iter()
            .filter(|finding| finding.id.as_deref() == Some(id) && !finding.hides.is_empty())
            .map(|finding| (finding.kind.id().to_owned(), finding.hides.clone()))
            .collect()
    };
    assert_eq!(
        reason("WSAEINTR"),
        [("not-shown".to_owned(), title.clone())]
    );
    assert_eq!(
        reason("WSAEACCES"),
        [("not-shown".to_owned(), title.clone())]
    );
    assert_eq!(
        reason("WSAEFAULT"),
        [("unknown-variable".to_owned(), title.clone())]
    );
    assert_eq!(
        reason("WSAEINVAL"),
        [("not-shown".to_owned(), title.clone())]
    );
    assert_eq!(
        reason("WSAEMFILE"),
        [("not-shown".to_owned(), title.clone())]
    );
    assert_eq!(
        reason("WSAEWOULDBLOCK"),
        [("not-shown".to_owned(), title.clone())]
    );
    assert_eq!(
        reason("WSAEINPROGRESS"),
        [("not-shown".to_owned(), title.clone())]
    );
    let said = |id: &str| match &not_shown(&report, id)[0].kind {
        FindingKind::NotShown { reason } => reason.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        said("WSAEINTR"),
        "resolver error: Cyclical dependency detected"
    );
    assert_eq!(
        said("WSAEINVAL"),
        "a term it uses holds `{$x}`, which nothing fills in"
    );
    assert_eq!(said("WSAEMFILE"), "it holds only invisible characters");
    assert_eq!(said("WSAEWOULDBLOCK"), "it is the bare message id");
    assert_eq!(
        said("WSAEINPROGRESS"),
        "resolver error: Too many placeables"
    );
    // The term with a variable is reported where it is written, too.
    assert_eq!(
        about(&report, "-t"),
        [
            ("unknown-term", vec![], Some((3, 1))),
            ("unknown-variable", vec![], Some((3, 10)))
        ]
    );
    // And every one of them falls back to English, saying so.
    let catalog = Catalog::from_dir(dir.path()).unwrap();
    for id in [
        "WSAEINTR",
        "WSAEACCES",
        "WSAEFAULT",
        "WSAEINVAL",
        "WSAEMFILE",
        "WSAEWOULDBLOCK",
        "WSAEINPROGRESS",
    ] {
        let text = catalog.describe(id, "ko").unwrap();
        assert_eq!(
            (text.locale(), text.detail_locale()),
            ("en-US", "ko-KR"),
            "{id}"
        );
    }
}

#[test]
fn a_variable_in_english_is_an_error() {
    let dir = tree(&[(
        "en-US",
        "WSAEINTR = Call { $n } interrupted.\n    .detail = More.\n",
    )]);
    let report = check_dir(dir.path()).unwrap();
    assert_eq!(
        about(&report, "WSAEINTR"),
        [("unknown-variable", vec![TextPart::Title], Some((1, 19)))]
    );
}

#[test]
fn the_built_in_tree_and_the_same_tree_on_disk_give_the_same_report() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let on_disk = check_dir(&root).unwrap();
    let mut relative = on_disk.clone();
    for finding in &mut relative.findings {
        finding.file = finding.file.strip_prefix(&root).unwrap().to_owned();
    }
    assert_eq!(relative, check_embedded());
}

/// Entries under a catalog root that are no usable locale, each reported by name.
#[cfg(unix)]
#[test]
fn every_entry_that_is_not_a_usable_locale_is_named() {
    use std::os::unix::ffi::OsStrExt;

    let good = "WSAEINTR = 중단.\n    .detail = 호출이 중단되었습니다.\n";
    let dir = tree(&[
        ("ko-KR ", good),
        ("ko KR", good),
        ("not_a_tag!!", good),
        ("ko-KR-x-test", good),
        ("und", good),
        ("Korean", good),
        ("ko-KR", good),
    ]);
    let root = dir.path();
    std::fs::create_dir(root.join("images")).unwrap();
    std::fs::write(root.join("README.txt"), "notes").unwrap();
    std::fs::write(root.join("stray.ftl"), good).unwrap();
    let odd = std::ffi::OsStr::from_bytes(b"ko-\xffKR");
    std::fs::create_dir(root.join(odd)).unwrap();
    std::os::unix::fs::symlink(root.join("loop"), root.join("loop")).unwrap();
    // Inside a locale: a FIFO, a dangling link and a folder named like files.
    let korean = root.join("ko-KR");
    let fifo = korean.join("pipe.ftl");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    std::os::unix::fs::symlink(korean.join("gone"), korean.join("dangling.ftl")).unwrap();
    std::fs::create_dir(korean.join("folder.ftl")).unwrap();
    std::fs::write(korean.join("notes.txt"), "x").unwrap();
    // A record where an older version kept it, and one for no locale.
    std::fs::write(korean.join("translated-from-en-US.txt"), "x").unwrap();
    std::fs::create_dir(root.join(".translated-from-en-US")).unwrap();
    std::fs::write(root.join(".translated-from-en-US/fr-FR.txt"), "x").unwrap();

    // Would hang on the FIFO if it were opened.
    let report = check_dir(root).unwrap();
    let found: Vec<(String, &str, Severity, String)> = report
        .findings
        .iter()
        .filter(|finding| finding.id.is_none() && finding.kind.id() != "unrecorded")
        .map(|finding| {
            let relative = finding.file.strip_prefix(root).unwrap();
            (
                relative.to_string_lossy().into_owned(),
                finding.kind.id(),
                finding.severity,
                finding.message.clone(),
            )
        })
        .collect();
    let expect = |path: &str, kind: &'static str, severity, message: &str| {
        (path.to_owned(), kind, severity, message.to_owned())
    };
    use Severity::{Error, Warning};
    assert_eq!(
        found,
        [
            expect("Korean", "not-a-locale", Error, "not a locale folder, a language subtag has two or three letters (`ko`, not `korean`): it is ignored"),
            expect("README.txt", "ignored", Warning, "only locale folders (`<tag>/`) are read here: it is ignored"),
            // `images` would be a language of six letters: no such language exists.
            expect("images", "not-a-locale", Warning, "not a locale folder, a language subtag has two or three letters (`ko`, not `korean`): it is ignored"),
            expect("ko KR", "not-a-locale", Error, "not a locale folder, it is not a language tag (such as `ko-KR`): rename it to `ko-KR` (it is ignored until then)"),
            expect("ko-KR/dangling.ftl", "unreadable", Error, &report.findings.iter().find(|f| f.file.ends_with("dangling.ftl")).unwrap().message),
            expect("ko-KR/folder.ftl", "not-a-file", Error, "a .ftl name that is a folder, not a file: it is not read"),
            expect("ko-KR/notes.txt", "ignored", Warning, "only .ftl files are read in a locale folder: it is ignored"),
            expect("ko-KR/pipe.ftl", "not-a-file", Error, "a .ftl name that is a FIFO, not a file: it is not read"),
            expect("ko-KR/translated-from-en-US.txt", "ignored", Warning, "a record of the English where an older version kept it; records now live in `.translated-from-en-US/<tag>.txt` at the catalog's root, so move it there: it is ignored"),
            expect("ko-KR ", "not-a-locale", Error, "not a locale folder, it is not a language tag (such as `ko-KR`): rename it to `ko-KR` (it is ignored until then)"),
            expect("ko-KR-x-test", "not-a-locale", Error, "not a locale folder, extensions and private-use subtags cannot name a locale: rename it to `ko-KR` (it is ignored until then)"),
            expect("ko-\u{fffd}KR", "name-not-utf8", Error, "the name is not valid UTF-8, so it names no locale or file: it is ignored"),
            expect("loop", "unreadable", Error, &report.findings.iter().find(|f| f.file.ends_with("loop")).unwrap().message),
            expect("not_a_tag!!", "not-a-locale", Error, "not a locale folder, it is not a language tag (such as `ko-KR`): it is ignored"),
            expect("stray.ftl", "ignored", Warning, "a .ftl file belongs in a locale folder (`<tag>/`): it is ignored"),
            expect("und", "not-a-locale", Error, "not a locale folder, `und` names no language: it is ignored"),
            // Records are matched with the locales once all are known.
            expect(".translated-from-en-US/fr-FR.txt", "ignored", Warning, "a record for `fr-FR`, which has no locale folder here: it is ignored"),
        ]
    );
    let unreadable = &report
        .findings
        .iter()
        .find(|f| f.file.ends_with("loop"))
        .unwrap()
        .message;
    assert!(
        unreadable.starts_with("cannot read: a link that leads nowhere readable"),
        "{unreadable}"
    );
    // The one good locale is still checked and used.
    assert_eq!(report.locales.len(), 1);
    assert_eq!(report.locales[0].locale, "ko-KR");
    let catalog = Catalog::from_dir(root).unwrap();
    assert_eq!(
        catalog.describe(Code::WSAEINTR, "ko").unwrap().title(),
        "중단."
    );
    assert!(catalog.problems().len() >= 14);
}

/// `{"{"}x{"}"}` is how Fluent writes the literal text `{x}`: readers get it
/// as written, and the checker reports nothing.
#[test]
fn literal_braces_are_text() {
    let dir = tree(&[(
        "ko-KR",
        "WSAEINTR = 함수 호출 {\"{\"}x{\"}\"}가 중단되었습니다.\n    .detail = 값 {\"{\"}$n{\"}\"}은 자리표시자가 아닙니다.\n",
    )]);
    let catalog = Catalog::from_dir(dir.path()).unwrap();
    let text = catalog.describe(Code::WSAEINTR, "ko-KR").unwrap();
    assert_eq!(text.title(), "함수 호출 {x}가 중단되었습니다.");
    assert_eq!(text.detail(), "값 {$n}은 자리표시자가 아닙니다.");
    assert_eq!((text.locale(), text.detail_locale()), ("ko-KR", "ko-KR"));
    let report = check_dir(dir.path()).unwrap();
    let about: Vec<_> = report
        .findings
        .iter()
        .filter(|finding| finding.id.as_deref() == Some("WSAEINTR") && !finding.hides.is_empty())
        .collect();
    assert!(about.is_empty(), "{about:?}");
}

/// Each finding points where it is: the same word doubled twice in one text
/// gives two findings, at the second word of each pair.
#[test]
fn each_repeated_word_is_placed_where_it_stands() {
    let dir = tree(&[(
        "ko-KR",
        "WSAEINTR = 소켓 소켓 호출이 중단되었습니다. 소켓 소켓.\n    .detail = 설명입니다.\n",
    )]);
    let report = check_dir(dir.path()).unwrap();
    let columns: Vec<usize> = report
        .findings
        .iter()
        .filter(|finding| finding.kind.id() == "repeated-word")
        .map(|finding| finding.position.unwrap().column)
        .collect();
    // `WSAEINTR = ` is 11 characters: the pairs' second words are at 15 and 34.
    assert_eq!(columns, [15, 34]);
}

/// A catalog file over the size limit is not read: one finding names it
/// and the limit, and describing still works (English stands in).
#[test]
fn a_file_over_the_size_limit_is_reported_not_read() {
    let huge = format!(
        "WSAEINTR = {}\n    .detail = 설명.\n",
        "가 ".repeat(2_000_000)
    );
    let dir = tree(&[("ko-KR", &huge)]);
    let report = check_dir(dir.path()).unwrap();
    let about: Vec<String> = report
        .findings
        .iter()
        .filter(|finding| finding.file.ends_with("ko-KR/winsock.ftl"))
        .map(|finding| format!("{} {}", finding.kind.id(), finding.message))
        .collect();
    assert_eq!(
        about,
        ["unreadable cannot read: it is larger than 4 MiB, far more than any catalog file needs (the shipped ones hold less than 64 KiB): it is not read"]
    );
    let catalog = Catalog::from_dir(dir.path()).unwrap();
    let text = catalog.describe(Code::WSAEINTR, "ko").unwrap();
    assert_eq!(text.locale(), "en-US");
}

/// Ten findings of one check per message part, and one line that counts
/// the rest: a title of fifty doubled words is eleven lines, not fifty.
#[test]
fn findings_past_ten_of_one_check_are_counted_not_listed() {
    let words: String = (0..50).map(|i| format!(" 단어{i} 단어{i}")).collect();
    let dir = tree(&[(
        "ko-KR",
        &format!("WSAEINTR ={words}\n    .detail = 설명입니다.\n"),
    )]);
    let report = check_dir(dir.path()).unwrap();
    let about = |id: &str| {
        report
            .findings
            .iter()
            .filter(|finding| finding.kind.id() == id && finding.id.as_deref() == Some("WSAEINTR"))
            .count()
    };
    assert_eq!(about("repeated-word"), 10);
    let more: Vec<&str> = report
        .findings
        .iter()
        .filter(|finding| finding.kind.id() == "more-findings")
        .map(|finding| finding.message.as_str())
        .collect();
    assert!(
        more.contains(&"… and 40 more `repeated-word` finding(s) here, not listed"),
        "{more:?}"
    );
}
