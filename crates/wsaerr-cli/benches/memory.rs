//! Peak memory of each command on a hostile catalog file, as a ratio of the
//! file's size: what the command takes beyond what it takes on a small file,
//! divided by how much bigger the file is. The promise is at most about 10
//! (the file, what is parsed from it, what is formatted from it). A file over
//! the 4 MiB a catalog file may hold is not read, so it costs nothing.
//!
//! Each command runs as the real binary under GNU `time`, which reports the
//! peak resident size (`%M`, KiB). The file is one Korean title of `가 `
//! repeated, the shape that once took a check to 6.8 GB for 40 MB.
//!
//! ```sh
//! cargo bench -p wsaerr-cli --bench memory
//! ```

use std::path::Path;
use std::process::Command;

const SIZES: [usize; 3] = [1 << 20, 3 << 20, 10 << 20];

fn tree(root: &Path, bytes: usize) {
    let korean = root.join("ko-KR");
    std::fs::create_dir_all(&korean).unwrap();
    let repeat = bytes.saturating_sub(64) / "가 ".len();
    let text = format!("WSAEINTR = {}\n    .detail = 설명.\n", "가 ".repeat(repeat));
    std::fs::write(korean.join("winsock.ftl"), text).unwrap();
}

/// The peak resident size of one run, in bytes.
fn peak(args: &[&str], root: &Path) -> Option<u64> {
    let output = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(env!("CARGO_BIN_EXE_wsaerr"))
        .args(args)
        .arg("--locales")
        .arg(root)
        .env("LANG", "C")
        .output()
        .ok()?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let kib: u64 = stderr.lines().last()?.trim().parse().ok()?;
    Some(kib * 1024)
}

fn main() {
    // `cargo test --benches` runs this without `--bench`: nothing to measure.
    if !std::env::args().any(|arg| arg == "--bench") {
        return;
    }
    if peak(&["--version"], Path::new(".")).is_none() {
        println!("memory: no GNU time at /usr/bin/time: nothing measured");
        return;
    }
    let commands: [(&str, &[&str]); 4] = [
        ("check", &["check"]),
        (
            "export html",
            &["export", "--format", "html", "--lang", "ko"],
        ),
        ("search", &["search", "가", "--lang", "ko"]),
        ("describe", &["10004", "--lang", "ko"]),
    ];
    let small = tempfile::tempdir().unwrap();
    tree(small.path(), 4096);
    println!(
        "{:<12} {:>10} {:>12} {:>12} {:>7}",
        "command", "file", "peak", "beyond", "ratio"
    );
    for (name, args) in commands {
        let base = peak(args, small.path()).unwrap();
        for bytes in SIZES {
            let dir = tempfile::tempdir().unwrap();
            tree(dir.path(), bytes);
            let size = std::fs::metadata(dir.path().join("ko-KR/winsock.ftl"))
                .unwrap()
                .len();
            let top = peak(args, dir.path()).unwrap();
            let beyond = top.saturating_sub(base);
            println!(
                "{name:<12} {:>8.1} MB {:>9.1} MB {:>9.1} MB {:>7.2}",
                size as f64 / 1e6,
                top as f64 / 1e6,
                beyond as f64 / 1e6,
                beyond as f64 / size as f64
            );
        }
    }
}
