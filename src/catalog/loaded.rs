//! Catalogs read at run time (the `runtime-catalogs` feature): a folder of
//! `.ftl` files on its own or laid over the built-in catalog, each locale
//! compiled by the one compile function the checker and the baked data
//! also come from.

use std::path::Path;
use std::sync::OnceLock;

use super::compile::{self, Compiled};
use super::{Catalog, EntryRef, LoadProblem, LoadProblemKind, Locales, TextPart};
use crate::source::{self, CatalogError, LocaleFiles, FALLBACK_LOCALE};
use crate::{Code, Label};

/// A locale read at run time.
pub(super) struct LoadedLocale {
    pub files: LocaleFiles,
    texts: OnceLock<Texts>,
    /// In a layered catalog: the built-in locale of the same tag, by its
    /// index in the built-in catalog, whose text stands in for a part the
    /// app's message cannot show.
    beneath: Option<usize>,
}

impl LoadedLocale {
    fn held(files: LocaleFiles, beneath: Option<usize>) -> LoadedLocale {
        LoadedLocale {
            files,
            texts: OnceLock::new(),
            beneath,
        }
    }
}

/// One locale's text for every code, indexed by [`Code::index`], with the
/// English fallback already put in where the locale lacks a text: describing
/// a code is one index, whatever the locale.
pub(super) struct Texts {
    entries: Box<[Entry]>,
    /// By [`Label::index`]: the text, and whether it is English standing in.
    pub labels: Box<[(Box<str>, bool)]>,
}

struct Entry {
    title: Box<str>,
    detail: Box<str>,
    /// Whether the title, or the detail, is English standing in for a
    /// missing text (in a locale other than English). The built-in text of
    /// the same locale standing in for an app's is not a fallback: it is
    /// still the locale's own.
    title_is_fallback: bool,
    detail_is_fallback: bool,
}

impl Texts {
    pub fn entry<'a>(&'a self, tag: &'a str, code: Code) -> EntryRef<'a> {
        let entry = &self.entries[code.index()];
        EntryRef {
            tag,
            title: &entry.title,
            detail: &entry.detail,
            title_is_fallback: entry.title_is_fallback,
            detail_is_fallback: entry.detail_is_fallback,
        }
    }
}

/// The built-in locales compiled from their Fluent sources at run time, as
/// a catalog read from a folder would be: what the baked data must equal.
#[cfg(feature = "tools")]
pub fn compiled_from_sources() -> Catalog {
    let locales = source::embedded()
        .into_iter()
        .map(|files| LoadedLocale::held(files, None))
        .collect();
    let catalog = Catalog::new(Locales::Loaded(locales), None, Vec::new());
    let every = (0..catalog.locales.len()).collect();
    catalog.compiled_now(every)
}

impl Catalog {
    /// Reads a catalog from a folder in the `<tag>/*.ftl` layout, such as a
    /// checkout's `locales/`, to preview edits.
    ///
    /// Lenient: every locale is loaded at once, what does not load is listed
    /// in [`problems`](Self::problems), and the rest is used. Without an
    /// `en-US` folder, or where it lacks a message, the built-in English is used.
    ///
    /// # Errors
    ///
    /// When `dir` is not a directory, cannot be listed, or holds no locale folder.
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Catalog, CatalogError> {
        let (mut locales, tree_problems) = source::read_dir(dir.as_ref())?;
        let builtin = Catalog::embedded();
        if !locales.iter().any(|locale| locale.tag == FALLBACK_LOCALE) {
            locales.extend(
                source::embedded()
                    .into_iter()
                    .filter(|locale| locale.tag == FALLBACK_LOCALE),
            );
        }
        let locales = locales
            .into_iter()
            .map(|files| LoadedLocale::held(files, None))
            .collect();
        let problems = tree_problems.into_iter().map(LoadProblem::from).collect();
        let catalog = Catalog::new(Locales::Loaded(locales), Some(builtin), problems);
        let every = (0..catalog.locales.len()).collect();
        Ok(catalog.compiled_now(every))
    }

