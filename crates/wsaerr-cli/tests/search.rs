//! Search: the shared table of cases, the CLI through its real binary, and
//! rules that must hold for any query.

use proptest::prelude::*;
use serde::Deserialize;
use serde_json::Value;
use wsaerr::{Catalog, Code};
use wsaerr_tools::search::{
    is_cjk, search, shown, tokens, Index, Query, QueryError, MAX_QUERY_BYTES,
};

mod common;
use common::wsaerr;

/// One row of `tests/fixtures/search-cases.json`, which the browser test
/// runs against the HTML page's filter too.
#[derive(Deserialize)]
struct Case {
    query: String,
    lang: String,
    first: String,
}

fn cases() -> Vec<Case> {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/search-cases.json"
    ))
    .unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn every_case_finds_its_code_first() {
    let cases = cases();
    assert!(cases.len() >= 20);
    for case in cases {
        let hits = search(Catalog::embedded(), &case.query, Some(&case.lang)).unwrap();
        let first = hits.first().map(|hit| hit.code().name());
        assert_eq!(
            first,
            Some(case.first.as_str()),
            "{} in {}",
            case.query,
            case.lang
        );
        assert_eq!(hits[0].locale(), case.lang, "{}", case.query);
    }
}

#[test]
fn every_case_is_found_first_without_a_language_too() {
    for case in cases() {
        let hits = search(Catalog::embedded(), &case.query, None).unwrap();
        assert_eq!(hits[0].code().name(), case.first, "{}", case.query);
    }
}

#[test]
fn every_title_finds_its_own_code_in_its_own_locale() {
    let catalog = Catalog::embedded();
    for tag in catalog.locales() {
        let language = catalog.language(tag);
        let index = Index::of_language(language);
        for &code in Code::ALL {
            let title = language.description(code).title();
            let Ok(query) = Query::new(title) else {
                continue; // a title too long to be a query
            };
            let hits = index.search(&query);
            assert!(
                hits.iter().any(|hit| hit.code() == code),
                "{tag} {code:?}: {title}"
            );
        }
    }
}

#[test]
fn hits_are_ranked_by_score_then_number() {
    let hits = search(Catalog::embedded(), "connection", Some("en-US")).unwrap();
    assert!(hits.len() > 3);
    for pair in hits.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(
            a.score() > b.score()
                || (a.score() == b.score() && a.code().value() < b.code().value()),
            "{a:?} before {b:?}"
        );
    }
}

