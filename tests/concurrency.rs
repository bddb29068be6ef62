//! Many threads describing at once get exactly what one thread gets, and
//! racing to first use builds each locale once.

use std::sync::Barrier;

use wsaerr::{Catalog, Code, Description};

const TAGS: [&str; 9] = [
    "en-US",
    "ko-KR",
    "zh-CN",
    "fr-FR",
    "zh",
    "ko_KR.UTF-8",
    "zh-TW",
    "",
    "fr;q=0.5, ko-KR;q=0.9",
];

/// The `i`-th call of a fixed, mixed sequence: every code with every tag.
fn call(i: usize) -> (i32, &'static str) {
    let code = Code::ALL[(i * 7 + i / 13) % Code::ALL.len()];
    (code.value(), TAGS[(i * 5 + i / 97) % TAGS.len()])
}

fn summary(text: Description<'static>) -> (i32, &'static str, &'static str, usize, usize) {
    (
        text.value(),
        text.locale(),
        text.detail_locale(),
        text.title().as_ptr() as usize,
        text.detail().as_ptr() as usize,
    )
}

#[test]
fn eight_threads_get_the_single_threaded_results() {
    const CALLS: usize = 100_000;
    const THREADS: usize = 8;
    let expected: Vec<_> = (0..CALLS)
        .map(|i| {
            let (code, tag) = call(i);
            summary(wsaerr::describe(code, tag).unwrap())
        })
        .collect();
    let expected = &expected;
    let start = Barrier::new(THREADS);
    std::thread::scope(|scope| {
        for thread in 0..THREADS {
            let start = &start;
            scope.spawn(move || {
                start.wait();
                // Each thread walks the same calls from a different point.
                for step in 0..CALLS {
                    let i = (step + thread * CALLS / THREADS) % CALLS;
                    let (code, tag) = call(i);
                    let got = summary(wsaerr::describe(code, tag).unwrap());
                    assert_eq!(got, expected[i], "thread {thread}, call {i}");
                }
            });
        }
    });
}

/// Set in the child process that [`racing_first_use_builds_each_locale_once`] starts.
const RACE_CHILD: &str = "WSAERR_TEST_RACE_CHILD";

#[test]
fn racing_first_use_builds_each_locale_once() {
    // In this process other tests may have used the catalog already: the race
    // runs in a fresh process, this test binary running only the test below.
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "race_on_a_fresh_catalog",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(RACE_CHILD, "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("raced on a fresh catalog"), "{stdout}");
}

#[test]
fn race_on_a_fresh_catalog() {
    if std::env::var_os(RACE_CHILD).is_none() {
        return;
    }
    const THREADS: usize = 16;
    let start = Barrier::new(THREADS);
    let seen: Vec<(&str, usize, usize)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..THREADS)
            .map(|thread| {
                let start = &start;
                scope.spawn(move || {
                    let tag = TAGS[thread % TAGS.len()];
                    start.wait();
                    // The first use of the catalog and of the locale, at once.
                    let text = Catalog::embedded()
                        .describe(Code::WSAETIMEDOUT, tag)
                        .unwrap();
                    (
                        tag,
                        text.title().as_ptr() as usize,
                        text.detail().as_ptr() as usize,
                    )
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    // The same memory for the same tag in every thread: one catalog, and each
    // locale formatted once, not once per racing thread.
    for (tag, title, detail) in seen {
        let text = wsaerr::describe(Code::WSAETIMEDOUT, tag).unwrap();
        assert_eq!(
            (title, detail),
            (
                text.title().as_ptr() as usize,
                text.detail().as_ptr() as usize
            ),
            "{tag}"
        );
    }
    println!("raced on a fresh catalog");
}

#[test]
fn a_flood_of_distinct_tags_from_many_threads_stays_correct() {
    std::thread::scope(|scope| {
        for thread in 0..4 {
            scope.spawn(move || {
                for i in 0..600 {
                    // Distinct tags overflow the shared cache (256) many times.
                    let tag = format!("x-{thread}-{i}, ko;q=0.{}", 1 + i % 9);
                    assert_eq!(wsaerr::describe(10060, &tag).unwrap().locale(), "ko-KR");
                    let tag = format!("zz-{thread}{i}");
                    assert_eq!(wsaerr::describe(10060, &tag).unwrap().locale(), "en-US");
                }
            });
        }
    });
}
