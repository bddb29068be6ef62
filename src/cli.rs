//! The `wsaerr` command line, as a library function: `main` only calls [`run`]
//! and exits with what it returns.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};
use clap_complete::Shell;

use crate::{escape_for_terminal, Code, Description};

/// Exit status: everything asked for was found and shown.
pub const EXIT_OK: i32 = 0;
/// Exit status: a code or name asked for is unknown (the known ones are still shown).
pub const EXIT_NOT_FOUND: i32 = 1;
/// Exit status: bad usage or unusable input (arguments, a `--locales` or `--overlay` folder).
pub const EXIT_USAGE: i32 = 2;

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
    /// Mark a locale's translations current: record the en-US text they now translate.
    ///
    /// Without IDs, every message of the locale. `wsaerr check` reports a
    /// translation as stale once its en-US text changes after this.
    MarkCurrent(MarkCurrentArgs),
    /// Write the reference pages: HTML, Markdown or JSON, one edition per locale.
    Export(crate::export::command::ExportArgs),
    /// Find codes from the words of their messages, in any language.
    ///
    /// Exit status: 0 when something matches, 1 when nothing does, 2 for an
    /// unusable query.
    Search(crate::search::command::SearchArgs),
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

    /// Check this folder as layered over the built-in catalog (see `--overlay`
    /// of the other commands).
    #[arg(long, value_name = "DIR", conflicts_with = "locales")]
    overlay: Option<PathBuf>,

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
struct MarkCurrentArgs {
    /// The locale whose translations are up to date (ko-KR).
    #[arg(value_name = "TAG")]
    tag: String,

    /// Only these messages (WSAETIMEDOUT …); all of the locale's without any.
    #[arg(value_name = "ID")]
    ids: Vec<String>,

    /// The catalog folder.
    #[arg(long, value_name = "DIR", default_value = "locales")]
    locales: PathBuf,
}

#[derive(Args, Debug)]
struct View {
    /// Language, as a tag (zh-CN, ko, ko_KR.UTF-8) or an Accept-Language list;
    /// default: the user's languages ($LANGUAGE, then $LC_ALL, $LC_MESSAGES or
    /// $LANG; on Windows and macOS then the system's), else en-US.
    #[arg(long, value_name = "TAG")]
    lang: Option<String>,

    /// Print a JSON array, one object per code.
    #[arg(long)]
    json: bool,

    #[command(flatten)]
    catalog: crate::export::command::CatalogArgs,
}

/// Runs the command line with `args` (the program name first), reading the
/// language variables through `env` (`std::env::var_os`), and returns the
/// exit status.
pub fn run(
    args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
    env: impl Fn(&str) -> Option<OsString>,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            // Help and version are successes printed to stdout; clap knows which.
            let rendered = error.render();
            let status = error.exit_code();
            let out: &mut dyn Write = if error.use_stderr() { stderr } else { stdout };
            let written = write!(out, "{rendered}").and_then(|()| out.flush());
            return finish(status, written, stderr);
        }
    };
    let mut status = EXIT_OK;
    let written = match cli.command {
        Some(Command::List(view)) => show(&view, None, &env, &mut status, stdout, stderr),
        Some(Command::Check(args)) => check(&args, &mut status, stdout, stderr),
        Some(Command::NewLocale(args)) => new_locale(&args, &mut status, stdout, stderr),
        Some(Command::MarkCurrent(args)) => mark_current(&args, &mut status, stdout, stderr),
        Some(Command::Export(args)) => {
            crate::export::command::run(&args, &env, &mut status, stdout, stderr)
        }
        Some(Command::Search(args)) => {
            crate::search::command::run(&args, &mut status, stdout, stderr)
        }
        Some(Command::Completions(args)) => completions(args.shell, stdout),
        None => show(
            &cli.view,
            Some(&cli.codes),
            &env,
            &mut status,
            stdout,
            stderr,
        ),
    };
    finish(status, written, stderr)
}

/// The exit status once the output is written, or failed to be. The status
/// a command decided (1 for an unknown code or a failed check, 2 for bad
/// input) always stands, whatever happened to the output: a check that
/// found errors never exits 0 because its reader went away. A closed pipe
/// (`wsaerr list | head -1`) is a normal end; output lost in any other way
/// (a full disk) fails a command that would have succeeded.
fn finish(status: i32, written: io::Result<()>, stderr: &mut dyn Write) -> i32 {
    match written {
        Ok(()) => status,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => status,
        Err(error) => {
            let _ = writeln!(stderr, "error: cannot write the output: {error}");
            status.max(EXIT_USAGE)
        }
    }
}

