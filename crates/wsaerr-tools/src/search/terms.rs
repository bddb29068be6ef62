//! From tokens to terms, the units the index and a query are compared in:
//! the same rules on both sides, so that the words people paste meet the
//! words a message is written in.
//!
//! 1. A token that is one of a few **compounds** is written as its parts
//!    ([`COMPOUNDS`]): `timeout` is `timed out`, `hostname` is `host name`.
//! 2. A Latin word is cut to its **stem** ([`stem`]): `refused`, `refuses`,
//!    `refusing` and `refuse` are all `refus`; `connections` is `connection`.
//!
//! Every other token (CJK bigrams, numbers, names with `_`) is its own term.
//! The exported page carries these two lists and applies the same rules.

use super::tokens::tokens_up_to;

/// Words written as one that messages write as two, and their parts.
pub const COMPOUNDS: [(&str, &[&str]); 8] = [
    ("timeout", &["timed", "out"]),
    ("timeouts", &["timed", "out"]),
    ("timedout", &["timed", "out"]),
    ("hostname", &["host", "name"]),
    ("hostnames", &["host", "name"]),
    ("unreachable", &["unreachable"]),
    ("cannot", &["can", "not"]),
    ("can't", &["can", "not"]),
];

/// The endings [`stem`] removes, tried in this order, each only where at
/// least [`MIN_STEM`] letters stay.
pub const SUFFIXES: [&str; 5] = ["ing", "ed", "es", "s", "e"];

/// The fewest letters a stem keeps.
pub const MIN_STEM: usize = 4;

/// A word of ASCII letters without its ending: the first of [`SUFFIXES`]
/// it ends with, then a final `e` (`refused` → `refus`, `refuse` → `refus`,
/// `hosts` → `host`). Other tokens are returned as they are.
///
/// # Examples
///
/// ```
/// use wsaerr_tools::search::stem;
///
/// assert_eq!(stem("refused"), "refus");
/// assert_eq!(stem("refuse"), "refus");
/// assert_eq!(stem("connections"), "connection");
/// assert_eq!(stem("timed"), "timed");
/// assert_eq!(stem("连接"), "连接");
/// ```
pub fn stem(token: &str) -> &str {
    if !token.bytes().all(|b| b.is_ascii_lowercase()) {
        return token;
    }
    let mut stem = token;
    for suffix in SUFFIXES {
        if let Some(rest) = stem.strip_suffix(suffix) {
            if rest.len() >= MIN_STEM && !(suffix == "s" && rest.ends_with('s')) {
                stem = rest;
                break;
            }
        }
    }
    // `refuse` and `refused` meet at `refus`.
    match stem.strip_suffix('e') {
        Some(rest) if rest.len() >= MIN_STEM => rest,
        _ => stem,
    }
}

/// The terms of `text`, in order, repeats included: its first `most`
/// tokens, compounds written as their parts, each stemmed.
pub(crate) fn terms_up_to(text: &str, most: usize) -> Vec<String> {
    terms_with_tokens(text, most)
        .into_iter()
        .map(|(term, _)| term)
        .collect()
}

/// [`terms_up_to`], each term with the token it was made from (`refus` from
/// `refused`), for showing people the words that matched.
pub(crate) fn terms_with_tokens(text: &str, most: usize) -> Vec<(String, String)> {
    let mut terms = Vec::new();
    for token in tokens_up_to(text, most) {
        match COMPOUNDS.iter().find(|(compound, _)| *compound == token) {
            Some((_, parts)) => terms.extend(
                parts
                    .iter()
                    .map(|part| (stem(part).to_owned(), (*part).to_owned())),
            ),
            None => {
                let term = stem(&token).to_owned();
                terms.push((term, token));
            }
        }
    }
    terms
}

/// The terms of `text`, in order, repeats included: its tokens, compounds
/// written as their parts, each stemmed.
///
/// # Examples
///
/// ```
/// use wsaerr_tools::search::terms;
///
/// assert_eq!(terms("Connection timeout"), ["connection", "timed", "out"]);
/// assert_eq!(terms("actively refused it"), ["actively", "refus", "it"]);
/// ```
pub fn terms(text: &str) -> Vec<String> {
    terms_up_to(text, usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_of_a_word_meet() {
        for (a, b) in [
            ("refused", "refuse"),
            ("refusing", "refused"),
            ("hosts", "host"),
            ("connections", "connection"),
            ("resets", "reset"),
            ("aborted", "abort"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} {b}");
        }
        assert_eq!(terms("hostname"), terms("host name"));
        assert_eq!(terms("Timeout"), terms("timed out"));
    }

    #[test]
    fn short_words_and_other_tokens_stay() {
        for word in [
            "is",
            "was",
            "uses",
            "bus",
            "access",
            "address",
            "10061",
            "wsa_io_pending",
            "연결",
            "Timed",
        ] {
            assert_eq!(stem(word), word);
        }
    }
}
