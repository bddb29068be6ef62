//! How long identifying a code from pasted text takes, and that it grows
//! linearly with the text.
//!
//! The pasted text is the corpus of real pasted lines
//! (`tests/fixtures/pasted/corpus.txt`) repeated to 6.4 KiB and to 64 KiB
//! (the most a search reads), and a ten-word query. Measured, with an index
//! of every locale built beforehand (as `wsaerr search` builds it once):
//!
//! - `search`: [`Query::new`] (terms and evidence) and [`Index::search`];
//! - `terms`: cutting the same text into terms alone, the baseline: the
//!   least any search must do with the text.
//!
//! Criterion reports each, and building the index; then (under `cargo
//! bench` only) the two sizes are timed again in alternation and printed
//! with the ratios t(64 KiB) / t(6.4 KiB) (linear: about 10) and
//! search / terms at each size (flat when search is linear in the text).
//!
//! ```sh
//! cargo bench -p wsaerr-tools --bench search
//! ```

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput};
use wsaerr::Catalog;
use wsaerr_tools::search::{terms, Index, Query, MAX_QUERY_BYTES};

const TEN_WORDS: &str = "No connection could be made because the target machine actively refused";

/// The corpus's texts, repeated until `bytes` long (cut at a line).
fn pasted(bytes: usize) -> String {
    let corpus = include_str!("../tests/fixtures/pasted/corpus.txt");
    let lines: Vec<&str> = corpus
        .lines()
        .filter(|line| !line.starts_with('#') && !line.starts_with("===") && !line.is_empty())
        .collect();
    let mut text = String::new();
    for line in lines.iter().cycle() {
        if text.len() + line.len() + 1 > bytes {
            break;
        }
        text.push_str(line);
        text.push('\n');
    }
    text
}

fn search(index: &Index<'_>, text: &str) -> usize {
    index
        .search(&Query::new(text).expect("a text with words"))
        .len()
}

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

/// The median time of `run` on `text`, over samples of enough calls to be
/// above the timer's noise.
fn time(run: &dyn Fn(&str), text: &str, rounds: usize) -> f64 {
    let start = Instant::now();
    run(text);
    let once = start.elapsed();
    let calls =
        (Duration::from_millis(20).as_nanos() / once.as_nanos().max(1)).clamp(1, 1000) as u32;
    let samples = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..calls {
                run(text);
            }
            start.elapsed().as_secs_f64() / f64::from(calls)
        })
        .collect();
    median(samples)
}

fn main() {
    let catalog = Catalog::embedded();
    let index = Index::new(catalog, None);
    let small = pasted(MAX_QUERY_BYTES / 10);
    let large = pasted(MAX_QUERY_BYTES);

    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    criterion.bench_function("build the index of every locale", |b| {
        b.iter(|| black_box(Index::new(catalog, None)))
    });
    let mut group = criterion.benchmark_group("search");
    for (name, text) in [
        ("ten words", TEN_WORDS),
        ("6.4 KiB", &small),
        ("64 KiB", &large),
    ] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("search", name), text, |b, text| {
            b.iter(|| black_box(search(&index, text)))
        });
        group.bench_with_input(BenchmarkId::new("terms", name), text, |b, text| {
            b.iter(|| black_box(terms(text).len()))
        });
    }
    group.finish();
    criterion.final_summary();

    // `cargo test --benches` runs this binary without `--bench`: a smoke test only.
    if !std::env::args().any(|arg| arg == "--bench") {
        return;
    }
    const ROUNDS: usize = 9;
    let searching = |text: &str| {
        black_box(search(&index, text));
    };
    let cutting = |text: &str| {
        black_box(terms(text).len());
    };
    let mut rows = Vec::new();
    for _ in 0..3 {
        // Alternating, so that a noisy neighbour hits every case alike.
        rows.push([
            time(&searching, TEN_WORDS, ROUNDS),
            time(&searching, &small, ROUNDS),
            time(&searching, &large, ROUNDS),
            time(&cutting, &small, ROUNDS),
            time(&cutting, &large, ROUNDS),
        ]);
    }
    let pick = |column: usize| median(rows.iter().map(|row| row[column]).collect());
    let (ten, search_small, search_large, terms_small, terms_large) =
        (pick(0), pick(1), pick(2), pick(3), pick(4));
    println!("\nMedians of alternating samples, an index of every locale built beforehand:");
    println!("  ten-word query:           search {:>9.1} µs", ten * 1e6);
    println!(
        "  {:>6} B pasted:          search {:>9.1} µs   terms {:>9.1} µs   search/terms {:>5.1}",
        small.len(),
        search_small * 1e6,
        terms_small * 1e6,
        search_small / terms_small
    );
    println!(
        "  {:>6} B pasted:          search {:>9.1} µs   terms {:>9.1} µs   search/terms {:>5.1}",
        large.len(),
        search_large * 1e6,
        terms_large * 1e6,
        search_large / terms_large
    );
    println!(
        "  t(64 KiB) / t(6.4 KiB):    search {:>5.1}   terms {:>5.1}   (linear: about 10)",
        search_large / search_small,
        terms_large / terms_small
    );
}
