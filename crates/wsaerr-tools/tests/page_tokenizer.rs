//! The exported page cuts what a reader types into tokens and terms with
//! its own script, and ranks codes by the weights the Rust index gave it.
//! The two must agree on any text, or the page would find other codes than
//! `wsaerr search`. This runs the page's script under Node.js (with a
//! stand-in for the few page elements it touches) on every text of every
//! shipped locale and on text typed in other forms, compares its tokens and
//! terms with the Rust ones, and its ranking of queries in three languages
//! with `wsaerr search`'s. Without Node.js on the PATH it says so and checks
//! nothing.

use std::io::Write;
use std::process::{Command, Stdio};

use wsaerr::{Catalog, Code};
use wsaerr_tools::export::{export, Format};
use wsaerr_tools::search::{terms, tokens, Index, Query};

/// The text between the first `open` after `start` and the next `</script>`.
fn between<'p>(page: &'p str, open: &str) -> &'p str {
    let start = page.find(open).expect("the element") + open.len();
    let end = start + page[start..].find("</script>").expect("its end");
    &page[start..end]
}

/// Runs `call` (an expression of `text`) of the page's script for `tag`
/// on each of `texts`, and returns what it gave, as JSON.
fn run_page(tag: &str, call: &str, texts: &[String]) -> Vec<serde_json::Value> {
    let catalog = Catalog::embedded();
    let page = export(catalog, catalog.language(tag), Format::Html);
    let index = between(
        &page,
        r#"<script type="application/json" id="wsaerr-index">"#,
    );
    let script = between(&page, "</script>\n<script>");
    let program = format!(
        r#"
const data = {index};
const element = () => ({{ value: '', hidden: false, dataset: {{}}, textContent: '',
  addEventListener() {{}}, append() {{}}, querySelector() {{ return null; }} }});
globalThis.window = globalThis;
globalThis.document = {{
  getElementById: (id) => id === 'wsaerr-index' ? {{ textContent: JSON.stringify(data) }} : element(),
  querySelectorAll: () => [],
  createElement: element,
}};
{script}
const texts = JSON.parse(require('fs').readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify(texts.map((text) => {call})));
"#
    );
    // A file, not `-e`: a page's index is longer than one argument may be.
    let file = tempfile::Builder::new().suffix(".js").tempfile().unwrap();
    std::fs::write(file.path(), &program).unwrap();
    let mut node = Command::new("node")
        .arg(file.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let input = serde_json::to_vec(texts).unwrap();
    node.stdin.take().unwrap().write_all(&input).unwrap();
    let output = node.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let theirs: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(theirs.len(), texts.len());
    theirs
}

fn no_node() -> bool {
    let missing = Command::new("node").arg("--version").output().is_err();
    if missing {
        println!("skipped: no `node` on the PATH to run the page's script");
    }
    missing
}

#[test]
fn the_pages_ranking_is_the_rust_ranking() {
    if no_node() {
        return;
    }
    let catalog = Catalog::embedded();
    for (tag, queries) in [
        (
            "en-US",
            vec![
                "connection timed out",
                "connection refu",
                "addr",
                "WSAECONNR",
                "actively refused",
                "no such host is known",
                "too many open files",
                "broken pipe",
                "host name lookup failure",
                "the network is unreachable",
            ],
        ),
        (
            "ko-KR",
            vec![
                "연결 거부",
                "대상 컴퓨터에서 연결을 거부했으므로 연결하지 못했습니다",
                "시간 초과",
                "connection reset",
            ],
        ),
        (
            "zh-CN",
            vec![
                "连接超时",
                "由于目标计算机积极拒绝，无法连接。",
                "远程主机强迫关闭了一个现有的连接",
                "timed out",
            ],
        ),
    ] {
        let queries: Vec<String> = queries.into_iter().map(str::to_owned).collect();
        let theirs = run_page(
            tag,
            "window.wsaerr.search(text).hits.map((hit) => [hit.id, hit.score])",
            &queries,
        );
        let index = Index::new(catalog, Some(tag));
        for (query, page) in queries.iter().zip(theirs) {
            let ours: Vec<(String, f64)> = index
                .search(&Query::new(query).unwrap())
                .iter()
                .map(|hit| (hit.code().name().to_owned(), hit.score()))
                .collect();
            let page: Vec<(String, f64)> = serde_json::from_value(page).unwrap();
            assert!(!ours.is_empty(), "{tag}: {query}");
            // The same codes in the same order, with the same scores (JSON's
            // decimal numbers read back to within a rounding step).
            let names = |hits: &[(String, f64)]| {
                hits.iter()
                    .map(|(name, _)| name.clone())
                    .collect::<Vec<_>>()
            };
            assert_eq!(names(&page), names(&ours), "{tag}: {query}");
            for ((_, theirs), (_, score)) in page.iter().zip(&ours) {
                assert!(
                    (theirs - score).abs() <= score * 1e-12,
                    "{tag}: {query}: {theirs} {score}"
                );
            }
        }
    }
}

#[test]
fn the_pages_tokenizer_is_the_rust_tokenizer() {
    if no_node() {
        return;
    }
    let catalog = Catalog::embedded();

    let mut texts: Vec<String> = vec![
        "Connection timed out.".into(),
        "ＷＳＡＥＴＩＭＥＤＯＵＴ　１００６０".into(),
        "BAĞLANTI ZAMAN AŞIMINA UĞRADI İ ı".into(),
        "\u{110B}\u{1167}\u{11AB}\u{1100}\u{1167}\u{11AF} \u{1100}\u{1165}\u{1107}\u{116E}".into(),
        "ﾀｲﾑｱｳﾄ ｶﾞ".into(),
        "sizeof(sockaddr) Ws2_32.dll 0x274C 10060 WSA_IO_PENDING".into(),
        "Straße ΣΊΣΥΦΟΣ ǅ ﬁ".into(),
        "连接超时 連線逾時 접속 ソケット".into(),
        "Timeouts hostname refused REFUSING hosts addresses access classes can't".into(),
    ];
    for tag in catalog.locales() {
        let language = catalog.language(tag);
        for &code in Code::ALL {
            let text = language.description(code);
            texts.push(text.title().to_owned());
            texts.push(text.detail().to_owned());
        }
    }

    let theirs = run_page(
        "en-US",
        "[window.wsaerr.tokens(text), window.wsaerr.terms(text)]",
        &texts,
    );
    for (text, page) in texts.iter().zip(theirs) {
        let (page_tokens, page_terms): (Vec<String>, Vec<String>) =
            serde_json::from_value(page).unwrap();
        assert_eq!(page_tokens, tokens(text), "{text:?}");
        assert_eq!(page_terms, terms(text), "{text:?}");
    }
}
