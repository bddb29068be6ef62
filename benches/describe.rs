//! How much `describe` costs next to reading a static string.
//!
//! Four ways to answer `(code, tag)`, each over the same fixed shuffle of all
//! codes × three tags:
//!
//! - `floor`: a `match` over `&'static str` written here, the cheapest answer;
//! - `exact`: `wsaerr::describe(code, tag)` with the held tags `en-US`,
//!   `ko-KR`, `zh-CN`;
//! - `negotiated`: the same with tags that need negotiation, `fr-FR` (English),
//!   `zh` (`zh-CN`) and `ko_KR.UTF-8` (`ko-KR`);
//! - `handle`: `Language::description` on handles resolved beforehand.
//!
//! Each consumes what it gets the way a caller would: the text when there is
//! one. Criterion reports each; then (under `cargo bench` only) the same four are
//! timed again in alternation and the ratios to the floor are printed.
//!
//! ```sh
//! cargo bench --bench describe
//! ```

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};
use wsaerr::{Catalog, Code, Language};

const EXACT: [&str; 3] = ["en-US", "ko-KR", "zh-CN"];
const NEGOTIATED: [&str; 3] = ["it-IT", "zh", "ko_KR.UTF-8"];

/// The floor: a `match` from code and tag to static text. It is as big as
/// the real table (every code in three languages) so that branch prediction
/// gets no easier than it does for `describe`.
macro_rules! floor {
    ($($value:literal)+) => {
        fn floor(code: i32, tag: &str) -> Option<(&'static str, &'static str)> {
            match tag {
                "en-US" => match code {
                    $($value => Some((concat!("en ", $value), concat!("en detail ", $value))),)+
                    _ => None,
                },
                "ko-KR" => match code {
                    $($value => Some((concat!("ko ", $value), concat!("ko detail ", $value))),)+
                    _ => None,
                },
                "zh-CN" => match code {
                    $($value => Some((concat!("zh ", $value), concat!("zh detail ", $value))),)+
                    _ => None,
                },
                _ => None,
            }
        }
    };
}

floor! {
    6 8 87 995 996 997 10004 10009 10013 10014 10022 10024 10035 10036 10037
    10038 10039 10040 10041 10042 10043 10044 10045 10046 10047 10048 10049
    10050 10051 10052 10053 10054 10055 10056 10057 10058 10059 10060 10061
    10062 10063 10064 10065 10066 10067 10068 10069 10070 10071 10091 10092
    10093 10101 10102 10103 10104 10105 10106 10107 10108 10109 10110 10111
    10112 11001 11002 11003 11004 11005 11006 11007 11008 11009 11010 11011
    11012 11013 11014 11015 11016 11017 11018 11019 11020 11021 11022 11023
    11024 11025 11026 11027 11028 11029 11030 11031 11032 11033
}

/// Every code with every tag, in a fixed pseudo-random order.
fn shuffled<'t>(tags: &[&'t str]) -> Vec<(i32, &'t str)> {
    let mut pairs: Vec<(i32, &str)> = tags
        .iter()
        .flat_map(|&tag| Code::ALL.iter().map(move |code| (code.value(), tag)))
        .collect();
    // Fisher–Yates with a fixed linear congruential generator.
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for i in (1..pairs.len()).rev() {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let j = (state >> 33) as usize % (i + 1);
        pairs.swap(i, j);
    }
    pairs
}

/// The four ways, each answering every input once per call.
struct Inputs {
    exact: Vec<(i32, &'static str)>,
    negotiated: Vec<(i32, &'static str)>,
    handles: Vec<(Code, Language<'static>)>,
}

impl Inputs {
    fn new() -> Inputs {
        let exact = shuffled(&EXACT);
        let negotiated = shuffled(&NEGOTIATED);
        let catalog = Catalog::embedded();
        let handles = exact
            .iter()
            .map(|&(value, tag)| (Code::from_value(value).unwrap(), catalog.language(tag)))
            .collect();
        // Warm up: every locale formatted, every negotiated tag cached.
        for &(code, tag) in exact.iter().chain(&negotiated) {
            wsaerr::describe(code, tag).unwrap();
        }
        for &(code, tag) in &exact {
            assert!(floor(code, tag).is_some());
        }
        Inputs {
            exact,
            negotiated,
            handles,
        }
    }

    fn floor(&self) {
        for &(code, tag) in &self.exact {
            if let Some(text) = floor(black_box(code), black_box(tag)) {
                black_box(text);
            }
        }
    }

    fn exact(&self) {
        for &(code, tag) in &self.exact {
            if let Ok(text) = wsaerr::describe(black_box(code), black_box(tag)) {
                black_box(text);
            }
        }
    }

    fn negotiated(&self) {
        for &(code, tag) in &self.negotiated {
            if let Ok(text) = wsaerr::describe(black_box(code), black_box(tag)) {
                black_box(text);
            }
        }
    }

    fn handle(&self) {
        for (code, language) in &self.handles {
            black_box(black_box(language).description(black_box(*code)));
        }
    }
}

type Way = (&'static str, fn(&Inputs));

const WAYS: [Way; 4] = [
    ("floor (static match)", Inputs::floor),
    ("describe, exact tags", Inputs::exact),
    ("describe, negotiated tags", Inputs::negotiated),
    ("Language::description", Inputs::handle),
];

fn criterion_benches(c: &mut Criterion, inputs: &Inputs) {
    let mut group = c.benchmark_group("describe");
    group.throughput(Throughput::Elements(inputs.exact.len() as u64));
    for (name, way) in WAYS {
        group.bench_function(name, |b| b.iter(|| way(inputs)));
    }
    group.finish();
}

/// Times the four ways in alternation (so that a noisy neighbour hits all of
/// them alike) and prints the median time per call and the ratio to the floor.
fn ratios(inputs: &Inputs) {
    const ROUNDS: usize = 41;
    const TARGET: Duration = Duration::from_millis(20);
    let calls = inputs.exact.len() as f64;
    // Passes per sample so that one sample lasts about TARGET.
    let passes: Vec<u32> = WAYS
        .iter()
        .map(|(_, way)| {
            let start = Instant::now();
            let mut passes = 0;
            while start.elapsed() < TARGET / 4 {
                way(inputs);
                passes += 1;
            }
            passes * 4
        })
        .collect();
    let mut samples = vec![Vec::with_capacity(ROUNDS); WAYS.len()];
    for _ in 0..ROUNDS {
        for (i, (_, way)) in WAYS.iter().enumerate() {
            let start = Instant::now();
            for _ in 0..passes[i] {
                way(inputs);
            }
            samples[i].push(start.elapsed().as_secs_f64() * 1e9 / (f64::from(passes[i]) * calls));
        }
    }
    let medians: Vec<f64> = samples
        .iter_mut()
        .map(|times| {
            times.sort_by(f64::total_cmp);
            times[times.len() / 2]
        })
        .collect();
    println!(
        "\nMedian of {ROUNDS} alternating samples, {} calls each pass:",
        inputs.exact.len()
    );
    for ((name, _), median) in WAYS.iter().zip(&medians) {
        println!(
            "  {name:<28} {median:6.2} ns/call   ratio {:5.2}x the floor",
            median / medians[0]
        );
    }
}

fn main() {
    let inputs = Inputs::new();
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    criterion_benches(&mut criterion, &inputs);
    criterion.final_summary();
    // `cargo test --benches` runs this binary without `--bench`: a smoke test only.
    if std::env::args().any(|arg| arg == "--bench") {
        ratios(&inputs);
    }
}
