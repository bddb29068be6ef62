//! What `describe` returns: one code's text in one language.

use std::fmt;

#[cfg(feature = "serde")]
use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::Code;

/// A code's localized title and explanation, and where they came from.
///
/// The text borrows from the [`Catalog`](crate::Catalog) that produced it;
/// from the embedded catalog (as [`describe`](crate::describe) uses) it is
/// `'static`. Serialized (with the `serde` feature, for example to JSON) it
/// is an object with the keys `code`, `name`, `aliases`, `group`, `locale`,
/// `detail_locale`, `title` and `detail`.
///
/// # Examples
///
/// ```
/// let text = wsaerr::describe(10060, "ko_KR.UTF-8")?;
/// assert_eq!(text.name(), "WSAETIMEDOUT");
/// assert_eq!(text.locale(), "ko-KR");
/// assert!(!text.title().is_empty());
/// assert_eq!(text.to_string(), format!("{}\n{}", text.title(), text.detail()));
/// # Ok::<(), wsaerr::UnknownCode>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Description<'a> {
    pub(crate) code: Code,
    pub(crate) locale: &'a str,
    pub(crate) detail_locale: &'a str,
    pub(crate) title: &'a str,
    pub(crate) detail: &'a str,
}

impl<'a> Description<'a> {
    /// The code described.
    pub fn code(&self) -> Code {
        self.code
    }

    /// The code's number, such as 10060.
    pub fn value(&self) -> i32 {
        self.code.value()
    }

    /// The code's symbolic name, such as `WSAETIMEDOUT`.
    pub fn name(&self) -> &'static str {
        self.code.name()
    }

    /// The BCP 47 tag of the locale that supplied the title.
    pub fn locale(&self) -> &'a str {
        self.locale
    }

    /// The BCP 47 tag of the locale that supplied the detail: the same as
    /// [`locale`](Self::locale) unless the detail fell back to English alone.
    pub fn detail_locale(&self) -> &'a str {
        self.detail_locale
    }

    /// The short title, such as “Connection timed out.”
    pub fn title(&self) -> &'a str {
        self.title
    }

    /// The explanation: what happened and its usual causes.
    pub fn detail(&self) -> &'a str {
        self.detail
    }
}

/// The title, a line break, the detail: what a UI shows.
impl fmt::Display for Description<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}\n{}", self.title, self.detail)
    }
}

#[cfg(feature = "serde")]
impl Serialize for Description<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = serializer.serialize_struct("Description", 8)?;
        object.serialize_field("code", &self.value())?;
        object.serialize_field("name", self.name())?;
        object.serialize_field("aliases", self.code.aliases())?;
        object.serialize_field("group", self.code.group().as_str())?;
        object.serialize_field("locale", self.locale)?;
        object.serialize_field("detail_locale", self.detail_locale)?;
        object.serialize_field("title", self.title)?;
        object.serialize_field("detail", self.detail)?;
        object.end()
    }
}
