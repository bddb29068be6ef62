//! The two parts of a code's message.

/// A part of a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum TextPart {
    /// The value: a short title.
    Title,
    /// The `.detail` attribute: the explanation.
    Detail,
}

impl TextPart {
    /// `title` or `detail`.
    pub fn as_str(self) -> &'static str {
        match self {
            TextPart::Title => "title",
            TextPart::Detail => "detail",
        }
    }
}
