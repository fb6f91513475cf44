//! One publish at a time into a folder. A run holds an exclusive lock (`flock`) on
//! `<folder>/.digest-publish.lock`, which says who holds it; a second run refuses, naming the first.
//! The operating system drops the lock of a process that dies, killed or not, so a run that was
//! killed never blocks the next one. Its file stays behind, though, which tells the next run that the
//! last one did not finish (its record of what it wrote is then not the whole story); so does the file
//! of a run that stopped on an error. A run that finishes removes the file ([`RunLock::release`]): the
//! folder is then exactly what was published.

use crate::error::{Error, Result};
use std::fs::{self, File, TryLockError};
use std::io::{Read, Seek, Write};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// The lock's file, in the folder published into.
pub const FILE: &str = ".digest-publish.lock";

/// This run's hold on the folder; dropped, it lets go (the file stays: the run did not finish).
pub struct RunLock {
    file: File,
    path: PathBuf,
    /// Whether the run before this one left its lock file behind (it was killed, or the power went).
    pub after_unfinished: bool,
}

impl RunLock {
    /// Takes the folder `root` (which exists) for this run, or says which run has it.
    pub fn take(root: &Path) -> Result<Self> {
        let path = root.join(FILE);
        loop {
            let mut file = File::options()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .map_err(Error::io("open", &path))?;
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => {
                    let mut holder = String::new();
                    let _ = file.read_to_string(&mut holder);
                    return Err(Error::Busy { folder: root.to_owned(), holder: holder.trim().to_owned() });
                }
                Err(TryLockError::Error(err)) => return Err(Error::io("lock", &path)(err)),
            }
            // The run before may have removed the file between our open and our lock: the lock is then
            // on a file no other run can see, and the path must be opened again.
            let same = |a: &fs::Metadata, b: &fs::Metadata| a.dev() == b.dev() && a.ino() == b.ino();
            let held = file.metadata().map_err(Error::io("read", &path))?;
            if !fs::metadata(&path).is_ok_and(|now| same(&now, &held)) {
                continue;
            }
            let after_unfinished = held.len() > 0;
            file.set_len(0).map_err(Error::io("write", &path))?;
            file.rewind().map_err(Error::io("write", &path))?;
            writeln!(file, "{}", holder()).map_err(Error::io("write", &path))?;
            return Ok(Self { file, path, after_unfinished });
        }
    }
}

/// Who this run is, for a second run to name: its process id and when it started.
fn holder() -> String {
    let started = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    format!("digest-content, process {}, started at {started} (seconds since 1970)", std::process::id())
}

impl RunLock {
    /// The run has finished: its file goes (while still held, so that no other run can take the file
    /// in between), then the lock.
    pub fn release(self) {
        let _ = fs::remove_file(&self.path);
    }
}

impl Drop for RunLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_run_is_refused_and_names_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let first = RunLock::take(dir.path()).unwrap();
        assert!(!first.after_unfinished);
        let refused = RunLock::take(dir.path()).err().unwrap().to_string();
        assert!(refused.contains(&format!("process {}", std::process::id())), "{refused}");
        first.release();
        assert!(!dir.path().join(FILE).exists(), "a finished run leaves no file");
        let again = RunLock::take(dir.path()).unwrap();
        assert!(!again.after_unfinished);
    }

    #[test]
    fn a_file_left_by_an_unfinished_run_is_taken_and_said() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(FILE), "digest-content, process 1, started at 0\n").unwrap();
        let lock = RunLock::take(dir.path()).unwrap();
        assert!(lock.after_unfinished);
        drop(lock);
        assert!(RunLock::take(dir.path()).unwrap().after_unfinished, "a run that did not finish leaves its file");
    }
}
