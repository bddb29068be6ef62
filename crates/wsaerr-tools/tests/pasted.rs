//! Identifying codes from text as people paste it: the corpus in
//! `tests/fixtures/pasted/corpus.txt` (real lines from public bug reports
//! and documentation, each with its expected code and where it was seen).
//! At least 95% of the texts must put their code first, every text must
//! have it in the top three, and every text that states its code (a
//! number in context, a name) must put it first.

use wsaerr::{Catalog, Code};
use wsaerr_tools::search::{Index, Query};

struct Case {
    expected: Code,
    kind: String,
    lang: String,
    states: bool,
    source: String,
    text: String,
}

fn corpus() -> Vec<Case> {
    let file = include_str!("fixtures/pasted/corpus.txt");
    let mut cases: Vec<Case> = Vec::new();
    for line in file.lines() {
        if let Some(header) = line.strip_prefix("=== ") {
            let fields: Vec<&str> = header.split(" | ").map(str::trim).collect();
            assert_eq!(fields.len(), 5, "{line}");
            cases.push(Case {
                expected: Code::from_name(fields[0]).unwrap_or_else(|| panic!("{line}")),
                kind: fields[1].to_owned(),
                lang: fields[2].to_owned(),
                states: match fields[3] {
                    "states" => true,
                    "words" => false,
                    other => panic!("`{other}` in {line}"),
                },
                source: fields[4].to_owned(),
                text: String::new(),
            });
        } else if line.starts_with('#') {
            continue;
        } else if let Some(case) = cases.last_mut() {
            case.text.push_str(line);
            case.text.push('\n');
        }
    }
    cases
}

#[test]
fn the_corpus_is_real_and_varied() {
    let cases = corpus();
    assert!(cases.len() >= 60, "{} cases", cases.len());
    let mut kinds: Vec<&str> = cases.iter().map(|case| case.kind.as_str()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    assert!(kinds.len() >= 8, "{kinds:?}");
    for lang in ["en", "ja", "ko", "zh-CN", "zh-TW"] {
        assert!(cases.iter().any(|case| case.lang == lang), "{lang}");
    }
    for case in &cases {
        assert!(!case.text.trim().is_empty() && !case.source.is_empty());
    }
}

#[test]
fn pasted_text_puts_its_code_first() {
    let index = Index::new(Catalog::embedded(), None);
    let cases = corpus();
    let mut first = 0;
    let mut misses = Vec::new();
    for case in &cases {
        let hits = index.search(&Query::new(&case.text).unwrap());
        let rank = hits.iter().position(|hit| hit.code() == case.expected);
        if rank == Some(0) {
            first += 1;
        } else {
            let got: Vec<&str> = hits.iter().take(3).map(|hit| hit.code().name()).collect();
            misses.push(format!(
                "{:?} {} ({}, {}, {}): got {got:?}\n    {}",
                rank.map(|rank| rank + 1),
                case.expected.name(),
                case.kind,
                case.lang,
                if case.states { "states" } else { "words" },
                case.text.trim().lines().last().unwrap_or_default()
            ));
        }
        if case.states {
            assert_eq!(rank, Some(0), "a text that states its code: {}", case.text);
        }
        assert!(
            rank.is_some_and(|rank| rank < 3),
            "not in the top three: {} {}\n{:#?}",
            case.expected.name(),
            case.text,
            hits.iter().take(3).collect::<Vec<_>>()
        );
    }
    let share = first as f64 / cases.len() as f64;
    println!(
        "{first} of {} pasted texts put their code first ({:.1}%)",
        cases.len(),
        share * 100.0
    );
    assert!(
        share >= 0.95,
        "{:.1}% first; misses:\n{}",
        share * 100.0,
        misses.join("\n")
    );
}
