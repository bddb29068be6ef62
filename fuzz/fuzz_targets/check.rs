//! Any bytes as a locale's `winsock.ftl`: checking must not panic or hang, and
//! the report must hold the checker's rule: a part is reported hidden exactly
//! where describing the code gives English instead of the locale's text.
#![no_main]

use std::collections::BTreeSet;

use libfuzzer_sys::fuzz_target;
use wsaerr_tools::check::{check_dir, Severity};
use wsaerr::{Catalog, Code, TextPart};

mod common;

fuzz_target!(|bytes: &[u8]| {
    let root = common::write_locale(bytes);
    let report = check_dir(root).expect("a folder with a locale is checked");
    let mut text = Vec::new();
    report.write_text(&mut text).expect("writing to memory");
    for finding in &report.findings {
        std::hint::black_box(finding.to_string());
        if !finding.hides.is_empty() {
            assert_eq!(finding.severity, Severity::Error, "{finding}");
        }
    }

    let catalog = Catalog::from_dir(root).expect("a folder with a locale loads");
    let language = catalog.language(common::TAG);
    for &code in Code::ALL {
        let reported: BTreeSet<TextPart> = report
            .findings
            .iter()
            .filter(|finding| finding.locale == common::TAG)
            .filter(|finding| finding.id.as_deref() == Some(code.name()))
            .flat_map(|finding| finding.hides.iter().copied())
            .collect();
        let description = language.description(code);
        let mut english = BTreeSet::new();
        if description.locale() != common::TAG {
            english.insert(TextPart::Title);
        }
        if description.detail_locale() != common::TAG {
            english.insert(TextPart::Detail);
        }
        assert_eq!(reported, english, "{}", code.name());
    }
});
