//! `wsaerr export` through its real binary: the three formats, every locale,
//! and catalog text that must never become markup.

use std::path::PathBuf;

use base64::Engine;
use serde_json::Value;
use sha2::{Digest, Sha256};
use wsaerr::{Catalog, Code, Group};
use wsaerr_tools::export::export;

mod common;
use common::wsaerr;

/// Text as the pages must escape it in HTML, written here apart from the
/// exporter's own code.
fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Text as one Markdown table cell must be escaped, written here apart from
/// the exporter's own code.
fn markdown_escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '\r' | '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push(' '),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '|' | '\\' | '`' | '*' | '_' | '[' | ']' | '~' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

fn hostile() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/catalogs/hostile")
}

/// Runs the binary, expects exit 0, returns stdout.
fn exported(args: &[&str]) -> String {
    let output = wsaerr().args(args).output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The content of every `<tag>` element in `page`, in order.
fn elements<'p>(page: &'p str, tag: &str) -> Vec<&'p str> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    page.match_indices(&open)
        .map(|(at, _)| {
            let start = at + page[at..].find('>').unwrap() + 1;
            let end = start + page[start..].find(&close).unwrap();
            &page[start..end]
        })
        .collect()
}

#[test]
fn html_page_has_every_code_with_its_anchor_text_and_numbers() {
    let catalog = Catalog::embedded();
    let language = catalog.language("zh-CN");
    let page = exported(&["export", "--format", "html", "--lang", "zh-CN"]);
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n"));
    assert!(
        page.contains(r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#)
    );
    assert!(page.contains(r#"<input type="search" id="filter""#));
    assert_eq!(
        page.matches("<article class=\"code\" id=\"").count(),
        Code::ALL.len()
    );
    for &code in Code::ALL {
        let text = language.description(code);
        let anchor = format!("<article class=\"code\" id=\"{}\">", code.name());
        assert_eq!(page.matches(&anchor).count(), 1, "{code:?}");
        let numbers = format!("{} · {:#06X}", code.value(), code.value());
        assert!(page.contains(&numbers), "{code:?}");
        assert!(
            page.contains(&format!(">{}</p>", html_escape(text.title()))),
            "{code:?}"
        );
        assert!(
            page.contains(&format!(">{}</p>", html_escape(text.detail()))),
            "{code:?}"
        );
    }
}

#[test]
fn every_edition_names_its_groups_and_its_page_in_its_own_language() {
    let catalog = wsaerr::Catalog::embedded();
    for tag in catalog.locales() {
        let language = catalog.language(tag);
        let page = exported(&["export", "--format", "html", "--lang", tag]);
        let heading = language.label(wsaerr::Label::PageHeading);
        assert!(
            page.contains(&format!(
                "<h1>{} <span class=\"tag\">{tag}</span></h1>",
                html_escape(heading.text())
            )),
            "{tag}"
        );
        for &group in Group::ALL {
            let name = language.label(wsaerr::Label::Group(group));
            assert_eq!(name.locale(), tag);
            assert!(
                page.contains(&format!(
                    "<h2>{} <code>{}</code></h2>",
                    html_escape(name.text()),
                    group.as_str()
                )),
                "{tag} {group}"
            );
        }
        let filter = language.label(wsaerr::Label::PageFilter);
        assert!(
            page.contains(&format!("aria-label=\"{}\"", html_escape(filter.text()))),
            "{tag}"
        );
        let markdown = exported(&["export", "--format", "markdown", "--lang", tag]);
        assert!(
            markdown.starts_with(&format!("# {} ({tag})\n", heading.text())),
            "{tag}"
        );
    }
}

#[test]
fn html_groups_follow_the_code_table() {
    let page = exported(&["export", "--format", "html", "--lang", "en-US"]);
    let sections = elements(&page, "section");
    let groups: Vec<Group> = Group::ALL
        .iter()
        .copied()
        .filter(|&group| Code::ALL.iter().any(|code| code.group() == group))
        .collect();
    assert_eq!(sections.len(), groups.len());
    for (section, group) in sections.iter().zip(groups) {
        let codes: Vec<Code> = Code::ALL
            .iter()
            .copied()
            .filter(|c| c.group() == group)
            .collect();
        assert!(section.contains(&format!("<code>{}</code></h2>", group.as_str())));
        assert_eq!(section.matches("<article ").count(), codes.len(), "{group}");
        for code in codes {
            assert!(
                section.contains(&format!("id=\"{}\"", code.name())),
                "{code:?}"
            );
        }
    }
}

#[test]
fn html_links_to_every_other_edition_with_hreflang() {
    let catalog = Catalog::embedded();
    let site = tempfile::tempdir().unwrap();
    let out = site.path().to_str().unwrap();
    exported(&["export", "--format", "html", "--all", "--out", out]);
    for tag in catalog.locales() {
        let page = std::fs::read_to_string(site.path().join(format!("{tag}.html"))).unwrap();
        // Arabic reads right to left; every other edition left to right.
        let dir = if tag == "ar-SA" { " dir=\"rtl\"" } else { "" };
        assert!(
            page.contains(&format!("<html lang=\"{tag}\"{dir}>")),
            "{tag}"
        );
        for other in catalog.locales() {
            let link = format!("<a href=\"{other}.html\" hreflang=\"{other}\" lang=\"{other}\">");
            assert_eq!(page.contains(&link), other != tag, "{tag} → {other}");
        }
    }
}

#[test]
fn a_page_written_alone_links_to_no_edition_it_did_not_write() {
    let site = tempfile::tempdir().unwrap();
    let out = site.path().to_str().unwrap();
    let wrote = exported(&["export", "--format", "html", "--lang", "ko", "--out", out]);
    let page = site.path().join("ko-KR.html");
    assert_eq!(wrote, format!("wrote {}\n", page.display()));
    let names: Vec<_> = std::fs::read_dir(site.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert_eq!(names, ["ko-KR.html"]);
    let page = std::fs::read_to_string(page).unwrap();
    // The links a page has: to its own codes (`#NAME`), and nothing else.
    let links: Vec<&str> = page
        .split("href=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect();
    assert_eq!(links.len(), Code::ALL.len());
    assert!(links.iter().all(|link| link.starts_with('#')), "{links:?}");
    assert!(!page.contains("<nav"));

    // Printed, a page is written beside nothing either.
    let printed = exported(&["export", "--format", "html", "--lang", "ko"]);
    assert!(!printed.contains("hreflang"));
    assert!(!printed.contains("<nav"));

    // Two editions link to each other and to no third.
    exported(&["export", "--format", "html", "--lang", "ja", "--out", out]);
    let japanese = std::fs::read_to_string(site.path().join("ja-JP.html")).unwrap();
    assert!(!japanese.contains("hreflang"), "ja-JP was written alone");
}

