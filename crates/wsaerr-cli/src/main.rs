//! The `wsaerr` command line: what a Winsock error code means, in your
//! language; and the translator's commands (check, new-locale, mark-current,
//! export, search) of `wsaerr-tools`.
#![forbid(unsafe_code)]

use std::process::ExitCode;

mod catalog;
mod cli;
mod complete;
mod edition;
mod escape;
mod export;
mod json;
mod search;
mod status;
mod wrap;

fn main() -> ExitCode {
    let status = cli::run(
        std::env::args_os(),
        |name| std::env::var_os(name),
        wrap::terminal_width(),
        &mut std::io::stdin().lock(),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    ExitCode::from(status)
}
