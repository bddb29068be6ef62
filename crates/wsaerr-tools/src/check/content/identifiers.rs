//! Code identifiers and numbers: what a translation copies exactly.

use std::collections::BTreeSet;

use super::{Found, Glossary, PartToCheck, Span, Writing};
use crate::check::FindingKind;

/// Lower-case API names that are never English words.
pub(super) const API_NAMES: &[&str] = &[
    "closesocket",
    "getaddrinfo",
    "gethostbyaddr",
    "gethostbyname",
    "gethostname",
    "getnameinfo",
    "getpeername",
    "getprotobyname",
    "getservbyname",
    "getsockname",
    "getsockopt",
    "htons",
    "inet_addr",
    "ioctlsocket",
    "recvfrom",
    "sendto",
    "setsockopt",
    "sockaddr",
];

/// API names that are also English words: identifiers where the text says
/// so (`the socket function`, `calling accept`), words elsewhere.
pub(super) const WORD_API_NAMES: &[&str] = &[
    "accept", "bind", "connect", "listen", "recv", "select", "send", "shutdown", "socket",
];

/// A code identifier or number, and where it is in the text.
pub(super) fn tokens(text: &str) -> Vec<(&str, usize)> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut start = None;
    let is_part = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut i = 0;
    while i <= bytes.len() {
        let inside = i < bytes.len() && is_part(bytes[i]);
        match (start, inside) {
            (None, true) => start = Some(i),
            (Some(begin), false) => {
                let mut end = i;
                // `Ws2_32.dll`, `1.1`: a dot between two token characters joins them.
                if end + 1 < bytes.len() && bytes[end] == b'.' && is_part(bytes[end + 1]) {
                    i += 1;
                    continue;
                }
                // `sizeof(sockaddr)`: a call with one plain argument is one identifier.
                if bytes.get(end) == Some(&b'(') {
                    if let Some(close) = text[end..].find(')') {
                        let inner = &text[end + 1..end + close];
                        let named = inner.starts_with(|c: char| c.is_ascii_alphabetic());
                        if named && inner.bytes().all(is_part) {
                            end += close + 1;
                            i = end;
                        }
                    }
                }
                found.push((&text[begin..end], begin));
                start = None;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    found
}

/// Whether a token is a code identifier or a number (on its own; API names
/// that are also words are decided by their context).
pub(super) fn is_identifier(token: &str) -> bool {
    let first = token.chars().next().unwrap_or_default();
    if first.is_ascii_digit() {
        return token.chars().all(|c| c.is_ascii_digit() || c == '.');
    }
    let has_digit_or_underscore = token.contains(|c: char| c.is_ascii_digit() || c == '_');
    let inner_capital = token.chars().skip(1).any(|c| c.is_ascii_uppercase());
    has_digit_or_underscore
        || (inner_capital && token.len() > 1)
        || token.contains('(')
        || token.contains('.')
        || API_NAMES.contains(&token)
}

/// Identifiers of an en-US text: the clear ones, and API names that are
/// also words where the text calls them (`calling accept`, `the bind call`).
pub(super) fn english_identifiers(text: &str) -> BTreeSet<&str> {
    let found = tokens(text);
    found
        .iter()
        .filter(|(token, at)| {
            is_identifier(token) || (WORD_API_NAMES.contains(token) && is_called(text, token, *at))
        })
        .map(|(token, _)| *token)
        .collect()
}

/// The word-like API names the en-US text calls by name, once per call
/// (`calling connect`, `the bind call`), in order.
fn english_identifiers_in_order(text: &str) -> Vec<&str> {
    tokens(text)
        .into_iter()
        .filter(|(token, at)| WORD_API_NAMES.contains(token) && is_called(text, token, *at))
        .map(|(token, _)| token)
        .collect()
}

/// Whether the word-like API name at `at` is named as the API: `calling
/// bind`, `a connect call`, `the socket function`.
fn is_called(text: &str, token: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let after = text[at + token.len()..].trim_start();
    // `the socket function`, not `a socket function` (any of them).
    let the = before.ends_with(" the") || before == "the" || before.ends_with("The");
    before.ends_with("calling")
        || before.ends_with("Calling")
        || before.ends_with(" call")
        || (the && (after.starts_with("function") || after.starts_with("call")))
}

/// Identifiers of a translation: every clear one, and API names that are
/// also words wherever they stand in Latin letters among CJK text.
pub(super) fn translated_identifiers(text: &str, cjk: bool) -> BTreeSet<&str> {
    tokens(text)
        .into_iter()
        .map(|(token, _)| token)
        .filter(|token| is_identifier(token) || (cjk && WORD_API_NAMES.contains(token)))
        .collect()
}

pub(super) fn identifiers(
    part: &PartToCheck<'_, '_>,
    writing: Writing,
    glossary: &Glossary<'_>,
    found: &mut Found,
) {
    found.extend(identifier_findings(
        part.text,
        part.english,
        writing.is_cjk(),
    ));
    if !writing.is_cjk() && writing != Writing::English {
        let words: Vec<&str> = glossary.iter().map(|term| term.ours.as_str()).collect();
        found.extend(word_api_names(part.text, part.english, &words));
    }
}

/// API names that are also English words (`bind`, `connect`, `socket`), in
/// a translation that is not in English: there, such a name written as
/// en-US writes it (exact case) is the API name, whatever stands around it.
/// So the translation has each at least as often as the en-US text calls it
/// (`calling connect`, `the socket function`), and at most as often as the
/// en-US text has it at all. A name that is also the locale's own glossary
/// word (French and Spanish `socket`) cannot be told apart and is left out.
pub(super) fn word_api_names(text: &str, english: &str, glossary_words: &[&str]) -> Found {
    // A name inside a longer word of any script (`connecté`) is no name.
    let standalone = |text: &str, token: &str, at: usize| {
        let before = text[..at].chars().next_back();
        let after = text[at + token.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    fn names(text: &str, standalone: impl Fn(&str, &str, usize) -> bool) -> Vec<(&str, usize)> {
        tokens(text)
            .into_iter()
            .filter(|&(token, at)| standalone(text, token, at))
            .collect()
    }
    let count = |tokens: &[(&str, usize)], name: &str| {
        tokens.iter().filter(|(token, _)| *token == name).count()
    };
    let english_tokens = names(english, standalone);
    let called: Vec<&str> = english_identifiers_in_order(english);
    let ours = names(text, standalone);
    let mut found = Found::new();
    for &name in WORD_API_NAMES {
        if glossary_words.iter().any(|word| {
            word.split_whitespace()
                .any(|w| w.eq_ignore_ascii_case(name))
        }) {
            continue;
        }
        let here = count(&ours, name);
        let at_least = called.iter().filter(|&&called| called == name).count();
        let at_most = count(&english_tokens, name);
        if here < at_least {
            found.push((
                FindingKind::IdentifierMissing {
                    identifier: name.to_owned(),
                    found: None,
                },
                None,
            ));
        } else if here > at_most {
            found.push((
                FindingKind::IdentifierAdded {
                    identifier: name.to_owned(),
                },
                ours.iter()
                    .find(|(token, _)| *token == name)
                    .map(|&(_, at)| Span::Shown(at)),
            ));
        }
    }
    found
}

/// The identifier checks, on the shown texts.
pub(super) fn identifier_findings(text: &str, english: &str, cjk: bool) -> Found {
    let mut theirs = english_identifiers(english);
    // Outside CJK text such names are counted by `word_api_names`.
    if !cjk {
        theirs.retain(|token| !WORD_API_NAMES.contains(token));
    }
    let ours = translated_identifiers(text, cjk);
    let english_words: BTreeSet<&str> = tokens(english)
        .into_iter()
        .map(|(token, _)| token)
        .collect();
    let mut found = Found::new();
    let added: Vec<&str> = ours
        .iter()
        .copied()
        .filter(|token| !theirs.contains(token))
        // A word-like API name the English writes as a word is no addition.
        .filter(|token| !(WORD_API_NAMES.contains(token) && english_words.contains(token)))
        .collect();
    // What may stand where an identifier was altered: any Latin word here;
    // and where each word first stands, to place a finding about it.
    let all = tokens(text);
    let mut first: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for &(token, at) in &all {
        first.entry(token).or_insert(at);
    }
    let words: Vec<&str> = all
        .iter()
        .map(|&(token, _)| token)
        .filter(|token| !theirs.contains(token))
        .collect();
    for identifier in &theirs {
        if ours.contains(identifier) {
            continue;
        }
        let allowed = crate::suggest::allowed_distance(identifier);
        let numeric = |token: &str| token.starts_with(|c: char| c.is_ascii_digit());
        let altered = words
            .iter()
            .copied()
            // A number stands for a number; a name for a name of some length.
            .filter(|candidate| {
                numeric(candidate) == numeric(identifier)
                    && (numeric(identifier) || candidate.len() >= 3)
            })
            .find(|candidate| {
                crate::suggest::levenshtein(identifier, candidate, allowed).is_some()
            });
        found.push((
            FindingKind::IdentifierMissing {
                identifier: (*identifier).to_owned(),
                found: altered.map(str::to_owned),
            },
            altered
                .and_then(|word| first.get(word))
                .map(|&at| Span::Shown(at)),
        ));
    }
    for identifier in added {
        let altered = theirs.iter().any(|original| {
            let allowed = crate::suggest::allowed_distance(original);
            crate::suggest::levenshtein(original, identifier, allowed).is_some()
        });
        if !altered {
            found.push((
                FindingKind::IdentifierAdded {
                    identifier: identifier.to_owned(),
                },
                first.get(identifier).map(|&at| Span::Shown(at)),
            ));
        }
    }
    found
}

/// Whether CJK text is mostly Latin words besides code identifiers.
pub(super) fn mostly_latin(text: &str, own_letter: fn(char) -> bool) -> bool {
    let own = text.chars().filter(|&c| own_letter(c)).count();
    let latin: usize = tokens(text)
        .into_iter()
        .filter(|(token, _)| !is_identifier(token) && !WORD_API_NAMES.contains(token))
        .map(|(token, _)| token.len())
        .sum();
    latin >= 12 && latin > own * 2
}

#[cfg(test)]
mod tests {
    use super::super::text::is_cjk_char;
    use super::*;

    #[test]
    fn tokens_keep_dotted_names_and_calls_whole() {
        let text = "Check sizeof(sockaddr), Ws2_32.dll and version 2.2. Then WSAStartup.";
        let found: Vec<&str> = tokens(text).into_iter().map(|(token, _)| token).collect();
        assert_eq!(
            found,
            [
                "Check",
                "sizeof(sockaddr)",
                "Ws2_32.dll",
                "and",
                "version",
                "2.2",
                "Then",
                "WSAStartup"
            ]
        );
    }

    #[test]
    fn english_identifiers_tell_api_names_from_words() {
        let text = "The socket function failed; calling accept on a socket that does not accept. A socket function. Use setsockopt with SO_BROADCAST in QoS 2.";
        let found: Vec<&str> = english_identifiers(text).into_iter().collect();
        assert_eq!(
            found,
            ["2", "QoS", "SO_BROADCAST", "accept", "setsockopt", "socket"]
        );
    }

    #[test]
    fn identifier_mismatches_are_named() {
        let english = "Enable SO_BROADCAST with setsockopt first.";
        let findings = identifier_findings("setsockop로 SO_BROADCST를 켭니다.", english, true);
        let kinds: Vec<FindingKind> = findings.into_iter().map(|(kind, _)| kind).collect();
        assert_eq!(
            kinds,
            [
                FindingKind::IdentifierMissing {
                    identifier: "SO_BROADCAST".into(),
                    found: Some("SO_BROADCST".into())
                },
                FindingKind::IdentifierMissing {
                    identifier: "setsockopt".into(),
                    found: Some("setsockop".into())
                },
            ]
        );
        let translated = identifier_findings("先用广播选项启用。", english, true);
        assert_eq!(translated.len(), 2);
        let added = identifier_findings(
            "setsockopt로 SO_BROADCAST와 SO_LINGER를 켭니다.",
            english,
            true,
        );
        assert_eq!(
            added.into_iter().map(|(kind, _)| kind).collect::<Vec<_>>(),
            [FindingKind::IdentifierAdded {
                identifier: "SO_LINGER".into()
            }]
        );
        let version = identifier_findings(
            "Winsock 2.0 버전이 필요합니다.",
            "Winsock 2.2 is required.",
            true,
        );
        assert_eq!(version.len(), 1);
    }

    #[test]
    fn word_like_api_names_are_counted_outside_cjk() {
        let english = "Calling connect on a nonblocking socket, or calling bind twice.";
        let de = "Aufruf von connect auf einem nicht blockierenden Socket, oder zweimal bind.";
        assert!(word_api_names(de, english, &["Socket"]).is_empty());
        let fr_missing = "Appel de connexion sur un socket non bloquant, ou bind deux fois.";
        let found = word_api_names(fr_missing, english, &["socket"]);
        assert!(
            matches!(&found[..], [(FindingKind::IdentifierMissing { identifier, .. }, _)] if identifier == "connect")
        );
        let ru_added = "Вызов connect для неблокирующего сокета, bind дважды или listen.";
        let found = word_api_names(ru_added, english, &["сокет"]);
        assert!(
            matches!(&found[..], [(FindingKind::IdentifierAdded { identifier }, _)] if identifier == "listen")
        );
        // French writes the noun `socket`: that name cannot be told from the word.
        assert!(word_api_names(
            "Le socket est fermé.",
            "The socket function failed.",
            &["socket"]
        )
        .is_empty());
        // Inside a longer word it is no name: `connecté` holds no `connect`.
        assert!(
            word_api_names("Le socket est connecté.", "The socket is connected.", &[]).is_empty()
        );
    }

    #[test]
    fn text_left_in_english() {
        assert!(mostly_latin(
            "The connection was refused by the peer.",
            is_cjk_char
        ));
        assert!(!mostly_latin(
            "对端拒绝了连接（WSAECONNREFUSED，SO_LINGER）。",
            is_cjk_char
        ));
        assert!(!mostly_latin(
            "WSAStartup 호출이 아직 성공하지 않았습니다.",
            is_cjk_char
        ));
    }
}
