//! Writing a folder of generated files so that publishing again changes only what changed:
//!
//! - a file whose key (a fingerprint of what it is made from, see `crate::index`) matches the last
//!   run's, and that is still on disk as that run left it, is not even made again;
//! - a file that is made again is written only when its bytes differ: unchanged files keep their
//!   bytes and modification time, so rsync, an S3 sync or a CDN upload sends only the changes;
//! - what the last run wrote and this one did not (removed articles, categories, pages) is deleted,
//!   with its compressed siblings; without a record of the last run, so is every file under the
//!   folders only the publisher writes into.
//!
//! The record lives outside the folder (in the cache folder the command is given), so that it is
//! never deployed. Files are written from every core: [`Output`] is shared by reference.
//!
//! A folder may be served while it is published, and a run may be killed at any point:
//! - each file is written whole beside the folder's files (in `.digest-tmp/`) and renamed over its
//!   place, so a reader gets the old bytes or the new ones, never a part; a file's compressed copies
//!   are deleted before its new bytes take its place, so none of them is served for the wrong bytes;
//! - one run at a time holds the folder ([`lock`]); a run after one that did not finish removes what
//!   that run left half done (`.digest-tmp/`) and, since its record of what it wrote is not the whole
//!   story, also every file under the publisher's folders that it did not write itself.

pub mod lock;
mod stale;
mod state;

use crate::error::{Error, Result};
use crate::fingerprint;
use state::{Entry, Files};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// What a run did to the folder.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub written: usize,
    pub unchanged: usize,
    pub removed: usize,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} written, {} unchanged, {} removed", self.written, self.unchanged, self.removed)
    }
}

/// A folder being written (see the module's documentation).
pub struct Output {
    root: PathBuf,
    /// Where files are written before they are renamed into place.
    temp: PathBuf,
    /// Names the next file written in `temp`.
    next_temp: AtomicUsize,
    /// Whether the last run into this folder did not finish: its record then misses what it wrote.
    after_unfinished: bool,
    /// Mixed into every key: what every file depends on (the program, the page template, the site).
    base: u128,
    state_file: Option<PathBuf>,
    previous: Files,
    produced: Mutex<Files>,
    written: AtomicUsize,
    unchanged: AtomicUsize,
}

impl Output {
    /// The folder `root`, with the record of the last run in `state_file` when there is one. `base`
    /// is a fingerprint of what every file depends on.
    /// `after_unfinished`: the last run into `root` did not finish ([`lock::RunLock`] says).
    pub fn open(root: &Path, state_file: Option<PathBuf>, base: u128, after_unfinished: bool) -> Self {
        let previous = state_file.as_deref().map(state::read).unwrap_or_default();
        let temp = root.join(TEMP);
        // What an unfinished run was writing when it stopped.
        let _ = fs::remove_dir_all(&temp);
        Self {
            root: root.to_owned(),
            temp,
            next_temp: AtomicUsize::new(0),
            after_unfinished,
            base,
            state_file,
            previous,
            produced: Mutex::new(Files::default()),
            written: AtomicUsize::new(0),
            unchanged: AtomicUsize::new(0),
        }
    }

    fn record(&self, path: &str, entry: Entry, counter: &AtomicUsize) {
        counter.fetch_add(1, Ordering::Relaxed);
        if let Ok(mut produced) = self.produced.lock() {
            produced.insert(path.to_owned(), entry);
        }
    }

