//! The `wsaerr` command line: `main` only calls [`run`] and exits with the
//! status it returns.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::{Args, CommandFactory, Parser, Subcommand};
use clap_complete::Shell;
use wsaerr_tools::{check, scaffold, suggest};

use wsaerr::{Code, Description};

use crate::catalog::CatalogArgs;
use crate::escape::escape_for_terminal;
use crate::status::{Ran, Status};

/// The variables the commands that choose a language read (describing
/// codes, `list`, `export`: `wanted_languages`), for their `--help`.
pub(crate) const LANGUAGE_ENVIRONMENT: &str = "\
Environment (read when --lang is not given):
  LANGUAGE     The languages wanted, in order (ko:ja)
  LC_ALL       The locale (ko_KR.UTF-8)
  LC_MESSAGES  The locale, when LC_ALL is not set
  LANG         The locale, when neither LC_ALL nor LC_MESSAGES is set
LANGUAGE counts only with a locale set that is not C or POSIX. With none of
them, the system's languages on Windows and macOS, else en-US.";

#[derive(Parser, Debug)]
#[command(
    name = "wsaerr",
    version,
    about = "What a Windows Sockets (Winsock) error code means, in your language.",
    after_help = LANGUAGE_ENVIRONMENT,
    args_conflicts_with_subcommands = true,
    arg_required_else_help = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// Codes to describe: numbers (10060, 0x274C, also full-width １００６０),
    /// HRESULTs that wrap one (0x80072746, -2147014842), or names
    /// (WSAETIMEDOUT, ECONNREFUSED, EAI_AGAIN, SocketError's TimedOut; any case).
    #[arg(
        value_name = "CODE|NAME",
        value_parser = crate::complete::code_names(),
        hide_possible_values = true,
        allow_negative_numbers = true
    )]
    codes: Vec<String>,

    #[command(flatten)]
    view: View,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Describe every code, in numeric order.
    #[command(after_help = LANGUAGE_ENVIRONMENT)]
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
    #[command(after_help = LANGUAGE_ENVIRONMENT)]
    Export(crate::export::ExportArgs),
    /// Find the codes a pasted text points to: a traceback, a log line, a
    /// message in any language, or a few words.
    ///
    /// Exit status: 0 when something points to a code, 1 when nothing does, 2
    /// for a text with nothing to search for or longer than 64 KiB.
    Search(crate::search::SearchArgs),
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

    /// The catalog folder to create it in (created if missing); default:
    /// `locales`, which must then exist already.
    #[arg(long, value_name = "DIR")]
    locales: Option<PathBuf>,
}

/// The catalog folder `new-locale` and `mark-current` use when none is named.
const DEFAULT_LOCALES: &str = "locales";

#[derive(Args, Debug)]
struct MarkCurrentArgs {
    /// The locale whose translations are up to date (ko-KR).
    #[arg(value_name = "TAG")]
    tag: String,

    /// Only these messages (WSAETIMEDOUT …); all of the locale's without any.
    #[arg(value_name = "ID")]
    ids: Vec<String>,

    /// The catalog folder.
    #[arg(long, value_name = "DIR", default_value = DEFAULT_LOCALES)]
    locales: PathBuf,
}

#[derive(Args, Debug)]
struct View {
    /// Language, as a tag (zh-CN, ko, ko_KR.UTF-8) or an Accept-Language list;
    /// default: the user's languages (see Environment), else en-US.
    #[arg(
        long,
        value_name = "TAG",
        value_parser = crate::complete::language_tags(),
        hide_possible_values = true
    )]
    lang: Option<String>,

    /// Print a JSON array, one object per code.
    #[arg(long)]
    json: bool,

    #[command(flatten)]
    catalog: CatalogArgs,
}

