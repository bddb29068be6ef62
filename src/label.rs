//! Labels: the text a catalog holds besides the codes' own, for the pages
//! and lists built on it — the name of each group of codes, a page's
//! heading and the words around its filter, a table's column headings.
//!
//! Like the codes, each label is declared once, here; its text lives in the
//! Fluent files (a message with a value and no attribute), is checked like
//! any other message, and falls back to English where a locale lacks it.

use std::fmt;

use crate::Group;

/// A piece of interface text, such as a group's name.
///
/// # Examples
///
/// ```
/// use wsaerr::{Catalog, Group, Label};
///
/// let korean = Catalog::embedded().language("ko");
/// let heading = korean.label(Label::Group(Group::NameResolution));
/// assert_eq!(heading.locale(), "ko-KR");
/// assert_eq!(Label::Group(Group::NameResolution).id(), "group-name-resolution");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Label {
    /// The name of a group of codes.
    Group(Group),
    /// The heading of a page that lists the codes.
    PageHeading,
    /// What the links to the other languages' pages are.
    PageLanguages,
    /// What the filter box does.
    PageFilter,
    /// The filter's answer to a query over its length limit.
    QueryTooLong,
    /// The heading of a column of a table of the codes.
    Column(Column),
}

/// A column of a table of the codes (the Markdown edition's).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Column {
    /// The code's symbolic name.
    Name,
    /// Its number, in decimal.
    Number,
    /// Its number, in hexadecimal.
    Hex,
    /// Its group.
    Group,
    /// Its title.
    Title,
    /// Its explanation.
    Detail,
}

impl Label {
    /// Every label, in the order the catalogs list them.
    pub const ALL: &'static [Label] = &[
        Label::Group(Group::Socket),
        Label::Group(Group::UnixCompat),
        Label::Group(Group::Startup),
        Label::Group(Group::ServiceLookup),
        Label::Group(Group::NameResolution),
        Label::Group(Group::Overlapped),
        Label::Group(Group::QualityOfService),
        Label::PageHeading,
        Label::PageLanguages,
        Label::PageFilter,
        Label::QueryTooLong,
        Label::Column(Column::Name),
        Label::Column(Column::Number),
        Label::Column(Column::Hex),
        Label::Column(Column::Group),
        Label::Column(Column::Title),
        Label::Column(Column::Detail),
    ];

    /// The message id in the catalogs.
    pub const fn id(self) -> &'static str {
        match self {
            Label::Group(Group::Socket) => "group-socket",
            Label::Group(Group::UnixCompat) => "group-unix-compat",
            Label::Group(Group::Startup) => "group-startup",
            Label::Group(Group::ServiceLookup) => "group-service-lookup",
            Label::Group(Group::NameResolution) => "group-name-resolution",
            Label::Group(Group::Overlapped) => "group-overlapped",
            Label::Group(Group::QualityOfService) => "group-qos",
            Label::PageHeading => "page-heading",
            Label::PageLanguages => "page-languages",
            Label::PageFilter => "page-filter",
            Label::QueryTooLong => "page-query-too-long",
            Label::Column(Column::Name) => "table-name",
            Label::Column(Column::Number) => "table-number",
            Label::Column(Column::Hex) => "table-hex",
            Label::Column(Column::Group) => "table-group",
            Label::Column(Column::Title) => "table-title",
            Label::Column(Column::Detail) => "table-detail",
        }
    }

    /// The label a message id names, if it names one.
    pub fn from_id(id: &str) -> Option<Label> {
        Label::ALL.iter().copied().find(|label| label.id() == id)
    }

    /// The label's position in [`Label::ALL`]: an index for per-label tables.
    pub(crate) fn index(self) -> usize {
        Label::ALL
            .iter()
            .position(|label| *label == self)
            .unwrap_or_default()
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_group_has_a_label_and_ids_are_unique() {
        for &group in Group::ALL {
            assert_eq!(Label::Group(group).id(), format!("group-{group}"));
        }
        for (index, label) in Label::ALL.iter().copied().enumerate() {
            assert_eq!(label.index(), index);
            assert_eq!(Label::from_id(label.id()), Some(label));
            assert!(crate::Code::from_name(label.id()).is_none());
        }
        assert_eq!(Label::from_id("group-nope"), None);
    }
}
