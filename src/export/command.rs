//! `wsaerr export`: the command line of [`crate::export`].

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args;

use super::{export, file_name, Format};
use crate::cli::{wanted_languages, EXIT_OK, EXIT_USAGE};
use crate::{escape_for_terminal, Catalog};

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

    #[command(flatten)]
    catalog: CatalogArgs,
}

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

/// The catalog `--locales` or `--overlay` names, or the built-in one; `None`
/// (after one line on stderr) when the folder cannot be used.
pub(crate) fn load_catalog(
    source: &CatalogArgs,
    stderr: &mut dyn Write,
) -> io::Result<Option<Loaded>> {
    let loaded = match (&source.locales, &source.overlay) {
        (Some(dir), _) => Catalog::from_dir(dir),
        (None, Some(dir)) => Catalog::layered(dir),
        (None, None) => return Ok(Some(Loaded::Embedded)),
    };
    match loaded {
        Ok(catalog) => {
            for problem in catalog.problems() {
                let problem = problem.to_string();
                writeln!(stderr, "warning: {}", escape_for_terminal(&problem))?;
            }
            Ok(Some(Loaded::Dir(Box::new(catalog))))
        }
        Err(error) => {
            let error = error.to_string();
            writeln!(stderr, "error: {}", escape_for_terminal(&error))?;
            Ok(None)
        }
    }
}

pub(crate) fn run(
    args: &ExportArgs,
    env: &impl Fn(&str) -> Option<OsString>,
    status: &mut i32,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> io::Result<()> {
    *status = EXIT_USAGE;
    let Ok(format) = args.format.parse::<Format>() else {
        // clap's value_parser has already limited the names.
        let format = escape_for_terminal(&args.format);
        return writeln!(stderr, "error: unknown format {format}");
    };
    let Some(loaded) = load_catalog(&args.catalog, stderr)? else {
        return Ok(());
    };
    let catalog = loaded.catalog();
    let tags: Vec<&str> = if args.all {
        catalog.locales().collect()
    } else {
        let wanted = wanted_languages(args.lang.as_deref(), env);
        vec![catalog.language(&wanted).tag()]
    };
    let Some(dir) = &args.out else {
        let language = catalog.language(tags[0]);
        *status = EXIT_OK;
        stdout.write_all(export(catalog, language, format).as_bytes())?;
        return stdout.flush();
    };
    if let Err(error) = std::fs::create_dir_all(dir) {
        return writeln!(stderr, "error: cannot create {}: {error}", dir.display());
    }
    for &tag in &tags {
        let path = dir.join(file_name(tag, format));
        let page = export(catalog, catalog.language(tag), format);
        if let Err(error) = std::fs::write(&path, page) {
            return writeln!(stderr, "error: cannot write {}: {error}", path.display());
        }
    }
    *status = EXIT_OK;
    for tag in tags {
        writeln!(
            stdout,
            "wrote {}",
            dir.join(file_name(tag, format)).display()
        )?;
    }
    Ok(())
}