#[test]
fn cli_prints_one_line_per_hit_best_first() {
    let output = wsaerr().args(["search", "连接超时"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    let hits = search(Catalog::embedded(), "连接超时", None).unwrap();
    let expected: String = shown(&hits)
        .iter()
        .map(|hit| {
            let evidence: String = hit
                .evidence()
                .iter()
                .map(|evidence| format!("    {}: {}\n", evidence.text(), evidence.note()))
                .collect();
            format!(
                "{} ({}) [{}] {}\n{evidence}",
                hit.code().name(),
                hit.code().value(),
                hit.locale(),
                hit.title()
            )
        })
        .collect();
    assert_eq!(text, expected);
    assert!(text.starts_with("WSAETIMEDOUT (10060) [zh-CN] "));
}

#[test]
fn cli_words_may_be_separate_arguments() {
    let output = wsaerr()
        .args(["search", "connection", "refused", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.starts_with("WSAECONNREFUSED (10061) [en-US] "),
        "{text}"
    );
}

#[test]
fn cli_json_is_an_array_best_first() {
    let output = wsaerr()
        .args(["search", "연결", "거부", "--json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    let hits = json.as_array().unwrap();
    let expected = search(Catalog::embedded(), "연결 거부", None).unwrap();
    assert_eq!(hits.len(), shown(&expected).len());
    let first = &hits[0];
    assert_eq!(first["code"], 10061);
    assert_eq!(first["name"], "WSAECONNREFUSED");
    assert_eq!(first["locale"], "ko-KR");
    assert_eq!(
        first["title"],
        Catalog::embedded()
            .language("ko-KR")
            .description(Code::WSAECONNREFUSED)
            .title()
    );
    let score = first["score"].as_f64().unwrap();
    assert!((score - expected[0].score()).abs() < 0.001, "{score}");
    assert_eq!(first["evidence"][0]["kind"], "words");
    let keys: Vec<&str> = first
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        ["code", "evidence", "locale", "name", "score", "title"]
    );
}

#[test]
fn cli_exits_1_when_nothing_matches() {
    let output = wsaerr().args(["search", "zzzzqqqq"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        "no code matches\n"
    );

    let output = wsaerr()
        .args(["search", "zzzzqqqq", "--json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(String::from_utf8(output.stdout).unwrap(), "[]\n");
}

#[test]
fn cli_exits_2_for_unusable_queries() {
    let output = wsaerr().args(["search", "。、"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        "error: the text has no words or numbers to search for\n"
    );
    // Past the bound, from standard input: refused in one line.
    let output = wsaerr()
        .args(["search", "-"])
        .write_stdin("timeout ".repeat(MAX_QUERY_BYTES / 8 + 1))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        "error: the text is longer than 64 KiB\n"
    );
    let output = wsaerr().arg("search").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let output = wsaerr()
        .args(["search", "x", "--locales", "no-such-folder"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn cli_searches_a_locales_folder() {
    let fixtures = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/catalogs/hostile"
    );
    let output = wsaerr()
        .args([
            "search",
            "onerror",
            "--lang",
            "ko-KR",
            "--locales",
            fixtures,
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with("WSAETIMEDOUT (10060) [ko-KR] "), "{text}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_query_is_answered_or_refused_without_panic(text in any::<String>()) {
        match Query::new(&text) {
            Ok(query) => {
                prop_assert!(!query.terms().is_empty());
                let hits = Index::new(Catalog::embedded(), Some("zh-CN")).search(&query);
                prop_assert!(hits.len() <= Code::ALL.len());
                // Every answer says why.
                for hit in &hits {
                    prop_assert!(!hit.evidence().is_empty());
                }
            }
            Err(QueryError::Empty) => prop_assert!(tokens(&text).is_empty()),
            Err(_) => prop_assert!(text.len() > MAX_QUERY_BYTES),
        }
    }

    #[test]
    fn tokens_are_never_empty_and_never_hold_separators(text in any::<String>()) {
        for token in tokens(&text) {
            prop_assert!(!token.is_empty());
            prop_assert!(!token.chars().any(char::is_whitespace));
            // A token is a word or a piece of one CJK run, never a mix.
            let cjk = token.chars().filter(|&c| is_cjk(c)).count();
            prop_assert!(cjk == 0 || cjk == token.chars().count());
            prop_assert!(cjk <= 2);
        }
    }

    #[test]
    fn cjk_words_find_codes_whether_spaced_or_not(
        words in proptest::collection::vec("[连接超时被拒绝地址]{2,3}", 1..4)
    ) {
        // Either form is read (bigrams need no spaces), and every hit says
        // why it was found.
        let spaced = search(Catalog::embedded(), &words.join(" "), Some("zh-CN")).unwrap();
        let joined = search(Catalog::embedded(), &words.concat(), Some("zh-CN")).unwrap();
        for hit in spaced.iter().chain(&joined) {
            prop_assert!(!hit.evidence().is_empty());
        }
    }
}

#[test]
fn turkish_capitals_find_what_turkish_text_finds() {
    for query in [
        "BAĞLANTI ZAMAN AŞIMINA UĞRADI",
        "bağlantı zaman aşımına uğradı",
        "BAĞLANTİ",
    ] {
        let hits = search(Catalog::embedded(), query, Some("tr")).unwrap();
        let first = hits.first().map(|hit| hit.code());
        if query == "BAĞLANTİ" {
            assert!(!hits.is_empty(), "{query}");
        } else {
            assert_eq!(first, Some(Code::WSAETIMEDOUT), "{query}");
        }
    }
}

#[test]
fn each_edition_finds_its_own_titles_first() {
    for tag in Catalog::embedded().locales() {
        let language = Catalog::embedded().language(tag);
        let title = language
            .description(Code::WSAECONNREFUSED)
            .title()
            .to_owned();
        let hits = search(Catalog::embedded(), &title, Some(tag)).unwrap();
        assert_eq!(hits[0].code(), Code::WSAECONNREFUSED, "{tag}: {title}");
        assert_eq!(hits[0].locale(), tag);
    }
}

#[test]
fn text_typed_in_another_normal_form_finds_the_same_codes() {
    use unicode_normalization::UnicodeNormalization;

    let nfd: String = "연결 거부".nfd().collect();
    assert_ne!(nfd, "연결 거부");
    let hits = search(Catalog::embedded(), &nfd, Some("ko")).unwrap();
    assert_eq!(hits[0].code(), Code::WSAECONNREFUSED);
    let hits = search(Catalog::embedded(), "ﾀｲﾑｱｳﾄ", Some("ja")).unwrap();
    assert_eq!(hits[0].code(), Code::WSAETIMEDOUT);
}
