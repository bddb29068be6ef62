//! What each language's text must look like, as data: its full stop, the
//! pairs its quotes and brackets come in, the script its words are written
//! in, and its spacing rules. One entry per language the checks know; any
//! other language gets only the language-neutral checks.

use super::text::is_cjk_char;

/// How a locale writes, for the checks that depend on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(in crate::check) enum Writing {
    SimplifiedChinese,
    TraditionalChinese,
    Japanese,
    Korean,
    English,
    German,
    French,
    Spanish,
    Portuguese,
    Turkish,
    Russian,
    Arabic,
    /// Other languages: only the language-neutral checks.
    Other,
}

/// The script a language writes its words in, besides the Latin letters of
/// code identifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Script {
    Cjk,
    Latin,
    Cyrillic,
    Arabic,
    Unknown,
}

/// Brackets and quotes every language pairs.
const BRACKETS: &[(char, char)] = &[('(', ')'), ('[', ']')];

impl Writing {
    pub(in crate::check) fn of(tag: &str, script: Option<&str>) -> Writing {
        let language = tag.split('-').next().unwrap_or_default();
        match (language, script) {
            ("zh", Some("Hant")) => Writing::TraditionalChinese,
            ("zh", _) => Writing::SimplifiedChinese,
            ("ja", _) => Writing::Japanese,
            ("ko", _) => Writing::Korean,
            ("en", _) => Writing::English,
            ("de", _) => Writing::German,
            ("fr", _) => Writing::French,
            ("es", _) => Writing::Spanish,
            ("pt", _) => Writing::Portuguese,
            ("tr", _) => Writing::Turkish,
            ("ru", _) => Writing::Russian,
            ("ar", _) => Writing::Arabic,
            _ => Writing::Other,
        }
    }

    pub(super) fn script(self) -> Script {
        match self {
            Writing::SimplifiedChinese
            | Writing::TraditionalChinese
            | Writing::Japanese
            | Writing::Korean => Script::Cjk,
            Writing::English
            | Writing::German
            | Writing::French
            | Writing::Spanish
            | Writing::Portuguese
            | Writing::Turkish => Script::Latin,
            Writing::Russian => Script::Cyrillic,
            Writing::Arabic => Script::Arabic,
            Writing::Other => Script::Unknown,
        }
    }

    pub(super) fn is_cjk(self) -> bool {
        self.script() == Script::Cjk
    }

