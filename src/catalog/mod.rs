//! The catalog: loading locales, choosing one for a tag, and describing codes.

use std::fmt;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

mod cache;
pub mod compile;
mod lookup;
mod problem;

use cache::{RecentTags, TagCache};
use compile::Compiled;
pub use compile::TextPart;
pub use lookup::{IntoCode, LabelText, Language};
pub use problem::{LoadProblem, LoadProblemKind};

use crate::description::Description;
use crate::language;
use crate::source::{self, CatalogError, LocaleFiles, FALLBACK_LOCALE};
use crate::{Code, Label, UnknownCode};

/// Localized text for every Winsock code, in every locale it holds.
///
/// [`Catalog::embedded`] is the catalog built into the binary;
/// [`Catalog::from_dir`] reads the same `<tag>/*.ftl` layout from disk, and
/// [`Catalog::layered`] lays an app's own folder over the built-in catalog.
/// A locale's files are parsed the first time it is asked for, and each
/// message is formatted once then: after that, describing a code is a table
/// lookup. A catalog can be shared by any number of threads.
///
/// # Examples
///
/// ```
/// use wsaerr::{Catalog, Code};
///
/// let catalog = Catalog::embedded();
/// let chinese = catalog.language("zh_CN.UTF-8");
/// assert_eq!(chinese.tag(), "zh-CN");
/// let text = chinese.description(Code::WSAECONNREFUSED);
/// assert_eq!(text.locale(), "zh-CN");
/// ```
pub struct Catalog {
    /// Sorted by tag; always holds en-US.
    locales: Vec<Locale>,
    /// Index of en-US in `locales`.
    english: usize,
    /// For a catalog read from disk: the embedded one, whose English fills
    /// whatever the disk's English lacks.
    builtin: Option<&'static Catalog>,
    problems: Vec<LoadProblem>,
    tags: TagCache,
    /// Tells catalogs apart in the per-thread memory of negotiated tags.
    id: u64,
    /// The locale whose tag falls in a slot ([`tag_slot`]: its first two
    /// bytes, its last and its length), [`NO_LOCALE`] where none does,
    /// [`SEVERAL_LOCALES`] where more than one does: an exact tag is
    /// found without a branch that depends on which tag it is.
    by_slot: [u8; 256],
}

/// Where an exact tag is looked up: its first two bytes and its last tell
/// the held tags apart (`zh-CN` and `zh-TW` share the first two, `en-US` and
/// `es-ES` the first and the last), its length a few more.
#[inline]
fn tag_slot(bytes: &[u8]) -> Option<usize> {
    let (first, last) = (bytes.first()?, bytes.last()?);
    let second = bytes.get(1).copied().unwrap_or_default();
    let mixed = usize::from(*first)
        .wrapping_mul(31)
        .wrapping_add(usize::from(second).wrapping_mul(3))
        .wrapping_add(usize::from(*last))
        .wrapping_add(bytes.len().wrapping_mul(3));
    Some(mixed & 0xff)
}

const NO_LOCALE: u8 = u8::MAX;
const SEVERAL_LOCALES: u8 = u8::MAX - 1;

struct Locale {
    files: LocaleFiles,
    texts: OnceLock<Texts>,
    /// In a layered catalog: the built-in locale of the same tag, by its
    /// index in the built-in catalog, whose text stands in for a part the
    /// app's message cannot show.
    beneath: Option<usize>,
}

