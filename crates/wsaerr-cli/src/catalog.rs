//! `--locales` and `--overlay`: where a command reads its catalog from.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use wsaerr::Catalog;

use crate::escape::escape_for_terminal;

/// Where a command reads its catalog from.
#[derive(Args, Debug)]
pub(crate) struct CatalogArgs {
    /// Read the catalog from this folder (`<tag>/*.ftl`) instead of the built-in one.
    #[arg(long, value_name = "DIR")]
    locales: Option<PathBuf>,

    /// Layer this folder (`<tag>/*.ftl`) over the built-in catalog: its
    /// messages replace the built-in ones they share an id with, its
    /// languages are added.
    #[arg(long, value_name = "DIR", conflicts_with = "locales")]
    overlay: Option<PathBuf>,
}

/// A catalog as `--locales` or `--overlay` names it: the built-in one, or
/// one with a folder.
pub(crate) enum Loaded {
    Embedded,
    Dir(Box<Catalog>),
}

impl Loaded {
    pub(crate) fn catalog(&self) -> &Catalog {
        match self {
            Loaded::Embedded => Catalog::embedded(),
            Loaded::Dir(catalog) => catalog,
        }
    }
}

impl CatalogArgs {
    /// The catalog `--locales` or `--overlay` names, or the built-in one,
    /// with its load problems written to stderr as warnings; `Err` with why
    /// the folder cannot be used.
    pub(crate) fn load(&self, stderr: &mut dyn Write) -> Result<Loaded, wsaerr::CatalogError> {
        let loaded = match (&self.locales, &self.overlay) {
            (Some(dir), _) => Catalog::from_dir(dir),
            (None, Some(dir)) => Catalog::layered(dir),
            (None, None) => return Ok(Loaded::Embedded),
        };
        let catalog = loaded?;
        for problem in catalog.problems() {
            let problem = problem.to_string();
            // Warnings are best effort: stdout decides how the run went.
            let _ = writeln!(stderr, "warning: {}", escape_for_terminal(&problem));
        }
        Ok(Loaded::Dir(Box::new(catalog)))
    }
}
