//! The catalog: loading locales, choosing one for a tag, and describing codes.

use std::cell::Cell;
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{OnceLock, PoisonError, RwLock};

use fluent_bundle::{FluentBundle, FluentResource};

use crate::description::Description;
use crate::language;
use crate::source::{self, CatalogError, LocaleFiles, Position, TreeProblem, FALLBACK_LOCALE};
use crate::{Code, UnknownCode};

/// Localized text for every Winsock code, in every locale it holds.
///
/// [`Catalog::embedded`] is the catalog built into the binary;
/// [`Catalog::from_dir`] reads the same `<tag>/*.ftl` layout from disk.
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
    /// The locale whose tag starts with a byte, [`NO_LOCALE`] where none
    /// does, [`SEVERAL_LOCALES`] where more than one does: an exact tag is
    /// found without a branch that depends on which tag it is.
    by_first_byte: [u8; 256],
}

const NO_LOCALE: u8 = u8::MAX;
const SEVERAL_LOCALES: u8 = u8::MAX - 1;

struct Locale {
    files: LocaleFiles,
    texts: OnceLock<Texts>,
}

/// One locale's text for every code, indexed by [`Code::index`], with the
/// English fallback already put in where the locale lacks a text: describing
/// a code is one index, whatever the locale.
struct Texts {
    entries: Box<[Entry]>,
}

struct Entry {
    title: Box<str>,
    detail: Box<str>,
    /// Whether the title, or the detail, is English standing in for a
    /// missing text (in a locale other than English).
    title_is_fallback: bool,
    detail_is_fallback: bool,
}

/// One locale's messages as formatted, by [`Code::index`]: `None` where the
/// locale has no usable text.
struct Formatted {
    titles: Vec<Option<Box<str>>>,
    details: Vec<Option<Box<str>>>,
}

/// Something in a catalog folder that could not be loaded; the rest still is.
///
/// # Examples
///
/// ```
/// # let dir = tempfile::tempdir()?;
/// std::fs::create_dir(dir.path().join("ko-KR"))?;
/// std::fs::write(dir.path().join("ko-KR/winsock.ftl"), "WSAEINTR = 중단\nbroken\n")?;
/// let catalog = wsaerr::Catalog::from_dir(dir.path())?;
/// let problem = &catalog.problems()[0];
/// // where the parser expected `=`
/// assert_eq!(problem.position.map(|p| (p.line, p.column)), Some((2, 7)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}{}: {kind}", file.display(), position.map(|p| format!(":{p}")).unwrap_or_default())]
pub struct LoadProblem {
    /// The file or folder concerned.
    pub file: PathBuf,
    /// Where in the file, when the problem has a place.
    pub position: Option<Position>,
    /// What is wrong.
    pub kind: LoadProblemKind,
}

/// What kind of [`LoadProblem`] it is.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadProblemKind {
    /// A locale folder whose name is not a canonical tag: skipped.
    #[error("folder name is not a canonical language tag: rename it to `{canonical}`")]
    NonCanonicalFolder {
        /// The name it should have.
        canonical: String,
    },
    /// A file or folder that could not be read: skipped.
    #[error("cannot read: {reason}")]
    Unreadable {
        /// What the system said.
        reason: String,
    },
    /// A file that is not UTF-8: skipped.
    #[error("not valid UTF-8")]
    InvalidUtf8,
    /// Fluent syntax the parser could not read: that entry is skipped.
    #[error("syntax error: {message}")]
    Syntax {
        /// The parser's explanation.
        message: String,
    },
    /// A message that refers to something undefined: English is used instead.
    #[error("`{id}` cannot be shown: {message}")]
    Unresolved {
        /// The message id.
        id: String,
        /// The resolver's explanation.
        message: String,
    },
}