/// One locale's text for every code, indexed by [`Code::index`], with the
/// English fallback already put in where the locale lacks a text: describing
/// a code is one index, whatever the locale.
struct Texts {
    entries: Box<[Entry]>,
    /// By [`Label::index`]: the text, and whether it is English standing in.
    labels: Box<[(Box<str>, bool)]>,
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

impl Catalog {
    /// The catalog embedded in the binary: built on first use, then shared.
    #[inline]
    pub fn embedded() -> &'static Catalog {
        static EMBEDDED: OnceLock<Catalog> = OnceLock::new();
        EMBEDDED.get_or_init(|| {
            let locales = source::embedded().into_iter().map(|files| (files, None));
            Catalog::new(locales.collect(), None, Vec::new())
        })
    }

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
            locales.push(builtin.locales[builtin.english].files.clone());
        }
        let locales = locales.into_iter().map(|files| (files, None)).collect();
        let problems = tree_problems.into_iter().map(LoadProblem::from).collect();
        let catalog = Catalog::new(locales, Some(builtin), problems);
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
    /// [`Description::locale`] and [`Description::detail_locale`] name the
    /// locale that supplied each part: the tag for steps 1 and 2, `en-US`
    /// after. [`problems`](Self::problems) lists what in `dir` could not be
    /// loaded; `wsaerr_tools::check::check_layered` checks
    /// `dir` the same way.
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
        let mut locales: Vec<(LocaleFiles, Option<usize>)> = builtin
            .locales
            .iter()
            .enumerate()
            .map(|(index, locale)| (locale.files.clone(), Some(index)))
            .collect();
        let mut app_tags = std::collections::BTreeSet::new();
        for app in apps {
            app_tags.insert(app.tag.clone());
            match locales.iter_mut().find(|(files, _)| files.tag == app.tag) {
                Some((files, _)) => *files = source::layer(app, files),
                None => locales.push((app, None)),
            }
        }
        let problems = tree_problems.into_iter().map(LoadProblem::from).collect();
        let catalog = Catalog::new(locales, Some(builtin), problems);
        // Only the app's locales can have problems; the built-in ones are
        // compiled when first asked for, as in the built-in catalog.
        let apps = (0..catalog.locales.len())
            .filter(|&index| app_tags.contains(&catalog.locales[index].files.tag))
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
            let mut compiled = compile::compile(&self.locales[index].files);
            let mut found = std::mem::take(&mut compiled.problems);
            let texts = self.complete(index, compiled);
            if self.locales[index].beneath.is_some() {
                for problem in &mut found {
                    problem.kind = stood_in_for(&problem.kind, &texts);
                }
            }
            let _ = self.locales[index].texts.set(texts);
            problems.push((index, found));
        }
        problems.sort_by_key(|(index, _)| *index);
        self.problems
            .extend(problems.into_iter().flat_map(|(_, found)| found));
        self
    }

    /// `files`, each with the index of the built-in locale beneath it.
    fn new(
        mut files: Vec<(LocaleFiles, Option<usize>)>,
        builtin: Option<&'static Catalog>,
        problems: Vec<LoadProblem>,
    ) -> Catalog {
        files.sort_by(|(a, _), (b, _)| a.tag.cmp(&b.tag));
        let locales: Vec<Locale> = files
            .into_iter()
            .map(|(files, beneath)| Locale {
                files,
                texts: OnceLock::new(),
                beneath,
            })
            .collect();
        // The embedded catalog always has en-US (a test holds it to that); a
        // catalog from disk gets the built-in one added when it has none.
        let english = locales
            .iter()
            .position(|locale| locale.files.tag == FALLBACK_LOCALE)
            .unwrap_or(0);
        let mut by_slot = [NO_LOCALE; 256];
        for (index, locale) in locales.iter().enumerate() {
            if let Some(slot) = tag_slot(locale.files.tag.as_bytes()) {
                let slot = &mut by_slot[slot];
                *slot = match (*slot, u8::try_from(index)) {
                    (NO_LOCALE, Ok(index)) if index < SEVERAL_LOCALES => index,
                    _ => SEVERAL_LOCALES,
                };
            }
        }
        static NEXT_ID: AtomicU64 = AtomicU64::new(1);
        Catalog {
            by_slot,
            locales,
            english,
            builtin,
            problems,
            tags: TagCache::default(),
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// The tags of the locales this catalog holds, sorted.
    pub fn locales(&self) -> impl Iterator<Item = &str> + '_ {
        self.locales.iter().map(|locale| locale.files.tag.as_str())
    }

    /// What could not be loaded (always empty for the embedded catalog, whose
    /// files are checked before release).
    pub fn problems(&self) -> &[LoadProblem] {
        &self.problems
    }

    /// Describes a code (a number, a name, or a [`Code`]) in the language
    /// `tag` asks for. See [`describe`](crate::describe) for the rules.
    ///
    /// # Errors
    ///
    /// [`UnknownCode`] when `code` is not a Winsock error code.
    #[inline]
    pub fn describe<C: IntoCode>(
        &self,
        code: C,
        tag: &str,
    ) -> Result<Description<'_>, UnknownCode> {
        let code = code.into_code()?;
        Ok(self.language(tag).description(code))
    }

    /// The locale chosen for `tag`, to describe many codes in it.
    ///
    /// Exact tags of held locales are recognized without any work; other tags
    /// are negotiated once and the choice is remembered (in a bounded cache).
    #[inline]
    pub fn language(&self, tag: &str) -> Language<'_> {
        Language {
            catalog: self,
            locale: self.resolve(tag),
        }
    }

    #[inline]
    fn resolve(&self, tag: &str) -> usize {
        // The common case, a tag exactly as held: its slot names the one
        // held tag it can be, which is then compared.
        let bytes = tag.as_bytes();
        if let Some(slot) = tag_slot(bytes) {
            let index = usize::from(self.by_slot[slot]);
            if let Some(locale) = self.locales.get(index) {
                if locale.files.tag.as_bytes() == bytes {
                    return index;
                }
            }
        }
        self.resolve_other(tag)
    }

    /// Tags to negotiate: from this thread's recent ones, else from the
    /// shared cache, else negotiated and remembered in both.
    #[inline(never)]
    fn resolve_other(&self, tag: &str) -> usize {
        // Held tags that share their slot with another.
        if let Some(index) = self
            .locales
            .iter()
            .position(|locale| locale.files.tag == tag)
        {
            return index;
        }
        if let Some(index) = RecentTags::get(self.id, tag) {
            return index;
        }
        let index = match self.tags.get(tag) {
            Some(index) => index,
            None => {
                let available: Vec<_> = self
                    .locales
                    .iter()
                    .map(|locale| locale.files.id.clone())
                    .collect();
                let index = language::negotiate(&language::requested_languages(tag), &available)
                    .unwrap_or(self.english);
                self.tags.insert(tag, index);
                index
            }
        };
        RecentTags::put(self.id, tag, index);
        index
    }

    #[inline]
    fn texts(&self, locale: usize) -> &Texts {
        let held = &self.locales[locale];
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
        let beneath = self.locales[locale]
            .beneath
            .zip(self.builtin)
            .map(|(index, builtin)| builtin.texts(index).own());
        let compiled = match &beneath {
            Some(beneath) => compile::over(&compiled, beneath).0,
            None => compiled,
        };
        // Then English, which standing in for English is still English.
        let is_fallback = locale != self.english;
        let english = || {
            if locale != self.english {
                Some(self.texts(self.english))
            } else {
                self.builtin.map(|builtin| builtin.texts(builtin.english))
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
                text(shown, &|| {
                    english().map_or_else(
                        || label.id().into(),
                        |texts| texts.labels[label.index()].0.clone(),
                    )
                })
            })
            .collect();
        let entries = Code::ALL
            .iter()
            .zip(compiled.titles.into_iter().zip(compiled.details))
            .map(|(&code, (title, detail))| {
                let entry = |part: TextPart| -> Box<str> {
                    match english() {
                        Some(texts) => texts.entries[code.index()].part(part).into(),
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
}

impl Texts {
    /// The texts that are the locale's own, as compiled text: what an app's
    /// layer of the same language is laid over.
    fn own(&self) -> Compiled {
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
        Compiled {
            titles: self
                .entries
                .iter()
                .map(|entry| own(&entry.title, entry.title_is_fallback))
                .collect(),
            details: self
                .entries
                .iter()
                .map(|entry| own(&entry.detail, entry.detail_is_fallback))
                .collect(),
            labels: self
                .labels
                .iter()
                .map(|(text, fallback)| own(text, *fallback))
                .collect(),
            problems: Vec::new(),
        }
    }
}

impl Entry {
    fn part(&self, part: TextPart) -> &str {
        match part {
            TextPart::Title => &self.title,
            TextPart::Detail => &self.detail,
        }
    }
}

/// A problem of a layered locale as readers meet it: a part the app's
/// message cannot show, where the built-in text of the locale stands in.
fn stood_in_for(kind: &LoadProblemKind, texts: &Texts) -> LoadProblemKind {
    if let LoadProblemKind::NotShown { id, part, reason } = kind {
        if let Some(code) = Code::from_name(id) {
            let entry = &texts.entries[code.index()];
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

impl fmt::Debug for Catalog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalog")
            .field("locales", &self.locales().collect::<Vec<_>>())
            .field("problems", &self.problems)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_tag_has_a_slot_of_its_own() {
        let catalog = Catalog::embedded();
        let slots: std::collections::HashSet<usize> = catalog
            .locales()
            .filter_map(|tag| tag_slot(tag.as_bytes()))
            .collect();
        assert_eq!(slots.len(), catalog.locales().count());
        for (index, tag) in catalog.locales().enumerate() {
            assert_eq!(catalog.resolve(tag), index, "{tag}");
        }
    }
}
