//! `wsaerr export`: the command line of `wsaerr_tools::export`.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use wsaerr_tools::export::{export_linked, write_editions, Format};

use crate::catalog::CatalogArgs;
use crate::cli::wanted_languages;
use crate::status::{Ran, Status};

#[derive(Args, Debug)]
pub(crate) struct ExportArgs {
    /// The edition's format.
    #[arg(long, value_name = "FORMAT")]
    format: Format,

    /// The locale to export, as a tag (zh-CN, ko); default: the user's
    /// languages (see Environment), else en-US.
    #[arg(
        long,
        value_name = "TAG",
        conflicts_with = "all",
        value_parser = crate::complete::language_tags(),
        hide_possible_values = true
    )]
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

pub(crate) fn run(
    args: &ExportArgs,
    env: &impl Fn(&str) -> Option<OsString>,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Ran {
    let loaded = match args.catalog.load(stderr) {
        Ok(loaded) => loaded,
        Err(error) => return Ran::usage(stderr, error),
    };
    let catalog = loaded.catalog();
    if let Some(asked) = &args.lang {
        crate::edition::note_if_none(asked, catalog, stderr);
    }
    let tags: Vec<&str> = if args.all {
        catalog.locales().collect()
    } else {
        let wanted = wanted_languages(args.lang.as_deref(), env);
        vec![catalog.language(&wanted).tag()]
    };
    let Some(dir) = &args.out else {
        // One page, written nowhere beside the others: it links to none.
        let edition = export_linked(catalog, catalog.language(tags[0]), args.format, &[]);
        let output = stdout
            .write_all(edition.as_bytes())
            .and_then(|()| stdout.flush());
        return Ran::new(Status::Success, output);
    };
    match write_editions(catalog, &tags, args.format, dir) {
        Ok(paths) => {
            let output = paths
                .iter()
                .try_for_each(|path| writeln!(stdout, "wrote {}", path.display()));
            Ran::new(Status::Success, output)
        }
        Err(error) => Ran::usage(stderr, error),
    }
}