impl Catalog {
    /// The catalog embedded in the binary: built on first use, then shared.
    #[inline]
    pub fn embedded() -> &'static Catalog {
        static EMBEDDED: OnceLock<Catalog> = OnceLock::new();
        EMBEDDED.get_or_init(|| Catalog::new(source::embedded(), None, Vec::new()))
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
        let problems = tree_problems.into_iter().map(LoadProblem::from).collect();
        let mut catalog = Catalog::new(locales, Some(builtin), problems);
        // English first: the others take their missing texts from it.
        let english = catalog.english;
        let order =
            std::iter::once(english).chain((0..catalog.locales.len()).filter(|&i| i != english));
        let mut problems = Vec::new();
        for index in order {
            let (formatted, found) = format_locale(&catalog.locales[index].files);
            let texts = catalog.complete(index, formatted);
            let _ = catalog.locales[index].texts.set(texts);
            problems.push((index, found));
        }
        // Reported in the order of the locales, as they are listed.
        problems.sort_by_key(|(index, _)| *index);
        catalog
            .problems
            .extend(problems.into_iter().flat_map(|(_, found)| found));
        Ok(catalog)
    }

    fn new(
        mut files: Vec<LocaleFiles>,
        builtin: Option<&'static Catalog>,
        problems: Vec<LoadProblem>,
    ) -> Catalog {
        files.sort_by(|a, b| a.tag.cmp(&b.tag));
        let locales: Vec<Locale> = files
            .into_iter()
            .map(|files| Locale {
                files,
                texts: OnceLock::new(),
            })
            .collect();
        // The embedded catalog always has en-US (a test holds it to that); a
        // catalog from disk gets the built-in one added when it has none.
        let english = locales
            .iter()
            .position(|locale| locale.files.tag == FALLBACK_LOCALE)
            .unwrap_or(0);
        let mut by_first_byte = [NO_LOCALE; 256];
        for (index, locale) in locales.iter().enumerate() {
            if let Some(&first) = locale.files.tag.as_bytes().first() {
                let slot = &mut by_first_byte[usize::from(first)];
                *slot = match (*slot, u8::try_from(index)) {
                    (NO_LOCALE, Ok(index)) if index < SEVERAL_LOCALES => index,
                    _ => SEVERAL_LOCALES,
                };
            }
        }
        static NEXT_ID: AtomicU64 = AtomicU64::new(1);
        Catalog {
            by_first_byte,
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
        // The common case, a tag exactly as held: its first byte names the
        // one held tag it can be, which is then compared.
        let bytes = tag.as_bytes();
        if let Some(&first) = bytes.first() {
            let index = usize::from(self.by_first_byte[usize::from(first)]);
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
        // Held tags that share their first byte with another.
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
            .get_or_init(|| self.complete(locale, format_locale(&held.files).0))
    }

    /// A locale's texts with English put in where it has none: the catalog's
    /// English, else the built-in English, else the code's name (which the
    /// shipped English, complete as tests hold it, never comes to). English
    /// is only formatted when a text is missing.
    fn complete(&self, locale: usize, formatted: Formatted) -> Texts {
        let english = |code: Code, part: Part| -> Box<str> {
            let fallback = if locale != self.english {
                Some(self.texts(self.english))
            } else {
                self.builtin.map(|builtin| builtin.texts(builtin.english))
            };
            match fallback {
                Some(texts) => {
                    let entry = &texts.entries[code.index()];
                    match part {
                        Part::Title => entry.title.clone(),
                        Part::Detail => entry.detail.clone(),
                    }
                }
                None => code.name().into(),
            }
        };
        // English standing in for English is still English.
        let is_fallback = locale != self.english;
        let entries = Code::ALL
            .iter()
            .zip(formatted.titles.into_iter().zip(formatted.details))
            .map(|(&code, (title, detail))| Entry {
                title_is_fallback: title.is_none() && is_fallback,
                detail_is_fallback: detail.is_none() && is_fallback,
                title: title.unwrap_or_else(|| english(code, Part::Title)),
                detail: detail.unwrap_or_else(|| english(code, Part::Detail)),
            })
            .collect();
        Texts { entries }
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

#[derive(Clone, Copy)]
enum Part {
    Title,
    Detail,
}

/// A locale of a [`Catalog`], chosen for a language tag.
///
/// # Examples
///
/// ```
/// use wsaerr::{Catalog, Code};
///
/// let korean = Catalog::embedded().language("ko");
/// assert_eq!(korean.tag(), "ko-KR");
/// for code in [Code::WSAECONNRESET, Code::WSAETIMEDOUT] {
///     println!("{}", korean.description(code));
/// }
/// ```
#[derive(Clone, Copy)]
pub struct Language<'c> {
    catalog: &'c Catalog,
    locale: usize,
}

impl<'c> Language<'c> {
    /// The chosen locale's canonical tag, such as `zh-CN`.
    pub fn tag(&self) -> &'c str {
        &self.catalog.locales[self.locale].files.tag
    }

    /// Describes a code given as a number, a name or a [`Code`].
    ///
    /// # Errors
    ///
    /// [`UnknownCode`] when `code` is not a Winsock error code.
    pub fn describe<C: IntoCode>(&self, code: C) -> Result<Description<'c>, UnknownCode> {
        Ok(self.description(code.into_code()?))
    }

    /// Describes a code.
    #[inline]
    pub fn description(&self, code: Code) -> Description<'c> {
        let catalog = self.catalog;
        let entry = &catalog.texts(self.locale).entries[code.index()];
        let tag = &catalog.locales[self.locale].files.tag;
        let from = |fallback: bool| if fallback { FALLBACK_LOCALE } else { tag };
        Description {
            code,
            locale: from(entry.title_is_fallback),
            detail_locale: from(entry.detail_is_fallback),
            title: &entry.title,
            detail: &entry.detail,
        }
    }
}

