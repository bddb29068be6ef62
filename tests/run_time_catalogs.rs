//! Catalogs read at run time (the `runtime-catalogs` feature): fallback per
//! message and per part, load problems, and unusable folders.
#![cfg(feature = "runtime-catalogs")]

use std::path::{Path, PathBuf};

use wsaerr::{describe, Catalog, CatalogError, Code, LoadProblemKind};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/catalogs")
        .join(name)
}

#[test]
fn fallback_is_per_message_and_per_part() {
    let catalog = Catalog::from_dir(fixture("partial")).unwrap();
    let korean = catalog.language("ko");
    assert_eq!(korean.tag(), "ko-KR");

    let both = korean.description(Code::WSAETIMEDOUT);
    assert_eq!((both.locale(), both.detail_locale()), ("ko-KR", "ko-KR"));
    assert_eq!(both.title(), "연결 시간 초과.");
    assert_eq!(both.detail(), "상대방이 제때 응답하지 않았습니다.");

    let no_detail = korean.description(Code::WSAECONNRESET);
    assert_eq!(
        (no_detail.locale(), no_detail.detail_locale()),
        ("ko-KR", "en-US")
    );
    assert_eq!(
        no_detail.detail(),
        describe(10054, "en-US").unwrap().detail()
    );

    let no_title = korean.description(Code::WSAECONNREFUSED);
    assert_eq!(
        (no_title.locale(), no_title.detail_locale()),
        ("en-US", "ko-KR")
    );
    assert_eq!(no_title.title(), "Connection refused.");
    assert_eq!(no_title.detail(), "소켓 연결이 거부되었습니다.");

    // An undefined term: that part is English, never a half-formatted string.
    let unresolved = korean.description(Code::WSAEINTR);
    assert_eq!(
        (unresolved.locale(), unresolved.detail_locale()),
        ("en-US", "ko-KR")
    );
    assert!(!unresolved.title().contains('{'));

    let empty = korean.description(Code::WSAEACCES);
    assert_eq!((empty.locale(), empty.detail_locale()), ("en-US", "ko-KR"));
    assert_eq!(empty.title(), "Permission denied.");

    // Not in the locale at all: both parts English.
    let absent = korean.description(Code::WSAEMFILE);
    assert_eq!(
        (absent.locale(), absent.detail_locale()),
        ("en-US", "en-US")
    );
    assert_eq!(absent, describe(Code::WSAEMFILE, "en-US").unwrap());
}

#[test]
fn the_trees_own_english_comes_before_the_built_in_one() {
    let catalog = Catalog::from_dir(fixture("partial")).unwrap();
    let text = catalog.describe(10060, "fr").unwrap();
    assert_eq!(text.locale(), "en-US");
    assert_eq!(text.title(), "Fixture: timed out.");
    let text = catalog.describe(Code::WSAEMFILE, "ja").unwrap();
    assert_eq!(text.locale(), "en-US");
    assert_eq!(
        text.title(),
        describe(Code::WSAEMFILE, "en").unwrap().title()
    );
}

#[test]
fn a_dropped_in_locale_is_reached_without_code_changes() {
    let catalog = Catalog::from_dir(fixture("partial")).unwrap();
    assert_eq!(
        catalog.locales().collect::<Vec<_>>(),
        ["en-US", "ja-JP", "ko-KR"]
    );
    for tag in ["ja", "ja-JP", "ja_JP.UTF-8"] {
        let text = catalog.describe(10060, tag).unwrap();
        assert_eq!(text.locale(), "ja-JP", "{tag}");
        assert_eq!(text.title(), "接続がタイムアウトしました。");
    }
}

