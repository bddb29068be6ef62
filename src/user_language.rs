//! The user's preferred languages, as the operating system states them.

use std::ffi::OsString;

/// At most this many languages are taken from `LANGUAGE`: a list people
/// write by hand has a few.
const MAX_LANGUAGES: usize = 16;

/// The user's preferred languages, most wanted first, as language tags
/// (`ko-KR`, `zh-Hant-TW`, `en`), to pass to [`describe`](crate::describe)
/// or [`Catalog::language`](crate::Catalog::language) joined with `", "`.
///
/// - On Linux and the BSDs, gettext's order: the `LANGUAGE` list
///   (`ko:en`), then the locale of messages, which is the first set one of
///   `LC_ALL`, `LC_MESSAGES` and `LANG`. As gettext does, `LANGUAGE` is
///   ignored when that locale is `C` or `POSIX` (or unset, which means `C`).
///   POSIX locale names lose their codeset and modifier (`ko_KR.UTF-8` →
///   `ko-KR`), even where the codeset is no valid text.
/// - On Windows, the user's display languages; on macOS and iOS, the
///   system's list of preferred languages (through the `sys-locale` crate);
///   on Android, the system locale.
/// - Elsewhere, an empty list.
///
/// # Examples
///
/// ```
/// let languages = wsaerr::user_languages();
/// let text = wsaerr::describe(10061, &languages.join(", "))?;
/// println!("{}", text.title());
/// # Ok::<(), wsaerr::UnknownCode>(())
/// ```
pub fn user_languages() -> Vec<String> {
    if cfg!(all(
        unix,
        not(target_vendor = "apple"),
        not(target_os = "android")
    )) {
        from_env(|name| std::env::var_os(name))
    } else {
        os_languages()
    }
}

/// The languages the OS itself keeps, apart from the environment: none on
/// Linux and the BSDs, where the environment is the OS's statement.
#[cfg(any(windows, target_vendor = "apple", target_os = "android"))]
pub fn os_languages() -> Vec<String> {
    sys_locale::get_locales()
        .filter_map(|tag| clean(tag.as_bytes()))
        .take(MAX_LANGUAGES)
        .collect()
}

/// The languages the OS itself keeps, apart from the environment: none on
/// Linux and the BSDs, where the environment is the OS's statement.
#[cfg(not(any(windows, target_vendor = "apple", target_os = "android")))]
pub fn os_languages() -> Vec<String> {
    Vec::new()
}

/// gettext's list of languages from environment variables read through `env`.
pub fn from_env(env: impl Fn(&str) -> Option<OsString>) -> Vec<String> {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&env)
        .find(|value| !value.is_empty());
    let Some(locale) = locale else {
        return Vec::new();
    };
    let locale = bytes_of(&locale);
    let name = locale.split(|&byte| byte == b'.' || byte == b'@').next();
    if matches!(name, Some(b"C" | b"POSIX")) {
        return Vec::new();
    }
    let mut languages: Vec<String> = Vec::new();
    if let Some(list) = env("LANGUAGE") {
        for item in bytes_of(&list).split(|&byte| byte == b':') {
            if languages.len() == MAX_LANGUAGES {
                break;
            }
            if let Some(language) = clean(item) {
                if !languages.contains(&language) {
                    languages.push(language);
                }
            }
        }
    }
    if let Some(locale) = clean(&locale) {
        if !languages.contains(&locale) {
            languages.push(locale);
        }
    }
    languages
}

/// A variable's bytes: on Unix exactly as set, elsewhere as text.
fn bytes_of(value: &std::ffi::OsStr) -> Vec<u8> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        value.as_bytes().to_vec()
    }
    #[cfg(not(unix))]
    {
        value.to_string_lossy().into_owned().into_bytes()
    }
}