#[test]
fn html_is_self_contained_and_its_policy_allows_only_its_own_script_and_style() {
    let page = exported(&["export", "--format", "html", "--lang", "ko"]);
    for external in ["<link", " src=", "href=\"http", "url(", "@import"] {
        assert!(!page.contains(external), "{external}");
    }
    let hash = |content: &str| {
        format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(content.as_bytes()))
        )
    };
    let scripts = elements(&page, "script");
    assert_eq!(scripts.len(), 2);
    assert!(page.contains("<script type=\"application/json\" id=\"wsaerr-index\">"));
    let styles = elements(&page, "style");
    assert_eq!(styles.len(), 1);
    let policy = format!(
        "default-src 'none'; script-src {}; style-src {}; img-src 'none'; base-uri 'none'; form-action 'none'",
        hash(scripts[1]),
        hash(styles[0])
    );
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        html_escape(&policy)
    );
    assert!(page.contains(&meta), "{meta}");
    let index: Value = serde_json::from_str(scripts[0]).unwrap();
    assert_eq!(index["codes"].as_array().unwrap().len(), Code::ALL.len());
    assert_eq!(index["codes"][0]["id"], Code::ALL[0].name());
}

#[test]
fn hostile_catalog_text_shows_as_text_in_html() {
    let dir = hostile();
    let page = exported(&[
        "export",
        "--format",
        "html",
        "--lang",
        "ko-KR",
        "--locales",
        dir.to_str().unwrap(),
    ]);
    assert!(page.contains(
        "<p class=\"title\">&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; | pipe</p>"
    ));
    assert!(page.contains(
        "<p class=\"detail\">&lt;img src=x onerror=alert(&#39;detail&#39;)&gt; &amp; &quot;quotes&quot; &lt;/script&gt;&lt;!--</p>"
    ));
    assert!(!page.contains("<img"));
    assert!(!page.contains("<script>alert"));
    assert!(!page.contains("<!--"));
    assert_eq!(page.matches("<script").count(), 2);
    assert_eq!(page.matches("</script>").count(), 2);
    let scripts = elements(&page, "script");
    let index: Value = serde_json::from_str(scripts[0]).unwrap();
    // The hostile title's words are data in the filter's index, under the
    // code they belong to.
    let timedout = Code::ALL
        .iter()
        .position(|&code| code == Code::WSAETIMEDOUT)
        .unwrap();
    let postings = index["weights"]["script"].as_array().unwrap();
    assert!(postings
        .iter()
        .any(|posting| index["documents"][posting[0].as_u64().unwrap() as usize][0] == timedout));
}