/// Runs the command line with `args` (the program name first), reading the
/// language variables through `env` (`std::env::var_os`), wrapping details
/// to `width` columns if given (stdout is a terminal that wide), reading a
/// pasted text from `stdin` where asked to (`wsaerr search -`), and returns
/// the exit status.
pub(crate) fn run(
    args: impl IntoIterator<Item = impl Into<OsString> + Clone>,
    env: impl Fn(&str) -> Option<OsString>,
    width: Option<usize>,
    stdin: &mut dyn std::io::Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Status {
    let ran = match Cli::try_parse_from(args) {
        Err(error) => {
            // Help and version are successes printed to stdout; clap knows which.
            let rendered = error.render();
            let status = match error.exit_code() {
                0 => Status::Success,
                _ => Status::Usage,
            };
            let out: &mut dyn Write = if error.use_stderr() { stderr } else { stdout };
            Ran::new(status, write!(out, "{rendered}").and_then(|()| out.flush()))
        }
        Ok(cli) => match cli.command {
            Some(Command::List(view)) => show(&view, None, &env, width, stdout, stderr),
            Some(Command::Check(args)) => check(&args, stdout, stderr),
            Some(Command::NewLocale(args)) => new_locale(&args, stdout, stderr),
            Some(Command::MarkCurrent(args)) => mark_current(&args, stdout, stderr),
            Some(Command::Export(args)) => crate::export::run(&args, &env, stdout, stderr),
            Some(Command::Search(args)) => crate::search::run(&args, stdin, stdout, stderr),
            Some(Command::Completions(args)) => completions(args.shell, stdout),
            None => show(&cli.view, Some(&cli.codes), &env, width, stdout, stderr),
        },
    };
    ran.finish(stderr)
}

/// Describes the codes asked for (all of them for `None`).
fn show(
    view: &View,
    asked: Option<&[String]>,
    env: &impl Fn(&str) -> Option<OsString>,
    width: Option<usize>,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Ran {
    let loaded = match view.catalog.load(stderr) {
        Ok(loaded) => loaded,
        Err(error) => return Ran::usage(stderr, error),
    };
    let catalog = loaded.catalog();
    if let Some(asked) = &view.lang {
        crate::edition::note_if_none(asked, catalog, stderr);
    }
    let language = catalog.language(&wanted_languages(view.lang.as_deref(), env));

    let mut status = Status::Success;
    let codes: Vec<Code> = match asked {
        None => Code::ALL.to_vec(),
        Some(asked) => asked
            .iter()
            .filter_map(|text| {
                let code = code_or_why(text);
                if let Err(why) = &code {
                    status = Status::NotFound;
                    let _ = writeln!(stderr, "error: {}", escape_for_terminal(why));
                }
                code.ok()
            })
            .collect(),
    };
    let descriptions: Vec<Description<'_>> = codes
        .into_iter()
        .map(|code| language.description(code))
        .collect();

    let output = (|| {
        let mut out = io::BufWriter::new(stdout);
        if view.json {
            crate::json::write_json(&mut out, &descriptions)?;
        } else {
            for (i, text) in descriptions.iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                let title = escape_for_terminal(text.title());
                writeln!(out, "{} ({}): {title}", text.name(), text.value())?;
                let detail = escape_for_terminal(text.detail());
                for line in crate::wrap::detail_lines(&detail, text.detail_locale(), width) {
                    writeln!(out, "{line}")?;
                }
            }
        }
        out.flush()
    })();
    Ran::new(status, output)
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
    let mut languages = wsaerr::__tools::from_env(env);
    if languages.is_empty() {
        languages = wsaerr::__tools::os_languages();
    }
    languages.join(", ")
}

/// The code a typed argument names, or why it names none. `code_of` reads
/// what `Code`'s parser reads and more: an HRESULT that wraps a code,
/// full-width digits, errno, `EAI_*` and `SocketError` names.
fn code_or_why(text: &str) -> Result<Code, String> {
    if let Some(code) = wsaerr_tools::search::code_of(text) {
        return Ok(code);
    }
    Err(match text.parse::<Code>() {
        Ok(code) => return Ok(code),
        // An HRESULT (`0x80004005`, E_FAIL) that wraps no Windows error:
        // said as typed, not as a decimal.
        Err(wsaerr::UnknownCode::Value(value)) if is_hresult(value) => format!(
            "`{}` is an HRESULT that wraps no Winsock error code",
            text.trim()
        ),
        Err(error) => format!("{error}{}", did_you_mean(text)),
    })
}

/// Whether a number is an HRESULT's failure value: its top bit set, as hex
/// (`0x80004005`) or signed (`-2147467259`).
fn is_hresult(value: i64) -> bool {
    (0x8000_0000..=0xFFFF_FFFF).contains(&value) || (i64::from(i32::MIN)..0).contains(&value)
}

/// A hint for a word that is no code: the subcommand or the code name it is
/// closest to, if any is close.
fn did_you_mean(text: &str) -> String {
    let allowed = suggest::allowed_distance(text);
    let command = Cli::command();
    let subcommands = command.get_subcommands().map(|sub| sub.get_name());
    if let Some(name) = suggest::closest(text, subcommands, allowed) {
        return format!(" (did you mean `wsaerr {name}`?)");
    }
    match suggest::closest_code(text) {
        Some(code) => format!(" (did you mean `{}`?)", code.name()),
        // Words, not a name (`WSAEBOGUS`) or a number: what `search` is for.
        None if text.len() <= 64
            && !text.starts_with(|c: char| c.is_ascii_digit())
            && !text.chars().any(char::is_control)
            && text
                .chars()
                .any(|c| c.is_lowercase() || (c.is_alphabetic() && !c.is_ascii())) =>
        {
            let words = escape_for_terminal(text);
            format!("; to find codes by words, run `wsaerr search {words}`")
        }
        None => String::new(),
    }
}

/// Checks the built-in catalog or a folder, and prints the report.
fn check(args: &CheckArgs, stdout: &mut dyn Write, stderr: &mut dyn Write) -> Ran {
    let checked = match (&args.locales, &args.overlay) {
        (Some(dir), _) => check::check_dir(dir),
        (None, Some(dir)) => check::check_layered(dir),
        (None, None) => Ok(check::check_embedded()),
    };
    let report = match checked {
        Ok(report) => report,
        Err(error) => return Ran::usage(stderr, error),
    };
    // Decided before a line is written, so that it stands if the output fails.
    let failed = report.errors() > 0 || (args.strict && report.warnings() > 0);
    let status = if failed {
        Status::NotFound
    } else {
        Status::Success
    };
    let output = (|| {
        let mut out = io::BufWriter::new(stdout);
        if args.json {
            crate::json::write_json(&mut out, &report)?;
        } else {
            // Catalog text and file names in the report cannot drive the
            // terminal: each line is escaped as it is written.
            let mut text = Vec::new();
            report.write_text(&mut text)?;
            for line in String::from_utf8_lossy(&text).lines() {
                writeln!(out, "{}", escape_for_terminal(line))?;
            }
        }
        out.flush()
    })();
    Ran::new(status, output)
}

/// Records the English a locale's translations now follow.
fn mark_current(args: &MarkCurrentArgs, stdout: &mut dyn Write, stderr: &mut dyn Write) -> Ran {
    match wsaerr_tools::record::mark_current(&args.locales, &args.tag, &args.ids) {
        Ok(marked) => {
            let output = writeln!(
                stdout,
                "marked {} message{} of {} current in {}",
                marked.messages,
                if marked.messages == 1 { "" } else { "s" },
                escape_for_terminal(&args.tag),
                escape_for_terminal(&marked.path.display().to_string())
            );
            Ran::new(Status::Success, output)
        }
        Err(error) => Ran::usage(stderr, error),
    }
}

/// Creates a new locale folder from en-US.
fn new_locale(args: &NewLocaleArgs, stdout: &mut dyn Write, stderr: &mut dyn Write) -> Ran {
    // Run outside a catalog, the default would start a catalog of its own
    // (`./locales/<tag>`) that nothing reads: only a folder named on
    // purpose is created.
    let locales = match &args.locales {
        Some(dir) => dir.clone(),
        None if Path::new(DEFAULT_LOCALES).is_dir() => PathBuf::from(DEFAULT_LOCALES),
        None => {
            let error = format!(
                "no catalog folder found: there is no `{DEFAULT_LOCALES}` folder here; \
                 name the catalog with --locales DIR"
            );
            return Ran::usage(stderr, error);
        }
    };
    match scaffold::new_locale(&args.tag, &locales) {
        Ok(scaffold) => {
            let output = (|| {
                for file in &scaffold.files {
                    let file = file.display().to_string();
                    writeln!(stdout, "created {}", escape_for_terminal(&file))?;
                }
                writeln!(
                    stdout,
                    "{} messages to translate (marked {}); then run: wsaerr check --locales {}",
                    scaffold.messages,
                    scaffold::TODO_MARK,
                    escape_for_terminal(&locales.display().to_string())
                )
            })();
            Ran::new(Status::Success, output)
        }
        Err(error) => Ran::usage(stderr, error),
    }
}

/// Prints the completion script for `shell`.
fn completions(shell: Shell, stdout: &mut dyn Write) -> Ran {
    // clap_complete panics when its writer fails, so the script is built in
    // memory and a closed pipe is handled here like everywhere else.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "wsaerr", &mut script);
    let output = stdout.write_all(&script).and_then(|()| stdout.flush());
    Ran::new(Status::Success, output)
}