/// Describes the codes asked for (all of them for `None`).
fn show(
    view: &View,
    asked: Option<&[String]>,
    env: &impl Fn(&str) -> Option<OsString>,
    status: &mut i32,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> io::Result<()> {
    let Some(loaded) = crate::export::command::load_catalog(&view.catalog, stderr)? else {
        *status = EXIT_USAGE;
        return Ok(());
    };
    let catalog = loaded.catalog();
    let language = catalog.language(&wanted_languages(view.lang.as_deref(), env));

    let codes: Vec<Code> = match asked {
        None => Code::ALL.to_vec(),
        Some(asked) => asked
            .iter()
            .filter_map(|text| match text.parse::<Code>() {
                Ok(code) => Some(code),
                Err(error) => {
                    *status = EXIT_NOT_FOUND;
                    let error = format!("{error}{}", did_you_mean(text));
                    let _ = writeln!(stderr, "error: {}", escape_for_terminal(&error));
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
            let title = escape_for_terminal(text.title());
            writeln!(out, "{} ({}): {title}", text.name(), text.value())?;
            writeln!(out, "    {}", escape_for_terminal(text.detail()))?;
        }
    }
    out.flush()
}

/// The languages asked for, as a list the catalog negotiates over: `--lang`,
/// else the language variables set for this run (on every OS), else the
/// user's languages as the OS states them.
pub(crate) fn wanted_languages(
    lang: Option<&str>,
    env: &impl Fn(&str) -> Option<OsString>,
) -> String {
    if let Some(lang) = lang {
        return lang.to_owned();
    }
    let mut languages = crate::user_language::from_env(env);
    if languages.is_empty() {
        languages = crate::user_language::os_languages();
    }
    languages.join(", ")
}

/// A hint for a word that is no code: the subcommand or the code name it is
/// closest to, if any is close.
fn did_you_mean(text: &str) -> String {
    let allowed = crate::suggest::allowed_distance(text);
    let command = Cli::command();
    let subcommands = command.get_subcommands().map(|sub| sub.get_name());
    if let Some(name) = crate::suggest::closest(text, subcommands, allowed) {
        return format!(" (did you mean `wsaerr {name}`?)");
    }
    match Code::closest(text) {
        Some(code) => format!(" (did you mean `{}`?)", code.name()),
        None => String::new(),
    }
}

/// Checks the built-in catalog or a folder, and prints the report.
fn check(
    args: &CheckArgs,
    status: &mut i32,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> io::Result<()> {
    let checked = match (&args.locales, &args.overlay) {
        (Some(dir), _) => Some(crate::check::check_dir(dir)),
        (None, Some(dir)) => Some(crate::check::check_layered(dir)),
        (None, None) => None,
    };
    let report = match checked {
        None => crate::check::check_embedded(),
        Some(checked) => match checked {
            Ok(report) => report,
            Err(error) => {
                *status = EXIT_USAGE;
                let error = error.to_string();
                return writeln!(stderr, "error: {}", escape_for_terminal(&error));
            }
        },
    };
    // Decided before a line is written, so that it stands if the output fails.
    let failed = report.errors() > 0 || (args.strict && report.warnings() > 0);
    *status = if failed { EXIT_NOT_FOUND } else { EXIT_OK };
    let mut out = io::BufWriter::new(stdout);
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        report.write_text(&mut out)?;
    }
    out.flush()
}

/// Records the English a locale's translations now follow.
fn mark_current(
    args: &MarkCurrentArgs,
    status: &mut i32,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> io::Result<()> {
    match crate::mark_current(&args.locales, &args.tag, &args.ids) {
        Ok(marked) => writeln!(
            stdout,
            "marked {} message{} of {} current in {}",
            marked.messages,
            if marked.messages == 1 { "" } else { "s" },
            escape_for_terminal(&args.tag),
            marked.path.display()
        ),
        Err(error) => {
            *status = EXIT_USAGE;
            let error = error.to_string();
            writeln!(stderr, "error: {}", escape_for_terminal(&error))
        }
    }
}

/// Creates a new locale folder from en-US.
fn new_locale(
    args: &NewLocaleArgs,
    status: &mut i32,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> io::Result<()> {
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
            )
        }
        Err(error) => {
            *status = EXIT_USAGE;
            let error = error.to_string();
            writeln!(stderr, "error: {}", escape_for_terminal(&error))
        }
    }
}

/// Prints the completion script for `shell`.
fn completions(shell: Shell, stdout: &mut dyn Write) -> io::Result<()> {
    // clap_complete panics when its writer fails, so the script is built in
    // memory and a closed pipe is handled here like everywhere else.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "wsaerr", &mut script);
    stdout.write_all(&script)?;
    stdout.flush()
}
