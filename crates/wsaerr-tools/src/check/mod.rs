//! Checking a catalog: proof that every locale covers every code, and a
//! list of what a translator has to fix.
//!
//! [`check_embedded`] checks the catalog built into the binary,
//! [`check_dir`] a folder in the same `<tag>/*.ftl` layout. Both return a
//! [`Report`]: every [`Finding`] (an error or a warning, with the file, the
//! line and column and the message id where there are any) and a
//! [`LocaleSummary`] per locale.
//!
//! # The rule
//!
//! For every locale and code, the report holds an error whose
//! [`Finding::hides`] names a part of that code's message **if and only if**
//! describing the code in that locale does not give that locale's own text
//! for that part: non-empty, visible, not the bare id, resolved without error
//! and with no placeable left unresolved. What readers would not see is
//! always an error at its file:line:column, and what they would see is never
//! reported as unseen. The display check uses the catalog's
//! own loader to decide, so a lookup and a check cannot disagree. Other
//! errors (a wrong identifier, a duplicate, an unknown id) are reported as
//! well: no error at all means every reader gets every text of the locale.
//!
//! # Examples
//!
//! ```
//! let report = wsaerr_tools::check::check_embedded();
//! assert_eq!(report.errors(), 0);
//! let english = report.locales.iter().find(|locale| locale.locale == "en-US").unwrap();
//! assert_eq!(english.messages, english.expected);
//! ```
//!
//! A folder with a typo in a message id:
//!
//! ```
//! use wsaerr_tools::check::{check_dir, FindingKind};
//!
//! # let dir = tempfile::tempdir()?;
//! std::fs::create_dir(dir.path().join("fr-FR"))?;
//! std::fs::write(
//!     dir.path().join("fr-FR/winsock.ftl"),
//!     "WSAETIMEOUT = Délai dépassé.\n    .detail = La connexion n'a pas répondu à temps.\n",
//! )?;
//! let report = check_dir(dir.path())?;
//! let typo = report
//!     .findings
//!     .iter()
//!     .find(|finding| matches!(finding.kind, FindingKind::UnknownMessage { .. }))
//!     .unwrap();
//! assert_eq!(typo.id.as_deref(), Some("WSAETIMEOUT"));
//! assert_eq!(
//!     typo.kind,
//!     FindingKind::UnknownMessage { suggestion: Some("WSAETIMEDOUT".into()) }
//! );
//! assert_eq!(typo.position.map(|p| (p.line, p.column)), Some((1, 1)));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::path::Path;

mod content;
mod display;
mod kinds;
mod locale;
mod parsed;
mod references;
mod registry;
mod report;
mod silence;
mod stale;
mod structure;
mod suggest;
mod syntax;
mod tree;

pub use kinds::{EncodingSign, FindingKind, ReferenceTarget, TreeProblemKind};
pub use registry::{CheckInfo, CHECKS};
pub use report::{Finding, LocaleSummary, Report, Severity};
pub use silence::ALLOW_MARK;
pub use wsaerr::TextPart;

use crate::runtime;
use crate::runtime::{self as source, CatalogError, LocaleFiles, TreeProblem, FALLBACK_LOCALE};
use locale::{check_locale, LocaleTexts, Reference};
use parsed::Definitions;
use report::Findings;
use tree::{folder_name, tree_finding};

/// Checks the catalog embedded in the binary: its Fluent files, and that
/// the baked data the library describes codes from is what they give now.
pub fn check_embedded() -> Report {
    let (locales, problems) = source::embedded_with_problems();
    let mut report = check_tree(Path::new(""), locales, problems, None);
    report.add(unbaked(&crate::bake::differences()));
    report
}

/// The findings for places where the baked built-in catalog differs from
/// its files ([`crate::bake::differences`]): what [`check_embedded`] adds.
pub fn unbaked(differences: &[crate::bake::Difference]) -> Vec<Finding> {
    use crate::bake::Difference;
    let mut found = Vec::new();
    for difference in differences {
        let (tag, whole_locale, id, part) = match difference {
            Difference::NotBaked { tag } | Difference::NoLongerInSources { tag } => {
                (tag, true, None, None)
            }
            Difference::Text { tag, id, part } => (tag, false, Some(*id), Some(*part)),
        };
        let mut findings = Findings::new(tag);
        let kind = FindingKind::Unbaked { whole_locale };
        findings.push_in(Findings::LOCALE_RANK, Path::new(tag), None, id, part, kind);
        found.extend(findings.into_sorted());
    }
    found
}

/// Checks a folder in the `<tag>/*.ftl` layout, such as a checkout's `locales/`.
///
/// Messages are compared with the folder's `en-US` when it has one, else with
/// the built-in English.
///
/// # Errors
///
/// When `dir` is not a directory, cannot be listed, or holds no locale folder.
pub fn check_dir(dir: impl AsRef<Path>) -> Result<Report, CatalogError> {
    let dir = dir.as_ref();
    let (locales, problems) = source::read_dir(dir)?;
    Ok(check_tree(dir, locales, problems, None))
}

