//! From whatever is on the screen to the code: a log line, a traceback, an
//! exception, or Windows' own message in the reader's language.
//!
//! A search reads the whole text in two ways, and ranks codes by both:
//!
//! - **Evidence** ([`Evidence`]): numbers read in their context
//!   (`[WinError 10061]`, `[Errno 111]` as the errno of the OS the text
//!   comes from, `(os error 10060)`, `SocketException (10061)`,
//!   `WSAGetLastError returned 10038`, `socket error 0x2745`), HRESULTs
//!   that wrap a Winsock code (`0x80072746`, or signed, `-2147014842`), and
//!   names: Winsock names and aliases, errno names, `EAI_*`, Node's
//!   `ENOTFOUND`, .NET's `SocketError` and Rust's `ErrorKind` members. A
//!   generic HRESULT such as `0x80004005` is no code, nor is a port, an
//!   address, a version or a byte count.
//! - **Words**, ranked with BM25 ([`Index`]): the text's [`terms`] against
//!   each code's documents, which are its title and detail in each locale
//!   searched, its names and numbers, and what real systems print for it
//!   ([`wordings`]: Windows' own messages, glibc's `strerror`, curl, Java,
//!   Go, Node, OpenSSH, Python), so that a message worded differently from
//!   the catalog still finds its code. Not every word has to match.
//!
//! A word being typed counts as the whole words it begins
//! ([`PREFIX_EXPANSIONS`]). A code's score is the weight of its evidence
//! plus its words' score; the
//! best first. The HTML page's filter ranks words by the same index and the
//! same terms (the page carries the index's weights and the rules).
//!
//! Work is linear in the text, which is bounded ([`MAX_QUERY_BYTES`]).
//!
//! # Examples
//!
//! ```
//! use wsaerr::{Catalog, Code};
//! use wsaerr_tools::search;
//!
//! let pasted = "ConnectionRefusedError: [WinError 10061] No connection could be made \
//!               because the target machine actively refused it";
//! let hits = search::search(Catalog::embedded(), pasted, None)?;
//! assert_eq!(hits[0].code(), Code::WSAECONNREFUSED);
//!
//! // Words alone, in any language.
//! let hits = search::search(Catalog::embedded(), "连接超时", None)?;
//! assert_eq!(hits[0].code(), Code::WSAETIMEDOUT);
//! let hits = search::search(Catalog::embedded(), "timeout", Some("en"))?;
//! assert_eq!(hits[0].code(), Code::WSAETIMEDOUT);
//! # Ok::<(), wsaerr_tools::search::QueryError>(())
//! ```

mod evidence;
mod index;
mod names;
mod terms;
mod tokens;
mod wordings;

#[cfg(feature = "serde")]
use serde::ser::{Serialize, SerializeStruct, Serializer};
use unicode_normalization::UnicodeNormalization;

use wsaerr::{Catalog, Code};

pub use self::evidence::{Evidence, EvidenceKind};
pub use self::index::{Index, BM25_B, BM25_K1, PREFIX_EXPANSIONS};
pub use self::terms::{stem, terms, COMPOUNDS, MIN_STEM, SUFFIXES};
pub use self::tokens::{is_cjk, normalize_char, tokens, CJK_RANGES};
pub use self::wordings::{wordings, Wording};

/// The tokens of a title or a detail the index holds: far more than any real
/// text has (the longest shipped detail has under 200), so that a hostile
/// catalog cannot make an index, or a page that carries it, grow without
/// bound. Words past them are not searched.
pub const MAX_FIELD_TOKENS: usize = 2048;

/// The longest text a search reads, in bytes of UTF-8: 64 KiB, more than a
/// screenful of traceback.
pub const MAX_QUERY_BYTES: usize = 64 * 1024;

/// The share of the best score a hit needs to be shown among the answers
/// ([`shown`]): with evidence, the hits that have it; with words alone, the
/// codes whose messages match about as well as the best.
pub const SHOWN_RATIO: f64 = 0.5;

/// The hits worth showing, best first: those scoring at least
/// [`SHOWN_RATIO`] of the best. The page's filter shows the same.
pub fn shown<'h, 'c>(hits: &'h [Hit<'c>]) -> &'h [Hit<'c>] {
    let Some(best) = hits.first().map(Hit::score) else {
        return hits;
    };
    let count = hits
        .iter()
        .take_while(|hit| hit.score() >= best * SHOWN_RATIO)
        .count();
    &hits[..count]
}

/// Why a text cannot be searched.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QueryError {
    /// The text has no letters, digits or CJK characters.
    #[error("the text has no words or numbers to search for")]
    Empty,
    /// The text is longer than [`MAX_QUERY_BYTES`].
    #[error("the text is longer than {} KiB", MAX_QUERY_BYTES / 1024)]
    TooLong,
}

/// A text to search for: its distinct terms and its explicit evidence.
///
/// # Examples
///
/// ```
/// use wsaerr_tools::search::{Query, QueryError};
///
/// assert_eq!(Query::new("Timed OUT timed")?.terms(), ["timed", "out"]);
/// assert_eq!(Query::new("…"), Err(QueryError::Empty));
/// # Ok::<(), QueryError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Query {
    terms: Vec<String>,
    /// The word the text ends in, when it ends in the middle of one (no
    /// space or punctuation after it): it may be a word being typed.
    partial: Option<String>,
    /// For each term, the first word of the text it was made from.
    words: std::collections::HashMap<String, String>,
    evidence: Vec<(Code, Evidence)>,
}

