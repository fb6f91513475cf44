//! The articles a reader saved to read later, most recently saved first, and how they are stored:
//! one storage entry an article, `[saved_at, card]`, so that one damaged entry never costs the others
//! and saving writes one small value. Each keeps what a card shows, so that `/saved` lists them
//! without fetching anything.

use digest_model::validate::Validate;
use digest_model::ArticleSummary;

/// At most this many are kept: a reading list, not an archive (and localStorage holds about 5 MB).
pub const LIMIT: usize = 500;

/// One saved article.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedArticle {
    pub article: ArticleSummary,
    /// When it was saved, in milliseconds since 1970.
    pub saved_at: f64,
}

impl SavedArticle {
    /// Reads the entry stored for `slug`; `None` for anything that is not one (another version's
    /// format, another site's value, hand-edited text, a card for another slug).
    pub fn from_stored(slug: &str, stored: &str) -> Option<Self> {
        let (saved_at, article) = serde_json::from_str::<(f64, ArticleSummary)>(stored).ok()?;
        (saved_at.is_finite() && article.slug == slug && article.issues().is_empty())
            .then_some(Self { article, saved_at })
    }

    /// The value to store.
    pub fn to_stored(&self) -> String {
        serde_json::to_string(&(self.saved_at, &self.article)).unwrap_or_default()
    }
}

/// The saved articles, most recently saved first, each slug once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SavedList {
    items: Vec<SavedArticle>,
}

/// What reading the stored entries found.
#[derive(Debug, PartialEq)]
pub struct Restored {
    pub list: SavedList,
    /// The slugs whose entries could not be read, or are over the limit: to be removed.
    pub dropped: Vec<String>,
}

impl SavedList {
    /// Reads stored entries, `(slug, value)`.
    pub fn from_stored(entries: impl IntoIterator<Item = (String, String)>) -> Restored {
        let mut items = Vec::new();
        let mut dropped = Vec::new();
        for (slug, stored) in entries {
            match SavedArticle::from_stored(&slug, &stored) {
                Some(item) => items.push(item),
                None => dropped.push(slug),
            }
        }
        items.sort_by(|a, b| b.saved_at.total_cmp(&a.saved_at));
        dropped.extend(items.drain(LIMIT.min(items.len())..).map(|item| item.article.slug));
        Restored { list: Self { items }, dropped }
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

    /// Saves `article` first in the list (again, if it was saved before); returns the oldest, when
    /// it goes to keep the list within [`LIMIT`].
    pub fn save(&mut self, article: ArticleSummary, now: f64) -> Option<SavedArticle> {
        self.remove(&article.slug);
        self.items.insert(0, SavedArticle { article, saved_at: now });
        (self.items.len() > LIMIT).then(|| self.items.pop()).flatten()
    }

    pub fn remove(&mut self, slug: &str) {
        self.items.retain(|item| item.article.slug != slug);
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
            lang: None,
        }
    }

    fn slugs(list: &SavedList) -> Vec<&str> {
        list.items().iter().map(|item| item.article.slug.as_str()).collect()
    }

    fn stored(list: &SavedList) -> Vec<(String, String)> {
        list.items().iter().map(|item| (item.article.slug.clone(), item.to_stored())).collect()
    }

    #[test]
    fn most_recently_saved_comes_first_and_each_slug_once() {
        let mut list = SavedList::default();
        list.save(summary("a"), 1.0);
        list.save(summary("b"), 2.0);
        list.save(summary("a"), 3.0);
        assert_eq!(slugs(&list), ["a", "b"]);
        list.remove("b");
        assert_eq!(slugs(&list), ["a"]);
    }

    #[test]
    fn round_trips_through_storage_in_order() {
        let mut list = SavedList::default();
        list.save(summary("old"), 10.0);
        list.save(summary("new"), 20.0);
        let mut entries = stored(&list);
        entries.reverse();
        assert_eq!(SavedList::from_stored(entries), Restored { list, dropped: Vec::new() });
    }

    #[test]
    fn unreadable_entries_are_dropped_and_the_good_ones_kept() {
        let good = SavedArticle { article: summary("kept"), saved_at: 5.0 }.to_stored();
        let hostile = good.replace("\"kept\"", "\"../../etc\"");
        let entries = [
            ("kept", good.as_str()),
            ("../../etc", hostile.as_str()),
            ("other", good.as_str()),
            ("x", "[\"yesterday\",{}]"),
            ("y", "{not json"),
            ("z", "null"),
        ];
        let restored = SavedList::from_stored(entries.map(|(k, v)| (k.to_owned(), v.to_owned())));
        assert_eq!(slugs(&restored.list), ["kept"]);
        assert_eq!(restored.dropped, ["../../etc", "other", "x", "y", "z"]);
    }

    #[test]
    fn keeps_at_most_the_limit_dropping_the_oldest() {
        let mut list = SavedList::default();
        for i in 0..LIMIT {
            assert_eq!(list.save(summary(&format!("a{i}")), i as f64), None);
        }
        let gone = list.save(summary("newest"), 1e9).map(|item| item.article.slug);
        assert_eq!(gone.as_deref(), Some("a0"));
        assert_eq!(list.len(), LIMIT);
        let mut entries = stored(&list);
        entries.push(("older".to_owned(), SavedArticle { article: summary("older"), saved_at: -1.0 }.to_stored()));
        assert_eq!(SavedList::from_stored(entries).dropped, ["older"]);
    }

    proptest::proptest! {
        /// Whatever is stored under our keys, reading it is a typed answer, never a panic.
        #[test]
        fn any_stored_text_reads_without_panicking(slug in "\\PC*", text in "\\PC*") {
            let restored = SavedList::from_stored([(slug, text)]);
            proptest::prop_assert!(restored.list.len() + restored.dropped.len() == 1);
        }
    }
}