/// Checks an app's folder as [`Catalog::layered`](wsaerr::Catalog::layered)
/// lays it over the built-in catalog: each of its locales together with the
/// built-in locale of the same tag, if there is one.
///
/// The report covers the folder's locales. Every family checks the app's
/// files as usual, with these differences, which follow from the layering:
///
/// - a code the built-in locale has a message for is never missing (a new
///   language's missing messages are still reported: they are English);
/// - a message that rewords a built-in one is no duplicate: that is the point;
/// - the app's messages may use the built-in terms and messages of the locale;
/// - the text is compared with the English of the layered catalog (the
///   folder's `en-US` over the built-in one);
/// - the rule holds for the layered catalog: a finding [`hides`](Finding::hides)
///   a part exactly where readers get English instead of the locale's text.
///   Where an app's message cannot show a part and the built-in text of the
///   locale stands in, the finding that says why is still an error, and its
///   [`builtin_instead`](Finding::builtin_instead) names the part.
///
/// # Errors
///
/// When `dir` is not a directory, cannot be listed, or holds no locale folder.
///
/// # Examples
///
/// ```
/// use wsaerr_tools::check::{check_layered, FindingKind};
/// use wsaerr::TextPart;
///
/// # let dir = tempfile::tempdir()?;
/// std::fs::create_dir(dir.path().join("ko-KR"))?;
/// // A reworded title without its `.detail`.
/// std::fs::write(dir.path().join("ko-KR/app.ftl"), "WSAETIMEDOUT = 서버가 응답하지 않습니다.\n")?;
/// let report = check_layered(dir.path())?;
/// assert_eq!(report.errors(), 1);
/// let finding = &report.findings[0];
/// assert_eq!(finding.kind, FindingKind::MissingDetail);
/// assert_eq!(finding.builtin_instead, [TextPart::Detail]);
/// assert!(finding.hides.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check_layered(dir: impl AsRef<Path>) -> Result<Report, CatalogError> {
    let dir = dir.as_ref();
    let (locales, problems) = source::read_dir(dir)?;
    let builtin = source::embedded();
    Ok(check_tree(dir, locales, problems, Some(&builtin)))
}

/// Checks one locale on its own, compared with the built-in English (for
/// scaffolding: a new locale must not start from broken English).
pub(crate) fn check_locale_alone(locale: LocaleFiles) -> Report {
    check_tree(Path::new(""), vec![locale], Vec::new(), None)
}

/// Checks every locale of a tree; `root` is where the tree is (empty when
/// embedded). With `beneath`, the built-in locales it is layered over.
fn check_tree(
    root: &Path,
    locales: Vec<LocaleFiles>,
    problems: Vec<TreeProblem>,
    beneath: Option<&[LocaleFiles]>,
) -> Report {
    let mut findings = Vec::new();
    for problem in problems {
        let locale = folder_name(root, &problem.path);
        let mut tree = Findings::new(&locale);
        tree.push(0, &problem.path, None, None, tree_finding(problem.kind));
        findings.extend(tree.into_sorted());
    }

    let below = |tag: &str| beneath.and_then(|all| all.iter().find(|locale| locale.tag == tag));
    // The reference for untranslated text and references: the tree's own
    // English when it has one (it is what translators are working from),
    // over the built-in one in a layered tree.
    let builtin;
    let layered_english;
    let english_files = match locales.iter().find(|locale| locale.tag == FALLBACK_LOCALE) {
        Some(english) => match below(FALLBACK_LOCALE) {
            Some(built_in) => {
                layered_english = source::layer(english.clone(), built_in);
                &layered_english
            }
            None => english,
        },
        None => match below(FALLBACK_LOCALE) {
            Some(built_in) => built_in,
            None => {
                builtin = source::embedded();
                match builtin.iter().find(|locale| locale.tag == FALLBACK_LOCALE) {
                    Some(english) => english,
                    None => unreachable_english(),
                }
            }
        },
    };
    let english_texts = LocaleTexts::read(english_files);
    let english_parsed = english_texts.parse();
    let english = Definitions::new(&english_parsed, |_| {});
    let mut english_shown = runtime::compile(english_files);
    if let Some(built_in) = below(FALLBACK_LOCALE) {
        english_shown = runtime::over(&english_shown, &runtime::compile(built_in)).0;
    }
    let reference = Reference {
        definitions: &english,
        shown: &english_shown,
    };

    let mut summaries = Vec::new();
    for locale in &locales {
        let (locale_findings, summary) = check_locale(root, locale, below(&locale.tag), &reference);
        findings.extend(locale_findings);
        summaries.push(summary);
    }
    Report {
        findings,
        locales: summaries,
    }
}

