//! The tree family: what in a catalog folder is no usable locale or file,
//! as the layout's rules (`source::tree`) find it.

use std::path::Path;

use super::FindingKind;
use crate::runtime::TreeProblemKind;

pub(super) fn tree_finding(kind: TreeProblemKind) -> FindingKind {
    FindingKind::Tree(kind)
}

/// A folder's name for a finding's `locale`, relative to the tree's root.
pub(super) fn folder_name(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .ok()
        .and_then(|relative| relative.components().next())
        .map(|first| first.as_os_str().to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string_lossy().into_owned())
}
