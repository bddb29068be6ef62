//! # wsaerr
//!
//! What a Windows Sockets (Winsock) error number means, in the reader's
//! language: a catalog of all 97 codes `WSAGetLastError` can return, with a
//! short title and an explanation for each, in twelve languages: English,
//! German, French, Spanish, Brazilian Portuguese, Russian, Turkish, Arabic,
//! Japanese, Korean, and Simplified and Traditional Chinese.
//!
//! Code identities (number, name, aliases, group, [`std::io::ErrorKind`]) live
//! in Rust, in [`Code`]; the text lives in Fluent files, one folder per locale,
//! baked ahead of time into static data: describing a code parses nothing
//! and allocates nothing, from the first call.
//!
//! The translator's tools (checking a catalog, recording the English a
//! translation follows, exporting pages, searching by words) are the
//! `wsaerr-tools` crate; the `wsaerr` command line is `wsaerr-cli`.
//!
//! ```
//! let text = wsaerr::describe(10060, "zh-CN")?;
//! assert_eq!(text.name(), "WSAETIMEDOUT");
//! assert_eq!(text.locale(), "zh-CN");
//! println!("{}", text.title());
//! println!("{}", text.detail());
//!
//! // Tags as people write them, names as well as numbers:
//! let text = wsaerr::describe("wsaeconnrefused", "ko_KR.UTF-8")?;
//! assert_eq!(text.locale(), "ko-KR");
//!
//! // Languages without a catalog fall back to English.
//! assert_eq!(wsaerr::describe(10054, "it-IT")?.locale(), "en-US");
//!
//! // Numbers that are no Winsock code are an error, not a made-up text.
//! assert!(wsaerr::describe(12345, "en").is_err());
//! # Ok::<(), wsaerr::UnknownCode>(())
//! ```
//!
//! The same data is ready for a web UI as JSON (through `serde`, with the
//! `serde` feature):
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! let text = wsaerr::describe(10061, "en-US")?;
//! let json = serde_json::to_value(text).unwrap();
//! assert_eq!(json["code"], 10061);
//! assert_eq!(json["name"], "WSAECONNREFUSED");
//! assert_eq!(json["group"], "socket");
//! assert_eq!(json["locale"], "en-US");
//! # }
//! # Ok::<(), wsaerr::UnknownCode>(())
//! ```
//!
//! # Features
//!
//! None is on by default.
//!
//! - `serde`: `Serialize` for [`Description`] (an object), [`Code`] (its
//!   number, as `WSAGetLastError` returns it: `10060`) and [`Group`] (its
//!   [`as_str`](Group::as_str) identifier: `"socket"`).
//! - `runtime-catalogs`: catalogs read at run time with `fluent-bundle`:
//!   `Catalog::from_dir` (a folder in the `<tag>/*.ftl` layout) and
//!   `Catalog::layered` (an app's own folder over the built-in catalog).
//!   Without it no Fluent crate is compiled.
//! - `tools`: what `wsaerr-tools` needs from the runtime (the catalog's
//!   loader and the staleness records); not for applications, and with no
//!   stability promise.
#![forbid(unsafe_code)]
// The items `__tools` re-exports are documented for maintainers, not users.
#![cfg_attr(not(feature = "tools"), warn(missing_docs))]

mod catalog;
mod code;
mod description;
mod errno;
mod label;
mod language;
#[cfg(feature = "serde")]
mod serialize;
mod source;
mod user_language;

pub use catalog::{Catalog, IntoCode, LabelText, Language, LoadProblem, LoadProblemKind, TextPart};
pub use code::{Code, Group, UnknownCode};
pub use description::Description;
pub use label::{Column, Label};
pub use source::{CatalogError, Position, FALLBACK_LOCALE};
pub use user_language::user_languages;

/// The README's and the library guide's Rust examples run as doc tests, so
/// they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExamples;

#[cfg(doctest)]
#[doc = include_str!("../docs/library.md")]
struct LibraryGuideExamples;

/// What the translator's tools (`wsaerr-tools`) share with the runtime: the
/// layout's rules, the nesting guard, positions and the one loader that
/// decides what readers see. Not for applications, no stability promise.
#[cfg(feature = "tools")]
#[doc(hidden)]
pub mod __tools {
    pub use crate::catalog::compile::{compile, over, Compiled, NotShown, DETAIL};
    pub use crate::catalog::compiled_from_sources;
    pub use crate::source::guard::{leading_id, TooDeep, MAX_NESTING};
    pub use crate::source::tree::{classify_folder, FolderName};
    pub use crate::source::{
        embedded, embedded_tree, embedded_with_problems, floor_char_boundary, layer, read_dir,
        record_path, LineIndex, LocaleFiles, SourceFile, TreeProblem, TreeProblemKind, RECORDS,
    };
    pub use crate::user_language::{from_env, os_languages};
    pub use crate::{CatalogError, Position, FALLBACK_LOCALE};
}

/// Describes a Winsock error code in the language a tag asks for, from the
/// embedded catalog.
///
/// `code` is a number (`10060`), a [`Code`], or a name or alias in any ASCII
/// case (`"WSAETIMEDOUT"`, `"wsaetimedout"`, also `"10060"` and `"0x274C"`).
///
/// `tag` is a language as people write it: a BCP 47 tag in any case
/// (`zh-CN`, `ZH-cn`, `zh-Hans`, `ko`), a POSIX locale (`ko_KR.UTF-8`), or a
/// whole `Accept-Language` list with q-weights (`fr;q=0.5, ko-KR;q=0.9`).
/// Tags no locale fits, malformed ones, empty ones, `C` and `POSIX` give
/// English (`en-US`). Traditional Chinese (`zh-TW`, `zh-HK`, `zh-Hant`) gets
/// the Traditional edition (`zh-TW`), never Simplified text.
///
/// Where the chosen locale lacks a code's title or detail, that part comes
/// from English; [`Description::locale`] and [`Description::detail_locale`]
/// say which locale supplied each.
///
/// # Errors
///
/// [`UnknownCode`] when `code` is not a Winsock error code.
///
/// # Examples
///
/// ```
/// use wsaerr::{describe, Code};
///
/// let text = describe(Code::WSAECONNRESET, "zh-Hans-CN")?;
/// assert_eq!(text.locale(), "zh-CN");
/// assert_eq!(describe(10054, "zh-HK")?.locale(), "zh-TW");
/// # Ok::<(), wsaerr::UnknownCode>(())
/// ```
pub fn describe<C: IntoCode>(code: C, tag: &str) -> Result<Description<'static>, UnknownCode> {
    Catalog::embedded().describe(code, tag)
}

/// Describes the Winsock error behind an [`std::io::Error`] in the language a
/// tag asks for, on every OS (see [`Code::from_io_error`]), or `None` when it
/// is no socket error: no OS number, or one without a Winsock code.
///
/// # Examples
///
/// ```
/// use std::net::{TcpListener, TcpStream};
///
/// let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
/// let error = TcpStream::connect(("127.0.0.1", port)).unwrap_err();
/// let text = wsaerr::describe_io_error(&error, "ko").expect("a socket error");
/// assert_eq!(text.name(), "WSAECONNREFUSED");
/// assert_eq!(text.locale(), "ko-KR");
///
/// let not_found = std::io::Error::from(std::io::ErrorKind::NotFound);
/// assert!(wsaerr::describe_io_error(&not_found, "ko").is_none());
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn describe_io_error(error: &std::io::Error, tag: &str) -> Option<Description<'static>> {
    Code::from_io_error(error).map(|code| Catalog::embedded().language(tag).description(code))
}
