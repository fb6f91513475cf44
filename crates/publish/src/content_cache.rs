//! What the last publish learnt of each article file that passed its checks: its length and
//! modification time, and its `ArticleMeta`. A file still of that length and time is not read again;
//! its pages are made from its text only if they have to be. Kept for one program build only: another
//! build may check differently.
//!
//! A file changed within the same clock tick as the run that recorded it could keep its length and
//! time; such recent files are never recorded (as git does with its index), so they are read again.

use crate::meta::ArticleMeta;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::fs;
use std::io;
use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Files changed this recently are not recorded: their time may not tell a later change apart.
const SETTLED: Duration = Duration::from_secs(2);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Record {
    name: String,
    len: u64,
    mtime: u128,
    meta: ArticleMeta,
}

/// A file's length and modification time (ns since 1970): what says it is unchanged.
pub fn stamp(meta: &fs::Metadata) -> (u64, u128) {
    let mtime = meta.modified().ok().and_then(|t| t.duration_since(UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos());
    (meta.len(), mtime)
}

/// The record for one content folder.
#[derive(Debug, Default)]
pub struct ContentCache {
    file: Option<PathBuf>,
    program: u128,
    /// What is left of the record: [`ContentCache::take`] moves entries out.
    files: FxHashMap<String, Record>,
}

impl ContentCache {
    /// No record: every file is read.
    pub fn none() -> Self {
        Self::default()
    }

    /// The record kept in `file`, for the build of the program whose fingerprint is `program`.
    pub fn open(file: PathBuf, program: u128) -> Self {
        let files = crate::cache::read::<Vec<Record>>(&file, program)
            .map(|records| records.into_iter().map(|r| (r.name.clone(), r)).collect())
            .unwrap_or_default();
        Self { file: Some(file), program, files }
    }

    /// What is known of the article file `name`, if it is still `stamp` long and old; taken out of
    /// the record.
    pub fn take(&mut self, name: &str, stamp: (u64, u128)) -> Option<ArticleMeta> {
        let record = self.files.remove(name)?;
        ((record.len, record.mtime) == stamp).then_some(record.meta)
    }

    /// Keeps `files` (name, stamp, meta, whether it was read in this run) for the next run, unless
    /// the record already says just that: every file came from it, and none of it is left over.
    pub fn save<'a>(
        &self,
        files: impl Iterator<Item = (&'a str, (u64, u128), &'a ArticleMeta, bool)> + Clone,
    ) -> io::Result<()> {
        let Some(path) = &self.file else { return Ok(()) };
        if self.files.is_empty() && !files.clone().any(|(_, _, _, read)| read) {
            return Ok(());
        }
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let settled = |mtime: u128| mtime.saturating_add(SETTLED.as_nanos()) < now;
        let records: Vec<Record> = files
            .filter(|(_, (_, mtime), _, _)| settled(*mtime))
            .map(|(name, (len, mtime), meta, _)| Record { name: name.to_owned(), len, mtime, meta: meta.clone() })
            .collect();
        crate::cache::write(path, self.program, &records)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(slug: &str) -> ArticleMeta {
        ArticleMeta {
            slug: slug.into(),
            category: "news".into(),
            published: "2026-11-20T09:30:00Z".into(),
            time: Some(1),
            tags: vec!["rag".into()],
            reading_minutes: 2,
            fingerprint: u128::MAX,
            has_steps: true,
            has_takeaways: false,
        }
    }

    #[test]
    fn keeps_settled_files_for_the_same_program_only() {
        let scratch = tempfile::tempdir().unwrap();
        let file = scratch.path().join("content-cache");
        let (a, b) = (meta("a"), meta("b"));
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos();
        let old = (10, now - 60_000_000_000);
        ContentCache::open(file.clone(), 7)
            .save([("a.json", old, &a, true), ("b.json", (10, now), &b, true)].into_iter())
            .unwrap();
        let open = || ContentCache::open(file.clone(), 7);
        assert_eq!(open().take("a.json", old), Some(a.clone()));
        assert_eq!(open().take("a.json", (11, old.1)), None, "another length");
        assert_eq!(open().take("b.json", (10, now)), None, "too recent to be told apart from a change");
        assert_eq!(ContentCache::open(file.clone(), 8).take("a.json", old), None, "another program");

        // Nothing new and nothing left over: the record stays as it is.
        let mut cache = open();
        assert!(cache.take("a.json", old).is_some());
        let written = fs::metadata(&file).unwrap().modified().unwrap();
        cache.save([("a.json", old, &a, false)].into_iter()).unwrap();
        assert_eq!(fs::metadata(&file).unwrap().modified().unwrap(), written);

        fs::write(&file, "not a record").unwrap();
        assert_eq!(open().take("a.json", old), None);
    }
}
