//! Explicit evidence in pasted text: numbers read in their context
//! (`[WinError 10061]`, `[Errno 111]`, `(os error 10060)`,
//! `SocketException (10061)`, `WSAGetLastError returned 10038`,
//! `socket error 0x2745`), HRESULTs that wrap a Winsock code
//! (`0x80072746`, or `-2147014842` as .NET prints it), and names
//! (`WSAECONNREFUSED`, `ECONNREFUSED`, `EAI_AGAIN`, `ENOTFOUND`,
//! `SocketError.TimedOut`).
//!
//! What is clearly something else is not read as a code: a generic HRESULT
//! (`0x80004005`), a port (`127.0.0.1:10061`), an address or a version
//! (`10.0.10061.1`), a number inside a word (`Python310`), and small numbers
//! without a context that says they are error numbers (curl's `(7)`).

use wsaerr::Code;

use super::names::{self, Os};

/// How much a piece of evidence weighs against words: a number read in its
/// context, an HRESULT or a name outweighs any wording; a bare number that
/// happens to be a code counts less.
pub(crate) const STRONG: f64 = 1000.0;
pub(crate) const WEAK: f64 = 50.0;

/// What the evidence is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum EvidenceKind {
    /// A number read in its context, such as `WinError 10061`.
    Number,
    /// A bare number that is a Winsock code, with no context that says so.
    BareNumber,
    /// An HRESULT that wraps a Winsock code, such as `0x80072746`.
    Hresult,
    /// A name: Winsock, errno, `EAI_*`, Node's, .NET's `SocketError` or
    /// Rust's `ErrorKind`.
    Name,
    /// Words of the code's messages or of what a system prints for it.
    Words,
}

/// One piece of evidence for a code.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Evidence {
    kind: EvidenceKind,
    text: String,
    note: String,
}

impl Evidence {
    pub(crate) fn new(
        kind: EvidenceKind,
        text: impl Into<String>,
        note: impl Into<String>,
    ) -> Self {
        Evidence {
            kind,
            text: text.into(),
            note: note.into(),
        }
    }

    /// What kind of evidence it is.
    pub fn kind(&self) -> EvidenceKind {
        self.kind
    }

    /// What was found in the text, as it stands there (for words, the
    /// terms that matched).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// How it was read, such as `a Windows error number`, or which
    /// wording it matched.
    pub fn note(&self) -> &str {
        &self.note
    }

    /// Its weight in a hit's score.
    pub(crate) fn weight(&self) -> f64 {
        match self.kind {
            EvidenceKind::BareNumber => WEAK,
            EvidenceKind::Words => 0.0,
            _ => STRONG,
        }
    }
}

/// A piece of the text as the scanner reads it.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Lexeme<'t> {
    Word(&'t str),
    Number { value: i64, hex: bool },
    Break,
    Other(char),
}

/// Words that say the number after them is a Windows (Winsock) error.
const WINDOWS_CONTEXT: [&str; 11] = [
    "winerror",
    "wsagetlasterror",
    "getlasterror",
    "wsaerror",
    "socketexception",
    "nativeerrorcode",
    "errorcode",
    "lasterror",
    "winsock",
    "wsa",
    "win32exception",
];
/// Words that say the number after them is an error number of some kind.
const GENERIC_CONTEXT: [&str; 8] = [
    "error", "err", "code", "status", "returned", "result", "failed", "failure",
];

/// Words after a number that make it a quantity, and before it a port.
const UNITS: [&str; 16] = [
    "bytes",
    "byte",
    "b",
    "kb",
    "mb",
    "ms",
    "s",
    "sec",
    "secs",
    "seconds",
    "milliseconds",
    "times",
    "retries",
    "attempts",
    "items",
    "records",
];

