//! `wsaerr search`: the command line of `wsaerr_tools::search`.

use std::io::{self, Write};

use clap::Args;
use wsaerr_tools::search::{Index, Query};

use crate::catalog::CatalogArgs;
use crate::escape::escape_for_terminal;
use crate::status::{Ran, Status};

#[derive(Args, Debug)]
pub(crate) struct SearchArgs {
    /// Words of a message as shown on screen (连接超时, "connection refused"),
    /// a code number (10060, 0x274C) or a name.
    #[arg(value_name = "WORDS", required = true)]
    words: Vec<String>,

    /// Search only the locale this tag chooses (zh-CN, ko); default: every locale.
    #[arg(
        long,
        value_name = "TAG",
        value_parser = crate::complete::language_tags(),
        hide_possible_values = true
    )]
    lang: Option<String>,

    /// Print a JSON array, best match first: code, name, locale, title, score.
    #[arg(long)]
    json: bool,

    #[command(flatten)]
    catalog: CatalogArgs,
}

pub(crate) fn run(args: &SearchArgs, stdout: &mut dyn Write, stderr: &mut dyn Write) -> Ran {
    let query = match Query::new(&args.words.join(" ")) {
        Ok(query) => query,
        Err(error) => return Ran::usage(stderr, error),
    };
    let loaded = match args.catalog.load(stderr) {
        Ok(loaded) => loaded,
        Err(error) => return Ran::usage(stderr, error),
    };
    if let Some(asked) = &args.lang {
        crate::edition::note_if_none(asked, loaded.catalog(), stderr);
    }
    let hits = Index::new(loaded.catalog(), args.lang.as_deref()).search(&query);
    let status = if hits.is_empty() {
        Status::NotFound
    } else {
        Status::Success
    };
    let output = (|| {
        let mut out = io::BufWriter::new(&mut *stdout);
        if args.json {
            crate::json::write_json(&mut out, &hits)?;
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
    })();
    Ran::new(status, output)
}
