//! `wsaerr completions <shell>` through the real binary: a script for each
//! shell that knows the subcommands, and bash's parses.

mod common;
use std::io::Write;
use std::process::{Command, Stdio};

use assert_cmd::cargo::CommandCargoExt;

const SHELLS: [&str; 5] = ["bash", "zsh", "fish", "powershell", "elvish"];
const SUBCOMMANDS: [&str; 4] = ["list", "check", "new-locale", "completions"];

fn script(shell: &str) -> String {
    let output = Command::cargo_bin("wsaerr")
        .unwrap()
        .args(["completions", shell])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{shell}: {stderr}");
    assert_eq!(stderr, "", "{shell}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn every_shell_gets_a_script_that_knows_the_subcommands_and_options() {
    for shell in SHELLS {
        let script = script(shell);
        assert!(script.contains("wsaerr"), "{shell}: {script}");
        // Options as bare names: fish writes `-l lang`, the others `--lang`.
        for word in SUBCOMMANDS
            .iter()
            .chain(&["lang", "json", "locales", "strict"])
        {
            assert!(script.contains(word), "{shell} lacks {word}: {script}");
        }
    }
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs a bash to parse the script; it is the same script as on Unix"
)]
fn the_bash_script_is_valid_bash() {
    let script = script("bash");
    let mut bash = Command::new("bash")
        .arg("-n")
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("bash, to parse the script");
    bash.stdin
        .take()
        .unwrap()
        .write_all(script.as_bytes())
        .unwrap();
    let output = bash.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "bash -n: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let output = Command::cargo_bin("wsaerr")
        .unwrap()
        .args(["completions", "cmd.exe"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("cmd.exe") && stderr.contains("powershell"),
        "{stderr}"
    );
}

#[test]
fn a_script_into_a_closed_pipe_ends_quietly() {
    let mut command = Command::cargo_bin("wsaerr").unwrap();
    let output = common::output_into_a_closed_pipe(command.args(["completions", "zsh"]));
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn scripts_offer_the_code_names_and_the_shipped_language_tags() {
    // clap_complete's fish script offers no values for a positional
    // argument, its PowerShell and elvish scripts none at all.
    for (shell, words) in [
        (
            "bash",
            &["WSAECONNREFUSED", "WSA_QOS_EFLOWSPEC", "zh-TW", "ar-SA"][..],
        ),
        (
            "zsh",
            &["WSAECONNREFUSED", "WSA_QOS_EFLOWSPEC", "zh-TW", "ar-SA"],
        ),
        ("fish", &["zh-TW", "ar-SA"]),
    ] {
        let script = script(shell);
        for word in words {
            assert!(script.contains(word), "{shell} lacks {word}");
        }
    }
}

#[test]
#[cfg_attr(
    windows,
    ignore = "needs a bash to run the script; it is the same script as on Unix"
)]
fn bash_completes_a_code_name_and_a_language_tag() {
    let path = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(path.path(), script("bash")).unwrap();
    // What bash's completion asks of the function, for `wsaerr WSAECONNR<Tab>`
    // and `wsaerr list --lang zh-<Tab>`.
    let program = r#"
        source "$1"
        COMP_WORDS=(wsaerr WSAECONNR); COMP_CWORD=1
        _wsaerr wsaerr WSAECONNR wsaerr
        printf '%s\n' "${COMPREPLY[@]}" ---
        COMP_WORDS=(wsaerr list --lang zh-); COMP_CWORD=3
        _wsaerr wsaerr zh- --lang
        printf '%s\n' "${COMPREPLY[@]}"
    "#;
    let output = Command::new("bash")
        .args(["-c", program, "bash"])
        .arg(path.path())
        .output()
        .expect("bash, to run the script");
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "WSAECONNRESET\nWSAECONNREFUSED\n---\nzh-CN\nzh-TW\n"
    );
}

#[test]
fn offered_values_are_not_required_nor_listed_in_the_help() {
    // Numbers, any case and Accept-Language lists still work.
    let output = common::wsaerr()
        .args(["0x274d", "wsaetimedout", "--lang", "ko;q=0.9, ja", "--json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let help = common::wsaerr().arg("--help").output().unwrap();
    let help = String::from_utf8(help.stdout).unwrap();
    assert!(
        !help.contains("WSAECONNREFUSED") && !help.contains("zh-TW"),
        "{help}"
    );
}