/// The explicit evidence in `text`, each piece with the code it names, in
/// the order found. Linear in the text.
pub(crate) fn find(text: &str) -> Vec<(Code, Evidence)> {
    let os = implied_os(text);
    let mut found = Vec::new();
    // The last three words of the line before the current lexeme, lower-cased.
    let mut context: [Option<&str>; 3] = [None; 3];
    let mut previous_other: Option<char> = None;
    // Where each of those words starts.
    let mut starts = [0usize; 3];
    // A bare number just found: a unit word after it makes it a quantity.
    let mut bare: Option<usize> = None;
    for (start, end, lexeme) in lex(text) {
        if let (Some(index), Lexeme::Word(word)) = (bare, lexeme) {
            if UNITS.contains(&word.to_ascii_lowercase().as_str()) {
                found.remove(index);
            }
        }
        bare = None;
        match lexeme {
            Lexeme::Break => {
                context = [None; 3];
                previous_other = None;
            }
            Lexeme::Other(c) => previous_other = Some(c),
            Lexeme::Word(word) => {
                if let Some((code, note)) = name(word, &context) {
                    found.push((code, Evidence::new(EvidenceKind::Name, word, note)));
                }
                context = [context[1], context[2], Some(word)];
                starts = [starts[1], starts[2], start];
                previous_other = None;
            }
            Lexeme::Number { value, hex } => {
                // The number with the word just before it (two for `os
                // error` and `socket error`), as the text writes them.
                let snippet = |kind: EvidenceKind| {
                    let two = matches!(
                        (context[1].map(str::to_ascii_lowercase), context[2].map(str::to_ascii_lowercase)),
                        (Some(a), Some(b)) if (a == "os" || a == "socket") && b == "error"
                    );
                    let from = match (kind, context[2]) {
                        (EvidenceKind::Number, Some(_)) if two => starts[1],
                        (EvidenceKind::Number, Some(_)) => starts[2],
                        _ => start,
                    };
                    let from = from.max(start.saturating_sub(48));
                    let from = (from..=start)
                        .find(|&i| text.is_char_boundary(i))
                        .unwrap_or(start);
                    text[from..end].to_owned()
                };
                if let Some((code, kind, note)) = number(value, hex, &context, os, previous_other) {
                    if kind == EvidenceKind::BareNumber {
                        bare = Some(found.len());
                    }
                    found.push((code, Evidence::new(kind, snippet(kind), note)));
                }
                previous_other = None;
            }
        }
    }
    found
}

/// The code a name stands for, and how it was read. Member names of .NET
/// and Rust that are also plain English words (`Fault`, `Shutdown`) count
/// only after a word that says an error kind follows.
fn name(word: &str, context: &[Option<&str>; 3]) -> Option<(Code, &'static str)> {
    if word.len() > 64 || !word.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    if let Some(code) = Code::from_name(word) {
        let note = if word.to_ascii_uppercase().starts_with("WSA") || word.contains('_') {
            "a Winsock name"
        } else {
            "an errno name"
        };
        return Some((code, note));
    }
    if let Some(code) = names::member(word) {
        let capitals = word.chars().filter(char::is_ascii_uppercase).count();
        let after_kind = context.iter().flatten().any(|previous| {
            matches!(
                previous.to_ascii_lowercase().as_str(),
                "socketerror" | "socketerrorcode" | "errorcode" | "kind" | "error"
            )
        });
        return (capitals >= 2 || after_kind)
            .then_some((code, "a .NET, Rust, Python or Java name for it"));
    }
    // `from_name` and `member` were tried above.
    let code = names::other_system_name(word)?;
    Some((code, "a getaddrinfo or Node.js error name"))
}

/// The code a number stands for in its context, with how it was read.
fn number(
    value: i64,
    hex: bool,
    context: &[Option<&str>; 3],
    os: Os,
    previous: Option<char>,
) -> Option<(Code, EvidenceKind, &'static str)> {
    // An HRESULT that wraps a Windows error counts wherever it stands.
    if let Some(code) = hresult_code(value) {
        return Some((
            code,
            EvidenceKind::Hresult,
            "an HRESULT that wraps a Windows error",
        ));
    }
    let lower = |word: &&str| word.to_ascii_lowercase();
    let words: Vec<String> = context.iter().flatten().map(lower).collect();
    let has = |list: &[&str]| words.iter().any(|word| list.contains(&word.as_str()));
    let pair = |a: &str, b: &str| words.windows(2).any(|two| two[0] == a && two[1] == b);
    if has(&WINDOWS_CONTEXT) || pair("socket", "error") {
        let code = code_from_value(value)?;
        return Some((code, EvidenceKind::Number, "a Windows error number"));
    }
    if has(&["errno"]) || pair("os", "error") {
        if value < 0 {
            let (_, _, code) = names::EAI
                .iter()
                .find(|(_, number, _)| i64::from(*number) == value)?;
            return Some((
                *code,
                EvidenceKind::Number,
                "a getaddrinfo error number of glibc",
            ));
        }
        if value >= 10_000 {
            let code = code_from_value(value)?;
            return Some((code, EvidenceKind::Number, "a Windows error number"));
        }
        let code = names::from_errno(os, value)?;
        let note = match os {
            Os::Linux => "an errno on Linux",
            Os::Apple => "an errno on macOS",
            Os::Windows => "an errno of the Windows C runtime",
        };
        return Some((code, EvidenceKind::Number, note));
    }
    let code_range = (10_004..=11_033).contains(&value);
    if has(&GENERIC_CONTEXT) && code_range {
        let code = code_from_value(value)?;
        return Some((code, EvidenceKind::Number, "a Windows error number"));
    }
    // A port follows a colon or the word; a bare number that is a code is
    // weak evidence.
    let port = previous == Some(':') || words.last().is_some_and(|word| word == "port");
    if code_range && !port {
        let code = code_from_value(value)?;
        let note = if hex {
            "a Winsock code in hexadecimal"
        } else {
            "a number that is a Winsock code"
        };
        return Some((code, EvidenceKind::BareNumber, note));
    }
    None
}