impl Query {
    /// Reads `text`: its terms, repeats dropped, and its evidence.
    ///
    /// # Errors
    ///
    /// [`QueryError`] when the text is too long or has nothing to search for.
    pub fn new(text: &str) -> Result<Query, QueryError> {
        if text.len() > MAX_QUERY_BYTES {
            return Err(QueryError::TooLong);
        }
        let all = terms::terms_with_tokens(text, usize::MAX);
        let partial = text
            .ends_with(char::is_alphanumeric)
            .then(|| all.last().map(|(term, _)| term.clone()))
            .flatten();
        let mut words = std::collections::HashMap::new();
        let mut terms = Vec::new();
        for (term, word) in all {
            if !words.contains_key(&term) {
                words.insert(term.clone(), word);
                terms.push(term);
            }
        }
        if terms.is_empty() {
            return Err(QueryError::Empty);
        }
        // Full-width digits and letters, as input methods type them, read as
        // ASCII.
        let normalized: String = text.nfkc().collect();
        Ok(Query {
            terms,
            partial,
            words,
            evidence: evidence::find(&normalized),
        })
    }

    /// The distinct terms, in the order they first appear.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }
}

/// One code the text points to.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit<'c> {
    code: Code,
    locale: &'c str,
    title: &'c str,
    score: f64,
    evidence: Vec<Evidence>,
}

impl<'c> Hit<'c> {
    /// The code found.
    pub fn code(&self) -> Code {
        self.code
    }

    /// The locale whose text matched best (or the first one searched).
    pub fn locale(&self) -> &'c str {
        self.locale
    }

    /// The code's title in that locale.
    pub fn title(&self) -> &'c str {
        self.title
    }

    /// How strongly the text points to the code: higher is better.
    pub fn score(&self) -> f64 {
        self.score
    }

    /// What in the text points to it, strongest first.
    pub fn evidence(&self) -> &[Evidence] {
        &self.evidence
    }
}

/// Serialized as `{"code":10060,"name":"WSAETIMEDOUT","locale":"zh-CN",
/// "title":"…","score":1012.5,"evidence":[{"kind":"number","text":"…","note":"…"}]}`.
#[cfg(feature = "serde")]
impl Serialize for Hit<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut hit = serializer.serialize_struct("Hit", 6)?;
        hit.serialize_field("code", &self.code.value())?;
        hit.serialize_field("name", self.code.name())?;
        hit.serialize_field("locale", self.locale)?;
        hit.serialize_field("title", self.title)?;
        hit.serialize_field("score", &((self.score * 1000.0).round() / 1000.0))?;
        hit.serialize_field("evidence", &self.evidence)?;
        hit.end()
    }
}

/// Searches `catalog` for what `text` points to: in the locale `lang`
/// negotiates to, or in every locale for `None`. Best first; empty when
/// nothing points anywhere.
///
/// # Errors
///
/// [`QueryError`] when the text has nothing to search for, or is too long.
pub fn search<'c>(
    catalog: &'c Catalog,
    text: &str,
    lang: Option<&str>,
) -> Result<Vec<Hit<'c>>, QueryError> {
    let query = Query::new(text)?;
    Ok(Index::new(catalog, lang).search(&query))
}

/// The code one typed or pasted name or number stands for, where that is
/// unambiguous: what [`Code`]'s parser takes (numbers, `0x` hex, names and
/// aliases in any case), also with full-width digits and letters, an HRESULT
/// that wraps a Winsock code (`0x80072746`, `-2147014842`), an errno name,
/// an `EAI_*` name, Node's `ENOTFOUND`, or a member of .NET's `SocketError`.
///
/// # Examples
///
/// ```
/// use wsaerr::Code;
/// use wsaerr_tools::search::code_of;
///
/// assert_eq!(code_of("0x80072746"), Some(Code::WSAECONNRESET));
/// assert_eq!(code_of("-2147014842"), Some(Code::WSAECONNRESET));
/// assert_eq!(code_of("１００６０"), Some(Code::WSAETIMEDOUT));
/// assert_eq!(code_of("TimedOut"), Some(Code::WSAETIMEDOUT));
/// assert_eq!(code_of("EAI_AGAIN"), Some(Code::WSATRY_AGAIN));
/// assert_eq!(code_of("0x80004005"), None);
/// assert_eq!(code_of("timeout"), None);
/// ```
pub fn code_of(text: &str) -> Option<Code> {
    if text.len() > 64 {
        return None;
    }
    let text: String = text.trim().nfkc().collect();
    if let Ok(code) = text.parse::<Code>() {
        return Some(code);
    }
    let value = match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        Some(hex) => i64::from_str_radix(hex, 16).ok(),
        None => text.parse::<i64>().ok(),
    };
    if let Some(value) = value {
        return evidence::hresult_code(value);
    }
    names::code_of_name(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_huge_and_odd_text_names_no_code() {
        for text in [
            "",
            " ",
            "0x",
            "-",
            "0x8007",
            "0x80070000",
            "-0",
            "1".repeat(100_000).as_str(),
        ] {
            assert_eq!(code_of(text), None, "{text:.20}");
        }
        // Surrounding blanks are no part of a name or number.
        assert_eq!(code_of(" 10060\n"), Some(Code::WSAETIMEDOUT));
        assert_eq!(Query::new(" \n\t"), Err(QueryError::Empty));
        assert_eq!(
            Query::new(&"a ".repeat(MAX_QUERY_BYTES / 2 + 1)),
            Err(QueryError::TooLong)
        );
    }
}