    /// The full stop where en-US writes `.`.
    pub(super) fn full_stop(self) -> &'static str {
        match self {
            Writing::SimplifiedChinese | Writing::TraditionalChinese | Writing::Japanese => "。",
            _ => ".",
        }
    }

    /// Whether half-width punctuation next to CJK text is wrong (Korean
    /// writes half-width punctuation).
    pub(super) fn wants_full_width(self) -> bool {
        matches!(
            self,
            Writing::SimplifiedChinese | Writing::TraditionalChinese | Writing::Japanese
        )
    }

    /// The pairs the language's brackets and quotes come in, opening mark
    /// first. German opens with `„` and closes with `“`, where English opens
    /// with `“`; Spanish opens a question with `¿` and an exclamation with `¡`.
    pub(super) fn pairs(self) -> impl Iterator<Item = (char, char)> {
        let own: &[(char, char)] = match self {
            Writing::SimplifiedChinese
            | Writing::TraditionalChinese
            | Writing::Japanese
            | Writing::Korean => &[
                ('（', '）'),
                ('「', '」'),
                ('『', '』'),
                ('【', '】'),
                ('“', '”'),
            ],
            Writing::German => &[('„', '“'), ('‚', '‘'), ('»', '«')],
            Writing::French | Writing::Russian => &[('«', '»'), ('„', '“')],
            Writing::Spanish => &[('«', '»'), ('“', '”'), ('¿', '?'), ('¡', '!')],
            Writing::Portuguese | Writing::Arabic => &[('«', '»'), ('“', '”')],
            _ => &[('“', '”')],
        };
        BRACKETS.iter().chain(own).copied()
    }

    /// Whether the language is written right to left.
    pub(in crate::check) fn is_right_to_left(self) -> bool {
        self == Writing::Arabic
    }

    /// Whether the language inflects its words, so that a glossary word may
    /// stand with another ending (`сокета` for `сокет`, `arabelleği` for
    /// `arabellek`).
    pub(super) fn inflects(self) -> bool {
        !matches!(self.script(), Script::Cjk) && self != Writing::English
    }

    /// Whether the language writes compounds as one word, so that a
    /// glossary word may stand inside one (`Zielhost`, `Dateihandle`).
    pub(super) fn compounds(self) -> bool {
        self == Writing::German
    }

    /// Whether French typography applies: a no-break space (U+00A0) before
    /// `:` `;` `!` `?` and inside `« »`.
    pub(super) fn wants_no_break_spaces(self) -> bool {
        self == Writing::French
    }

    /// Whether Microsoft's Japanese style applies: a half-width space
    /// between Latin letters or digits and Japanese text.
    pub(super) fn spaces_latin_from_japanese(self) -> bool {
        self == Writing::Japanese
    }

    /// The script of a character the locale does not write, if it is one.
    pub(super) fn foreign_script(self, c: char) -> Option<&'static str> {
        let kana = matches!(c, '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}')
            // The middle dot `・` and the long vowel mark stand in other scripts too.
            && !matches!(c, '\u{30FB}' | '\u{30FC}');
        let hangul = matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}');
        let cyrillic = matches!(c, '\u{0400}'..='\u{052F}');
        let arabic = is_arabic(c);
        let han = is_cjk_char(c) && !kana && !hangul;
        match self.script() {
            Script::Cjk => match self {
                Writing::Korean if kana => Some("kana"),
                Writing::SimplifiedChinese | Writing::TraditionalChinese if kana => Some("kana"),
                Writing::SimplifiedChinese | Writing::TraditionalChinese | Writing::Japanese
                    if hangul =>
                {
                    Some("Hangul")
                }
                _ if cyrillic => Some("Cyrillic"),
                _ if arabic => Some("Arabic"),
                _ => None,
            },
            Script::Latin | Script::Cyrillic | Script::Arabic => {
                let own = self.script();
                if cyrillic && own != Script::Cyrillic {
                    Some("Cyrillic")
                } else if arabic && own != Script::Arabic {
                    Some("Arabic")
                } else if kana {
                    Some("kana")
                } else if hangul {
                    Some("Hangul")
                } else if han {
                    Some("Han")
                } else {
                    None
                }
            }
            Script::Unknown => None,
        }
    }

    /// Whether a character is a letter of the locale's own script, for the
    /// check that finds text left in English: CJK, Cyrillic or Arabic
    /// letters; `None` for Latin-script and unknown languages, whose text
    /// cannot be told from English by its letters.
    pub(super) fn own_letter(self) -> Option<fn(char) -> bool> {
        match self.script() {
            Script::Cjk => Some(is_cjk_char),
            Script::Cyrillic => Some(|c| matches!(c, '\u{0400}'..='\u{052F}')),
            Script::Arabic => Some(is_arabic),
            Script::Latin | Script::Unknown => None,
        }
    }
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_reach_their_writing() {
        assert_eq!(
            Writing::of("zh-TW", Some("Hant")),
            Writing::TraditionalChinese
        );
        assert_eq!(Writing::of("de-DE", None), Writing::German);
        assert_eq!(Writing::of("pt-BR", None), Writing::Portuguese);
        assert_eq!(Writing::of("ar-SA", None), Writing::Arabic);
        assert_eq!(Writing::of("sw-KE", None), Writing::Other);
    }

    #[test]
    fn scripts_a_locale_does_not_write() {
        assert_eq!(Writing::Russian.foreign_script('я'), None);
        assert_eq!(Writing::Russian.foreign_script('W'), None);
        assert_eq!(Writing::German.foreign_script('я'), Some("Cyrillic"));
        assert_eq!(Writing::Turkish.foreign_script('ı'), None);
        assert_eq!(Writing::French.foreign_script('ع'), Some("Arabic"));
        assert_eq!(Writing::Arabic.foreign_script('ع'), None);
        assert_eq!(Writing::Arabic.foreign_script('я'), Some("Cyrillic"));
        assert_eq!(Writing::Spanish.foreign_script('套'), Some("Han"));
        assert_eq!(Writing::Korean.foreign_script('ソ'), Some("kana"));
        assert_eq!(Writing::Japanese.foreign_script('ソ'), None);
    }
}
