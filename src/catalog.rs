//! The catalog: loading locales, choosing one for a tag, and describing codes.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
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
}

struct Locale {
    files: LocaleFiles,
    texts: OnceLock<Texts>,
}

/// One locale's formatted messages, indexed by [`Code::index`]. `None` where
/// the locale has no usable text, so that the caller falls back.
struct Texts {
    titles: Box<[Option<Box<str>>]>,
    details: Box<[Option<Box<str>>]>,
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
        for locale in &catalog.locales {
            let (texts, problems) = format_locale(&locale.files);
            catalog.problems.extend(problems);
            let _ = locale.texts.set(texts);
        }
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
        Catalog {
            locales,
            english,
            builtin,
            problems,
            tags: TagCache::default(),
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
    pub fn language(&self, tag: &str) -> Language<'_> {
        Language {
            catalog: self,
            locale: self.resolve(tag),
        }
    }

    fn resolve(&self, tag: &str) -> usize {
        if let Some(index) = self
            .locales
            .iter()
            .position(|locale| locale.files.tag == tag)
        {
            return index;
        }
        if let Some(index) = self.tags.get(tag) {
            return index;
        }
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

    fn texts(&self, locale: usize) -> &Texts {
        let locale = &self.locales[locale];
        locale.texts.get_or_init(|| format_locale(&locale.files).0)
    }

    /// The title or detail of `code` from `locale`, else from English, else
    /// from the built-in English, with the tag of the locale that had it.
    fn text(&self, locale: usize, code: Code, part: Part) -> (&str, &str) {
        for index in [locale, self.english] {
            let texts = self.texts(index);
            let slot = match part {
                Part::Title => &texts.titles,
                Part::Detail => &texts.details,
            };
            if let Some(Some(text)) = slot.get(code.index()) {
                return (&self.locales[index].files.tag, text);
            }
        }
        match self.builtin {
            Some(builtin) => builtin.text(builtin.english, code, part),
            // Unreachable with the shipped catalog, whose English is complete
            // (tests hold it to that); the name is still better than a panic.
            None => (FALLBACK_LOCALE, code.name()),
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
    pub fn description(&self, code: Code) -> Description<'c> {
        let (locale, title) = self.catalog.text(self.locale, code, Part::Title);
        let (detail_locale, detail) = self.catalog.text(self.locale, code, Part::Detail);
        Description {
            code,
            locale,
            detail_locale,
            title,
            detail,
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
    fn into_code(self) -> Result<Code, UnknownCode> {
        Ok(self)
    }
}

impl IntoCode for i32 {
    fn into_code(self) -> Result<Code, UnknownCode> {
        Code::try_from(self)
    }
}

impl IntoCode for u32 {
    fn into_code(self) -> Result<Code, UnknownCode> {
        Code::try_from(self)
    }
}

impl IntoCode for i64 {
    fn into_code(self) -> Result<Code, UnknownCode> {
        Code::try_from(self)
    }
}

impl IntoCode for &str {
    fn into_code(self) -> Result<Code, UnknownCode> {
        self.parse()
    }
}

impl IntoCode for &String {
    fn into_code(self) -> Result<Code, UnknownCode> {
        self.parse()
    }
}

/// Negotiated choices by the tag as given. Bounded: a flood of distinct tags
/// (from a hostile peer, say) empties it rather than growing it.
#[derive(Default)]
struct TagCache {
    choices: RwLock<HashMap<Box<str>, usize>>,
}

impl TagCache {
    const CAPACITY: usize = 256;

    fn get(&self, tag: &str) -> Option<usize> {
        let choices = self.choices.read().unwrap_or_else(PoisonError::into_inner);
        choices.get(tag).copied()
    }

    fn insert(&self, tag: &str, locale: usize) {
        let mut choices = self.choices.write().unwrap_or_else(PoisonError::into_inner);
        if choices.len() >= Self::CAPACITY {
            choices.clear();
        }
        choices.insert(tag.into(), locale);
    }
}

/// Parses a locale's files and formats every code's title and detail once.
fn format_locale(locale: &LocaleFiles) -> (Texts, Vec<LoadProblem>) {
    let mut problems = Vec::new();
    let mut bundle = FluentBundle::new(vec![locale.id.clone()]);
    // Isolation marks (U+2068/U+2069) would end up in plain-text output.
    bundle.set_use_isolating(false);
    let mut sources = Vec::new();
    for file in &locale.files {
        let Some(text) = file.text() else {
            problems.push(LoadProblem {
                file: file.path.clone(),
                position: None,
                kind: LoadProblemKind::InvalidUtf8,
            });
            continue;
        };
        let text = text.into_owned();
        let resource = match FluentResource::try_new(text.clone()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                problems.extend(errors.into_iter().map(|error| LoadProblem {
                    file: file.path.clone(),
                    position: Some(Position::of_offset(&text, error.pos.start)),
                    kind: LoadProblemKind::Syntax {
                        message: error.kind.to_string(),
                    },
                }));
                resource
            }
        };
        // A duplicate id keeps its first definition; `wsaerr check` reports it.
        let _ = bundle.add_resource(resource);
        sources.push((file, text));
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
            let (file, offset) = sources
                .iter()
                .find_map(|(file, text)| Some((*file, source::find_entry(text, id)?)))
                .map_or((None, None), |(file, offset)| (Some(file), Some(offset)));
            problems.push(LoadProblem {
                file: file.map_or_else(|| PathBuf::from(&locale.tag), |file| file.path.clone()),
                position: file.zip(offset).and_then(|(file, offset)| {
                    let text = sources.iter().find(|(f, _)| std::ptr::eq(*f, file))?;
                    Some(Position::of_offset(&text.1, offset))
                }),
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
    let texts = Texts {
        titles: Code::ALL
            .iter()
            .map(|code| format(code.name(), None))
            .collect(),
        details: Code::ALL
            .iter()
            .map(|code| format(code.name(), Some("detail")))
            .collect(),
    };
    (texts, problems)
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
