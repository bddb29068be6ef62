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
