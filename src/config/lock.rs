//! An advisory lock around each read-modify-write of the user's config file, so that concurrent
//! `feeds add` or `feeds import` runs edit it one after the other instead of each writing back
//! its own copy (twenty concurrent adds used to keep three or four).
use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

/// Held while the file is read, edited and replaced; dropping it removes the lock file and
/// releases the lock.
pub(super) struct EditLock {
    held: Option<(File, PathBuf)>,
}

/// Waits for the edit lock of the config file at `path`.
///
/// The lock is taken on a sidecar file (`.config.toml.lock`) next to the real file: the config
/// itself is replaced by a rename, so a lock on it would stay with the old inode and exclude
/// nobody who opened the new one.
pub(super) fn lock(path: &Path) -> io::Result<EditLock> {
    let sidecar = sidecar(&super::atomic::real_path(path)?)?;
    if let Some(dir) = sidecar.parent() {
        std::fs::create_dir_all(dir)?;
    }
    loop {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&sidecar)?;
        match file.lock() {
            Ok(()) => {}
            // A filesystem without locks: editing as before beats refusing to edit at all.
            Err(e) if e.kind() == io::ErrorKind::Unsupported => return Ok(EditLock { held: None }),
            Err(e) => return Err(e),
        }
        // The holder before us removed the file it locked; a lock on that unlinked file excludes
        // nobody who comes next, so start again on the file now at the path.
        if still_linked(&file, &sidecar) {
            return Ok(EditLock {
                held: Some((file, sidecar)),
            });
        }
    }
}

impl Drop for EditLock {
    fn drop(&mut self) {
        if let Some((_file, sidecar)) = &self.held {
            // Removed while still locked (the file closes after this), so no newcomer can lock it
            // and believe it alone; a waiter on it sees it unlinked and retries.
            let _ = std::fs::remove_file(sidecar);
        }
    }
}

fn still_linked(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(held), Ok(linked)) => held.dev() == linked.dev() && held.ino() == linked.ino(),
        _ => false,
    }
}

fn sidecar(target: &Path) -> io::Result<PathBuf> {
    let name = target
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "path has no file name"))?;
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    Ok(dir.join(format!(".{}.lock", name.to_string_lossy())))
}