/// A POSIX locale name or a tag as a tag: the part before the codeset (`.`)
/// and the modifier (`@`), with `_` written `-`. `None` for `C`, `POSIX`
/// and what cannot be a tag (empty, or other than letters, digits and
/// separators), so nothing else an entry holds can reach the negotiation.
fn clean(name: &[u8]) -> Option<String> {
    let name = name.split(|&byte| byte == b'.' || byte == b'@').next()?;
    let usable = !name.is_empty()
        && name.len() <= 64
        && name
            .iter()
            .all(|&byte| byte.is_ascii_alphanumeric() || byte == b'_' || byte == b'-');
    if !usable || name == b"C" || name == b"POSIX" {
        return None;
    }
    Some(
        name.iter()
            .map(|&byte| if byte == b'_' { '-' } else { char::from(byte) })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn languages(vars: &[(&str, &str)]) -> Vec<String> {
        from_env(|name| {
            vars.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| OsString::from(value))
        })
    }

    #[test]
    fn gettext_order_language_list_then_the_messages_locale() {
        assert_eq!(
            languages(&[("LANGUAGE", "ko:en"), ("LANG", "zh_CN.UTF-8")]),
            ["ko", "en", "zh-CN"]
        );
        assert_eq!(
            languages(&[
                ("LC_ALL", "ja_JP.UTF-8"),
                ("LC_MESSAGES", "ko_KR"),
                ("LANG", "zh_CN")
            ]),
            ["ja-JP"]
        );
        assert_eq!(
            languages(&[("LC_MESSAGES", "ko_KR.eucKR@dict"), ("LANG", "zh_CN")]),
            ["ko-KR"]
        );
        assert_eq!(
            languages(&[("LC_ALL", ""), ("LANG", "zh_TW.Big5")]),
            ["zh-TW"]
        );
        assert_eq!(
            languages(&[("LANGUAGE", "zh_TW:zh_CN:zh_TW::"), ("LANG", "zh_TW.UTF-8")]),
            ["zh-TW", "zh-CN"]
        );
    }

    #[test]
    fn language_is_ignored_in_the_c_locale() {
        assert_eq!(
            languages(&[("LANGUAGE", "ko"), ("LANG", "C")]),
            Vec::<String>::new()
        );
        assert_eq!(
            languages(&[("LANGUAGE", "ko"), ("LC_ALL", "POSIX")]),
            Vec::<String>::new()
        );
        assert_eq!(
            languages(&[("LANGUAGE", "ko"), ("LANG", "C.UTF-8")]),
            Vec::<String>::new()
        );
        assert_eq!(languages(&[("LANGUAGE", "ko")]), Vec::<String>::new());
        assert_eq!(languages(&[]), Vec::<String>::new());
    }

    #[test]
    fn entries_that_are_no_tag_are_dropped() {
        assert_eq!(
            languages(&[("LANGUAGE", "ko;q=0.1, fr:en"), ("LANG", "en_US.UTF-8")]),
            ["en", "en-US"]
        );
        let long = "k".repeat(65);
        assert_eq!(languages(&[("LANG", &long)]), Vec::<String>::new());
        // A locale that is no tag, but not C either, still lets LANGUAGE speak.
        assert_eq!(languages(&[("LANGUAGE", "ko"), ("LANG", &long)]), ["ko"]);
        let many = vec!["ko"; 100_000].join(":x");
        assert!(languages(&[("LANGUAGE", &many), ("LANG", "en_US")]).len() <= MAX_LANGUAGES + 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_codeset_that_is_no_text_keeps_the_language() {
        use std::os::unix::ffi::OsStringExt;
        let lang = OsString::from_vec(b"ko_KR.\xff".to_vec());
        let found = from_env(|name| (name == "LANG").then(|| lang.clone()));
        assert_eq!(found, ["ko-KR"]);
        let broken = OsString::from_vec(b"k\xffo_KR".to_vec());
        assert_eq!(
            from_env(|name| (name == "LANG").then(|| broken.clone())),
            Vec::<String>::new()
        );
    }
}
