//! Characters of a script the locale does not write.

use std::sync::OnceLock;

use super::{Found, Writing};
use crate::check::FindingKind;

pub(super) fn sorted_chars(list: &str) -> Vec<char> {
    let mut chars: Vec<char> = list.trim().chars().collect();
    chars.sort_unstable();
    chars
}

pub(super) fn simplified_only() -> &'static [char] {
    static LIST: OnceLock<Vec<char>> = OnceLock::new();
    LIST.get_or_init(|| sorted_chars(include_str!("../scripts/simplified-only.txt")))
}

pub(super) fn traditional_only() -> &'static [char] {
    static LIST: OnceLock<Vec<char>> = OnceLock::new();
    LIST.get_or_init(|| sorted_chars(include_str!("../scripts/traditional-only.txt")))
}

/// The first character of a script the locale does not write.
pub(super) fn wrong_script(text: &str, writing: Writing, found: &mut Found) {
    let kana = |c: char| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}');
    let hangul = |c: char| matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}');
    // The middle dot `・` (U+30FB) and the long vowel mark stand in other scripts too.
    let kana = |c: char| kana(c) && !matches!(c, '\u{30FB}' | '\u{30FC}');
    let wrong = text.char_indices().find_map(|(offset, c)| {
        let script = match writing {
            Writing::SimplifiedChinese if traditional_only().binary_search(&c).is_ok() => {
                "a Traditional-only character"
            }
            Writing::TraditionalChinese if simplified_only().binary_search(&c).is_ok() => {
                "a Simplified-only character"
            }
            Writing::SimplifiedChinese | Writing::TraditionalChinese | Writing::Korean
                if kana(c) =>
            {
                "kana"
            }
            Writing::SimplifiedChinese | Writing::TraditionalChinese | Writing::Japanese
                if hangul(c) =>
            {
                "Hangul"
            }
            _ => return None,
        };
        Some((offset, c, script))
    });
    if let Some((offset, c, script)) = wrong {
        found.push((
            FindingKind::WrongScript {
                character: c.to_string(),
                script: script.to_owned(),
            },
            Some(text[offset..offset + c.len_utf8()].to_owned()),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts() {
        let mut found = Vec::new();
        wrong_script("这是套接字。", Writing::SimplifiedChinese, &mut found);
        wrong_script("通訊端錯誤。", Writing::TraditionalChinese, &mut found);
        wrong_script("系統出錯。", Writing::TraditionalChinese, &mut found);
        assert!(found.is_empty(), "{found:?}");
        wrong_script("這是套接字。", Writing::SimplifiedChinese, &mut found);
        wrong_script("这是通訊端。", Writing::TraditionalChinese, &mut found);
        wrong_script("ソケットです。", Writing::SimplifiedChinese, &mut found);
        wrong_script("소켓입니다。", Writing::Japanese, &mut found);
        let seen: Vec<String> = found
            .into_iter()
            .map(|(kind, _)| match kind {
                FindingKind::WrongScript { character, .. } => character,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(seen, ["這", "这", "ソ", "소"]);
    }
}
