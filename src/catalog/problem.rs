//! What `Catalog::from_dir` and `Catalog::layered` could not load.

use std::path::PathBuf;

use crate::source::Position;
#[cfg(feature = "runtime-catalogs")]
use crate::source::{TreeProblem, TreeProblemKind};

/// Something in a catalog folder that could not be loaded; the rest still is.
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "runtime-catalogs")] {
/// # let dir = tempfile::tempdir()?;
/// std::fs::create_dir(dir.path().join("ko-KR"))?;
/// std::fs::write(dir.path().join("ko-KR/winsock.ftl"), "WSAEINTR = 중단\nbroken\n")?;
/// let catalog = wsaerr::Catalog::from_dir(dir.path())?;
/// let problem = &catalog.problems()[0];
/// // where the parser expected `=`
/// assert_eq!(problem.position.map(|p| (p.line, p.column)), Some((2, 7)));
/// # }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}{}: {kind}", file.display(), position.map(|p| format!(":{p}")).unwrap_or_default())]
#[non_exhaustive]
pub struct LoadProblem {
    /// The file or folder concerned.
    pub file: PathBuf,
    /// Where in the file, when the problem has a place.
    pub position: Option<Position>,
    /// What is wrong.
    pub kind: LoadProblemKind,
}

/// What kind of [`LoadProblem`] it is.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadProblemKind {
    /// A locale folder whose name is not a canonical tag: skipped.
    #[error("folder name is not a canonical language tag: rename it to `{canonical}`")]
    NonCanonicalFolder {
        /// The name it should have.
        canonical: String,
    },
    /// An entry of the tree that is no usable locale, file or folder (a
    /// folder not named by a tag, a FIFO, a file out of place): skipped.
    #[error("{reason}")]
    NotUsed {
        /// What it is, and why it is not used.
        reason: String,
    },
    /// A file or folder that could not be read: skipped.
    #[error("cannot read: {reason}")]
    Unreadable {
        /// What the system said.
        reason: String,
    },
    /// A file that is not UTF-8: skipped.
    #[error("not valid UTF-8")]
    InvalidUtf8,
    /// Fluent syntax the parser could not read: that entry is skipped.
    #[error("syntax error: {message}")]
    Syntax {
        /// The parser's explanation.
        message: String,
    },
    /// An entry nested deeper than the parsers may safely go: skipped.
    #[error(
        "nested more than {} levels deep: the entry is skipped",
        crate::source::guard::MAX_NESTING
    )]
    TooDeep,
    /// A title or detail readers cannot be shown: English is used instead.
    #[error("`{id}`: the {part} cannot be shown ({reason}): English is used instead")]
    NotShown {
        /// The message id.
        id: String,
        /// `title` or `detail`.
        part: &'static str,
        /// Why not.
        reason: String,
    },
    /// In a layered catalog (`Catalog::layered`):
    /// a title or detail of the app's that readers cannot be shown; the
    /// built-in text of the same locale is used instead.
    #[error("`{id}`: the {part} cannot be shown ({reason}): the built-in text of the locale is used instead")]
    NotShownOverBuiltIn {
        /// The message id.
        id: String,
        /// `title` or `detail`.
        part: &'static str,
        /// Why not.
        reason: String,
    },
}

#[cfg(feature = "runtime-catalogs")]
impl From<TreeProblem> for LoadProblem {
    fn from(problem: TreeProblem) -> LoadProblem {
        let kind = match problem.kind {
            TreeProblemKind::NonCanonicalFolder { canonical } => {
                LoadProblemKind::NonCanonicalFolder { canonical }
            }
            TreeProblemKind::Unreadable { reason } => LoadProblemKind::Unreadable { reason },
            other => LoadProblemKind::NotUsed {
                reason: other.explain(),
            },
        };
        LoadProblem {
            file: problem.path,
            position: None,
            kind,
        }
    }
}
