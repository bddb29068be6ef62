//! A locale chosen for a tag: describing codes and labels in it, and what
//! names a code.

use std::fmt;

use super::Catalog;
use crate::description::Description;
use crate::source::FALLBACK_LOCALE;
use crate::{Code, Label, UnknownCode};

/// A locale of a [`Catalog`], chosen for a language tag.
///
/// # Examples
///
/// ```
/// use wsaerr::{Catalog, Code};
///
/// let korean = Catalog::embedded().language("ko");
/// assert_eq!(korean.tag(), "ko-KR");
/// for code in [Code::WSAECONNRESET, Code::WSAETIMEDOUT] {
///     println!("{}", korean.description(code));
/// }
/// ```
#[derive(Clone, Copy)]
pub struct Language<'c> {
    pub(super) catalog: &'c Catalog,
    pub(super) locale: usize,
}

impl<'c> Language<'c> {
    /// The chosen locale's canonical tag, such as `zh-CN`.
    pub fn tag(&self) -> &'c str {
        self.catalog.locales.tag(self.locale)
    }

    /// Describes a code given as a number, a name or a [`Code`].
    ///
    /// # Errors
    ///
    /// [`UnknownCode`] when `code` is not a Winsock error code.
    pub fn describe<C: IntoCode>(&self, code: C) -> Result<Description<'c>, UnknownCode> {
        Ok(self.description(code.into_code()?))
    }

    /// Describes a code.
    #[inline]
    pub fn description(&self, code: Code) -> Description<'c> {
        let catalog = self.catalog;
        let entry = catalog.entry(self.locale, code);
        let from = |fallback: bool| {
            if fallback {
                FALLBACK_LOCALE
            } else {
                entry.tag
            }
        };
        Description {
            code,
            locale: from(entry.title_is_fallback),
            detail_locale: from(entry.detail_is_fallback),
            title: entry.title,
            detail: entry.detail,
        }
    }
}

impl<'c> Language<'c> {
    /// A label in this locale, such as the name of a group of codes, with
    /// the locale that supplied it (English where this one lacks it).
    pub fn label(&self, label: Label) -> LabelText<'c> {
        let catalog = self.catalog;
        let (text, fallback) = catalog.label_text(self.locale, label);
        let tag = catalog.locales.tag(self.locale);
        LabelText {
            text,
            locale: if fallback { FALLBACK_LOCALE } else { tag },
        }
    }
}

/// A label's text in a locale, and the locale that supplied it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LabelText<'a> {
    text: &'a str,
    locale: &'a str,
}

impl<'a> LabelText<'a> {
    /// The text, such as `소켓 작업`.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The BCP 47 tag of the locale that supplied it.
    pub fn locale(&self) -> &'a str {
        self.locale
    }
}

impl fmt::Display for LabelText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

impl fmt::Debug for Language<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Language").field(&self.tag()).finish()
    }
}

/// Anything that names a code: a [`Code`], its number, or its name or alias
/// (or number) as text. Sealed: the conversions are the crate's to define.
pub trait IntoCode: sealed::Sealed {
    /// The code, or why there is none.
    fn into_code(self) -> Result<Code, UnknownCode>;
}

impl IntoCode for Code {
    #[inline]
    fn into_code(self) -> Result<Code, UnknownCode> {
        Ok(self)
    }
}

impl IntoCode for i32 {
    #[inline]
    fn into_code(self) -> Result<Code, UnknownCode> {
        Code::try_from(self)
    }
}

impl IntoCode for u32 {
    #[inline]
    fn into_code(self) -> Result<Code, UnknownCode> {
        Code::try_from(self)
    }
}

impl IntoCode for i64 {
    #[inline]
    fn into_code(self) -> Result<Code, UnknownCode> {
        Code::try_from(self)
    }
}

impl IntoCode for &str {
    #[inline]
    fn into_code(self) -> Result<Code, UnknownCode> {
        self.parse()
    }
}

impl IntoCode for &String {
    #[inline]
    fn into_code(self) -> Result<Code, UnknownCode> {
        self.parse()
    }
}

mod sealed {
    use crate::Code;

    /// Only the types `IntoCode` is implemented for here.
    pub trait Sealed {}
    impl Sealed for Code {}
    impl Sealed for i32 {}
    impl Sealed for u32 {}
    impl Sealed for i64 {}
    impl Sealed for &str {}
    impl Sealed for &String {}
}
