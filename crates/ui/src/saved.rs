//! The articles a reader saved to read later, most recently saved first, and how they are stored.
//! Each entry keeps what a card shows, so that `/saved` lists them without fetching anything.

use digest_model::validate::Validate;
use digest_model::ArticleSummary;
use serde::{Deserialize, Serialize};

/// At most this many are kept: a reading list, not an archive (and localStorage holds about 5 MB).
pub const LIMIT: usize = 500;

/// One saved article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedArticle {
    #[serde(flatten)]
    pub article: ArticleSummary,
    /// When it was saved, in milliseconds since 1970.
    pub saved_at: f64,
}

/// The saved articles, most recently saved first, each slug once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SavedList {
    items: Vec<SavedArticle>,
}

/// What reading a stored list found.
#[derive(Debug, PartialEq)]
pub struct Restored {
    pub list: SavedList,
    /// Entries that were dropped because they could not be read (or the whole value could not).
    pub dropped: usize,
}

impl SavedList {
    /// Reads a stored value. Entries that are not saved articles (another version's format, another
    /// site's value, hand-edited text) are dropped one by one and counted, so that one bad entry
    /// never loses the others; a value that is not a list at all counts as one dropped entry.
    pub fn from_stored(stored: &str) -> Restored {
        let Ok(values) = serde_json::from_str::<Vec<serde_json::Value>>(stored) else {
            return Restored { list: Self::default(), dropped: 1 };
        };
        let total = values.len();
        let mut list = Self::default();
        for value in values {
            let Ok(entry) = serde_json::from_value::<SavedArticle>(value) else { continue };
            if entry.saved_at.is_finite() && entry.article.issues().is_empty() && !list.contains(&entry.article.slug) {
                list.items.push(entry);
            }
        }
        list.items.sort_by(|a, b| b.saved_at.total_cmp(&a.saved_at));
        list.items.truncate(LIMIT);
        let dropped = total - list.items.len();
        Restored { list, dropped }
    }

    /// The value to store.
    pub fn to_stored(&self) -> String {
        serde_json::to_string(&self.items).unwrap_or_else(|_| "[]".to_owned())
    }

    pub fn items(&self) -> &[SavedArticle] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn contains(&self, slug: &str) -> bool {
        self.items.iter().any(|item| item.article.slug == slug)
    }

    /// Saves `article` first in the list (again, if it was saved before); the oldest beyond
    /// [`LIMIT`] go.
    pub fn save(&mut self, article: ArticleSummary, now: f64) {
        self.remove(&article.slug);
        self.items.insert(0, SavedArticle { article, saved_at: now });
        self.items.truncate(LIMIT);
    }

    pub fn remove(&mut self, slug: &str) {
        self.items.retain(|item| item.article.slug != slug);
    }

    /// Saves `article` when it is not saved, removes it when it is; returns whether it is saved now.
    pub fn toggle(&mut self, article: ArticleSummary, now: f64) -> bool {
        if self.contains(&article.slug) {
            self.remove(&article.slug);
            false
        } else {
            self.save(article, now);
            true
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(slug: &str) -> ArticleSummary {
        ArticleSummary {
            slug: slug.to_owned(),
            title: format!("Title of {slug}"),
            category: "tools".to_owned(),
            published: "2026-01-02T09:00:00Z".to_owned(),
            summary: "What it says.".to_owned(),
            reading_minutes: 3,
        }
    }

    fn slugs(list: &SavedList) -> Vec<&str> {
        list.items().iter().map(|item| item.article.slug.as_str()).collect()
    }

    #[test]
    fn most_recently_saved_comes_first_and_each_slug_once() {
        let mut list = SavedList::default();
        list.save(summary("a"), 1.0);
        list.save(summary("b"), 2.0);
        list.save(summary("a"), 3.0);
        assert_eq!(slugs(&list), ["a", "b"]);
        assert!(!list.toggle(summary("b"), 4.0));
        assert_eq!(slugs(&list), ["a"]);
        assert!(list.toggle(summary("c"), 5.0));
        assert_eq!(slugs(&list), ["c", "a"]);
    }

    #[test]
    fn round_trips_through_storage_in_order() {
        let mut list = SavedList::default();
        list.save(summary("old"), 10.0);
        list.save(summary("new"), 20.0);
        let restored = SavedList::from_stored(&list.to_stored());
        assert_eq!(restored, Restored { list, dropped: 0 });
    }

    #[test]
    fn bad_entries_are_dropped_and_counted_and_the_good_ones_kept() {
        let good = serde_json::to_value(SavedArticle { article: summary("kept"), saved_at: 5.0 }).unwrap();
        let mut hostile = good.clone();
        hostile["slug"] = "../../etc/passwd".into();
        let mut no_time = good.clone();
        no_time["saved_at"] = "yesterday".into();
        let stored = serde_json::json!([good, hostile, no_time, 42, {"slug": "x"}, good]).to_string();
        let restored = SavedList::from_stored(&stored);
        assert_eq!(slugs(&restored.list), ["kept"]);
        assert_eq!(restored.dropped, 5);
    }

    #[test]
    fn a_value_that_is_not_a_list_reads_as_nothing_saved() {
        for bad in ["", "{", "true", "{\"a\":1}", "null", "\"[]\""] {
            let restored = SavedList::from_stored(bad);
            assert!(restored.list.is_empty(), "{bad}");
            assert_eq!(restored.dropped, 1, "{bad}");
        }
        assert_eq!(SavedList::from_stored("[]").dropped, 0);
    }

    #[test]
    fn keeps_at_most_the_limit_dropping_the_oldest() {
        let mut list = SavedList::default();
        for i in 0..=LIMIT {
            list.save(summary(&format!("a{i}")), i as f64);
        }
        assert_eq!(list.len(), LIMIT);
        assert!(!list.contains("a0") && list.contains(&format!("a{LIMIT}")));
    }

    proptest::proptest! {
        /// Whatever is stored under our key, reading it is a typed answer, never a panic.
        #[test]
        fn any_stored_text_reads_without_panicking(text in "\\PC*") {
            let restored = SavedList::from_stored(&text);
            proptest::prop_assert!(restored.list.len() <= LIMIT);
        }
    }
}