#[test]
fn markdown_is_one_row_per_code_with_escaped_cells() {
    let catalog = Catalog::embedded();
    let language = catalog.language("zh-CN");
    let table = exported(&["export", "--format", "markdown", "--lang", "zh-CN"]);
    // The headings are the edition's own words.
    assert_eq!(
        table.lines().nth(2),
        Some("| 名称 | 编号 | 十六进制 | 分组 | 标题 | 说明 |")
    );
    let rows: Vec<&str> = table
        .lines()
        .filter(|line| line.starts_with("| WSA"))
        .collect();
    assert_eq!(rows.len(), Code::ALL.len());
    for &code in Code::ALL {
        let text = language.description(code);
        let cells = format!(
            "| {} | {} |",
            markdown_escape(text.title()),
            markdown_escape(text.detail())
        );
        let start = format!("| {} | {} | ", markdown_escape(code.name()), code.value());
        let row = rows.iter().find(|row| row.starts_with(&start)).unwrap();
        assert!(row.ends_with(&cells), "{code:?}");
    }
    // The rows come in the order `wsaerr list` shows the codes.
    let listed = exported(&["list", "--json", "--lang", "zh-CN"]);
    let listed: Vec<Value> = serde_json::from_str(&listed).unwrap();
    let listed: Vec<String> = listed
        .iter()
        .map(|text| format!("| {} | ", markdown_escape(text["name"].as_str().unwrap())))
        .collect();
    assert_eq!(rows.len(), listed.len());
    for (row, start) in rows.iter().zip(&listed) {
        assert!(row.starts_with(start.as_str()), "{row} is not {start}");
    }

    let dir = hostile();
    let table = exported(&[
        "export",
        "--format",
        "md",
        "--lang",
        "ko-KR",
        "--locales",
        dir.to_str().unwrap(),
    ]);
    let unescaped_pipes = |row: &str| {
        row.char_indices()
            .filter(|&(at, c)| c == '|' && !row[..at].ends_with('\\'))
            .count()
    };
    let rows: Vec<&str> = table
        .lines()
        .filter(|line| line.starts_with("| WSA"))
        .collect();
    assert_eq!(rows.len(), Code::ALL.len());
    for row in &rows {
        assert_eq!(unescaped_pipes(row), 7, "{row}");
    }
    let reset = rows
        .iter()
        .find(|row| row.starts_with("| WSAECONNRESET |"))
        .unwrap();
    assert!(reset.contains(
        r"| First line second \| line | \*not bold\* \_not em\_ \[not\](a-link) \`not code\` |"
    ));
    let timedout = rows
        .iter()
        .find(|row| row.starts_with("| WSAETIMEDOUT |"))
        .unwrap();
    assert!(timedout.contains("&lt;script&gt;alert(\"title\")&lt;/script&gt; \\| pipe"));
}