/// The Winsock code an HRESULT of the Win32 facility (`0x8007xxxx`) wraps
/// in its low 16 bits, given as printed in hex or as the signed 32-bit
/// number .NET prints (`-2147014842`). Other HRESULTs, the generic
/// `0x80004005` among them, wrap no code.
pub(crate) fn hresult_code(value: i64) -> Option<Code> {
    let bits = match i32::try_from(value) {
        Ok(signed) if signed < 0 => u64::from(signed.cast_unsigned()),
        _ => u64::try_from(value).ok()?,
    };
    if bits >> 16 != 0x8007 {
        return None;
    }
    code_from_value(i64::try_from(bits & 0xFFFF).ok()?)
}

fn code_from_value(value: i64) -> Option<Code> {
    Code::try_from(value).ok()
}

/// The OS a text comes from, as far as its words tell: it decides whose
/// errno numbers `Errno N` means.
fn implied_os(text: &str) -> Os {
    let mut windows = false;
    let mut macos = false;
    for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')) {
        match word.to_ascii_lowercase().as_str() {
            "winerror" | "windows" | "connectex" | "wsarecv" | "wsasend" | "wsastartup"
            | "system32" | "exe" | "dll" | "wsagetlasterror" => windows = true,
            "darwin" | "macos" | "osx" | "dylib" => macos = true,
            _ => {}
        }
    }
    if windows || text.contains(":\\") {
        Os::Windows
    } else if macos || text.contains("/Users/") {
        Os::Apple
    } else {
        Os::Linux
    }
}