impl fmt::Debug for Language<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Language").field(&self.tag()).finish()
    }
}

/// Anything that names a code: a [`Code`], its number, or its name or alias
/// (or number) as text.
pub trait IntoCode {
    /// The code, or why there is none.
    fn into_code(self) -> Result<Code, UnknownCode>;
}

impl IntoCode for Code {
    #[inline]
    fn into_code(self) -> Result<Code, UnknownCode> {
        Ok(self)
    }
}

impl IntoCode for i32 {
    #[inline]
    fn into_code(self) -> Result<Code, UnknownCode> {
        Code::try_from(self)
    }
}

impl IntoCode for u32 {
    #[inline]
    fn into_code(self) -> Result<Code, UnknownCode> {
        Code::try_from(self)
    }
}

impl IntoCode for i64 {
    #[inline]
    fn into_code(self) -> Result<Code, UnknownCode> {
        Code::try_from(self)
    }
}

impl IntoCode for &str {
    #[inline]
    fn into_code(self) -> Result<Code, UnknownCode> {
        self.parse()
    }
}

impl IntoCode for &String {
    #[inline]
    fn into_code(self) -> Result<Code, UnknownCode> {
        self.parse()
    }
}

/// Negotiated choices by the tag as given, shared by all threads. Bounded: a
/// flood of distinct tags (from a hostile peer, say) empties it rather than
/// growing it, and tags longer than [`TagCache::MAX_TAG_LEN`] are negotiated
/// every time rather than kept. The default (SipHash) hasher stays: the keys
/// come from outside, and this cache is only reached when a thread's
/// [`RecentTags`] miss.
#[derive(Default)]
struct TagCache {
    choices: RwLock<HashMap<Box<str>, usize>>,
}

impl TagCache {
    const CAPACITY: usize = 256;
    /// Far longer than any real `Accept-Language` header.
    const MAX_TAG_LEN: usize = 1024;

    fn get(&self, tag: &str) -> Option<usize> {
        let choices = self.choices.read().unwrap_or_else(PoisonError::into_inner);
        choices.get(tag).copied()
    }

    fn insert(&self, tag: &str, locale: usize) {
        if tag.len() > Self::MAX_TAG_LEN {
            return;
        }
        let mut choices = self.choices.write().unwrap_or_else(PoisonError::into_inner);
        if choices.len() >= Self::CAPACITY {
            choices.clear();
        }
        choices.insert(tag.into(), locale);
    }
}

/// The last few negotiated tags this thread looked up, with their choice: a
/// UI thread that asks in the same language over and over takes no lock and
/// touches no shared memory. Fixed-size copies (tags up to [`RECENT_TAG_LEN`]
/// bytes), so it never allocates; the oldest entry makes room.
struct RecentTags {
    slots: [Cell<Recent>; RecentTags::SLOTS],
    next: Cell<usize>,
}

const RECENT_TAG_LEN: usize = 22;

#[derive(Clone, Copy)]
struct Recent {
    /// [`Catalog::id`]; 0 for an empty slot.
    catalog: u64,
    len: u8,
    tag: [u8; RECENT_TAG_LEN],
    locale: u16,
}

thread_local! {
    static RECENT: RecentTags = const { RecentTags::new() };
}

impl RecentTags {
    const SLOTS: usize = 4;

    const fn new() -> RecentTags {
        const EMPTY: Recent = Recent {
            catalog: 0,
            len: 0,
            tag: [0; RECENT_TAG_LEN],
            locale: 0,
        };
        RecentTags {
            slots: [const { Cell::new(EMPTY) }; RecentTags::SLOTS],
            next: Cell::new(0),
        }
    }

