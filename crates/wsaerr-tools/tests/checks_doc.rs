//! The translators' guide's list of checks (`docs/translators.md`, "Every
//! check") is the registry's, with a real example line for every check: the
//! first finding of its kind that `wsaerr check` gives on the gallery tree
//! (`tests/fixtures/gallery`, one of every mistake). The two entries git
//! cannot hold portably (a dangling link, a name that is not UTF-8) are
//! added to a copy at test time, so this test is Unix-only.
#![cfg(unix)]

use std::path::Path;

use wsaerr_tools::bake::Difference;
use wsaerr_tools::check::{check_dir, Severity, TextPart, CHECKS};

const START: &str =
    "<!-- checks: generated from the registry by crates/wsaerr-tools/tests/checks_doc.rs -->\n";
const END: &str = "<!-- /checks -->";

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// The guide's block the registry and the gallery give.
fn expected_block() -> String {
    use std::os::unix::ffi::OsStrExt;

    let gallery = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/gallery");
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("locales");
    copy_tree(&gallery, &root);
    std::os::unix::fs::symlink(root.join("ko-KR/gone"), root.join("ko-KR/gone.ftl")).unwrap();
    std::fs::create_dir(root.join(std::ffi::OsStr::from_bytes(b"ko-\xffKR"))).unwrap();
    let report = check_dir(&root).unwrap();
    let prefix = format!("{}/", dir.path().display());
    // Only the built-in tree is compared with the baked catalog: its example
    // is the finding for a title edited without regenerating the data.
    let built_in_only = wsaerr_tools::check::unbaked(&[Difference::Text {
        tag: "ko-KR".into(),
        id: "WSAETIMEDOUT",
        part: TextPart::Title,
    }]);

    let mut table = String::from(
        "| check | severity | what it finds | `# wsaerr-allow:` |\n|---|---|---|---|\n",
    );
    let mut examples = String::from("```text\n");
    for check in CHECKS {
        let severity = match check.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let silence = if check.silenceable { "yes" } else { "no" };
        table.push_str(&format!(
            "| `{}` | {severity} | {} | {silence} |\n",
            check.id,
            check.description.replace('|', "\\|")
        ));
        let example = report
            .findings
            .iter()
            .chain(&built_in_only)
            .find(|finding| finding.kind.id() == check.id)
            .unwrap_or_else(|| panic!("the gallery has no `{}` finding", check.id));
        examples.push_str(&example.to_string().replace(&prefix, ""));
        examples.push('\n');
    }
    examples.push_str("```\n");
    format!("{START}{table}\nOne example of each, in the same order (from `tests/fixtures/gallery`):\n\n{examples}{END}")
}

#[test]
fn the_translators_guide_lists_every_check_with_a_real_example() {
    let guide = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/translators.md"),
    )
    .unwrap();
    let expected = expected_block();
    let start = guide
        .find(START)
        .expect("docs/translators.md has the checks block");
    let end = guide[start..].find(END).expect("the checks block ends") + start + END.len();
    assert!(
        guide[start..end] == expected,
        "the list of checks in docs/translators.md is out of date; it should read:\n\n{expected}\n"
    );
}
