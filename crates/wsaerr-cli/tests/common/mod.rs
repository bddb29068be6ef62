//! What the tests that run the real binary share.
#![allow(dead_code)] // each test file uses the part it needs

/// The variables that name a language: the tests must not see the ones of
/// the environment running them.
const LANGUAGE_VARIABLES: [&str; 4] = ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"];

/// The binary, for `assert_cmd`, with no language variable set.
pub fn wsaerr() -> assert_cmd::Command {
    let mut command = assert_cmd::Command::cargo_bin("wsaerr").unwrap();
    for name in LANGUAGE_VARIABLES {
        command.env_remove(name);
    }
    command
}

/// The binary as a `std::process::Command` (to spawn it, with pipes), with
/// no language variable set.
pub fn wsaerr_process() -> std::process::Command {
    use assert_cmd::cargo::CommandCargoExt;

    let mut command = std::process::Command::cargo_bin("wsaerr").unwrap();
    for name in LANGUAGE_VARIABLES {
        command.env_remove(name);
    }
    command
}

/// Runs `command` with stdout a pipe whose reading end is closed before the
/// program starts: its very first write meets a closed pipe, however little
/// it writes.
pub fn output_into_a_closed_pipe(command: &mut std::process::Command) -> std::process::Output {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    command
        .stdout(writer)
        .stderr(std::process::Stdio::piped())
        .output()
        .unwrap()
}

/// What the text output shows for one code (piped: each part one line).
pub fn block(code: i32, tag: &str) -> String {
    let text = wsaerr::describe(code, tag).unwrap();
    format!(
        "{} ({}): {}\n    {}\n",
        text.name(),
        text.value(),
        text.title(),
        text.detail()
    )
}
