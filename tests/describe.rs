//! `describe` and `Catalog`: language selection, fallback per message, and
//! catalogs read from disk.

use std::path::{Path, PathBuf};

use wsaerr::{describe, Catalog, CatalogError, Code, LoadProblemKind, UnknownCode};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/catalogs")
        .join(name)
}

#[test]
fn the_code_argument_takes_numbers_codes_and_names() {
    let by_number = describe(10060, "en-US").unwrap();
    assert_eq!(describe(Code::WSAETIMEDOUT, "en-US").unwrap(), by_number);
    assert_eq!(describe("WSAETIMEDOUT", "en-US").unwrap(), by_number);
    assert_eq!(describe("wsaetimedout", "en-US").unwrap(), by_number);
    assert_eq!(describe("0x274c", "en-US").unwrap(), by_number);
    assert_eq!(
        describe(&String::from("10060"), "en-US").unwrap(),
        by_number
    );
    assert_eq!(describe(10060_u32, "en-US").unwrap(), by_number);
    assert_eq!(by_number.value(), 10060);
    assert_eq!(by_number.name(), "WSAETIMEDOUT");
    assert_eq!(by_number.title(), "Connection timed out.");
}

#[test]
fn unknown_codes_are_errors_not_descriptions() {
    assert_eq!(describe(12345, "zh-CN"), Err(UnknownCode::Value(12345)));
    assert_eq!(describe(0, "zh-CN"), Err(UnknownCode::Value(0)));
    assert_eq!(describe(-10060, "zh-CN"), Err(UnknownCode::Value(-10060)));
    assert_eq!(
        describe("WSAEFOO", "ko"),
        Err(UnknownCode::Text("WSAEFOO".into()))
    );
    assert_eq!(describe(i64::MIN, "ko"), Err(UnknownCode::Value(i64::MIN)));
}

#[test]
fn tags_as_people_write_them_reach_the_right_locale() {
    let cases = [
        ("zh-CN", "zh-CN"),
        ("zh_CN", "zh-CN"),
        ("ZH-cn", "zh-CN"),
        ("zh", "zh-CN"),
        ("zh-Hans", "zh-CN"),
        ("zh-Hans-CN", "zh-CN"),
        ("zh_CN.UTF-8", "zh-CN"),
        ("ko", "ko-KR"),
        ("ko_KR", "ko-KR"),
        ("ko_KR.UTF-8", "ko-KR"),
        ("ko-KR", "ko-KR"),
        ("en-GB", "en-US"),
        ("en", "en-US"),
        ("fr;q=0.5, ko-KR;q=0.9", "ko-KR"),
        ("it-IT,it;q=0.9,zh;q=0.8,en;q=0.5", "zh-CN"),
        ("de-DE@euro", "de-DE"),
        ("it-IT", "en-US"),
        ("sw-KE", "en-US"),
        // The twelve editions, as people and systems write their languages.
        ("de", "de-DE"),
        ("de-AT", "de-DE"),
        ("de-CH", "de-DE"),
        ("de_DE.UTF-8", "de-DE"),
        ("fr", "fr-FR"),
        ("fr-CA", "fr-FR"),
        ("fr-BE", "fr-FR"),
        ("fr-CH", "fr-FR"),
        ("es", "es-ES"),
        ("es-MX", "es-ES"),
        ("es-419", "es-ES"),
        ("es-AR", "es-ES"),
        // Portuguese text beats English for a reader in Portugal too.
        ("pt", "pt-BR"),
        ("pt-PT", "pt-BR"),
        ("pt_BR.UTF-8", "pt-BR"),
        ("ru", "ru-RU"),
        ("ru-BY", "ru-RU"),
        ("ru-KZ", "ru-RU"),
        ("tr", "tr-TR"),
        ("tr_TR.UTF-8", "tr-TR"),
        ("ar", "ar-SA"),
        ("ar-EG", "ar-SA"),
        ("ar-AE", "ar-SA"),
        ("", "en-US"),
        ("C", "en-US"),
        ("POSIX", "en-US"),
        ("C.UTF-8", "en-US"),
        ("*", "en-US"),
        ("not a tag!", "en-US"),
        ("zh-TW", "zh-TW"),
        ("zh-HK", "zh-TW"),
        ("zh-MO", "zh-TW"),
        ("zh-Hant", "zh-TW"),
        ("zh-Hant-HK", "zh-TW"),
        ("zh_TW.Big5", "zh-TW"),
        ("zh-SG", "zh-CN"),
        ("ja", "ja-JP"),
        ("ja_JP.UTF-8", "ja-JP"),
    ];
    for (tag, locale) in cases {
        let text = describe(10060, tag).unwrap();
        assert_eq!(text.locale(), locale, "tag {tag:?}");
        assert_eq!(text.detail_locale(), locale, "tag {tag:?}");
        assert_eq!(
            Catalog::embedded().language(tag).tag(),
            locale,
            "tag {tag:?}"
        );
    }
}

#[test]
fn the_same_tag_gives_the_same_answer_twice() {
    // The second call is answered from the cache of negotiated tags.
    for tag in ["ko_KR.UTF-8", "zh-TW", "fr;q=0.5, ko-KR;q=0.9"] {
        assert_eq!(describe(10054, tag), describe(10054, tag));
    }
}

#[test]
fn the_embedded_catalog_lists_its_locales() {
    let locales: Vec<&str> = Catalog::embedded().locales().collect();
    assert_eq!(
        locales,
        [
            "ar-SA", "de-DE", "en-US", "es-ES", "fr-FR", "ja-JP", "ko-KR", "pt-BR", "ru-RU",
            "tr-TR", "zh-CN", "zh-TW"
        ]
    );
    assert!(Catalog::embedded().problems().is_empty());
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

#[cfg(feature = "serde")]
#[test]
fn description_serializes_for_a_web_ui() {
    let text = describe(Code::WSANO_DATA, "en-US").unwrap();
    let json = serde_json::to_value(text).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "code": 11004,
            "name": "WSANO_DATA",
            "aliases": ["WSANO_ADDRESS"],
            "group": "name-resolution",
            "locale": "en-US",
            "detail_locale": "en-US",
            "title": text.title(),
            "detail": text.detail(),
        })
    );
    assert_eq!(
        text.to_string(),
        format!("{}\n{}", text.title(), text.detail())
    );
}

/// The README's table of editions: each row's call gives the locale and the
/// title it shows, one row per shipped locale.
#[test]
fn the_readmes_table_of_editions_is_what_describe_gives() {
    let readme = include_str!("../README.md");
    let mut locales = Vec::new();
    for row in readme
        .lines()
        .filter(|line| line.starts_with("| `describe(10060, "))
    {
        let cells: Vec<&str> = row.trim_matches('|').split(" | ").map(str::trim).collect();
        let tag = cells[0]
            .trim_start_matches("`describe(10060, \"")
            .trim_end_matches("\")`");
        let text = describe(10060, tag).unwrap();
        assert_eq!(cells[1], format!("`{}`", text.locale()), "{row}");
        let title = cells[2]
            .trim_start_matches("<bdi>")
            .trim_end_matches("</bdi>");
        assert_eq!(title, text.title(), "{row}");
        locales.push(text.locale());
    }
    locales.sort_unstable();
    let shipped: Vec<&str> = Catalog::embedded().locales().collect();
    assert_eq!(locales, shipped);
}