#[test]
fn load_problems_name_the_file_and_position() {
    let catalog = Catalog::from_dir(fixture("partial")).unwrap();
    let problems: Vec<_> = catalog
        .problems()
        .iter()
        .map(|problem| {
            assert!(problem.file.ends_with("ko-KR/winsock.ftl"), "{problem:?}");
            let LoadProblemKind::NotShown { id, part, reason } = &problem.kind else {
                panic!("{problem:?}");
            };
            (
                problem.position.map(|p| (p.line, p.column)),
                id.as_str(),
                *part,
                reason.as_str(),
            )
        })
        .collect();
    // Titles first, then details, each in the order of the code table.
    assert_eq!(
        problems,
        [
            (
                Some((16, 1)),
                "WSAEINTR",
                "title",
                "resolver error: Unknown term: -interrupted"
            ),
            (Some((20, 1)), "WSAEACCES", "title", "it is empty"),
            (
                Some((12, 1)),
                "WSAECONNREFUSED",
                "title",
                "the message has no title"
            ),
            (
                Some((9, 1)),
                "WSAECONNRESET",
                "detail",
                "the message has no `.detail`"
            ),
        ]
    );
}

#[test]
fn a_tree_without_english_uses_the_built_in_english() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("ko-KR")).unwrap();
    std::fs::write(
        dir.path().join("ko-KR/winsock.ftl"),
        "WSAETIMEDOUT = 시간 초과.\n    .detail = 응답이 없습니다.\n",
    )
    .unwrap();
    let catalog = Catalog::from_dir(dir.path()).unwrap();
    assert_eq!(catalog.locales().collect::<Vec<_>>(), ["en-US", "ko-KR"]);
    assert_eq!(catalog.describe(10060, "ko").unwrap().title(), "시간 초과.");
    assert_eq!(
        catalog.describe(10054, "ko").unwrap(),
        describe(10054, "en-US").unwrap()
    );
}

#[test]
fn byte_order_marks_and_crlf_line_ends_are_accepted() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("ko-KR")).unwrap();
    std::fs::write(
        dir.path().join("ko-KR/winsock.ftl"),
        "\u{feff}WSAETIMEDOUT = 시간 초과.\r\n    .detail = 응답이 없습니다.\r\n",
    )
    .unwrap();
    let catalog = Catalog::from_dir(dir.path()).unwrap();
    assert!(catalog.problems().is_empty(), "{:?}", catalog.problems());
    let text = catalog.describe(10060, "ko-KR").unwrap();
    assert_eq!(
        (text.title(), text.detail()),
        ("시간 초과.", "응답이 없습니다.")
    );
    assert_eq!(text.detail_locale(), "ko-KR");
}

#[test]
fn unusable_folders_are_errors() {
    let missing = Catalog::from_dir("/definitely/not/here");
    assert!(matches!(missing, Err(CatalogError::NotADirectory(_))));

    let empty = tempfile::tempdir().unwrap();
    assert!(matches!(
        Catalog::from_dir(empty.path()),
        Err(CatalogError::NoLocales(_))
    ));

    let no_locale = tempfile::tempdir().unwrap();
    std::fs::create_dir(no_locale.path().join("not a tag")).unwrap();
    std::fs::write(no_locale.path().join("en-US.ftl"), "x = y").unwrap();
    assert!(matches!(
        Catalog::from_dir(no_locale.path()),
        Err(CatalogError::NoLocales(_))
    ));

    let file = no_locale.path().join("en-US.ftl");
    assert!(matches!(
        Catalog::from_dir(&file),
        Err(CatalogError::NotADirectory(_))
    ));
}

#[test]
fn non_canonical_and_broken_files_are_reported_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("ko_KR")).unwrap();
    std::fs::write(dir.path().join("ko_KR/winsock.ftl"), "WSAETIMEDOUT = x\n").unwrap();
    std::fs::create_dir(dir.path().join("zh-CN")).unwrap();
    std::fs::write(
        dir.path().join("zh-CN/winsock.ftl"),
        b"WSAETIMEDOUT = \xff\xfe\n",
    )
    .unwrap();
    let catalog = Catalog::from_dir(dir.path()).unwrap();
    let kinds: Vec<&LoadProblemKind> = catalog.problems().iter().map(|p| &p.kind).collect();
    assert_eq!(
        kinds,
        [
            &LoadProblemKind::NonCanonicalFolder {
                canonical: "ko-KR".into()
            },
            &LoadProblemKind::InvalidUtf8,
        ]
    );
    assert_eq!(catalog.describe(10060, "ko").unwrap().locale(), "en-US");
    assert_eq!(catalog.describe(10060, "zh").unwrap().locale(), "en-US");
}