    /// An app's own locales layered over the built-in ones: `dir` (in the
    /// `<tag>/*.ftl` layout) adds languages and rewords messages, per message.
    ///
    /// The catalog holds the locales of both, negotiated together: an app's
    /// `it-IT` is what `it` gets. For a tag both have, the app's files come
    /// before the built-in ones, so a message the app defines is the app's
    /// (Fluent keeps an id's first definition) and every other message stays
    /// the built-in one; the app's messages may use the built-in terms
    /// (`{ -socket }`). Each part (title, detail) of a code comes from the
    /// first of these that can show it:
    ///
    /// 1. the app's locale (with the built-in files of that locale behind it),
    /// 2. the built-in locale of the same tag, on its own,
    /// 3. English: the app's `en-US` over the built-in one, by the same rule,
    /// 4. the built-in English.
    ///
    /// [`Description::locale`](crate::Description::locale) and
    /// [`Description::detail_locale`](crate::Description::detail_locale) name
    /// the locale that supplied each part: the tag for steps 1 and 2, `en-US`
    /// after. [`problems`](Self::problems) lists what in `dir` could not be
    /// loaded; `wsaerr_tools::check::check_layered` checks `dir` the same way.
    ///
    /// # Errors
    ///
    /// When `dir` is not a directory, cannot be listed, or holds no locale folder.
    ///
    /// # Examples
    ///
    /// ```
    /// use wsaerr::{Catalog, Code};
    ///
    /// # let dir = tempfile::tempdir()?;
    /// std::fs::create_dir(dir.path().join("it-IT"))?;
    /// std::fs::write(
    ///     dir.path().join("it-IT/app.ftl"),
    ///     "WSAETIMEDOUT = Timeout scaduto.\n    .detail = Il server non ha risposto in tempo.\n",
    /// )?;
    /// let catalog = Catalog::layered(dir.path())?;
    /// let italian = catalog.language("it");
    /// assert_eq!(italian.tag(), "it-IT");
    /// assert_eq!(italian.description(Code::WSAETIMEDOUT).title(), "Timeout scaduto.");
    /// // What the app does not write is English, as for any partial locale.
    /// assert_eq!(italian.description(Code::WSAECONNRESET).locale(), "en-US");
    /// // The built-in languages are all still there.
    /// assert_eq!(catalog.language("ko").tag(), "ko-KR");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn layered(dir: impl AsRef<Path>) -> Result<Catalog, CatalogError> {
        let (apps, tree_problems) = source::read_dir(dir.as_ref())?;
        let builtin = Catalog::embedded();
        // The built-in locales' sources, for the app's messages to use their
        // terms, each over the baked locale of its tag.
        let mut locales: Vec<(LocaleFiles, Option<usize>)> = source::embedded()
            .into_iter()
            .map(|files| {
                let beneath = builtin.locales().position(|tag| tag == files.tag);
                (files, beneath)
            })
            .collect();
        let mut app_tags = std::collections::BTreeSet::new();
        for app in apps {
            app_tags.insert(app.tag.clone());
            match locales.iter_mut().find(|(files, _)| files.tag == app.tag) {
                Some((files, _)) => *files = source::layer(app, files),
                None => locales.push((app, None)),
            }
        }
        let locales = locales
            .into_iter()
            .map(|(files, beneath)| LoadedLocale::held(files, beneath))
            .collect();
        let problems = tree_problems.into_iter().map(LoadProblem::from).collect();
        let catalog = Catalog::new(Locales::Loaded(locales), Some(builtin), problems);
        // Only the app's locales can have problems; the built-in ones are
        // compiled when first asked for.
        let apps = (0..catalog.locales.len())
            .filter(|&index| app_tags.contains(catalog.locales.tag(index)))
            .collect();
        Ok(catalog.compiled_now(apps))
    }

    /// Compiles the locales `indices` at once (English first: the others take
    /// their missing texts from it) and adds what did not load to the
    /// problems, in the order of the locales.
    fn compiled_now(mut self, mut indices: Vec<usize>) -> Catalog {
        let english = self.english;
        indices.sort_by_key(|&index| (index != english, index));
        let mut problems = Vec::new();
        for index in indices {
            let held = self.loaded(index);
            let mut compiled = compile::compile(&held.files);
            let mut found = std::mem::take(&mut compiled.problems);
            let texts = self.complete(index, compiled);
            if held.beneath.is_some() {
                for problem in &mut found {
                    problem.kind = stood_in_for(&problem.kind, &texts);
                }
            }
            let _ = held.texts.set(texts);
            problems.push((index, found));
        }
        problems.sort_by_key(|(index, _)| *index);
        self.problems
            .extend(problems.into_iter().flat_map(|(_, found)| found));
        self
    }

    /// A locale of a catalog read at run time.
    fn loaded(&self, locale: usize) -> &LoadedLocale {
        match &self.locales {
            Locales::Loaded(all) => &all[locale],
            Locales::Baked(_) => unreachable!("only a catalog read at run time compiles"),
        }
    }

    /// A loaded locale's texts, compiled the first time they are asked for.
    pub(super) fn texts(&self, locale: usize) -> &Texts {
        let held = self.loaded(locale);
        held.texts
            .get_or_init(|| self.complete(locale, compile::compile(&held.files)))
    }

    /// A locale's texts with the stand-ins put in where it has none: in a
    /// layered catalog the built-in text of the same locale, then the
    /// catalog's English, else the built-in English, else the code's name
    /// (which the shipped English, complete as tests hold it, never comes
    /// to). A stand-in is only looked up when a text is missing.
    fn complete(&self, locale: usize, compiled: Compiled) -> Texts {
        // The app's text, then the built-in text of the same language: the
        // one layering rule the checker applies too (`compile::over`).
        let beneath = self
            .loaded(locale)
            .beneath
            .zip(self.builtin)
            .map(|(index, builtin)| builtin.own(index));
        let compiled = match &beneath {
            Some(beneath) => compile::over(&compiled, beneath).0,
            None => compiled,
        };
        // Then English, which standing in for English is still English.
        let is_fallback = locale != self.english;
        let english = || -> Option<(&Catalog, usize)> {
            if locale != self.english {
                Some((self, self.english))
            } else {
                self.builtin.map(|builtin| (builtin, builtin.english))
            }
        };
        let text = |shown: Result<Box<str>, compile::NotShown>, english: &dyn Fn() -> Box<str>| {
            match shown {
                Ok(text) => (text, false),
                Err(_) => (english(), is_fallback),
            }
        };
        let labels = Label::ALL
            .iter()
            .zip(compiled.labels)
            .map(|(&label, shown)| {
                text(shown, &|| match english() {
                    Some((catalog, index)) => catalog.label_text(index, label).0.into(),
                    None => label.id().into(),
                })
            })
            .collect();
        let entries = Code::ALL
            .iter()
            .zip(compiled.titles.into_iter().zip(compiled.details))
            .map(|(&code, (title, detail))| {
                let entry = |part: TextPart| -> Box<str> {
                    match english() {
                        Some((catalog, index)) => catalog.entry(index, code).part(part).into(),
                        None => code.name().into(),
                    }
                };
                let (title, title_is_fallback) = text(title, &|| entry(TextPart::Title));
                let (detail, detail_is_fallback) = text(detail, &|| entry(TextPart::Detail));
                Entry {
                    title,
                    detail,
                    title_is_fallback,
                    detail_is_fallback,
                }
            })
            .collect();
        Texts { entries, labels }
    }

    /// The texts that are a locale's own, as compiled text: what an app's
    /// layer of the same language is laid over.
    fn own(&self, locale: usize) -> Compiled {
        let own = |text: &str, fallback: bool| {
            if fallback {
                Err(compile::NotShown {
                    reason: "English stands in".to_owned(),
                    place: None,
                })
            } else {
                Ok(Box::<str>::from(text))
            }
        };
        let part = |part: TextPart| {
            Code::ALL
                .iter()
                .map(|&code| {
                    let entry = self.entry(locale, code);
                    let fallback = match part {
                        TextPart::Title => entry.title_is_fallback,
                        TextPart::Detail => entry.detail_is_fallback,
                    };
                    own(entry.part(part), fallback)
                })
                .collect()
        };
        Compiled {
            titles: part(TextPart::Title),
            details: part(TextPart::Detail),
            labels: Label::ALL
                .iter()
                .map(|&label| {
                    let (text, fallback) = self.label_text(locale, label);
                    own(text, fallback)
                })
                .collect(),
            problems: Vec::new(),
        }
    }
}

/// A problem of a layered locale as readers meet it: a part the app's
/// message cannot show, where the built-in text of the locale stands in.
fn stood_in_for(kind: &LoadProblemKind, texts: &Texts) -> LoadProblemKind {
    if let LoadProblemKind::NotShown { id, part, reason } = kind {
        if let Some(code) = Code::from_name(id) {
            let entry = texts.entry("", code);
            let fallback = match *part {
                "title" => entry.title_is_fallback,
                _ => entry.detail_is_fallback,
            };
            if !fallback {
                return LoadProblemKind::NotShownOverBuiltIn {
                    id: id.clone(),
                    part,
                    reason: reason.clone(),
                };
            }
        }
    }
    kind.clone()
}
