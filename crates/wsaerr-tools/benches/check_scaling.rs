//! Whether loading and checking a catalog take time in proportion to the
//! file, whatever the file holds.
//!
//! Eight shapes of a hostile or broken `ko-KR/winsock.ftl`, each written at
//! a size n and at 10·n:
//!
//! | shape | n |
//! |---|---:|
//! | junk lines (`x`), every line a syntax error | 8,000 lines |
//! | unknown message ids, each with a `.detail` | 5,000 messages |
//! | one message whose id is `WSAE` and a run of `X` | 300 KB id |
//! | one message of `{ "가" }` placeables on one line | 10,000 placeables |
//! | one message whose every line holds a sign of a broken encoding | 8,000 lines |
//! | `WSAEINTR` defined again and again | 10,000 definitions |
//! | one title of distinct doubled words (`w1 w1 w2 w2 …`) | 5,000 words |
//! | one detail of distinct unknown identifiers (`SO_X1 SO_X2 …`) | 5,000 identifiers |
//!
//! For each, `Catalog::from_dir` (load) and `check::check_dir` (check) are
//! measured. Criterion reports each; then (under `cargo bench` only) the two
//! sizes are timed again in alternation and the ratio t(10·n) / t(n) is
//! printed. Work that grows linearly gives about 10 (a little less while a
//! fixed cost, such as building the built-in English, still shows at n);
//! work that grows with the square of the input gives about 100. Anything
//! past about 25 is a bug. Between 10 and 20 is what memory gives a linear
//! pass: the file at n and what is built from it still fit in the processor's
//! caches, at 10·n they no longer do (doubling a size past that costs about
//! 2.1 times the time).
//!
//! ```sh
//! cargo bench --bench check_scaling
//! cargo bench --bench check_scaling -- --quick   # Criterion's shorter runs
//! ```

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput};
use tempfile::TempDir;
use wsaerr::Catalog;

/// A shape of file: its name, the size n and what it holds at a given size.
struct Shape {
    name: &'static str,
    unit: &'static str,
    n: usize,
    write: fn(usize) -> String,
}

const SHAPES: [Shape; 8] = [
    Shape {
        name: "junk lines",
        unit: "lines",
        n: 8_000,
        write: junk_lines,
    },
    Shape {
        name: "unknown ids",
        unit: "messages",
        n: 5_000,
        write: unknown_ids,
    },
    Shape {
        name: "huge id",
        unit: "bytes of id",
        n: 300_000,
        write: huge_id,
    },
    Shape {
        name: "placeables",
        unit: "placeables",
        n: 10_000,
        write: placeables,
    },
    Shape {
        name: "encoding signs",
        unit: "lines",
        n: 8_000,
        write: encoding_signs,
    },
    Shape {
        name: "duplicates",
        unit: "definitions",
        n: 10_000,
        write: duplicates,
    },
    Shape {
        name: "doubled words",
        unit: "words",
        n: 5_000,
        write: doubled_words,
    },
    Shape {
        name: "unknown identifiers",
        unit: "identifiers",
        n: 5_000,
        write: unknown_identifiers,
    },
];

fn junk_lines(lines: usize) -> String {
    "x\n".repeat(lines)
}

fn unknown_ids(messages: usize) -> String {
    let mut text = String::new();
    for i in 0..messages {
        writeln!(text, "WSAEUNKNOWN{i} = 값\n    .detail = 설명").unwrap();
    }
    text
}

fn huge_id(len: usize) -> String {
    format!("WSAE{} = 값\n", "X".repeat(len))
}

