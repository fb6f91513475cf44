//! What publishing needs to know of an article without its text: where it goes in the listings, what
//! it relates to, and whether its file changed. Small enough to keep for every article of a large
//! archive between runs (`content_cache`), so an unchanged file is not read again; its text is read
//! only when one of its pages has to be made.

use digest_model::reading::reading_minutes;
use digest_model::time::parse_rfc3339;
use digest_model::Article;
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    pub slug: String,
    pub category: String,
    pub published: String,
    /// `published` in seconds since 1970, for sorting.
    pub time: Option<i64>,
    /// Distinct, sorted.
    pub tags: Vec<String>,
    pub reading_minutes: u32,
    /// Of the file's bytes (`crate::fingerprint`).
    pub fingerprint: u128,
    /// For the warnings an article without them gets.
    pub has_steps: bool,
    pub has_takeaways: bool,
}

impl ArticleMeta {
    pub fn new(article: &Article, fingerprint: u128) -> Self {
        let mut tags = article.tags.clone();
        tags.sort_unstable();
        tags.dedup();
        Self {
            slug: article.slug.clone(),
            category: article.category.clone(),
            published: article.published.clone(),
            time: parse_rfc3339(&article.published),
            tags,
            reading_minutes: reading_minutes(article),
            fingerprint,
            has_steps: !article.steps.is_empty(),
            has_takeaways: !article.takeaways.is_empty(),
        }
    }

    /// The order of every list of articles: newest first, then by slug, so builds are reproducible.
    pub fn newest_first_key(&self) -> (Reverse<Option<i64>>, &str) {
        (Reverse(self.time), self.slug.as_str())
    }
}
