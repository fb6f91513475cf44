//! The reader's saved articles while the app runs: one list that every Save button, the header's
//! count and `/saved` read, kept in localStorage (`saved:<slug>`, see [`crate::saved`]). The app
//! makes it ([`SavedStore::load`]) and provides it; the pre-rendered pages have none, so their
//! buttons show "Save" until the app starts.

use crate::i18n::labels::Label;
use crate::saved::{SavedArticle, SavedList};
use crate::storage;
use digest_model::ArticleSummary;
use leptos::prelude::*;

const PREFIX: &str = "saved:";

/// The storage key of the saved article `slug`.
fn key(slug: &str) -> String {
    format!("{PREFIX}{slug}")
}

/// What went wrong with the stored list, for the reader to be told.
pub const UNREADABLE: Label = Label::SavedUnreadable;
pub const NOT_STORED: Label = Label::SavedNotStored;

#[derive(Clone, Copy)]
pub struct SavedStore {
    list: RwSignal<SavedList>,
    /// The latest problem with storage, until the reader dismisses it.
    problem: RwSignal<Option<Label>>,
}

impl SavedStore {
    /// Reads the stored list (in the browser only).
    pub fn load() -> Self {
        let store = Self::empty();
        store.reload();
        store
    }

    fn empty() -> Self {
        Self { list: RwSignal::new(SavedList::default()), problem: RwSignal::new(None) }
    }

    /// Reads the stored list again: another tab of the reader changed it.
    pub fn reload(&self) {
        let restored = SavedList::from_stored(storage::entries(PREFIX));
        if !restored.dropped.is_empty() {
            self.problem.set(Some(UNREADABLE));
            for slug in &restored.dropped {
                storage::remove(&key(slug));
            }
        }
        self.list.set(restored.list);
    }

    /// Whether `slug` is saved (tracked).
    pub fn contains(&self, slug: &str) -> bool {
        self.list.with(|list| list.contains(slug))
    }

    pub fn count(&self) -> usize {
        self.list.with(SavedList::len)
    }

    /// The saved articles' slugs (tracked).
    pub fn slugs(&self) -> std::collections::BTreeSet<String> {
        self.list.with(|list| list.items().iter().map(|item| item.article.slug.clone()).collect())
    }

    /// The list as it is now (untracked: a page shows what was saved when it opened).
    pub fn snapshot(&self) -> SavedList {
        self.list.get_untracked()
    }

    pub fn problem(&self) -> Option<Label> {
        self.problem.get()
    }

    pub fn dismiss_problem(&self) {
        self.problem.set(None);
    }

    /// Saves `article`, or removes it when it is saved.
    pub fn toggle(&self, article: ArticleSummary) {
        let slug = article.slug.clone();
        let mut list = self.list.get_untracked();
        if list.contains(&slug) {
            list.remove(&slug);
            storage::remove(&key(&slug));
        } else {
            let saved_at = js_sys::Date::now();
            let stored = SavedArticle { article: article.clone(), saved_at }.to_stored();
            if let Some(oldest) = list.save(article, saved_at) {
                storage::remove(&key(&oldest.article.slug));
            }
            if !storage::set(&key(&slug), &stored) {
                self.problem.set(Some(NOT_STORED));
            }
        }
        self.list.set(list);
    }
}

impl crate::service::Service for SavedStore {
    /// An empty list that reads nothing.
    fn missing() -> Self {
        Self::empty()
    }
}
