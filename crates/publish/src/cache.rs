//! The cache folder (`--cache`, `.digest-cache` by default): what one publish keeps for the next, so
//! that publishing again reads and writes only what changed. Never inside the output, so it is never
//! deployed; deleting it only makes the next run slower.

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The file in `cache` that keeps `kind` (`content`, `output`) for `folder`: one per folder, so
/// that one project can publish several sites, or one content folder in several ways.
pub fn file_for(cache: &Path, kind: &str, folder: &Path) -> PathBuf {
    let absolute = fs::canonicalize(folder).unwrap_or_else(|_| folder.to_owned());
    let id = crate::fingerprint::of(absolute.as_os_str().as_encoded_bytes());
    cache.join(format!("{kind}-{:016x}", id as u64))
}

/// The record kept in `file` for `valid_for` (a build of the program, a format version), if there is
/// one it can read: a missing, foreign or older record is none, and only makes the run slower.
pub fn read<T: DeserializeOwned>(file: &Path, valid_for: u128) -> Option<T> {
    let bytes = fs::read(file).ok()?;
    let (kept_for, record): (u128, T) = postcard::from_bytes(&bytes).ok()?;
    (kept_for == valid_for).then_some(record)
}

/// Keeps `record` in `file` for `valid_for`.
pub fn write<T: Serialize>(file: &Path, valid_for: u128, record: &T) -> io::Result<()> {
    let bytes = postcard::to_allocvec(&(valid_for, record)).map_err(io::Error::other)?;
    write_atomically(file, &bytes)
}

/// Writes through a temporary file, so that a run cut short leaves the old record whole.
fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    let temporary = path.with_extension(format!("tmp-{}", std::process::id()));
    fs::write(&temporary, bytes)?;
    fs::rename(&temporary, path)
}
