//! The built-in catalog, baked: every title, detail and label of every
//! shipped locale exactly as readers see it, with the English stand-ins
//! already put in, as static data. Describing a code in it parses nothing
//! and allocates nothing, and reads only the locale asked for.
//!
//! `data.rs` is generated from `locales/` by the same compile function that
//! loads catalogs at run time (`cargo run -p wsaerr-tools --example bake`),
//! and checked in: a library user compiles no Fluent crate. A test of
//! `wsaerr-tools` fails when it differs from what `locales/` gives now, and
//! `wsaerr check` says so about the built-in tree.

#[rustfmt::skip]
mod data;

pub(crate) use data::LOCALES;

/// One shipped locale, sorted by tag in [`LOCALES`].
pub(crate) struct BakedLocale {
    pub tag: &'static str,
    /// By [`Code::index`](crate::Code::index).
    pub entries: &'static [BakedEntry],
    /// By [`Label::index`](crate::Label::index).
    pub labels: &'static [BakedLabel],
}

/// A code's text in a locale. `from_english` marks a part English stands
/// in for, where the locale lacks its own.
pub(crate) struct BakedEntry {
    pub title: &'static str,
    pub detail: &'static str,
    pub title_from_english: bool,
    pub detail_from_english: bool,
}

/// A label's text in a locale.
pub(crate) struct BakedLabel {
    pub text: &'static str,
    pub from_english: bool,
}

/// The shorthand the generated data is written in: a part of the locale's own.
const fn own(title: &'static str, detail: &'static str) -> BakedEntry {
    BakedEntry {
        title,
        detail,
        title_from_english: false,
        detail_from_english: false,
    }
}

/// A label of the locale's own.
const fn label(text: &'static str) -> BakedLabel {
    BakedLabel {
        text,
        from_english: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Code, Label, FALLBACK_LOCALE};

    #[test]
    fn every_locale_holds_every_code_and_label_and_english_is_there() {
        assert!(LOCALES.windows(2).all(|pair| pair[0].tag < pair[1].tag));
        assert!(LOCALES.iter().any(|locale| locale.tag == FALLBACK_LOCALE));
        for locale in LOCALES {
            assert_eq!(locale.entries.len(), Code::ALL.len(), "{}", locale.tag);
            assert_eq!(locale.labels.len(), Label::ALL.len(), "{}", locale.tag);
        }
    }
}
