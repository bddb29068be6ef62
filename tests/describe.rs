//! `describe` and `Catalog`: numbers and names, and language selection.

use wsaerr::{describe, Catalog, Code, UnknownCode};

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
