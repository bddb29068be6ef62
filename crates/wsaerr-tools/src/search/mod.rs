//! Finding a code from the words of its message, in any shipped language.
//!
//! A support engineer holding a screenshot of a localized message types its
//! words and gets the code: `连接超时`, `연결 거부`, `connection refused`,
//! also `10060`, `0x274C` or `WSAETIMEDOUT`.
//!
//! The rules, defined once (the exported HTML page applies the same ones):
//!
//! - Query and catalog text are cut into [`tokens`] (see the [`tokens`
//!   module](self::tokens) for normalization, words and CJK bigrams).
//! - Each code has three fields: its **name** (the name, aliases, decimal
//!   and `0x` hexadecimal number), its **title** and its **detail**, as one
//!   locale describes them.
//! - A query token **hits** a field token that starts with it (`refus` hits
//!   `refused`; `超时` hits `超时`).
//! - A code matches when **every** query token hits at least one of its fields.
//! - Its **score** is the sum over query tokens of
//!   `10 × name hits + 3 × title hits + 1 × detail hits` ([`WEIGHTS`]).
//! - Hits are ranked by score, highest first, then by code number. Searching
//!   several locales, each code appears once, with the locale where it
//!   scored best (English first on a tie, then by tag).
//!
//! Work is bounded: a query has at most [`MAX_QUERY_CHARS`] characters and
//! [`MAX_QUERY_TOKENS`] distinct tokens, so a search costs at most that many
//! passes over the index.
//!
//! # Examples
//!
//! ```
//! use wsaerr::{Catalog, Code};
//! use wsaerr_tools::search;
//!
//! let hits = search::search(Catalog::embedded(), "连接超时", None)?;
//! assert_eq!(hits[0].code(), Code::WSAETIMEDOUT);
//! assert_eq!(hits[0].locale(), "zh-CN");
//!
//! let hits = search::search(Catalog::embedded(), "connection refused", Some("en"))?;
//! assert_eq!(hits[0].code(), Code::WSAECONNREFUSED);
//! # Ok::<(), wsaerr_tools::search::QueryError>(())
//! ```

mod tokens;

#[cfg(feature = "serde")]
use serde::ser::{Serialize, SerializeStruct, Serializer};

use wsaerr::{Catalog, Code, Language, FALLBACK_LOCALE};

use self::tokens::tokens_up_to;
pub use self::tokens::{is_cjk, normalize_char, tokens, CJK_RANGES};

/// The tokens of a title or a detail the index holds: far more than any real
/// text has (the longest shipped detail has under 200), so that a hostile
/// catalog cannot make an index, or a page that carries it, grow without
/// bound. Words past them are not searched.
pub const MAX_FIELD_TOKENS: usize = 2048;

/// The longest query, in characters.
pub const MAX_QUERY_CHARS: usize = 256;
/// The most distinct tokens a query may have.
pub const MAX_QUERY_TOKENS: usize = 32;
/// How much one hit counts in the name, the title and the detail.
pub const WEIGHTS: Weights = Weights {
    name: 10,
    title: 3,
    detail: 1,
};

/// The weight of a hit in each field of a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Weights {
    /// A hit in the name, aliases or number.
    pub name: u32,
    /// A hit in the title.
    pub title: u32,
    /// A hit in the explanation.
    pub detail: u32,
}

/// Why a query cannot be searched for.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    /// The query has no letters, digits or CJK characters.
    #[error("the query has no words to search for")]
    Empty,
    /// The query is longer than [`MAX_QUERY_CHARS`].
    #[error("the query is longer than {MAX_QUERY_CHARS} characters")]
    TooLong,
    /// The query has more than [`MAX_QUERY_TOKENS`] distinct tokens.
    #[error("the query has more than {MAX_QUERY_TOKENS} distinct words or character pairs")]
    TooManyTokens,
}

/// A query, cut into its distinct tokens.
///
/// # Examples
///
/// ```
/// use wsaerr_tools::search::{Query, QueryError};
///
/// assert_eq!(Query::new("Timed OUT timed")?.tokens(), ["timed", "out"]);
/// assert_eq!(Query::new("…"), Err(QueryError::Empty));
/// # Ok::<(), QueryError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Query {
    tokens: Vec<String>,
}

impl Query {
    /// Cuts `text` into tokens, dropping repeats.
    ///
    /// # Errors
    ///
    /// [`QueryError`] when the text is too long, has too many tokens or none.
    pub fn new(text: &str) -> Result<Query, QueryError> {
        if text.chars().nth(MAX_QUERY_CHARS).is_some() {
            return Err(QueryError::TooLong);
        }
        let mut distinct: Vec<String> = Vec::new();
        for token in tokens(text) {
            if !distinct.contains(&token) {
                if distinct.len() == MAX_QUERY_TOKENS {
                    return Err(QueryError::TooManyTokens);
                }
                distinct.push(token);
            }
        }
        if distinct.is_empty() {
            return Err(QueryError::Empty);
        }
        Ok(Query { tokens: distinct })
    }

