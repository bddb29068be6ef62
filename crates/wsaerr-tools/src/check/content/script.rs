//! Characters of a script the locale does not write.

use std::sync::OnceLock;

use super::{Found, Span, Writing};
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

/// The first character of a script the locale does not write: another
/// script (`Writing::foreign_script`), or a character of the other Chinese
/// standard.
pub(super) fn wrong_script(text: &str, writing: Writing, found: &mut Found) {
    let wrong = text.char_indices().find_map(|(offset, c)| {
        let script = match writing {
            Writing::SimplifiedChinese if traditional_only().binary_search(&c).is_ok() => {
                "a Traditional-only character"
            }
            Writing::TraditionalChinese if simplified_only().binary_search(&c).is_ok() => {
                "a Simplified-only character"
            }
            _ => writing.foreign_script(c)?,
        };
        Some((offset, c, script))
    });
    if let Some((offset, c, script)) = wrong {
        found.push((
            FindingKind::WrongScript {
                character: c.to_string(),
                script: script.to_owned(),
            },
            Some(Span::Shown(offset)),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts() {
        let mut found = Found::new();
        wrong_script("这是套接字。", Writing::SimplifiedChinese, &mut found);
        wrong_script("通訊端錯誤。", Writing::TraditionalChinese, &mut found);
        wrong_script("系統出錯。", Writing::TraditionalChinese, &mut found);
        assert!(found.is_empty(), "{found:?}");
        wrong_script("這是套接字。", Writing::SimplifiedChinese, &mut found);
        wrong_script("这是通訊端。", Writing::TraditionalChinese, &mut found);
        wrong_script("ソケットです。", Writing::SimplifiedChinese, &mut found);
        wrong_script("소켓입니다。", Writing::Japanese, &mut found);
        wrong_script("Сокет закрыт.", Writing::Russian, &mut found);
        wrong_script("Der Сокет ist zu.", Writing::German, &mut found);
        let seen: Vec<String> = found
            .into_iter()
            .map(|(kind, _)| match kind {
                FindingKind::WrongScript { character, .. } => character,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(seen, ["這", "这", "ソ", "소", "С"]);
    }
}
