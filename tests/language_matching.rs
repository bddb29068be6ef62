//! The locale chosen for tags as systems and browsers send them, against the
//! table in `tests/fixtures/language_matching.tsv`: what CLDR's language
//! matcher (the `langcodes` package, checked by `.ci/language_matching.py`)
//! picks, what wsaerr picks, and why they differ where they do.

// The table is matched against a tree of many locales, read at run time.
#![cfg(feature = "runtime-catalogs")]

use wsaerr::Catalog;

const TABLE: &str = include_str!("fixtures/language_matching.tsv");

/// The supported set, as a catalog from disk: the embedded one may hold
/// fewer locales, and more will come.
const SUPPORTED: [&str; 12] = [
    "ar-SA", "de-DE", "en-US", "es-ES", "fr-FR", "ja-JP", "ko-KR", "pt-BR", "ru-RU", "tr-TR",
    "zh-CN", "zh-TW",
];

struct Row<'a> {
    tag: &'a str,
    langcodes: &'a str,
    wsaerr: &'a str,
    why: &'a str,
}

fn rows() -> Vec<Row<'static>> {
    TABLE
        .lines()
        .skip(1)
        .filter(|line| !line.is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 4, "{line:?}");
            Row {
                tag: fields[0],
                langcodes: fields[1],
                wsaerr: fields[2],
                why: fields[3],
            }
        })
        .collect()
}

/// A locale no tag of the table asks for: asked for last, it is chosen
/// exactly when the tag itself reaches no supported locale.
const NOTHING_FITS: &str = "eo";

fn catalog() -> (tempfile::TempDir, Catalog) {
    let dir = tempfile::tempdir().unwrap();
    for tag in SUPPORTED.into_iter().chain([NOTHING_FITS]) {
        std::fs::create_dir(dir.path().join(tag)).unwrap();
        std::fs::write(
            dir.path().join(tag).join("winsock.ftl"),
            format!("WSAETIMEDOUT = {tag}\n    .detail = {tag}\n"),
        )
        .unwrap();
    }
    let catalog = Catalog::from_dir(dir.path()).unwrap();
    assert_eq!(catalog.locales().count(), SUPPORTED.len() + 1);
    (dir, catalog)
}

#[test]
fn the_table_covers_real_world_tags() {
    assert!(rows().len() >= 60);
}

#[test]
fn every_tag_reaches_the_locale_the_table_gives() {
    let (_dir, catalog) = catalog();
    let mut wrong = Vec::new();
    for row in rows() {
        let expected = if row.wsaerr == "-" {
            NOTHING_FITS
        } else {
            row.wsaerr
        };
        let chosen = catalog
            .language(&format!("{}, {NOTHING_FITS};q=0.01", row.tag))
            .tag();
        if chosen != expected {
            wrong.push(format!("{}: {chosen}, not {expected}", row.tag));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn choices_differ_from_cldr_only_where_the_table_says_why() {
    for row in rows() {
        assert_eq!(
            row.wsaerr != row.langcodes,
            !row.why.is_empty(),
            "{}: a difference needs a reason, and only a difference has one",
            row.tag
        );
    }
}
