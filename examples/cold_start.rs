//! Cold start: how long the first `describe` takes in a fresh process.
//!
//! The parent runs this same binary 20 times per case as a child; each child
//! times its first calls with `Instant` and prints the nanoseconds; the parent
//! prints the median. Two cases:
//!
//! - `1 locale`: the first `describe(10060, "zh-CN")` alone;
//! - `3 locales`: first describes in zh-CN, ko-KR and en-US, one after another.
//!
//! The difference is the cost of each further locale; a locale nobody asks
//! for costs nothing, because locales are parsed on first use.
//!
//! ```sh
//! cargo run --release --example cold_start
//! ```

use std::process::Command;
use std::time::Instant;

const RUNS: usize = 20;

fn child(case: &str) {
    let tags: &[&str] = match case {
        "1" => &["zh-CN"],
        _ => &["zh-CN", "ko-KR", "en-US"],
    };
    let start = Instant::now();
    for tag in tags {
        std::hint::black_box(wsaerr::describe(10060, tag).expect("a known code"));
    }
    let elapsed = start.elapsed();
    println!("{}", elapsed.as_nanos());
}

fn median_of_children(case: &str) -> Vec<u128> {
    let exe = std::env::current_exe().expect("the example's own path");
    let mut times: Vec<u128> = (0..RUNS)
        .map(|_| {
            let output = Command::new(&exe)
                .args(["--child", case])
                .output()
                .expect("the child runs");
            assert!(output.status.success(), "child failed: {output:?}");
            String::from_utf8_lossy(&output.stdout)
                .trim()
                .parse()
                .expect("the child prints nanoseconds")
        })
        .collect();
    times.sort_unstable();
    times
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let [_, flag, case] = args.as_slice() {
        if flag == "--child" {
            child(case);
            return;
        }
    }
    let profile = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    println!("first describe in a fresh process, {RUNS} processes each, {profile} build");
    let mut medians = Vec::new();
    for (case, label) in [
        ("1", "1 locale  (zh-CN)"),
        ("3", "3 locales (zh-CN, ko-KR, en-US)"),
    ] {
        let times = median_of_children(case);
        let median = times[RUNS / 2 - 1].midpoint(times[RUNS / 2]);
        medians.push(median);
        println!(
            "  {label:<32} median {:7.1} µs   (min {:.1}, max {:.1})",
            median as f64 / 1e3,
            times[0] as f64 / 1e3,
            times[RUNS - 1] as f64 / 1e3,
        );
    }
    println!(
        "  each further locale used        ~{:.1} µs",
        medians[1].saturating_sub(medians[0]) as f64 / 2e3
    );
}