    /// The distinct tokens, in the order they first appear.
    pub fn tokens(&self) -> &[String] {
        &self.tokens
    }
}

/// One code that matches a query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit<'c> {
    code: Code,
    locale: &'c str,
    title: &'c str,
    score: u32,
}

impl<'c> Hit<'c> {
    /// The code found.
    pub fn code(&self) -> Code {
        self.code
    }

    /// The locale whose text matched (the one that supplied the title).
    pub fn locale(&self) -> &'c str {
        self.locale
    }

    /// The code's title in that locale.
    pub fn title(&self) -> &'c str {
        self.title
    }

    /// How well it matched: higher is better (see the module's rules).
    pub fn score(&self) -> u32 {
        self.score
    }
}

/// Serialized as `{"code":10060,"name":"WSAETIMEDOUT","locale":"zh-CN","title":"…","score":12}`.
#[cfg(feature = "serde")]
impl Serialize for Hit<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut hit = serializer.serialize_struct("Hit", 5)?;
        hit.serialize_field("code", &self.code.value())?;
        hit.serialize_field("name", self.code.name())?;
        hit.serialize_field("locale", self.locale)?;
        hit.serialize_field("title", self.title)?;
        hit.serialize_field("score", &self.score)?;
        hit.end()
    }
}

/// One code in one locale, cut into tokens.
#[derive(Clone, Debug)]
pub(crate) struct Entry<'c> {
    pub(crate) code: Code,
    pub(crate) locale: &'c str,
    pub(crate) title: &'c str,
    pub(crate) name_tokens: Vec<String>,
    pub(crate) title_tokens: Vec<String>,
    pub(crate) detail_tokens: Vec<String>,
}

impl<'c> Entry<'c> {
    fn new(language: Language<'c>, code: Code) -> Entry<'c> {
        let text = language.description(code);
        let mut name_tokens: Vec<String> = std::iter::once(code.name())
            .chain(code.aliases().iter().copied())
            .flat_map(tokens)
            .collect();
        name_tokens.push(code.value().to_string());
        name_tokens.push(format!("{:#x}", code.value()));
        Entry {
            code,
            locale: text.locale(),
            title: text.title(),
            name_tokens,
            title_tokens: tokens_up_to(text.title(), MAX_FIELD_TOKENS),
            detail_tokens: tokens_up_to(text.detail(), MAX_FIELD_TOKENS),
        }
    }

    /// The score of this entry for `query`, or `None` unless every token hits.
    fn score(&self, query: &Query) -> Option<u32> {
        let hits = |field: &[String], token: &str| {
            field.iter().filter(|word| word.starts_with(token)).count() as u32
        };
        query.tokens.iter().try_fold(0u32, |total, token| {
            let name = hits(&self.name_tokens, token);
            let title = hits(&self.title_tokens, token);
            let detail = hits(&self.detail_tokens, token);
            (name + title + detail > 0).then(|| {
                total + WEIGHTS.name * name + WEIGHTS.title * title + WEIGHTS.detail * detail
            })
        })
    }
}

/// The tokens of every code in one or more locales, ready to search.
///
/// Build it once to search many times.
///
/// # Examples
///
/// ```
/// use wsaerr_tools::search::{Index, Query};
/// use wsaerr::{Catalog, Code};
///
/// let index = Index::new(Catalog::embedded(), Some("ko"));
/// let hits = index.search(&Query::new("연결 거부")?);
/// assert_eq!(hits[0].code(), Code::WSAECONNREFUSED);
/// assert_eq!(hits[0].locale(), "ko-KR");
/// # Ok::<(), wsaerr_tools::search::QueryError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Index<'c> {
    entries: Vec<Entry<'c>>,
}

