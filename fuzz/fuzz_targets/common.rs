//! One locale folder per process, its file rewritten for every input.

use std::path::Path;
use std::sync::OnceLock;

use tempfile::TempDir;

/// The locale the input is written as.
pub const TAG: &str = "ko-KR";

/// Writes `bytes` as `<root>/ko-KR/winsock.ftl` and returns the root.
pub fn write_locale(bytes: &[u8]) -> &'static Path {
    static ROOT: OnceLock<TempDir> = OnceLock::new();
    let root = ROOT.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        std::fs::create_dir(dir.path().join(TAG)).expect("the locale folder");
        dir
    });
    std::fs::write(root.path().join(TAG).join("winsock.ftl"), bytes).expect("the locale file");
    root.path()
}
