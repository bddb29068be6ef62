//! # wsaerr-tools
//!
//! The translator's toolkit for [`wsaerr`]'s catalog of Winsock error
//! messages, built on the runtime library:
//!
//! - [`check`]: proof that every locale gives readers its own text for every
//!   code, in valid Fluent, and a list of what a translator has to fix, at
//!   file:line:column;
//! - [`record`]: the record of the English each translation was made from,
//!   so that a changed English text shows its translations as stale;
//! - [`scaffold`]: a new locale, started from English;
//! - [`export`]: the catalog as HTML pages, Markdown tables and JSON;
//! - [`search`]: the codes whose messages match some words, in any language;
//! - [`bake`]: the built-in catalog baked into the runtime as static data,
//!   and the proof that it matches `locales/`.
//!
//! ```
//! let report = wsaerr_tools::check::check_embedded();
//! assert_eq!(report.errors(), 0);
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod bake;
pub mod check;
pub mod export;
pub mod record;
pub mod scaffold;
pub mod search;
pub mod suggest;
mod write;

use wsaerr::__tools as runtime;

/// The command-line and translators' guides' Rust examples run as doc
/// tests, so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../../../docs/command-line.md")]
struct CommandLineGuideExamples;

#[cfg(doctest)]
#[doc = include_str!("../../../docs/translators.md")]
struct TranslatorsGuideExamples;