    fn get(catalog: u64, tag: &str) -> Option<usize> {
        let bytes = tag.as_bytes();
        // `try_with`: while the thread is being torn down there is no memory.
        RECENT
            .try_with(|recent| {
                recent.slots.iter().find_map(|slot| {
                    let slot = slot.get();
                    let same = usize::from(slot.len) == bytes.len()
                        && slot.catalog == catalog
                        && slot.tag.get(..bytes.len()) == Some(bytes);
                    same.then_some(usize::from(slot.locale))
                })
            })
            .ok()
            .flatten()
    }

    fn put(catalog: u64, tag: &str, locale: usize) {
        let bytes = tag.as_bytes();
        let (Ok(len), Ok(locale)) = (u8::try_from(bytes.len()), u16::try_from(locale)) else {
            return;
        };
        let mut entry = Recent {
            catalog,
            len,
            tag: [0; RECENT_TAG_LEN],
            locale,
        };
        let Some(prefix) = entry.tag.get_mut(..bytes.len()) else {
            return;
        };
        prefix.copy_from_slice(bytes);
        let _ = RECENT.try_with(|recent| {
            let next = recent.next.get() % RecentTags::SLOTS;
            recent.slots[next].set(entry);
            recent.next.set((next + 1) % RecentTags::SLOTS);
        });
    }
}

/// Parses a locale's files and formats every code's title and detail once.
fn format_locale(locale: &LocaleFiles) -> (Formatted, Vec<LoadProblem>) {
    let mut problems = Vec::new();
    let mut resources = Vec::new();
    for file in &locale.files {
        let Some(text) = file.text() else {
            problems.push(LoadProblem {
                file: file.path.clone(),
                position: None,
                kind: LoadProblemKind::InvalidUtf8,
            });
            continue;
        };
        let resource = match FluentResource::try_new(text.into_owned()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                problems.extend(errors.into_iter().map(|error| LoadProblem {
                    file: file.path.clone(),
                    position: Some(Position::of_offset(resource.source(), error.pos.start)),
                    kind: LoadProblemKind::Syntax {
                        message: error.kind.to_string(),
                    },
                }));
                resource
            }
        };
        resources.push((file, resource));
    }
    let mut bundle = FluentBundle::new(vec![locale.id.clone()]);
    // Isolation marks (U+2068/U+2069) would end up in plain-text output.
    bundle.set_use_isolating(false);
    for (_, resource) in &resources {
        // A duplicate id keeps its first definition; `wsaerr check` reports it.
        let _ = bundle.add_resource(resource);
    }

    let mut format = |id: &str, attribute: Option<&str>| -> Option<Box<str>> {
        let message = bundle.get_message(id)?;
        let pattern = match attribute {
            None => message.value()?,
            Some(name) => message.get_attribute(name)?.value(),
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, None, &mut errors);
        if let Some(error) = errors.first() {
            // Where the entry is written, for the report.
            let place = resources.iter().find_map(|(file, resource)| {
                let offset = source::find_entry(resource.source(), id)?;
                Some((file, Position::of_offset(resource.source(), offset)))
            });
            problems.push(LoadProblem {
                file: place
                    .map_or_else(|| PathBuf::from(&locale.tag), |(file, _)| file.path.clone()),
                position: place.map(|(_, position)| position),
                kind: LoadProblemKind::Unresolved {
                    id: id.to_owned(),
                    message: error.to_string(),
                },
            });
            return None;
        }
        let text = text.trim();
        (!text.is_empty()).then(|| text.into())
    };
    let formatted = Formatted {
        titles: Code::ALL
            .iter()
            .map(|code| format(code.name(), None))
            .collect(),
        details: Code::ALL
            .iter()
            .map(|code| format(code.name(), Some("detail")))
            .collect(),
    };
    (formatted, problems)
}

impl From<TreeProblem> for LoadProblem {
    fn from(problem: TreeProblem) -> LoadProblem {
        match problem {
            TreeProblem::NonCanonicalFolder { path, canonical } => LoadProblem {
                file: path,
                position: None,
                kind: LoadProblemKind::NonCanonicalFolder { canonical },
            },
            TreeProblem::Unreadable { path, reason } => LoadProblem {
                file: path,
                position: None,
                kind: LoadProblemKind::Unreadable { reason },
            },
        }
    }
}
