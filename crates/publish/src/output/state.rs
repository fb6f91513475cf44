//! What a publish wrote, kept for the next one: for each file, the key of what it was made from and
//! its length and modification time on disk.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::fs;
use std::io;
use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

/// Changes whenever the record's shape does, so an old record is never misread.
const VERSION: u128 = 1;

/// Every file written, by path.
pub type Files = FxHashMap<String, Entry>;

/// One written file as it was left on disk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// What it was made from; 0 for files made again on every run.
    pub key: u128,
    pub len: u64,
    /// Nanoseconds since 1970.
    pub mtime: u128,
}

impl Entry {
    pub fn new(key: u128, meta: &fs::Metadata) -> Self {
        Self { key, len: meta.len(), mtime: mtime(meta) }
    }

    /// Whether the file on disk is still the one this entry describes.
    pub fn matches(&self, meta: &fs::Metadata) -> bool {
        self.len == meta.len() && self.mtime == mtime(meta)
    }
}

fn mtime(meta: &fs::Metadata) -> u128 {
    meta.modified().ok().and_then(|t| t.duration_since(UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos())
}

/// The entries in `file`; none when it is missing or not a record of this version (then every file
/// is made again and compared with what is on disk: slower, never wrong).
pub fn read(file: &Path) -> Files {
    crate::cache::read(file, VERSION).unwrap_or_default()
}

/// Writes `files` to `file`.
pub fn write(file: &Path, files: Files) -> io::Result<()> {
    crate::cache::write(file, VERSION, &files)
}

/// Nanoseconds since 1970 now: a key no earlier run can have used.
pub fn now() -> u128 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_what_it_did_not_write() {
        let scratch = tempfile::tempdir().unwrap();
        let dir = scratch.path();
        let file = dir.join("state");
        let entries: Files = [
            ("articles/a b.html".to_owned(), Entry { key: u128::MAX, len: 12, mtime: 1_700_000_000_123_456_789 }),
            ("index.html".to_owned(), Entry { key: 0, len: 0, mtime: 0 }),
        ]
        .into_iter()
        .collect();
        write(&file, entries.clone()).unwrap();
        assert_eq!(read(&file), entries);
        fs::write(&file, "something else\n").unwrap();
        assert!(read(&file).is_empty());
        crate::cache::write(&file, VERSION + 1, &entries).unwrap();
        assert!(read(&file).is_empty());
        assert!(read(&dir.join("absent")).is_empty());
    }
}