#[test]
fn json_maps_each_name_to_its_text_in_numeric_order() {
    let catalog = Catalog::embedded();
    for tag in catalog.locales() {
        let language = catalog.language(tag);
        let json: Value =
            serde_json::from_str(&exported(&["export", "--format", "json", "--lang", tag]))
                .unwrap();
        assert_eq!(json["locale"], tag);
        let codes = json["codes"].as_object().unwrap();
        assert_eq!(codes.len(), Code::ALL.len());
        for &code in Code::ALL {
            let text = language.description(code);
            let entry = &codes[code.name()];
            assert_eq!(entry["code"], code.value());
            assert_eq!(entry["group"], code.group().as_str());
            assert_eq!(entry["title"], text.title());
            assert_eq!(entry["detail"], text.detail());
            assert_eq!(entry["locale"], text.locale());
            assert_eq!(entry["detail_locale"], text.detail_locale());
        }
    }
    // Numeric order in the text itself, for readers of the file.
    let text = exported(&["export", "--format", "json", "--lang", "en"]);
    let positions: Vec<usize> = Code::ALL
        .iter()
        .map(|code| text.find(&format!("\"{}\": {{", code.name())).unwrap())
        .collect();
    assert!(positions.windows(2).all(|pair| pair[0] < pair[1]));
}

#[test]
fn all_writes_one_file_per_locale() {
    let catalog = Catalog::embedded();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pages");
    for (format, extension) in [("html", "html"), ("markdown", "md"), ("json", "json")] {
        let stdout = exported(&[
            "export",
            "--format",
            format,
            "--all",
            "--out",
            out.to_str().unwrap(),
        ]);
        let expected: String = catalog
            .locales()
            .map(|tag| {
                format!(
                    "wrote {}\n",
                    out.join(format!("{tag}.{extension}")).display()
                )
            })
            .collect();
        assert_eq!(stdout, expected);
        for tag in catalog.locales() {
            let written = std::fs::read_to_string(out.join(format!("{tag}.{extension}"))).unwrap();
            // Each as the library exports it for a set of every edition
            // (a page printed alone is the same but for its links).
            let edition = export(catalog, catalog.language(tag), format.parse().unwrap());
            assert!(written == edition, "{tag}.{extension}");
            let printed = exported(&["export", "--format", format, "--lang", tag]);
            assert_eq!(written == printed, format != "html", "{tag}.{extension}");
        }
    }
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names.len(), 3 * catalog.locales().count());
}

#[test]
fn the_language_comes_from_the_environment_without_lang() {
    let output = wsaerr()
        .args(["export", "--format", "json"])
        .env("LANG", "ko_KR.UTF-8")
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["locale"], "ko-KR");
    let json: Value = serde_json::from_str(&exported(&["export", "--format", "json"])).unwrap();
    assert_eq!(json["locale"], "en-US");
}

#[test]
fn bad_usage_exits_2_with_one_line() {
    let missing = tempfile::tempdir().unwrap().path().join("missing");
    let cases: Vec<Vec<&str>> = vec![
        vec!["export", "--format", "pdf"],
        vec!["export", "--format", "html", "--all"],
        vec![
            "export", "--format", "html", "--all", "--lang", "ko", "--out", "x",
        ],
        vec!["export"],
        vec![
            "export",
            "--format",
            "html",
            "--locales",
            missing.to_str().unwrap(),
        ],
    ];
    for args in cases {
        let output = wsaerr().args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn an_out_path_that_is_a_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("file");
    std::fs::write(&file, "").unwrap();
    let output = wsaerr()
        .args([
            "export",
            "--format",
            "json",
            "--out",
            file.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.starts_with("error: cannot create "), "{stderr}");
    assert_eq!(stderr.lines().count(), 1);
}

#[test]
fn html_marks_text_that_fell_back_to_english() {
    let dir =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/catalogs/partial");
    let catalog = Catalog::from_dir(&dir).unwrap();
    let language = catalog.language("ja-JP");
    let page = exported(&[
        "export",
        "--format",
        "html",
        "--lang",
        "ja-JP",
        "--locales",
        dir.to_str().unwrap(),
    ]);
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"ja-JP\">\n"));
    for &code in Code::ALL {
        let text = language.description(code);
        for (class, body, locale) in [
            ("title", text.title(), text.locale()),
            ("detail", text.detail(), text.detail_locale()),
        ] {
            let lang = if locale == "ja-JP" {
                String::new()
            } else {
                format!(" lang=\"{locale}\"")
            };
            let paragraph = format!("<p class=\"{class}\"{lang}>{}</p>", html_escape(body));
            assert!(page.contains(&paragraph), "{code:?} {class}");
        }
    }
    let own = language.description(Code::WSAETIMEDOUT);
    assert_eq!(own.locale(), "ja-JP");
    assert_ne!(language.description(Code::WSAEINTR).locale(), "ja-JP");
}

