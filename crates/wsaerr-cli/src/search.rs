//! `wsaerr search`: the command line of `wsaerr_tools::search`.

use std::io::{self, Read, Write};

use clap::Args;
use wsaerr_tools::search::{shown, Index, Query, QueryError, MAX_QUERY_BYTES};

use crate::catalog::CatalogArgs;
use crate::escape::escape_for_terminal;
use crate::status::{Ran, Status};

#[derive(Args, Debug)]
pub(crate) struct SearchArgs {
    /// Whatever is on the screen: a log line, a traceback, an exception, a
    /// message in any language ("connection refused", 连接超时), a number
    /// (10060, 0x274C, 0x80072746) or a name (ECONNREFUSED, EAI_AGAIN);
    /// `-` reads it from standard input (up to 64 KiB).
    #[arg(value_name = "TEXT", required = true)]
    words: Vec<String>,

    /// Search only the locale this tag chooses (zh-CN, ko); default: every locale.
    #[arg(
        long,
        value_name = "TAG",
        value_parser = crate::complete::language_tags(),
        hide_possible_values = true
    )]
    lang: Option<String>,

    /// Print a JSON array, best first: code, name, locale, title, score and
    /// the evidence (what in the text points to the code).
    #[arg(long)]
    json: bool,

    #[command(flatten)]
    catalog: CatalogArgs,
}

pub(crate) fn run(
    args: &SearchArgs,
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Ran {
    let text = if args.words == ["-"] {
        // One byte past the bound tells a text that is too long.
        let mut bytes = Vec::new();
        let limit = u64::try_from(MAX_QUERY_BYTES + 1).unwrap_or(u64::MAX);
        if let Err(error) = stdin.take(limit).read_to_end(&mut bytes) {
            return Ran::usage(stderr, format!("cannot read standard input: {error}"));
        }
        if bytes.len() > MAX_QUERY_BYTES {
            return Ran::usage(stderr, QueryError::TooLong);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    } else {
        args.words.join(" ")
    };
    let query = match Query::new(&text) {
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
    let all = Index::new(loaded.catalog(), args.lang.as_deref()).search(&query);
    let hits = shown(&all);
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
            for hit in hits {
                writeln!(
                    out,
                    "{} ({}) [{}] {}",
                    hit.code().name(),
                    hit.code().value(),
                    hit.locale(),
                    escape_for_terminal(hit.title())
                )?;
                for evidence in hit.evidence() {
                    writeln!(
                        out,
                        "    {}: {}",
                        escape_for_terminal(evidence.text()),
                        escape_for_terminal(evidence.note())
                    )?;
                }
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