impl<'c> Index<'c> {
    /// The index of the locale `lang` negotiates to (as
    /// [`Catalog::language`] does), or of every locale for `None`.
    pub fn new(catalog: &'c Catalog, lang: Option<&str>) -> Index<'c> {
        match lang {
            Some(tag) => Index::of_language(catalog.language(tag)),
            None => {
                // English first, so that it wins ties (see `search`).
                let mut tags: Vec<&str> = catalog.locales().collect();
                tags.sort_by_key(|&tag| (tag != FALLBACK_LOCALE, tag));
                let entries = tags
                    .into_iter()
                    .flat_map(|tag| {
                        let language = catalog.language(tag);
                        Code::ALL
                            .iter()
                            .map(move |&code| Entry::new(language, code))
                    })
                    .collect();
                Index { entries }
            }
        }
    }

    /// The index of one locale.
    pub fn of_language(language: Language<'c>) -> Index<'c> {
        Index {
            entries: Code::ALL
                .iter()
                .map(|&code| Entry::new(language, code))
                .collect(),
        }
    }

    /// The codes that match, best first; each code once.
    pub fn search(&self, query: &Query) -> Vec<Hit<'c>> {
        let mut best: Vec<Option<Hit<'c>>> = vec![None; Code::ALL.len()];
        for entry in &self.entries {
            let Some(score) = entry.score(query) else {
                continue;
            };
            // `Code::ALL` is sorted, so a code's place in it is found by halving.
            let index = Code::ALL.binary_search(&entry.code).unwrap_or_default();
            let slot = &mut best[index];
            // Strictly better only: the first locale (English) keeps a tie.
            if slot.as_ref().is_none_or(|hit| score > hit.score) {
                *slot = Some(Hit {
                    code: entry.code,
                    locale: entry.locale,
                    title: entry.title,
                    score,
                });
            }
        }
        let mut hits: Vec<Hit<'c>> = best.into_iter().flatten().collect();
        hits.sort_by(|a, b| {
            b.score
                .cmp(&a.score)
                .then(a.code.value().cmp(&b.code.value()))
        });
        hits
    }

    /// The entries, in [`Code::ALL`] order per locale (the page carries them).
    pub(crate) fn entries(&self) -> &[Entry<'c>] {
        &self.entries
    }
}

/// Searches `catalog` for `query`: in the locale `lang` negotiates to, or in
/// every locale for `None`. Best match first; empty when nothing matches.
///
/// # Errors
///
/// [`QueryError`] when the query has no words, or is too long.
pub fn search<'c>(
    catalog: &'c Catalog,
    query: &str,
    lang: Option<&str>,
) -> Result<Vec<Hit<'c>>, QueryError> {
    let query = Query::new(query)?;
    Ok(Index::new(catalog, lang).search(&query))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_field_cap_never_cuts_a_shipped_text() {
        let catalog = Catalog::embedded();
        let longest = catalog
            .locales()
            .flat_map(|tag| {
                let language = catalog.language(tag);
                Code::ALL.iter().map(move |&code| {
                    let text = language.description(code);
                    tokens(text.title()).len().max(tokens(text.detail()).len())
                })
            })
            .max()
            .unwrap();
        assert!(
            longest * 4 < MAX_FIELD_TOKENS,
            "{longest} tokens in one shipped text"
        );
    }

    #[test]
    fn queries_are_bounded() {
        assert_eq!(
            Query::new(&"a".repeat(MAX_QUERY_CHARS)).map(|q| q.tokens.len()),
            Ok(1)
        );
        assert_eq!(
            Query::new(&"a".repeat(MAX_QUERY_CHARS + 1)),
            Err(QueryError::TooLong)
        );
        let words: Vec<String> = (0..=MAX_QUERY_TOKENS).map(|i| format!("w{i}")).collect();
        assert_eq!(
            Query::new(&words[..MAX_QUERY_TOKENS].join(" ")).map(|q| q.tokens.len()),
            Ok(MAX_QUERY_TOKENS)
        );
        assert_eq!(Query::new(&words.join(" ")), Err(QueryError::TooManyTokens));
        assert_eq!(Query::new(" \t。"), Err(QueryError::Empty));
    }

    #[test]
    fn numbers_hex_and_names_hit_the_name_field() {
        let catalog = Catalog::embedded();
        for query in ["10060", "0x274c", "0X274C", "wsaetimedout"] {
            let hits = search(catalog, query, Some("en-US")).unwrap();
            assert_eq!(hits[0].code(), Code::WSAETIMEDOUT, "{query}");
        }
        let hits = search(catalog, "WSANO_ADDRESS", Some("en-US")).unwrap();
        assert_eq!(hits[0].code(), Code::WSANO_DATA);
    }

    #[test]
    fn every_token_must_hit() {
        let hits = search(Catalog::embedded(), "10060 qqqqqqqqq", None).unwrap();
        assert!(hits.is_empty());
    }

    #[test]
    fn a_score_sums_the_weighted_hits() {
        let catalog = Catalog::embedded();
        let language = catalog.language("en-US");
        let entry = Entry::new(language, Code::WSAETIMEDOUT);
        let query = Query::new("timed").unwrap();
        let count = |field: &[String]| field.iter().filter(|t| t.starts_with("timed")).count();
        let expected = WEIGHTS.name * count(&entry.name_tokens) as u32
            + WEIGHTS.title * count(&entry.title_tokens) as u32
            + WEIGHTS.detail * count(&entry.detail_tokens) as u32;
        assert!(expected >= WEIGHTS.title);
        assert_eq!(entry.score(&query), Some(expected));
    }

    #[test]
    fn each_code_appears_once_across_locales() {
        let hits = search(Catalog::embedded(), "10060", None).unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].locale(), FALLBACK_LOCALE);
    }
}