    /// The file at `path` (relative, `/`-separated), made by `make` unless `key` says it cannot have
    /// changed. With no key, the file is made on every run (and still written only when it changed).
    pub fn file<B: AsRef<[u8]>>(&self, path: &str, key: Option<u128>, make: impl FnOnce() -> Result<B>) -> Result<()> {
        let full = self.root.join(path);
        let on_disk = fs::metadata(&full).ok().filter(fs::Metadata::is_file);
        let key = key.map(|key| fingerprint::combine([self.base, key]));
        if let (Some(key), Some(meta), Some(last)) = (key, &on_disk, self.previous.get(path)) {
            if last.key == key && last.matches(meta) {
                self.record(path, *last, &self.unchanged);
                return Ok(());
            }
        }
        let bytes = make()?;
        let bytes = bytes.as_ref();
        let key = key.unwrap_or(0);
        if let Some(meta) = &on_disk {
            let same_length = meta.len() == u64::try_from(bytes.len()).unwrap_or(u64::MAX);
            if same_length && fs::read(&full).is_ok_and(|old| old == bytes) {
                self.record(path, Entry::new(key, meta), &self.unchanged);
                return Ok(());
            }
        }
        if on_disk.is_some() {
            // A compressed copy of the old bytes must never be served for the new ones.
            for ext in stale::COMPRESSED {
                let _ = fs::remove_file(self.root.join(format!("{path}.{ext}")));
            }
        }
        let temp = self.temp.join(self.next_temp.fetch_add(1, Ordering::Relaxed).to_string());
        let meta = write(&temp, bytes).map_err(Error::io("write", &temp))?;
        place(&temp, &full).map_err(Error::io("write", &full))?;
        self.record(path, Entry::new(key, &meta), &self.written);
        Ok(())
    }

    /// Deletes what the last run wrote and this one did not (without a record of the last run:
    /// whatever is under `namespaces`, the folders only the publisher writes into, and was not
    /// written now), then keeps the record of this run.
    pub fn finish(self, namespaces: &[&str]) -> Result<Summary> {
        let produced = self.produced.into_inner().map_err(|_| Error::Internal("a writer thread failed".to_owned()))?;
        let had_record = !self.previous.is_empty();
        let mut stale: Vec<String> = self.previous.into_keys().filter(|path| !produced.contains_key(path)).collect();
        if !had_record || self.after_unfinished {
            let unclaimed =
                stale::unclaimed(&self.root, namespaces, &produced).map_err(Error::io("list", &self.root))?;
            stale.extend(unclaimed);
            stale.sort_unstable();
            stale.dedup();
        }
        let mut removed = 0;
        for path in &stale {
            removed +=
                usize::from(stale::remove(&self.root, path).map_err(Error::io("remove", &self.root.join(path)))?);
        }
        if removed > 0 {
            for namespace in namespaces {
                stale::prune(&self.root, namespace);
            }
        }
        if let Some(file) = &self.state_file {
            state::write(file, produced).map_err(Error::io("write", file))?;
        }
        let _ = fs::remove_dir(&self.temp);
        Ok(Summary { written: self.written.into_inner(), unchanged: self.unchanged.into_inner(), removed })
    }
}

/// Where files are written whole before they are renamed into place, inside the folder published into
/// (a rename is atomic within one file system).
const TEMP: &str = ".digest-tmp";

/// Renames the whole file `temp` over `file`, creating `file`'s folder when it is missing.
fn place(temp: &Path, file: &Path) -> std::io::Result<()> {
    match fs::rename(temp, file) {
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            if let Some(parent) = file.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::rename(temp, file)
        }
        other => other,
    }
}

/// Writes `bytes` to `file`, creating its folder when it is missing, and returns what the file system
/// recorded. Every call but a folder's first costs one path lookup: at 100,000 articles, lookups in
/// folders of 100,000 entries were a large part of a run.
fn write(file: &Path, bytes: &[u8]) -> std::io::Result<fs::Metadata> {
    let mut handle = match fs::File::create(file) {
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            if let Some(parent) = file.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::File::create(file)?
        }
        other => other?,
    };
    handle.write_all(bytes)?;
    handle.metadata()
}