/// The built-in catalog always has en-US: a unit test of `source` holds it to that.
fn unreachable_english() -> ! {
    panic!("the built-in catalog has no en-US locale")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;
    use std::path::PathBuf;

    use crate::runtime::SourceFile;
    use wsaerr::Position;

    /// Checks one locale made of `files` (name, bytes), with the built-in English.
    fn check_texts(tag: &str, files: &[(&str, &[u8])]) -> Report {
        check_texts_over(tag, files, None)
    }

    /// [`check_texts`], layered over `beneath` when given.
    fn check_texts_over(
        tag: &str,
        files: &[(&str, &[u8])],
        beneath: Option<&[LocaleFiles]>,
    ) -> Report {
        let locale = LocaleFiles {
            tag: tag.to_owned(),
            id: tag.parse().unwrap_or_default(),
            files: files
                .iter()
                .map(|(name, bytes)| SourceFile {
                    path: PathBuf::from(tag).join(name),
                    bytes: Cow::Owned(bytes.to_vec()),
                })
                .collect(),
            record: None,
        };
        check_tree(Path::new(""), vec![locale], Vec::new(), beneath)
    }

    fn besides_missing(report: &Report) -> Vec<&Finding> {
        report
            .findings
            .iter()
            .filter(|finding| {
                let family = CHECKS
                    .iter()
                    .find(|check| check.id == finding.kind.id())
                    .map(|check| check.family);
                !matches!(
                    finding.kind,
                    FindingKind::MissingMessage
                        | FindingKind::MissingTerm
                        | FindingKind::ReferenceMismatch { .. }
                ) && !matches!(family, Some("content" | "staleness"))
            })
            .collect()
    }

    #[test]
    fn the_embedded_catalog_has_no_errors() {
        let report = check_embedded();
        let errors: Vec<_> = report
            .findings
            .iter()
            .filter(|finding| finding.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
        for summary in &report.locales {
            assert_eq!(summary.messages, summary.expected, "{}", summary.locale);
            assert_eq!(summary.coverage, 100.0);
        }
    }

    #[test]
    fn a_syntax_error_points_at_its_entry_and_shows_the_line() {
        let text = "WSAEINTR = Interrompu.\n    .detail = Appel interrompu.\n\nWSAEACCES Refusé\n    .detail = Accès refusé.\n";
        let report = check_texts("fr-FR", &[("winsock.ftl", text.as_bytes())]);
        let found = besides_missing(&report);
        assert_eq!(found.len(), 1, "{found:#?}");
        let finding = found[0];
        assert_eq!(finding.id.as_deref(), Some("WSAEACCES"));
        assert_eq!(finding.position, Some(Position::new(4, 1)));
        assert_eq!(
            finding.kind,
            FindingKind::Syntax {
                problem: "expected `=` after the message id".into(),
                error_position: Position::new(4, 11),
                source_line: "WSAEACCES Refusé".into(),
            }
        );
        // The broken message is not reported missing as well.
        assert!(!report
            .findings
            .iter()
            .any(|finding| finding.kind == FindingKind::MissingMessage
                && finding.id.as_deref() == Some("WSAEACCES")));
        assert_eq!(report.locales[0].messages, 1);
    }

    #[test]
    fn any_bytes_are_checked_without_panicking() {
        let samples: [&[u8]; 9] = [
            b"",
            b"\xef\xbb\xbf",
            b"\xff\xfe\x00",
            b"\r\r\n\r",
            b"= = =\n{{{\n}}}",
            b"-\n.\n$\n",
            b"WSAEINTR = { $\n",
            b"WSAEINTR = { -x(a: $b, \"c\") }\n .detail = {WSAEINTR.nope}",
            "WSAEINTR = \u{fffd}é\n\t.detail = ???".as_bytes(),
        ];
        for bytes in samples {
            let report = check_texts("fr-FR", &[("winsock.ftl", bytes)]);
            assert!(report.errors() > 0);
        }
    }

    proptest::proptest! {
        #[test]
        fn no_bytes_make_the_check_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300)) {
            check_texts("fr-FR", &[("winsock.ftl", &bytes)]);
        }

        #[test]
        fn no_fluent_like_text_makes_the_check_panic(
            text in r#"(WSAEINTR|WSAEACCES|-t|[a-z]|[ =.{}$"\n\t#*\[\]\-]|é|\x{fffd}|\r|\x{feff}){0,80}"#
        ) {
            check_texts("fr-FR", &[("winsock.ftl", text.as_bytes())]);
            let builtin = source::embedded();
            let report = check_texts_over("ko-KR", &[("winsock.ftl", text.as_bytes())], Some(&builtin));
            // Over a complete built-in locale, readers never get English.
            proptest::prop_assert!(report.findings.iter().all(|finding| finding.hides.is_empty()));
        }
    }

    #[test]
    fn invalid_utf8_is_located() {
        let report = check_texts("fr-FR", &[("winsock.ftl", b"WSAEINTR = a\r\nb = \xffc")]);
        let found = besides_missing(&report);
        assert_eq!(found[0].kind, FindingKind::InvalidUtf8);
        assert_eq!(found[0].position, Some(Position::new(2, 5)));
    }
}
