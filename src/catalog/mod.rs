//! The catalog: its locales (baked, or loaded at run time), choosing one for
//! a tag, and describing codes.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

mod baked;
mod cache;
#[cfg(feature = "runtime-catalogs")]
pub mod compile;
#[cfg(feature = "runtime-catalogs")]
mod loaded;
mod lookup;
mod part;
mod problem;

use baked::BakedLocale;
use cache::{RecentTags, TagCache};
pub use lookup::{IntoCode, LabelText, Language};
pub use part::TextPart;
pub use problem::{LoadProblem, LoadProblemKind};

#[cfg(feature = "tools")]
pub use loaded::compiled_from_sources;

use crate::description::Description;
use crate::language;
use crate::source::FALLBACK_LOCALE;
use crate::{Code, Label, UnknownCode};

/// Localized text for every Winsock code, in every locale it holds.
///
/// [`Catalog::embedded`] is the catalog built into the binary, baked ahead
/// of time: describing a code in it is a table lookup from the first call.
/// With the `runtime-catalogs` feature, `Catalog::from_dir` reads the same
/// `<tag>/*.ftl` layout from disk, and `Catalog::layered` lays an app's own
/// folder over the built-in catalog; their locales are parsed the first time
/// they are asked for, each message formatted once then. A catalog can be
/// shared by any number of threads.
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
    locales: Locales,
    /// Index of en-US in `locales`.
    english: usize,
    /// For a catalog read from disk: the embedded one, whose English fills
    /// whatever the disk's English lacks.
    #[cfg_attr(not(feature = "runtime-catalogs"), allow(dead_code))]
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

/// A catalog's locales: the built-in ones, baked, or all read at run time
/// (a layered catalog reads the built-in sources too, each over its baked
/// locale).
enum Locales {
    /// Static data, complete, nothing to compute or allocate.
    Baked(&'static [BakedLocale]),
    /// Read at run time, each compiled when first asked for.
    #[cfg(feature = "runtime-catalogs")]
    Loaded(Vec<loaded::LoadedLocale>),
}

impl Locales {
    fn len(&self) -> usize {
        match self {
            Locales::Baked(all) => all.len(),
            #[cfg(feature = "runtime-catalogs")]
            Locales::Loaded(all) => all.len(),
        }
    }

    #[inline]
    fn get_tag(&self, index: usize) -> Option<&str> {
        match self {
            Locales::Baked(all) => all.get(index).map(|locale| locale.tag),
            #[cfg(feature = "runtime-catalogs")]
            Locales::Loaded(all) => all.get(index).map(|locale| locale.files.tag.as_str()),
        }
    }

    /// The tag of a locale held at `index`.
    #[inline]
    fn tag(&self, index: usize) -> &str {
        self.get_tag(index).unwrap_or_default()
    }

    fn tags(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|index| self.tag(index))
    }
}

/// A code's text in a locale: the title and detail readers get, and whether
/// each is English standing in for a text the locale lacks.
#[derive(Clone, Copy)]
struct EntryRef<'a> {
    /// The locale's tag.
    tag: &'a str,
    title: &'a str,
    detail: &'a str,
    title_is_fallback: bool,
    detail_is_fallback: bool,
}

#[cfg(feature = "runtime-catalogs")]
impl<'a> EntryRef<'a> {
    fn part(&self, part: TextPart) -> &'a str {
        match part {
            TextPart::Title => self.title,
            TextPart::Detail => self.detail,
        }
    }
}

impl Catalog {
    /// The catalog embedded in the binary: baked ahead of time, so the first
    /// description costs what every later one does.
    #[inline]
    pub fn embedded() -> &'static Catalog {
        static EMBEDDED: OnceLock<Catalog> = OnceLock::new();
        EMBEDDED.get_or_init(|| Catalog::new(Locales::Baked(baked::LOCALES), None, Vec::new()))
    }

    /// `locales`, sorted here, with the built-in catalog beneath them (for a
    /// catalog read from disk) and what could not be loaded.
    fn new(
        locales: Locales,
        builtin: Option<&'static Catalog>,
        problems: Vec<LoadProblem>,
    ) -> Catalog {
        // The baked locales are sorted already (a test holds them to that).
        #[cfg(feature = "runtime-catalogs")]
        let locales = match locales {
            Locales::Loaded(mut loaded) => {
                loaded.sort_by(|a, b| a.files.tag.cmp(&b.files.tag));
                Locales::Loaded(loaded)
            }
            baked => baked,
        };
        // The embedded catalog always has en-US (a test holds it to that); a
        // catalog from disk gets the built-in one added when it has none.
        let english = locales
            .tags()
            .position(|tag| tag == FALLBACK_LOCALE)
            .unwrap_or(0);
        let mut by_slot = [NO_LOCALE; 256];
        for (index, tag) in locales.tags().enumerate() {
            if let Some(slot) = tag_slot(tag.as_bytes()) {
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
        self.locales.tags()
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
        let mut shared_slot = false;
        if let Some(slot) = tag_slot(bytes) {
            let index = usize::from(self.by_slot[slot]);
            if self.locales.get_tag(index).map(str::as_bytes) == Some(bytes) {
                return index;
            }
            shared_slot = self.by_slot[slot] == SEVERAL_LOCALES;
        }
        self.resolve_other(tag, shared_slot)
    }

    /// Tags to negotiate: from this thread's recent ones, else from the
    /// shared cache, else negotiated and remembered in both.
    #[inline(never)]
    fn resolve_other(&self, tag: &str, shared_slot: bool) -> usize {
        // Held tags that share their slot with another are compared here;
        // any other held tag was compared in `resolve`.
        if shared_slot {
            if let Some(index) = self.locales.tags().position(|held| held == tag) {
                return index;
            }
        }
        if let Some(index) = RecentTags::get(self.id, tag) {
            return index;
        }
        let index = match self.tags.get(tag) {
            Some(index) => index,
            None => {
                // Held tags are canonical (the baked ones by a test, folders
                // by the tree's rules), so each parses.
                let available: Vec<_> = self
                    .locales
                    .tags()
                    .filter_map(|held| held.parse().ok())
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

    /// A code's text in a locale.
    #[inline]
    fn entry(&self, locale: usize, code: Code) -> EntryRef<'_> {
        match &self.locales {
            Locales::Baked(all) => {
                let baked = &all[locale];
                let entry = &baked.entries[code.index()];
                EntryRef {
                    tag: baked.tag,
                    title: entry.title,
                    detail: entry.detail,
                    title_is_fallback: entry.title_from_english,
                    detail_is_fallback: entry.detail_from_english,
                }
            }
            #[cfg(feature = "runtime-catalogs")]
            Locales::Loaded(all) => self.texts(locale).entry(&all[locale].files.tag, code),
        }
    }

    /// A label's text in a locale, and whether English stands in for it.
    fn label_text(&self, locale: usize, label: Label) -> (&str, bool) {
        match &self.locales {
            Locales::Baked(all) => {
                let text = &all[locale].labels[label.index()];
                (text.text, text.from_english)
            }
            #[cfg(feature = "runtime-catalogs")]
            Locales::Loaded(_) => {
                let (text, fallback) = &self.texts(locale).labels[label.index()];
                (text, *fallback)
            }
        }
    }
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

    #[test]
    fn every_shipped_tag_is_canonical() {
        for tag in Catalog::embedded().locales() {
            let parsed: unic_langid::LanguageIdentifier = tag.parse().unwrap();
            assert_eq!(parsed.to_string(), tag);
        }
    }
}