/// A key no earlier run can have used, for when what every file depends on cannot be known.
pub fn unique_base() -> u128 {
    fingerprint::combine([state::now(), u128::from(std::process::id())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    /// Publishes `files` (path, key, bytes) into `root`; how many were made, and the summary.
    fn run(root: &Path, state: &Path, files: &[(&str, u128, &str)]) -> (usize, Summary) {
        let output = Output::open(root, Some(state.to_owned()), 7, false);
        let made = AtomicUsize::new(0);
        for (path, key, bytes) in files {
            output
                .file(path, Some(*key), || {
                    made.fetch_add(1, Ordering::Relaxed);
                    Ok(bytes.to_string())
                })
                .unwrap();
        }
        (made.into_inner(), output.finish(&["articles"]).unwrap())
    }

    fn mtime(path: &Path) -> std::time::SystemTime {
        fs::metadata(path).unwrap().modified().unwrap()
    }

    #[test]
    fn writes_only_what_changed_and_removes_what_is_gone() {
        let (root, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let (root, cache) = (root.path(), cache.path());
        let state = cache.join("state");
        let first = [("articles/a.html", 1, "A"), ("articles/b.html", 2, "B"), ("index.html", 3, "I")];
        assert_eq!(run(root, &state, &first), (3, Summary { written: 3, unchanged: 0, removed: 0 }));
        let kept = mtime(&root.join("articles/a.html"));
        fs::write(root.join("articles/b.html.br"), "compressed B").unwrap();

        // a: same key, not made again; b: gone; index: new key, same bytes; c: new.
        let second = [("articles/a.html", 1, "A"), ("index.html", 4, "I"), ("articles/c.html", 5, "C")];
        assert_eq!(run(root, &state, &second), (2, Summary { written: 1, unchanged: 2, removed: 1 }));
        assert_eq!(mtime(&root.join("articles/a.html")), kept);
        assert!(!root.join("articles/b.html").exists() && !root.join("articles/b.html.br").exists());
        assert_eq!(fs::read_to_string(root.join("articles/c.html")).unwrap(), "C");
    }

    #[test]
    fn a_file_changed_on_disk_is_made_again() {
        let (root, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let (root, cache) = (root.path(), cache.path());
        let state = cache.join("state");
        run(root, &state, &[("articles/a.html", 1, "A")]);
        fs::write(root.join("articles/a.html"), "tampered").unwrap();
        assert_eq!(run(root, &state, &[("articles/a.html", 1, "A")]).1.written, 1);
        assert_eq!(fs::read_to_string(root.join("articles/a.html")).unwrap(), "A");
        fs::remove_file(root.join("articles/a.html")).unwrap();
        assert_eq!(run(root, &state, &[("articles/a.html", 1, "A")]).1.written, 1);
    }

    #[test]
    fn a_rewritten_file_loses_its_stale_compressed_copies() {
        let (root, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let (root, cache) = (root.path(), cache.path());
        let state = cache.join("state");
        run(root, &state, &[("articles/a.html", 1, "A")]);
        fs::write(root.join("articles/a.html.gz"), "old").unwrap();
        run(root, &state, &[("articles/a.html", 2, "A2")]);
        assert!(!root.join("articles/a.html.gz").exists());
    }

    #[test]
    fn without_a_record_only_the_namespaces_are_swept() {
        let root = tempfile::tempdir().unwrap();
        let root = root.path();
        for (path, text) in [("articles/old.html", "x"), ("articles/deep/old.json", "x"), ("app.wasm", "x")] {
            fs::create_dir_all(root.join(path).parent().unwrap()).unwrap();
            fs::write(root.join(path), text).unwrap();
        }
        let output = Output::open(root, None, 7, false);
        output.file("articles/new.html", Some(1), || Ok("N")).unwrap();
        assert_eq!(output.finish(&["articles"]).unwrap().removed, 2);
        assert!(root.join("app.wasm").exists() && root.join("articles/new.html").exists());
        assert!(!root.join("articles/deep").exists(), "emptied folders go too");
    }

    #[test]
    fn a_different_base_makes_everything_again() {
        let (root, cache) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let (root, cache) = (root.path(), cache.path());
        let state = cache.join("state");
        run(root, &state, &[("articles/a.html", 1, "A")]);
        let output = Output::open(root, Some(state), 8, false);
        let mut made = false;
        output
            .file("articles/a.html", Some(1), || {
                made = true;
                Ok("A")
            })
            .unwrap();
        assert!(made);
        assert_eq!(output.finish(&[]).unwrap(), Summary { written: 0, unchanged: 1, removed: 0 });
    }
}
