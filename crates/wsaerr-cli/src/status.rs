//! How a run ends: the status a command decided, and whether its output
//! could be written.

use std::fmt::Display;
use std::io::{self, Write};

use crate::escape::escape_for_terminal;

/// The exit status a command decides, before its output is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Status {
    /// Everything asked for was found and shown (0).
    Success,
    /// A code asked for is unknown, a check failed, a search found nothing (1).
    NotFound,
    /// Bad usage or unusable input: arguments, a folder, a query (2).
    Usage,
}

impl From<Status> for std::process::ExitCode {
    fn from(status: Status) -> Self {
        std::process::ExitCode::from(match status {
            Status::Success => 0,
            Status::NotFound => 1,
            Status::Usage => 2,
        })
    }
}

/// What a command did: the status it decided, and what became of its output.
pub(crate) struct Ran {
    pub status: Status,
    pub output: io::Result<()>,
}

impl Ran {
    pub fn new(status: Status, output: io::Result<()>) -> Ran {
        Ran { status, output }
    }

    /// Bad usage or unusable input, said in one line on stderr.
    pub fn usage(stderr: &mut dyn Write, error: impl Display) -> Ran {
        let line = escape_for_terminal(&error.to_string()).into_owned();
        Ran::new(Status::Usage, writeln!(stderr, "error: {line}"))
    }

    /// The exit status once the output is written, or failed to be. The
    /// status a command decided always stands, whatever happened to the
    /// output: a check that found errors never exits 0 because its reader
    /// went away. A closed pipe (`wsaerr list | head -1`) is a normal end;
    /// output lost in any other way (a full disk) fails a command that would
    /// have succeeded.
    pub fn finish(self, stderr: &mut dyn Write) -> Status {
        match self.output {
            Ok(()) => self.status,
            Err(error) if error.kind() == io::ErrorKind::BrokenPipe => self.status,
            Err(error) => {
                let _ = writeln!(stderr, "error: cannot write the output: {error}");
                self.status.max(Status::Usage)
            }
        }
    }
}