/// The lexemes of `text` with their byte ranges: words of ASCII letters,
/// digits and `_` that start with a letter, numbers (decimal, `0x` hex, and
/// negative when a `-` stands alone before them), line breaks, and other
/// characters one at a time. A number that is part of a word, an address or
/// a version (`Python310`, `10.0.10061.1`) is no number.
fn lex(text: &str) -> impl Iterator<Item = (usize, usize, Lexeme<'_>)> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            let start = at;
            let b = bytes[at];
            if b == b'\n' {
                at += 1;
                return Some((start, at, Lexeme::Break));
            }
            if b.is_ascii_alphabetic() || b == b'_' {
                while at < bytes.len() && (bytes[at].is_ascii_alphanumeric() || bytes[at] == b'_') {
                    at += 1;
                }
                return Some((start, at, Lexeme::Word(&text[start..at])));
            }
            if b.is_ascii_digit() {
                let hex = b == b'0'
                    && matches!(bytes.get(at + 1), Some(b'x' | b'X'))
                    && bytes.get(at + 2).is_some_and(u8::is_ascii_hexdigit);
                let digits_start = if hex { at + 2 } else { at };
                at = digits_start;
                while at < bytes.len()
                    && (if hex {
                        bytes[at].is_ascii_hexdigit()
                    } else {
                        bytes[at].is_ascii_digit()
                    })
                {
                    at += 1;
                }
                let glued_before = start > 0
                    && (bytes[start - 1].is_ascii_alphanumeric()
                        || bytes[start - 1] == b'_'
                        || (bytes[start - 1] == b'.'
                            && start > 1
                            && bytes[start - 2].is_ascii_digit()));
                let glued_after = at < bytes.len()
                    && (bytes[at].is_ascii_alphanumeric()
                        || bytes[at] == b'_'
                        || (bytes[at] == b'.'
                            && bytes.get(at + 1).is_some_and(u8::is_ascii_digit)));
                if glued_before || glued_after || at - digits_start > 12 {
                    // Skip the rest of the word, address or version.
                    while at < bytes.len()
                        && (bytes[at].is_ascii_alphanumeric()
                            || bytes[at] == b'_'
                            || bytes[at] == b'.')
                    {
                        at += 1;
                    }
                    continue;
                }
                let digits = &text[digits_start..at];
                let value = if hex {
                    i64::from_str_radix(digits, 16).ok()
                } else {
                    digits.parse::<i64>().ok()
                };
                let Some(mut value) = value else { continue };
                let negative = !hex
                    && start > 0
                    && bytes[start - 1] == b'-'
                    && (start < 2 || !bytes[start - 2].is_ascii_alphanumeric());
                if negative {
                    value = -value;
                }
                return Some((start, at, Lexeme::Number { value, hex }));
            }
            // One character, whole.
            let c = text[at..].chars().next()?;
            at += c.len_utf8();
            if c.is_whitespace() {
                continue;
            }
            return Some((start, at, Lexeme::Other(c)));
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<(Code, EvidenceKind)> {
        find(text)
            .into_iter()
            .map(|(code, evidence)| (code, evidence.kind()))
            .collect()
    }

    #[test]
    fn numbers_in_their_context() {
        use EvidenceKind::{Hresult, Name, Number};
        let refused = Code::WSAECONNREFUSED;
        assert_eq!(
            codes("ConnectionRefusedError: [WinError 10061] No connection"),
            [(refused, Name), (refused, Number)]
        );
        assert_eq!(codes("[Errno 111] Connection refused"), [(refused, Number)]);
        assert_eq!(
            codes("[Errno 61] Connection refused on darwin"),
            [(refused, Number)]
        );
        assert_eq!(
            codes("socket.gaierror: [Errno 11001] getaddrinfo failed"),
            [(Code::WSAHOST_NOT_FOUND, Number)]
        );
        assert_eq!(
            codes("socket.gaierror: [Errno -3] Temporary failure in name resolution"),
            [(Code::WSATRY_AGAIN, Number)]
        );
        assert_eq!(
            codes("Os { code: 10061, kind: ConnectionRefused }"),
            [(refused, Number), (refused, Name)]
        );
        assert_eq!(
            codes("connection failed (os error 111)"),
            [(refused, Number)]
        );
        assert_eq!(
            codes("SocketException (10061): No connection"),
            [(refused, Number)]
        );
        assert_eq!(
            codes("WSAGetLastError returned 10038"),
            [(Code::WSAENOTSOCK, Number)]
        );
        assert_eq!(
            codes("socket error 0x2745"),
            [(Code::WSAECONNABORTED, Number)]
        );
        assert_eq!(
            codes("HRESULT 0x80072746"),
            [(Code::WSAECONNRESET, Hresult)]
        );
        assert_eq!(
            codes("ErrorCode = -2147014842"),
            [(Code::WSAECONNRESET, Hresult)]
        );
        assert_eq!(
            codes("SocketErrorCode = TimedOut"),
            [(Code::WSAETIMEDOUT, Name)]
        );
        assert_eq!(
            codes("getaddrinfo EAI_AGAIN example.com"),
            [(Code::WSATRY_AGAIN, Name)]
        );
        assert_eq!(
            codes("connect ECONNREFUSED 127.0.0.1:3000"),
            [(refused, Name)]
        );
    }

    #[test]
    fn evidence_quotes_the_number_with_its_context() {
        let texts = |text: &str| -> Vec<String> {
            find(text)
                .into_iter()
                .map(|(_, e)| e.text().to_owned())
                .collect()
        };
        assert_eq!(
            texts("ConnectionRefusedError: [WinError 10061] No"),
            ["ConnectionRefusedError", "WinError 10061"]
        );
        assert_eq!(texts("failed (os error 111)"), ["os error 111"]);
        assert_eq!(
            texts("SocketException (10061): No"),
            ["SocketException (10061"]
        );
        assert_eq!(texts("HRESULT 0x80072746"), ["0x80072746"]);
    }

    #[test]
    fn what_is_clearly_something_else_is_no_code() {
        for text in [
            "SocketException (0x80004005): An existing connection",
            "System.Net.Sockets.SocketException (-2147467259)",
            "connect to 127.0.0.1:10061 failed",
            "Windows 10.0.10061.1 build",
            "Python310 and x10060y",
            "curl: (7) Failed to connect",
            "sent 10061 bytes in 10060 ms",
            "listening on port 10061",
            "the Fault in our stars; Shutdown now",
            "error 111",
        ] {
            let found: Vec<_> = codes(text)
                .into_iter()
                .filter(|(_, kind)| *kind != EvidenceKind::BareNumber)
                .collect();
            assert_eq!(found, [], "{text}");
        }
        // Bare numbers that are codes are only weak evidence.
        assert_eq!(
            codes("failure 10061"),
            [(Code::WSAECONNREFUSED, EvidenceKind::Number)]
        );
        assert_eq!(
            codes("结果 10061"),
            [(Code::WSAECONNREFUSED, EvidenceKind::BareNumber)]
        );
    }

    #[test]
    fn lexing_never_panics_on_odd_text() {
        for text in [
            "-",
            "0x",
            "0x80072746",
            "-2147014842",
            "9999999999999999999999",
            "é10061",
            "\u{0}0x1",
            "—10061",
        ] {
            let _ = find(text);
        }
    }
}