fn placeables(count: usize) -> String {
    format!("WSAEINTR = {}\n", r#"{ "가" }"#.repeat(count))
}

/// One multiline title, each line with one of the signs the checker reports:
/// a control character, a stray byte order mark, U+FFFD, mojibake, `???`.
fn encoding_signs(lines: usize) -> String {
    const SIGNS: [&str; 5] = ["\u{7}", "\u{feff}", "\u{fffd}", "Ã©", "???"];
    let mut text = String::from("WSAEINTR =\n");
    for i in 0..lines {
        writeln!(text, "    값 {} 설명", SIGNS[i % SIGNS.len()]).unwrap();
    }
    text
}

fn doubled_words(words: usize) -> String {
    let mut text = String::from("WSAEINTR =");
    for i in 0..words {
        write!(text, " 단어{i} 단어{i}").unwrap();
    }
    text.push_str("\n    .detail = 설명.\n");
    text
}

fn unknown_identifiers(identifiers: usize) -> String {
    let mut text = String::from("WSAEINTR = 값.\n    .detail =");
    for i in 0..identifiers {
        write!(text, " SO_X{i}").unwrap();
    }
    text.push('\n');
    text
}

fn duplicates(definitions: usize) -> String {
    "WSAEINTR = 값\n    .detail = 설명\n".repeat(definitions)
}

/// The two operations measured on each folder.
type Operation = (&'static str, fn(&Path));

const OPERATIONS: [Operation; 2] = [("load", load), ("check", check)];

fn load(root: &Path) {
    let catalog = Catalog::from_dir(black_box(root)).unwrap();
    black_box(catalog.problems().len());
}

fn check(root: &Path) {
    let report = wsaerr_tools::check::check_dir(black_box(root)).unwrap();
    black_box(report.findings.len());
}

/// A shape written at n and at 10·n, each as `<root>/ko-KR/winsock.ftl`.
struct Written {
    _dir: TempDir,
    small: PathBuf,
    large: PathBuf,
    bytes: [u64; 2],
}

impl Written {
    fn new(shape: &Shape) -> Written {
        let dir = tempfile::tempdir().unwrap();
        let mut bytes = [0; 2];
        let mut roots = [0, 1].map(|i| {
            let root = dir.path().join(["n", "10n"][i]);
            let text = (shape.write)(shape.n * [1, 10][i]);
            bytes[i] = text.len() as u64;
            std::fs::create_dir_all(root.join("ko-KR")).unwrap();
            std::fs::write(root.join("ko-KR/winsock.ftl"), text).unwrap();
            Some(root)
        });
        Written {
            small: roots[0].take().unwrap(),
            large: roots[1].take().unwrap(),
            bytes,
            _dir: dir,
        }
    }
}

fn criterion_benches(c: &mut Criterion, written: &[Written]) {
    for (shape, files) in SHAPES.iter().zip(written) {
        let mut group = c.benchmark_group(shape.name);
        group.sample_size(10);
        for (name, operation) in OPERATIONS {
            for (scale, root, bytes) in [
                (1, &files.small, files.bytes[0]),
                (10, &files.large, files.bytes[1]),
            ] {
                group.throughput(Throughput::Bytes(bytes));
                let id = BenchmarkId::new(name, format!("{} {}", shape.n * scale, shape.unit));
                group.bench_function(id, |b| b.iter(|| operation(root)));
            }
        }
        group.finish();
    }
}

/// Times n and 10·n in alternation (so that a noisy neighbour hits both
/// alike) and prints the medians and their ratio.
fn ratios(written: &[Written]) {
    const ROUNDS: usize = 7;
    println!(
        "\nMedian of {ROUNDS} alternating samples; ratio t(10n) / t(n): linear ~10, quadratic ~100"
    );
    println!(
        "  {:<16} {:<6} {:>12} {:>12} {:>7}",
        "shape", "op", "t(n)", "t(10n)", "ratio"
    );
    for (shape, files) in SHAPES.iter().zip(written) {
        for (name, operation) in OPERATIONS {
            // Enough calls at n that a sample is not lost in timer noise.
            let start = Instant::now();
            operation(&files.small);
            let once = start.elapsed();
            let calls = (Duration::from_millis(20).as_nanos() / once.as_nanos().max(1))
                .clamp(1, 100) as u32;
            let mut small = Vec::with_capacity(ROUNDS);
            let mut large = Vec::with_capacity(ROUNDS);
            for _ in 0..ROUNDS {
                let start = Instant::now();
                for _ in 0..calls {
                    operation(&files.small);
                }
                small.push(start.elapsed().as_secs_f64() / f64::from(calls));
                let start = Instant::now();
                operation(&files.large);
                large.push(start.elapsed().as_secs_f64());
            }
            let (small, large) = (median(small), median(large));
            println!(
                "  {:<16} {:<6} {:>9.2} ms {:>9.2} ms {:>7.1}",
                shape.name,
                name,
                small * 1e3,
                large * 1e3,
                large / small
            );
        }
    }
}

fn median(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn main() {
    let written: Vec<Written> = SHAPES.iter().map(Written::new).collect();
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .configure_from_args();
    criterion_benches(&mut criterion, &written);
    criterion.final_summary();
    // `cargo test --benches` runs this binary without `--bench`: a smoke test only.
    if std::env::args().any(|arg| arg == "--bench") {
        ratios(&written);
    }
}