#[test]
fn the_arabic_page_isolates_code_names_inside_its_sentences() {
    let page = exported(&["export", "--format", "html", "--lang", "ar"]);
    let text = wsaerr::describe(Code::WSANOTINITIALISED, "ar-SA").unwrap();
    assert!(text.detail().contains("WSAStartup"));
    // The page's paragraph holds the detail with each Latin run in <bdi>.
    let paragraphs = elements(&page, "p");
    let detail = paragraphs
        .iter()
        .find(|p| p.contains("<bdi>WSAStartup</bdi>"))
        .expect("a paragraph with WSAStartup isolated");
    // No Latin run is left outside an isolate in the Arabic text.
    let bare = detail
        .split("<bdi>")
        .map(|piece| piece.split_once("</bdi>").map_or(piece, |(_, after)| after))
        .collect::<String>();
    assert!(!bare.contains("WSAStartup"), "{detail}");
}

/// Catalog text that would drive a terminal comes out of every format
/// without a raw control character, on stdout as in files.
#[test]
fn no_format_writes_a_raw_control_character_from_catalog_text() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("ko-KR")).unwrap();
    std::fs::write(
        dir.path().join("ko-KR/winsock.ftl"),
        "WSAEINTR = 제목\u{1b}]0;evil\u{7}\u{1b}[2J 끝.\n    .detail = 설명\u{9b}31m.\n",
    )
    .unwrap();
    for format in ["html", "markdown", "json"] {
        let output = wsaerr()
            .args(["export", "--format", format, "--lang", "ko", "--locales"])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{format}");
        let page = String::from_utf8(output.stdout).unwrap();
        let raw: Vec<char> = page
            .chars()
            .filter(|c| c.is_control() && !matches!(c, '\n' | '\t'))
            .collect();
        assert!(raw.is_empty(), "{format}: {raw:?}");
        assert!(page.contains("evil"), "{format}");
    }
}

/// On a full disk an export fails (exit 2) and leaves the edition that was
/// there whole, with no partial file beside it. Needs a small tmpfs, which
/// only a privileged run can mount: elsewhere the test says so and passes.
#[cfg(target_os = "linux")]
#[test]
fn an_export_on_a_full_disk_leaves_the_previous_page_whole() {
    let dir = tempfile::tempdir().unwrap();
    let disk = dir.path().join("disk");
    std::fs::create_dir(&disk).unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
        .arg(&disk)
        .output();
    match &mounted {
        Ok(output) if output.status.success() => {}
        Ok(output) => {
            println!(
                "skipped: cannot mount a tmpfs here: {}",
                String::from_utf8_lossy(&output.stderr).trim()
            );
            return;
        }
        Err(error) => {
            println!("skipped: no `mount` to run: {error}");
            return;
        }
    }
    struct Unmount<'p>(&'p std::path::Path);
    impl Drop for Unmount<'_> {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount").arg(self.0).status();
        }
    }
    let _unmount = Unmount(&disk);

    let export = || {
        wsaerr()
            .args(["export", "--format", "html", "--lang", "en-US", "--out"])
            .arg(&disk)
            .output()
            .unwrap()
    };
    let first = export();
    assert_eq!(
        first.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let page = disk.join("en-US.html");
    let before = std::fs::read(&page).unwrap();
    // Fill what is left, so that no second copy of the page fits.
    let filler = vec![0u8; 64 * 1024];
    let mut file = std::fs::File::create(disk.join("filler")).unwrap();
    while std::io::Write::write_all(&mut file, &filler).is_ok() {}
    drop(file);

    let second = export();
    assert_eq!(
        second.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&second.stdout)
    );
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(stderr.starts_with("error: cannot write "), "{stderr}");
    assert_eq!(
        std::fs::read(&page).unwrap(),
        before,
        "the previous page changed"
    );
    let mut names: Vec<String> = std::fs::read_dir(&disk)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["en-US.html", "filler"]);
}
