//! Once a tag has been seen, describing a code from the embedded catalog
//! allocates nothing. `allocation-counter` counts this thread's allocations.

use wsaerr::{Catalog, Code};

const EXACT: [&str; 3] = ["en-US", "ko-KR", "zh-CN"];
const NEGOTIATED: [&str; 6] = [
    "fr-FR",
    "zh",
    "ko_KR.UTF-8",
    "",
    "zh-TW",
    "fr;q=0.5, ko-KR;q=0.9",
];

fn assert_no_allocations(what: &str, run: impl FnOnce()) {
    let info = allocation_counter::measure(run);
    assert_eq!(info.count_total, 0, "{what} allocated: {info:?}");
}

#[test]
fn describe_with_exact_tags_does_not_allocate() {
    for tag in EXACT {
        wsaerr::describe(10060, tag).unwrap();
    }
    assert_no_allocations("describe with exact tags", || {
        for tag in EXACT {
            for &code in Code::ALL {
                std::hint::black_box(wsaerr::describe(code.value(), tag).unwrap());
                std::hint::black_box(wsaerr::describe(code, tag).unwrap());
            }
        }
    });
}

#[test]
fn describe_with_negotiated_tags_does_not_allocate_once_seen() {
    // One warm-up call per tag: negotiation and caching may allocate.
    for tag in NEGOTIATED {
        wsaerr::describe(10060, tag).unwrap();
    }
    assert_no_allocations("describe with negotiated tags", || {
        for tag in NEGOTIATED {
            for &code in Code::ALL {
                std::hint::black_box(wsaerr::describe(code.value(), tag).unwrap());
            }
        }
    });
}

#[test]
fn negotiated_tags_seen_on_another_thread_do_not_allocate() {
    // Long enough to miss the per-thread memory and reach the shared cache.
    let long = "ko-KR, zh-CN;q=0.5, en-US;q=0.25, fr;q=0.1";
    std::thread::spawn(move || wsaerr::describe(10060, long).unwrap())
        .join()
        .unwrap();
    for tag in NEGOTIATED {
        std::thread::spawn(move || wsaerr::describe(10060, tag).unwrap())
            .join()
            .unwrap();
    }
    // Touch thread-local state once (outside the measurement).
    wsaerr::describe(10060, "en-US").unwrap();
    assert_no_allocations("describe with tags another thread saw", || {
        std::hint::black_box(wsaerr::describe(10060, long).unwrap());
        for tag in NEGOTIATED {
            std::hint::black_box(wsaerr::describe(10061, tag).unwrap());
        }
    });
}

#[test]
fn language_description_does_not_allocate() {
    let catalog = Catalog::embedded();
    let languages: Vec<_> = EXACT
        .iter()
        .chain(&NEGOTIATED)
        .map(|tag| catalog.language(tag))
        .collect();
    for language in &languages {
        language.description(Code::WSAETIMEDOUT);
    }
    assert_no_allocations("Language::description", || {
        for language in &languages {
            for &code in Code::ALL {
                std::hint::black_box(language.description(code));
            }
        }
    });
}

#[test]
fn describe_by_name_does_not_allocate() {
    for tag in EXACT.iter().chain(&NEGOTIATED) {
        wsaerr::describe("WSAETIMEDOUT", tag).unwrap();
    }
    assert_no_allocations("describe by name", || {
        for tag in EXACT.iter().chain(&NEGOTIATED) {
            std::hint::black_box(wsaerr::describe("WSAETIMEDOUT", tag).unwrap());
            std::hint::black_box(wsaerr::describe("wsaeconnrefused", tag).unwrap());
            std::hint::black_box(wsaerr::describe("0x274C", tag).unwrap());
        }
    });
}

#[test]
fn the_counter_does_count() {
    // Guards the tests above against a counter that sees nothing.
    let info = allocation_counter::measure(|| {
        std::hint::black_box(String::from("allocated"));
    });
    assert_eq!(info.count_total, 1);
}
