//! The exported page cuts what a reader types into tokens with its own
//! script; the Rust index cut the catalog's text. The two must agree on any
//! text, or the page would find other codes than `wsaerr search`. This runs
//! the page's script under Node.js (with a stand-in for the few page elements
//! it touches) on every text of every shipped locale and on text typed in
//! other forms, and compares its tokens with the Rust tokenizer's.
//! Without Node.js on the PATH it says so and checks nothing.

use std::io::Write;
use std::process::{Command, Stdio};

use wsaerr::{Catalog, Code};
use wsaerr_tools::export::{export, Format};
use wsaerr_tools::search::tokens;

/// The text between the first `open` after `start` and the next `</script>`.
fn between<'p>(page: &'p str, open: &str) -> &'p str {
    let start = page.find(open).expect("the element") + open.len();
    let end = start + page[start..].find("</script>").expect("its end");
    &page[start..end]
}

#[test]
fn the_pages_tokenizer_is_the_rust_tokenizer() {
    if Command::new("node").arg("--version").output().is_err() {
        println!("skipped: no `node` on the PATH to run the page's script");
        return;
    }
    let catalog = Catalog::embedded();
    let page = export(catalog, catalog.language("en-US"), Format::Html);
    let index = between(
        &page,
        r#"<script type="application/json" id="wsaerr-index">"#,
    );
    let script = between(&page, "</script>\n<script>");

    let mut texts: Vec<String> = vec![
        "Connection timed out.".into(),
        "ＷＳＡＥＴＩＭＥＤＯＵＴ　１００６０".into(),
        "BAĞLANTI ZAMAN AŞIMINA UĞRADI İ ı".into(),
        "\u{110B}\u{1167}\u{11AB}\u{1100}\u{1167}\u{11AF} \u{1100}\u{1165}\u{1107}\u{116E}".into(),
        "ﾀｲﾑｱｳﾄ ｶﾞ".into(),
        "sizeof(sockaddr) Ws2_32.dll 0x274C 10060 WSA_IO_PENDING".into(),
        "Straße ΣΊΣΥΦΟΣ ǅ ﬁ".into(),
        "连接超时 連線逾時 접속 ソケット".into(),
    ];
    for tag in catalog.locales() {
        let language = catalog.language(tag);
        for &code in Code::ALL {
            let text = language.description(code);
            texts.push(text.title().to_owned());
            texts.push(text.detail().to_owned());
        }
    }

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
process.stdout.write(JSON.stringify(texts.map((text) => window.wsaerr.tokens(text))));
"#
    );
    let mut node = Command::new("node")
        .arg("-e")
        .arg(&program)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let input = serde_json::to_vec(&texts).unwrap();
    node.stdin.take().unwrap().write_all(&input).unwrap();
    let output = node.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let theirs: Vec<Vec<String>> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(theirs.len(), texts.len());
    for (text, page_tokens) in texts.iter().zip(theirs) {
        assert_eq!(page_tokens, tokens(text), "{text:?}");
    }
}
