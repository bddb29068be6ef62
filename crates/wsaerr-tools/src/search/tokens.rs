//! The matching rules, defined once: how text becomes search tokens.
//!
//! 1. **Normalize** the text to NFKC (so that a Korean syllable typed as
//!    separate jamo, NFD as macOS file names give it, and half-width katakana
//!    `ﾀｲﾑｱｳﾄ` are the characters the catalog writes); then each character:
//!    full-width ASCII forms (U+FF01–U+FF5E)
//!    become their ASCII counterparts and the ideographic space (U+3000) a
//!    space; then the character is lower-cased (Unicode, one character at a
//!    time, so that a browser does exactly the same), and the Turkish dotless
//!    `ı` and dotted `İ` fold to `i` (dropping the dot U+0307 that lower-casing
//!    `İ` leaves), so that Turkish capitals find Turkish text whatever the
//!    casing rules of the machine that typed them.
//! 2. **Split** the normalized text into runs: a *CJK run* is a stretch of
//!    characters in [`CJK_RANGES`] (Han, kana, Hangul); a *word* is a stretch
//!    of other alphanumeric characters and `_`. Everything else separates.
//! 3. **Tokens**: a word is one token (`timed`, `10060`, `wsa_io_pending`).
//!    A CJK run gives its character bigrams followed by its last character
//!    (`连接超时` → `连接 接超 超时 时`), so a run of one character is that
//!    character. Spaces are optional in Chinese and Korean particles attach to
//!    words (`거부되었습니다`), and bigrams match either way.
//!
//! The exported HTML page carries these rules ([`CJK_RANGES`] and the limits)
//! and a script that applies them to what the reader types; the tokens of the
//! catalog text are computed here, in Rust, and embedded in the page.

/// The character ranges (inclusive) that form CJK runs: Hangul jamo, CJK
/// radicals, CJK symbols that are letters (々 〆 〇), kana, Hangul compatibility
/// jamo, the CJK Unified Ideographs with their extensions, Hangul syllables,
/// the CJK compatibility ideographs, and the supplementary ideographic planes.
pub const CJK_RANGES: [(u32, u32); 12] = [
    (0x1100, 0x11FF),
    (0x2E80, 0x2FDF),
    (0x3005, 0x3007),
    (0x3040, 0x30FF),
    (0x3130, 0x318F),
    (0x31F0, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7FF),
    (0xF900, 0xFAFF),
    (0x20000, 0x3FFFF),
];

/// Whether `c` belongs to a CJK run.
pub fn is_cjk(c: char) -> bool {
    let c = u32::from(c);
    CJK_RANGES
        .iter()
        .any(|&(first, last)| (first..=last).contains(&c))
}

/// Step 1 of the rules for one character: full-width ASCII to ASCII, the
/// ideographic space to a space, then lower case, with `ı` and `İ` as `i`.
pub fn normalize_char(c: char) -> impl Iterator<Item = char> {
    let c = match u32::from(c) {
        code @ 0xFF01..=0xFF5E => char::from_u32(code - 0xFEE0).unwrap_or(c),
        0x3000 => ' ',
        _ => c,
    };
    c.to_lowercase()
        .filter(|&c| c != '\u{307}')
        .map(|c| if c == 'ı' { 'i' } else { c })
}

/// The tokens of `text`, in order, repeats included.
///
/// # Examples
///
/// ```
/// use wsaerr_tools::search::tokens;
///
/// assert_eq!(tokens("Connection timed out."), ["connection", "timed", "out"]);
/// assert_eq!(tokens("连接超时。"), ["连接", "接超", "超时", "时"]);
/// assert_eq!(tokens("ＷＳＡＥＴＩＭＥＤＯＵＴ 10060"), ["wsaetimedout", "10060"]);
/// assert_eq!(tokens("원격 호스트가"), ["원격", "격", "호스", "스트", "트가", "가"]);
/// // Decomposed Hangul and half-width katakana are the same text.
/// assert_eq!(tokens("\u{110B}\u{1167}\u{11AB}"), tokens("연"));
/// assert_eq!(tokens("ﾀｲﾑｱｳﾄ"), tokens("タイムアウト"));
/// ```
pub fn tokens(text: &str) -> Vec<String> {
    tokens_up_to(text, usize::MAX)
}

/// The first `most` tokens of `text` ([`tokens`]), read in one pass that
/// stops there: a field of the index holds no more than it needs, however
/// long the text.
pub(crate) fn tokens_up_to(text: &str, most: usize) -> Vec<String> {
    use unicode_normalization::UnicodeNormalization;

    let mut tokens = Vec::new();
    let mut word = String::new();
    // The CJK run's last character: each next one makes a bigram with it.
    let mut last: Option<char> = None;
    for c in text.nfkc().flat_map(normalize_char) {
        if tokens.len() >= most {
            break;
        }
        if is_cjk(c) {
            end_word(&mut word, &mut tokens);
            if let Some(previous) = last {
                tokens.push([previous, c].iter().collect());
            }
            last = Some(c);
        } else if c.is_alphanumeric() || c == '_' {
            end_run(&mut last, &mut tokens);
            word.push(c);
        } else {
            end_word(&mut word, &mut tokens);
            end_run(&mut last, &mut tokens);
        }
    }
    end_word(&mut word, &mut tokens);
    end_run(&mut last, &mut tokens);
    tokens.truncate(most);
    tokens
}

fn end_word(word: &mut String, tokens: &mut Vec<String>) {
    if !word.is_empty() {
        tokens.push(std::mem::take(word));
    }
}

/// A CJK run ends with its last character as a token of its own.
fn end_run(last: &mut Option<char>, tokens: &mut Vec<String>) {
    if let Some(c) = last.take() {
        tokens.push(c.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_words_numbers_and_identifiers() {
        assert_eq!(
            tokens("Check Ws2_32.dll, SO_BROADCAST (0x274C)!"),
            ["check", "ws2_32", "dll", "so_broadcast", "0x274c"]
        );
    }

    #[test]
    fn cjk_runs_become_bigrams_and_their_last_character() {
        assert_eq!(tokens("超"), ["超"]);
        assert_eq!(tokens("超时"), ["超时", "时"]);
        assert_eq!(tokens("目标计算机"), ["目标", "标计", "计算", "算机", "机"]);
    }

    #[test]
    fn scripts_split_runs_without_spaces() {
        assert_eq!(
            tokens("请检查WSAStartup调用"),
            ["请检", "检查", "查", "wsastartup", "调用", "用"]
        );
    }

    #[test]
    fn korean_words_are_bigrams_so_particles_do_not_hide_them() {
        let title = tokens("연결이 거부되었습니다.");
        assert!(title.contains(&"거부".to_owned()));
        assert!(title.contains(&"연결".to_owned()));
    }

    #[test]
    fn full_width_forms_and_the_ideographic_space() {
        assert_eq!(tokens("Ｔｉｍｅｄ　ｏｕｔ"), ["timed", "out"]);
        assert_eq!(tokens("１００６０"), ["10060"]);
    }

    #[test]
    fn punctuation_and_empty_text_give_nothing() {
        assert!(tokens("").is_empty());
        assert!(tokens(" .,;:!?。、（）「」").is_empty());
    }

    #[test]
    fn kana_are_cjk() {
        assert_eq!(
            tokens("タイムアウト"),
            ["タイ", "イム", "ムア", "アウ", "ウト", "ト"]
        );
    }
}
