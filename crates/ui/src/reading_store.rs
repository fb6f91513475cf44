//! The reader's reading positions while the app runs (see [`crate::reading`]): one log that the cards
//! and the article read, kept in localStorage (`reading`). The app makes it ([`ReadingStore::load`])
//! and provides it; the pre-rendered pages have none, so their cards show no progress.

use crate::reading::{Progress, ReadingLog};
use crate::storage;
use leptos::prelude::*;

const KEY: &str = "reading";

#[derive(Clone, Copy)]
pub struct ReadingStore {
    log: RwSignal<ReadingLog>,
}

impl ReadingStore {
    /// Reads the stored log (in the browser only). One that cannot be read is dropped, and the console
    /// says why: reading positions are a convenience, never a reason to stop.
    pub fn load() -> Self {
        let store = Self { log: RwSignal::new(ReadingLog::default()) };
        store.reload();
        store
    }

    /// Reads the stored log again: another tab of the reader changed it.
    pub fn reload(&self) {
        let log = match storage::get(KEY).map(|stored| ReadingLog::from_stored(&stored)) {
            None => ReadingLog::default(),
            Some(Ok(log)) => log,
            Some(Err(why)) => {
                leptos::logging::warn!(
                    "digest: your reading positions could not be read ({}), so they were dropped",
                    why.0
                );
                storage::remove(KEY);
                ReadingLog::default()
            }
        };
        self.log.set(log);
    }

    /// How far `slug` was read (tracked).
    pub fn progress(&self, slug: &str) -> Option<Progress> {
        self.log.with(|log| log.get(slug))
    }

    /// How far `slug` was read, when the article opened (untracked).
    pub fn progress_untracked(&self, slug: &str) -> Option<Progress> {
        self.log.with_untracked(|log| log.get(slug))
    }

    /// Remembers how far `slug` is read, and stores it.
    pub fn record(&self, slug: &str, progress: Progress) {
        let now = (js_sys::Date::now() / 1000.0) as u64;
        self.log.update(|log| log.record(slug, progress, now));
        self.log.with_untracked(|log| storage::set(KEY, &log.to_stored()));
    }
}

impl crate::service::Service for ReadingStore {
    /// A log that reads and stores nothing (rendering to HTML).
    fn missing() -> Self {
        Self { log: RwSignal::new(ReadingLog::default()) }
    }
}
