//! Every file the tools write goes through here: written in full to a new
//! file beside its target, then renamed over it. A failure midway (a full
//! disk, a killed process) leaves the previous file as it was; a link at
//! the target is replaced, never written through; and the staging file is
//! created new under a name nobody else holds, so a link planted where a
//! staging file would go cannot redirect the write.

use std::io::{self, Write};
use std::path::Path;

/// Replaces the file at `path` with `contents`, atomically on the same file
/// system: readers see the old file or the new one, never a part.
pub(crate) fn replace(path: &Path, contents: &[u8]) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    // `new_in` opens with create-new semantics under a random name.
    let mut staged = tempfile::Builder::new()
        .prefix(".wsaerr-")
        .suffix(".partial")
        .tempfile_in(dir)?;
    staged.write_all(contents)?;
    staged.as_file().sync_all()?;
    // Windows refuses to replace a file another process is reading at that
    // moment; such a refusal passes within moments, so it is tried again a
    // few times before it counts as a failure.
    let mut attempts = 0;
    loop {
        match staged.persist(path) {
            Ok(_) => return Ok(()),
            Err(error)
                if error.error.kind() == io::ErrorKind::PermissionDenied && attempts < 20 =>
            {
                attempts += 1;
                staged = error.file;
                std::thread::sleep(std::time::Duration::from_millis(25));
            }
            Err(error) => return Err(error.error),
        }
    }
}

/// [`replace`], creating the folder the file goes in when it is missing.
pub(crate) fn replace_creating_folder(path: &Path, contents: &[u8]) -> io::Result<()> {
    if let Some(dir) = path.parent().filter(|dir| !dir.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    replace(path, contents)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_nothing_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "old").unwrap();
        replace(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_at_the_target_is_replaced_not_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let outside = dir.path().join("outside.txt");
        std::fs::write(&outside, "precious").unwrap();
        let tree = dir.path().join("tree");
        std::fs::create_dir(&tree).unwrap();
        let target = tree.join("record.txt");
        std::os::unix::fs::symlink(&outside, &target).unwrap();
        replace(&target, b"record").unwrap();
        assert_eq!(std::fs::read_to_string(&outside).unwrap(), "precious");
        assert!(!std::fs::symlink_metadata(&target)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "record");
    }
}
