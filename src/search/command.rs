//! `wsaerr search`: the command line of [`crate::search`].

use std::io::{self, Write};

use clap::Args;

use super::{Index, Query};
use crate::cli::{EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE};
use crate::escape_for_terminal;
use crate::export::command::{load_catalog, CatalogArgs};

#[derive(Args, Debug)]
pub(crate) struct SearchArgs {
    /// Words of a message as shown on screen (连接超时, "connection refused"),
    /// a code number (10060, 0x274C) or a name.
    #[arg(value_name = "WORDS", required = true)]
    words: Vec<String>,

    /// Search only the locale this tag chooses (zh-CN, ko); default: every locale.
    #[arg(long, value_name = "TAG")]
    lang: Option<String>,

    /// Print a JSON array, best match first: code, name, locale, title, score.
    #[arg(long)]
    json: bool,

    #[command(flatten)]
    catalog: CatalogArgs,
}

pub(crate) fn run(
    args: &SearchArgs,
    status: &mut i32,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> io::Result<()> {
    *status = EXIT_USAGE;
    let query = match Query::new(&args.words.join(" ")) {
        Ok(query) => query,
        Err(error) => {
            let error = error.to_string();
            return writeln!(stderr, "error: {}", escape_for_terminal(&error));
        }
    };
    let Some(loaded) = load_catalog(&args.catalog, stderr)? else {
        return Ok(());
    };
    let hits = Index::new(loaded.catalog(), args.lang.as_deref()).search(&query);
    *status = if hits.is_empty() {
        EXIT_NOT_FOUND
    } else {
        EXIT_OK
    };
    let mut out = io::BufWriter::new(stdout);
    if args.json {
        serde_json::to_writer_pretty(&mut out, &hits)?;
        writeln!(out)?;
    } else {
        for hit in &hits {
            writeln!(
                out,
                "{} ({}) [{}] {}",
                hit.code().name(),
                hit.code().value(),
                hit.locale(),
                escape_for_terminal(hit.title())
            )?;
        }
    }
    out.flush()?;
    if hits.is_empty() {
        writeln!(stderr, "no code matches")?;
    }
    Ok(())
}
