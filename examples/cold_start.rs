//! Cold start: how long the first `describe` takes in a fresh process, next
//! to the least a design that reads Fluent at run time must do.
//!
//! The parent runs this same binary as a child, alternating the cases, 30
//! times each; each child times its first calls with `Instant` and prints
//! the nanoseconds; the parent prints the medians and their ratios. Cases:
//!
//! - `fluent floor`: parse zh-CN's Fluent file with `fluent-bundle` and
//!   format one message, the least any run-time Fluent design must do;
//! - `1 language`: the first `describe(10060, "zh-CN")`;
//! - `12 languages`: first describes in all twelve shipped languages, one
//!   after another.
//!
//! ```sh
//! cargo run --release --example cold_start
//! ```

use std::process::Command;
use std::time::Instant;

const RUNS: usize = 30;
const TWELVE: [&str; 12] = [
    "zh-CN", "ar-SA", "de-DE", "en-US", "es-ES", "fr-FR", "ja-JP", "ko-KR", "pt-BR", "ru-RU",
    "tr-TR", "zh-TW",
];

fn child(case: &str) {
    let start = Instant::now();
    match case {
        "floor" => {
            let source = include_str!("../locales/zh-CN/winsock.ftl").to_owned();
            let resource = fluent_bundle::FluentResource::try_new(source).expect("valid Fluent");
            let mut bundle = fluent_bundle::FluentBundle::new(vec!["zh-CN".parse().unwrap()]);
            bundle.set_use_isolating(false);
            bundle.add_resource(&resource).expect("no duplicate ids");
            let message = bundle.get_message("WSAETIMEDOUT").expect("the message");
            let mut errors = Vec::new();
            let title = bundle.format_pattern(message.value().unwrap(), None, &mut errors);
            std::hint::black_box(title);
        }
        "1" => {
            std::hint::black_box(wsaerr::describe(10060, "zh-CN").expect("a known code"));
        }
        _ => {
            for tag in TWELVE {
                std::hint::black_box(wsaerr::describe(10060, tag).expect("a known code"));
            }
        }
    }
    let elapsed = start.elapsed();
    println!("{}", elapsed.as_nanos());
}

fn run_child(case: &str) -> u128 {
    let exe = std::env::current_exe().expect("the example's own path");
    let output = Command::new(&exe)
        .args(["--child", case])
        .output()
        .expect("the child runs");
    assert!(output.status.success(), "child failed: {output:?}");
    String::from_utf8_lossy(&output.stdout)
        .trim()
        .parse()
        .expect("the child prints nanoseconds")
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
    println!("first describe in a fresh process, {RUNS} processes per case, alternating, {profile} build");
    let cases = [
        ("floor", "fluent floor (parse zh-CN, format one)"),
        ("1", "1 language   (zh-CN)"),
        ("12", "12 languages, one after another"),
    ];
    let mut times = vec![Vec::new(); cases.len()];
    for _ in 0..RUNS {
        for (index, (case, _)) in cases.iter().enumerate() {
            times[index].push(run_child(case));
        }
    }
    let mut medians = Vec::new();
    for ((_, label), times) in cases.iter().zip(&mut times) {
        times.sort_unstable();
        let median = times[RUNS / 2 - 1].midpoint(times[RUNS / 2]);
        medians.push(median as f64);
        println!(
            "  {label:<40} median {:9.2} µs   (min {:.2}, max {:.2})",
            median as f64 / 1e3,
            times[0] as f64 / 1e3,
            times[RUNS - 1] as f64 / 1e3,
        );
    }
    println!(
        "  first describe / fluent floor: {:.3}x (target <= 0.1)",
        medians[1] / medians[0]
    );
    println!(
        "  12 languages / 1 language:     {:.2}x (target <= 1.5)",
        medians[2] / medians[1]
    );
}
