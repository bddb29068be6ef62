//! The `wsaerr` command line, as a library function: `main` only calls [`run`]
//! and exits with what it returns.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};
use clap_complete::Shell;

use crate::{Catalog, Code, Description};

/// Exit status: everything asked for was found and shown.
pub const EXIT_OK: i32 = 0;
/// Exit status: a code or name asked for is unknown (the known ones are still shown).
pub const EXIT_NOT_FOUND: i32 = 1;
/// Exit status: bad usage or unusable input (arguments, `--locales` folder).
pub const EXIT_USAGE: i32 = 2;

/// The variables that name the user's language, most specific first (POSIX order).
const LANGUAGE_VARIABLES: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

#[derive(Parser, Debug)]
#[command(
    name = "wsaerr",
    version,
    about = "What a Windows Sockets (Winsock) error code means, in your language.",
    args_conflicts_with_subcommands = true,
    arg_required_else_help = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// Codes to describe: numbers (10060, 0x274C) or names (WSAETIMEDOUT, any case).
    #[arg(value_name = "CODE|NAME")]
    codes: Vec<String>,

    #[command(flatten)]
    view: View,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Describe every code, in numeric order.
    List(View),
    /// Check a catalog: every locale must have every code, in valid Fluent.
    ///
    /// Exit status: 0 without errors, 1 with errors (or warnings, with
    /// --strict), 2 when the folder cannot be used.
    Check(CheckArgs),
    /// Start a new locale: a folder with every en-US message marked for translation.
    NewLocale(NewLocaleArgs),
    /// Print a completion script for a shell.
    ///
    /// For example, in bash: `source <(wsaerr completions bash)`; in
    /// PowerShell: `wsaerr completions powershell | Out-String | Invoke-Expression`.
    Completions(CompletionsArgs),
}

#[derive(Args, Debug)]
struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_name = "SHELL")]
    shell: Shell,
}

#[derive(Args, Debug)]
struct CheckArgs {
    /// Check this folder (`<tag>/*.ftl`) instead of the built-in catalog.
    #[arg(long, value_name = "DIR")]
    locales: Option<PathBuf>,

    /// Print the findings and the summary as JSON.
    #[arg(long)]
    json: bool,

    /// Fail (exit 1) on warnings too, such as untranslated text.
    #[arg(long)]
    strict: bool,
}

#[derive(Args, Debug)]
struct NewLocaleArgs {
    /// The new locale's language tag, written canonically (fr-FR, pt-BR, sr-Latn).
    #[arg(value_name = "TAG")]
    tag: String,

    /// The catalog folder to create it in.
    #[arg(long, value_name = "DIR", default_value = "locales")]
    locales: PathBuf,
}

#[derive(Args, Debug)]
struct View {
    /// Language, as a tag (zh-CN, ko, ko_KR.UTF-8) or an Accept-Language list;
    /// default: $LC_ALL, $LC_MESSAGES or $LANG, else en-US.
    #[arg(long, value_name = "TAG")]
    lang: Option<String>,

    /// Print a JSON array, one object per code.
    #[arg(long)]
    json: bool,

    /// Read the catalog from this folder (`<tag>/*.ftl`) instead of the built-in one.
    #[arg(long, value_name = "DIR")]
    locales: Option<PathBuf>,
}

/// Runs the command line with `args` (the program name first), reading the
/// language variables through `env`, and returns the exit status.
pub fn run(
    args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
    env: impl Fn(&str) -> Option<String>,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            // Help and version are successes printed to stdout; clap knows which.
            let rendered = error.render();
            let out: &mut dyn Write = if error.use_stderr() { stderr } else { stdout };
            let _ = write!(out, "{rendered}");
            return error.exit_code();
        }
    };
    let outcome = match cli.command {
        Some(Command::List(view)) => show(&view, None, &env, stdout, stderr),
        Some(Command::Check(args)) => check(&args, stdout, stderr),
        Some(Command::NewLocale(args)) => new_locale(&args, stdout, stderr),
        Some(Command::Completions(args)) => completions(args.shell, stdout),
        None => show(&cli.view, Some(&cli.codes), &env, stdout, stderr),
    };
    match outcome {
        Ok(status) => status,
        // A closed pipe (`wsaerr list | head -1`) is a normal end.
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => EXIT_OK,
        Err(error) => {
            let _ = writeln!(stderr, "error: cannot write the output: {error}");
            EXIT_USAGE
        }
    }
}

