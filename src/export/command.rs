//! `wsaerr export`: the command line of [`crate::export`].

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::Args;

use super::{export, file_name, Format};
use crate::cli::{EXIT_OK, EXIT_USAGE, LANGUAGE_VARIABLES};
use crate::Catalog;

#[derive(Args, Debug)]
pub(crate) struct ExportArgs {
    /// The edition's format.
    #[arg(long, value_name = "FORMAT", value_parser = ["html", "markdown", "md", "json"])]
    format: String,

    /// The locale to export, as a tag (zh-CN, ko); default: $LC_ALL,
    /// $LC_MESSAGES or $LANG, else en-US.
    #[arg(long, value_name = "TAG", conflicts_with = "all")]
    lang: Option<String>,

    /// Every locale, one file each (needs --out).
    #[arg(long, requires = "out")]
    all: bool,

    /// Write `<tag>.<ext>` files into this folder (created if missing)
    /// instead of printing to stdout.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,

    /// Read the catalog from this folder (`<tag>/*.ftl`) instead of the built-in one.
    #[arg(long, value_name = "DIR")]
    locales: Option<PathBuf>,
}

/// A catalog as `--locales` names it: the built-in one, or one from a folder.
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

/// The catalog named by `--locales`, or the built-in one; `None` (after one
/// line on stderr) when the folder cannot be used.
pub(crate) fn load_catalog(
    locales: Option<&Path>,
    stderr: &mut dyn Write,
) -> io::Result<Option<Loaded>> {
    let Some(dir) = locales else {
        return Ok(Some(Loaded::Embedded));
    };
    match Catalog::from_dir(dir) {
        Ok(catalog) => {
            for problem in catalog.problems() {
                writeln!(stderr, "warning: {problem}")?;
            }
            Ok(Some(Loaded::Dir(Box::new(catalog))))
        }
        Err(error) => {
            writeln!(stderr, "error: {error}")?;
            Ok(None)
        }
    }
}

pub(crate) fn run(
    args: &ExportArgs,
    env: &impl Fn(&str) -> Option<String>,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> io::Result<i32> {
    let Ok(format) = args.format.parse::<Format>() else {
        // clap's value_parser has already limited the names.
        writeln!(stderr, "error: unknown format {}", args.format)?;
        return Ok(EXIT_USAGE);
    };
    let Some(loaded) = load_catalog(args.locales.as_deref(), stderr)? else {
        return Ok(EXIT_USAGE);
    };
    let catalog = loaded.catalog();
    let tags: Vec<&str> = if args.all {
        catalog.locales().collect()
    } else {
        let tag = args.lang.clone().or_else(|| {
            LANGUAGE_VARIABLES
                .iter()
                .find_map(|name| env(name).filter(|value| !value.is_empty()))
        });
        vec![catalog.language(tag.as_deref().unwrap_or_default()).tag()]
    };
    let Some(dir) = &args.out else {
        let language = catalog.language(tags[0]);
        stdout.write_all(export(catalog, language, format).as_bytes())?;
        stdout.flush()?;
        return Ok(EXIT_OK);
    };
    if let Err(error) = std::fs::create_dir_all(dir) {
        writeln!(stderr, "error: cannot create {}: {error}", dir.display())?;
        return Ok(EXIT_USAGE);
    }
    for tag in tags {
        let path = dir.join(file_name(tag, format));
        let page = export(catalog, catalog.language(tag), format);
        if let Err(error) = std::fs::write(&path, page) {
            writeln!(stderr, "error: cannot write {}: {error}", path.display())?;
            return Ok(EXIT_USAGE);
        }
        writeln!(stdout, "wrote {}", path.display())?;
    }
    Ok(EXIT_OK)
}
