//! Replacing a file so that a crash or a full disk leaves either the old or the new version, never
//! half of one. Every file veille writes (the user's config, exports, the OPML list) goes through
//! [`write`].
use std::fs;
use std::io::{self, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// Writes `contents` to `path` through a temporary file in the same directory (written, synced,
/// then renamed over `path`). On any failure `path` is left as it was and the temporary file is
/// removed. The directory must exist.
pub fn write(path: &Path, contents: &[u8]) -> io::Result<()> {
    let target = real_path(path)?;
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    let file_name = target
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "path has no file name"))?;
    // A unique name opened with O_EXCL (two writers never share one), named after the target so a
    // leftover from a power cut says what it was; 0o666 less the umask, like any new file.
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{}.", file_name.to_string_lossy()))
        .suffix(".tmp")
        .permissions(fs::Permissions::from_mode(0o666))
        .tempfile_in(&dir)
        .map_err(|e| without_temporary_name(e, &dir))?;
    if let Ok(meta) = fs::metadata(&target) {
        temp.as_file().set_permissions(meta.permissions())?;
    }
    temp.write_all(contents)?;
    temp.as_file().sync_all()?;
    // On failure the temporary file is dropped, which removes it.
    temp.persist(&target).map_err(|e| e.error)?;
    // Make the rename itself durable; some filesystems cannot sync a directory, which is fine.
    if let Ok(dir) = fs::File::open(&dir) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// tempfile's error names the temporary file (`No such file or directory (os error 2) at path
/// "/d/.x.csv.Pzsyhr.tmp"`), a name the user never chose; the caller names the file asked for, so
/// only the reason is kept: the directory's own error when it cannot be read (missing, not a
/// directory), else the kind of error (permission denied).
fn without_temporary_name(e: io::Error, dir: &Path) -> io::Error {
    if e.raw_os_error().is_some() {
        return e;
    }
    match fs::metadata(dir) {
        Err(dir_error) => dir_error,
        Ok(meta) if !meta.is_dir() => io::Error::from(io::ErrorKind::NotADirectory),
        Ok(_) => io::Error::from(e.kind()),
    }
}

/// The file that writing `path` replaces: a dotfile manager's symlink stays a symlink, and the
/// file it points to is the one replaced (and, for the config, locked).
pub fn real_path(path: &Path) -> io::Result<PathBuf> {
    match fs::canonicalize(path) {
        Ok(real) => Ok(real),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(path.to_owned()),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_keeps_its_mode_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        write(&path, b"first").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        write(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        assert_eq!(
            fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o640
        );
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["out.json"]);
    }

    #[test]
    fn a_missing_directory_is_said_without_the_temporary_file_s_name() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("absent").join("semaine.csv");
        let e = write(&target, b"id\n").unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::NotFound);
        let said = e.to_string();
        assert!(
            !said.contains(".tmp") && !said.contains("semaine.csv."),
            "{said}"
        );
        assert!(said.contains("No such file or directory"), "{said}");
    }

    #[test]
    fn a_symlink_stays_a_symlink_to_the_replaced_file() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.toml");
        let link = dir.path().join("link.toml");
        fs::write(&real, "old").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&real).unwrap(), "new");
    }
}