/// Describes the codes asked for (all of them for `None`).
fn show(
    view: &View,
    asked: Option<&[String]>,
    env: &impl Fn(&str) -> Option<String>,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> io::Result<i32> {
    let owned;
    let catalog = match &view.locales {
        None => Catalog::embedded(),
        Some(dir) => match Catalog::from_dir(dir) {
            Ok(catalog) => {
                owned = catalog;
                for problem in owned.problems() {
                    writeln!(stderr, "warning: {problem}")?;
                }
                &owned
            }
            Err(error) => {
                writeln!(stderr, "error: {error}")?;
                return Ok(EXIT_USAGE);
            }
        },
    };
    let tag = view.lang.clone().or_else(|| {
        LANGUAGE_VARIABLES
            .iter()
            .find_map(|name| env(name).filter(|value| !value.is_empty()))
    });
    let language = catalog.language(tag.as_deref().unwrap_or_default());

    let mut status = EXIT_OK;
    let codes: Vec<Code> = match asked {
        None => Code::ALL.to_vec(),
        Some(asked) => asked
            .iter()
            .filter_map(|text| match text.parse::<Code>() {
                Ok(code) => Some(code),
                Err(error) => {
                    status = EXIT_NOT_FOUND;
                    let _ = writeln!(stderr, "error: {error}");
                    None
                }
            })
            .collect(),
    };
    let descriptions: Vec<Description<'_>> = codes
        .into_iter()
        .map(|code| language.description(code))
        .collect();

    let mut out = io::BufWriter::new(stdout);
    if view.json {
        serde_json::to_writer_pretty(&mut out, &descriptions)?;
        writeln!(out)?;
    } else {
        for (i, text) in descriptions.iter().enumerate() {
            if i > 0 {
                writeln!(out)?;
            }
            writeln!(out, "{} ({}): {}", text.name(), text.value(), text.title())?;
            writeln!(out, "    {}", text.detail())?;
        }
    }
    out.flush()?;
    Ok(status)
}

/// Checks the built-in catalog or a folder, and prints the report.
fn check(args: &CheckArgs, stdout: &mut dyn Write, stderr: &mut dyn Write) -> io::Result<i32> {
    let report = match &args.locales {
        None => crate::check::check_embedded(),
        Some(dir) => match crate::check::check_dir(dir) {
            Ok(report) => report,
            Err(error) => {
                writeln!(stderr, "error: {error}")?;
                return Ok(EXIT_USAGE);
            }
        },
    };
    let mut out = io::BufWriter::new(stdout);
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        report.write_text(&mut out)?;
    }
    out.flush()?;
    let failed = report.errors() > 0 || (args.strict && report.warnings() > 0);
    Ok(if failed { EXIT_NOT_FOUND } else { EXIT_OK })
}

/// Creates a new locale folder from en-US.
fn new_locale(
    args: &NewLocaleArgs,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> io::Result<i32> {
    match crate::scaffold::new_locale(&args.tag, &args.locales) {
        Ok(scaffold) => {
            for file in &scaffold.files {
                writeln!(stdout, "created {}", file.display())?;
            }
            writeln!(
                stdout,
                "{} messages to translate (marked {}); then run: wsaerr check --locales {}",
                scaffold.messages,
                crate::scaffold::TODO_MARK,
                args.locales.display()
            )?;
            Ok(EXIT_OK)
        }
        Err(error) => {
            writeln!(stderr, "error: {error}")?;
            Ok(EXIT_USAGE)
        }
    }
}

/// Prints the completion script for `shell`.
fn completions(shell: Shell, stdout: &mut dyn Write) -> io::Result<i32> {
    // clap_complete panics when its writer fails, so the script is built in
    // memory and a closed pipe is handled here like everywhere else.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "wsaerr", &mut script);
    stdout.write_all(&script)?;
    stdout.flush()?;
    Ok(EXIT_OK)
}
