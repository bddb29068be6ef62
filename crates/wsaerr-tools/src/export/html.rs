//! The HTML edition: one self-contained page per locale.
//!
//! No network and no external asset: the style and the filter script are
//! inline, and a Content-Security-Policy allows exactly those two (by their
//! SHA-256 hashes) and nothing else, so even text that slipped past escaping
//! could not run. The filter applies the search rules of
//! [`crate::search`] to an index of tokens computed here.

use std::fmt::Write;

use base64::Engine;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::escape::{push_html, script_json};
use super::{file_name, grouped, Format};
use crate::search::{
    Index, CJK_RANGES, COMPOUNDS, MAX_QUERY_BYTES, MIN_STEM, PREFIX_EXPANSIONS, SHOWN_RATIO,
    SUFFIXES,
};
use wsaerr::{Catalog, Code, Label, Language};

const STYLE: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("page.js");

/// The value of a CSP `'sha256-…'` source for an inline element's content.
fn csp_hash(content: &str) -> String {
    let digest = Sha256::digest(content.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The Content-Security-Policy of every page.
pub(crate) fn content_security_policy() -> String {
    format!(
        "default-src 'none'; script-src {}; style-src {}; img-src 'none'; base-uri 'none'; form-action 'none'",
        csp_hash(SCRIPT),
        csp_hash(STYLE)
    )
}

/// The page of `language`, linking to the editions of `linked` (the
/// locales whose pages are written beside it).
pub(super) fn page(catalog: &Catalog, language: Language<'_>, linked: &[&str]) -> String {
    let tag = language.tag();
    let mut out = String::with_capacity(256 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"");
    push_html(&mut out, tag);
    out.push_str(if is_right_to_left(tag) {
        "\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n"
    } else {
        "\">\n<head>\n<meta charset=\"utf-8\">\n"
    });
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"");
    push_html(&mut out, &content_security_policy());
    out.push_str("\">\n<title>");
    let heading = language.label(Label::PageHeading);
    push_html(&mut out, &format!("{heading} ({tag}) · wsaerr"));
    out.push_str("</title>\n<style>");
    out.push_str(STYLE);
    out.push_str("</style>\n</head>\n<body>\n<header>\n<h1");
    lang_if_other(&mut out, heading.locale(), tag);
    out.push('>');
    push_html(&mut out, heading.text());
    out.push_str(" <span class=\"tag\">");
    push_html(&mut out, tag);
    out.push_str("</span></h1>\n");
    editions(&mut out, catalog, language, linked);
    search_box(&mut out, language);
    out.push_str("</header>\n<main>\n");
    for (group, codes) in grouped() {
        let name = language.label(Label::Group(group));
        let _ = write!(
            out,
            "<section class=\"group\" id=\"group-{}\">\n<h2",
            group.as_str()
        );
        lang_if_other(&mut out, name.locale(), tag);
        out.push('>');
        push_html(&mut out, name.text());
        let _ = writeln!(out, " <code>{}</code></h2>", group.as_str());
        for code in codes {
            entry(&mut out, language, code);
        }
        out.push_str("</section>\n");
    }
    out.push_str("</main>\n");
    out.push_str("<script type=\"application/json\" id=\"wsaerr-index\">");
    out.push_str(&script_json(&index_json(language)));
    out.push_str("</script>\n<script>");
    out.push_str(SCRIPT);
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

/// Links to the pages of the other locales of `linked`, by relative file
/// name, in the catalog's order; nothing when there are none: a page never
/// links to an edition that was not written beside it.
fn editions(out: &mut String, catalog: &Catalog, language: Language<'_>, linked: &[&str]) {
    let current = language.tag();
    let shown: Vec<&str> = catalog
        .locales()
        .filter(|tag| *tag == current || linked.contains(tag))
        .collect();
    if shown.iter().all(|tag| *tag == current) {
        return;
    }
    out.push_str("<nav class=\"editions\" aria-label=\"");
    push_html(out, language.label(Label::PageLanguages).text());
    out.push_str("\">");
    for tag in shown {
        if tag == current {
            out.push_str("<strong lang=\"");
            push_html(out, tag);
            out.push_str("\">");
            push_html(out, tag);
            out.push_str("</strong> ");
        } else {
            out.push_str("<a href=\"");
            push_html(out, &file_name(tag, Format::Html));
            out.push_str("\" hreflang=\"");
            push_html(out, tag);
            out.push_str("\" lang=\"");
            push_html(out, tag);
            out.push_str("\">");
            push_html(out, tag);
            out.push_str("</a> ");
        }
    }
    out.push_str("</nav>\n");
}

/// The filter box; its example is WSAETIMEDOUT's own title in this locale.
fn search_box(out: &mut String, language: Language<'_>) {
    let example = language.description(Code::WSAETIMEDOUT);
    out.push_str("<input type=\"search\" id=\"filter\" autocomplete=\"off\" aria-label=\"");
    push_html(out, language.label(Label::PageFilter).text());
    out.push_str("\" placeholder=\"");
    push_html(
        out,
        &format!(
            "10060 · WSAETIMEDOUT · {}",
            example.title().trim_end_matches(['.', '。'])
        ),
    );
    // The filter's own messages, for its script to show.
    out.push_str("\">\n<p id=\"status\" aria-live=\"polite\" data-too-long=\"");
    push_html(out, language.label(Label::QueryTooLong).text());
    out.push_str("\"></p>\n");
}

/// ` lang="en-US"` where a text came from another locale than the page's.
fn lang_if_other(out: &mut String, locale: &str, page: &str) {
    if locale != page {
        out.push_str(" lang=\"");
        push_html(out, locale);
        out.push('"');
    }
}

fn entry(out: &mut String, language: Language<'_>, code: Code) {
    let text = language.description(code);
    let name = code.name();
    let _ = write!(
        out,
        "<article class=\"code\" id=\"{name}\">\n<h3><a href=\"#{name}\">{name}</a> <span class=\"number\">{value} · {value:#06X}</span></h3>\n",
        value = code.value(),
    );
    if !code.aliases().is_empty() {
        out.push_str("<p class=\"aliases\">");
        push_html(out, &code.aliases().join(", "));
        out.push_str("</p>\n");
    }
    paragraph(out, "title", text.title(), text.locale(), language.tag());
    paragraph(
        out,
        "detail",
        text.detail(),
        text.detail_locale(),
        language.tag(),
    );
    out.push_str("</article>\n");
}

/// A paragraph of catalog text; text that fell back to another locale says
/// so. On a right-to-left page each run of Latin letters and digits (a code
/// name, a number, `sizeof(sockaddr)`) is isolated in `<bdi>`, so that it
/// keeps its own order inside the sentence around it.
fn paragraph(out: &mut String, class: &str, text: &str, locale: &str, page_locale: &str) {
    let _ = write!(out, "<p class=\"{class}\"");
    if locale != page_locale {
        out.push_str(" lang=\"");
        push_html(out, locale);
        out.push('"');
        if is_right_to_left(page_locale) && !is_right_to_left(locale) {
            out.push_str(" dir=\"ltr\"");
        }
    }
    out.push('>');
    if is_right_to_left(locale) {
        push_isolating_latin(out, text);
    } else {
        push_html(out, text);
    }
    out.push_str("</p>\n");
}

/// `text` escaped, with each run that starts with a Latin letter or digit
/// and goes on with letters, digits and the marks code names use
/// (`_ . ( ) / : -`) in `<bdi>`.
fn push_isolating_latin(out: &mut String, text: &str) {
    let starts = |c: char| c.is_ascii_alphanumeric();
    let continues = |c: char| c.is_ascii_alphanumeric() || "_.()/:-".contains(c);
    let mut rest = text;
    while let Some(start) = rest.find(starts) {
        push_html(out, &rest[..start]);
        let run = &rest[start..];
        let mut end = run.find(|c: char| !continues(c)).unwrap_or(run.len());
        // A sentence's full stop or a closing bracket after a name is the sentence's.
        while end > 1 && run[..end].ends_with(['.', ':', ')']) && !balanced_call(&run[..end]) {
            end -= 1;
        }
        out.push_str("<bdi>");
        push_html(out, &run[..end]);
        out.push_str("</bdi>");
        rest = &run[end..];
    }
    push_html(out, rest);
}

/// Whether a run ends with a call's closing bracket (`sizeof(sockaddr)`).
fn balanced_call(run: &str) -> bool {
    run.ends_with(')') && run.matches('(').count() == run.matches(')').count()
}

/// Whether a locale's language is written right to left (its likely script
/// is Arabic, Hebrew, Syriac, Thaana, N'Ko or Adlam).
pub(crate) fn is_right_to_left(tag: &str) -> bool {
    let Ok(mut id) = tag.parse::<unic_langid::LanguageIdentifier>() else {
        return false;
    };
    id.maximize();
    id.script.is_some_and(|script| {
        matches!(
            script.as_str(),
            "Arab" | "Hebr" | "Syrc" | "Thaa" | "Nkoo" | "Adlm" | "Rohg"
        )
    })
}

/// The rules and the index's weights the page's filter works from: the
/// same terms and the same sums as `wsaerr search --lang` in the page's
/// language.
fn index_json(language: Language<'_>) -> String {
    let index = Index::of_language(language);
    let codes: Vec<serde_json::Value> = Code::ALL
        .iter()
        .map(|code| json!({ "id": code.name(), "value": code.value() }))
        .collect();
    let weights = index.weights();
    let documents = weights.documents;
    let weights: serde_json::Map<String, serde_json::Value> = weights
        .terms
        .into_iter()
        .map(|(term, list)| {
            let list: Vec<serde_json::Value> = list
                .into_iter()
                .map(|(code, weight)| json!([code, weight]))
                .collect();
            (term.to_owned(), serde_json::Value::Array(list))
        })
        .collect();
    let rules = json!({
        "cjk": CJK_RANGES,
        "maxBytes": MAX_QUERY_BYTES,
        "compounds": COMPOUNDS.iter().map(|(word, parts)| json!([word, parts])).collect::<Vec<_>>(),
        "suffixes": SUFFIXES,
        "minStem": MIN_STEM,
        "shownRatio": SHOWN_RATIO,
        "prefixExpansions": PREFIX_EXPANSIONS,
    });
    json!({ "rules": rules, "codes": codes, "documents": documents, "weights": weights })
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn right_to_left_languages() {
        assert!(is_right_to_left("ar-SA"));
        assert!(is_right_to_left("he"));
        assert!(!is_right_to_left("ko-KR"));
        assert!(!is_right_to_left("not a tag"));
    }

    #[test]
    fn latin_runs_are_isolated() {
        let mut out = String::new();
        push_isolating_latin(
            &mut out,
            "فشلت الدالة WSAStartup (10060) أو sizeof(sockaddr).",
        );
        assert_eq!(
            out,
            "فشلت الدالة <bdi>WSAStartup</bdi> (<bdi>10060</bdi>) أو <bdi>sizeof(sockaddr)</bdi>."
        );
    }
}
