//! Which other articles an article points to: those of the same category first, then those sharing
//! the most tags, then the newest, then by slug so the choice is stable across builds.
//!
//! [`RelatedIndex`] finds them without comparing every pair, so 10,000 articles index in well under a
//! second: only articles sharing a tag, and the newest few of the same and of any category, can rank
//! among the first three.

use digest_model::model::Article;
use digest_model::time::parse_rfc3339;
use std::cmp::Reverse;
use std::collections::HashMap;

/// How many related articles an article view shows.
pub const RELATED_COUNT: usize = 3;

/// The ranking key of `other` for `article`: smaller ranks first.
type Rank = (Reverse<bool>, Reverse<usize>, Reverse<Option<i64>>, String);

fn rank(article: &Article, other: &Article) -> Rank {
    let shared = other.tags.iter().filter(|tag| article.tags.contains(tag)).count();
    (
        Reverse(other.category == article.category),
        Reverse(shared),
        Reverse(parse_rfc3339(&other.published)),
        other.slug.clone(),
    )
}

/// The reference definition: rank every other article. Quadratic; the index must agree with it.
pub fn related<'a>(article: &Article, all: &'a [Article], limit: usize) -> Vec<&'a Article> {
    let mut candidates: Vec<&Article> = all.iter().filter(|other| other.slug != article.slug).collect();
    candidates.sort_by_cached_key(|other| rank(article, other));
    candidates.truncate(limit);
    candidates
}

/// Articles by tag and by category, newest first, for finding related articles quickly.
pub struct RelatedIndex<'a> {
    newest: Vec<&'a Article>,
    by_category: HashMap<&'a str, Vec<&'a Article>>,
    by_tag: HashMap<&'a str, Vec<&'a Article>>,
}

impl<'a> RelatedIndex<'a> {
    pub fn new(all: &'a [Article]) -> Self {
        let mut newest: Vec<&Article> = all.iter().collect();
        newest.sort_by_cached_key(|a| (Reverse(parse_rfc3339(&a.published)), a.slug.clone()));
        let mut by_category: HashMap<&str, Vec<&Article>> = HashMap::new();
        let mut by_tag: HashMap<&str, Vec<&Article>> = HashMap::new();
        for &article in &newest {
            by_category.entry(article.category.as_str()).or_default().push(article);
            for tag in &article.tags {
                by_tag.entry(tag.as_str()).or_default().push(article);
            }
        }
        Self { newest, by_category, by_tag }
    }

    /// The same as [`related`], found from the index.
    pub fn related(&self, article: &Article, limit: usize) -> Vec<&'a Article> {
        // Whatever ranks in the first `limit` either shares a tag, or is among the newest `limit + 1`
        // of its category or of all (one more, as the article itself may be among them).
        let same_category = self.by_category.get(article.category.as_str()).into_iter().flatten();
        let sharing_tags = article.tags.iter().filter_map(|tag| self.by_tag.get(tag.as_str())).flatten();
        let mut candidates: Vec<&Article> = same_category
            .take(limit + 1)
            .chain(self.newest.iter().take(limit + 1))
            .copied()
            .chain(sharing_tags.copied())
            .filter(|other| other.slug != article.slug)
            .collect();
        candidates.sort_by_cached_key(|other| rank(article, other));
        candidates.dedup_by(|a, b| a.slug == b.slug);
        candidates.truncate(limit);
        candidates
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use digest_model::model::Source;

    pub(crate) fn article(slug: &str, category: &str, day: u32, tags: &[&str]) -> Article {
        Article {
            slug: slug.into(),
            title: slug.into(),
            category: category.into(),
            published: format!("2026-11-{day:02}T00:00:00Z"),
            summary: String::new(),
            why_it_matters: String::new(),
            steps: vec![],
            who_benefits: vec![],
            takeaways: vec![],
            source: Source { author: "a".into(), platform: "x".into(), quote: String::new(), url: String::new() },
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
        }
    }

    fn slugs(list: Vec<&Article>) -> Vec<&str> {
        list.into_iter().map(|a| a.slug.as_str()).collect()
    }

    #[test]
    fn same_category_newest_first_never_itself() {
        let all = vec![
            article("me", "tools", 10, &[]),
            article("old", "tools", 1, &[]),
            article("new", "tools", 9, &[]),
            article("other-cat", "news", 11, &[]),
            article("mid", "tools", 5, &[]),
        ];
        assert_eq!(slugs(related(&all[0], &all, 3)), ["new", "mid", "old"]);
    }

    #[test]
    fn shared_tags_rank_before_recency_within_the_category() {
        let all = vec![
            article("me", "tools", 10, &["rag", "evals"]),
            article("new", "tools", 9, &[]),
            article("tagged", "tools", 2, &["evals"]),
            article("both", "tools", 1, &["rag", "evals"]),
            article("elsewhere", "news", 12, &["rag", "evals"]),
        ];
        assert_eq!(slugs(related(&all[0], &all, 3)), ["both", "tagged", "new"]);
    }

    #[test]
    fn other_categories_fill_in_by_shared_tags_then_recency() {
        let all = vec![
            article("me", "tools", 10, &["rag"]),
            article("sibling", "tools", 1, &[]),
            article("newest", "news", 20, &[]),
            article("tagged", "news", 2, &["rag"]),
            article("older", "news", 3, &[]),
        ];
        assert_eq!(slugs(related(&all[0], &all, 3)), ["sibling", "tagged", "newest"]);
    }

    #[test]
    fn a_lone_article_has_none() {
        let all = vec![article("me", "tools", 10, &[])];
        assert!(related(&all[0], &all, 3).is_empty());
    }

    #[test]
    fn the_index_agrees_with_the_definition() {
        let all = vec![
            article("a", "tools", 10, &["rag"]),
            article("b", "tools", 1, &[]),
            article("c", "news", 20, &[]),
            article("d", "news", 2, &["rag"]),
            article("e", "news", 3, &["evals"]),
            article("f", "policy", 4, &["rag", "evals"]),
        ];
        let index = RelatedIndex::new(&all);
        for article in &all {
            assert_eq!(slugs(index.related(article, 3)), slugs(related(article, &all, 3)), "{}", article.slug);
        }
    }

    proptest::proptest! {
        /// The fast index picks exactly what the quadratic definition picks, for any set of articles.
        #[test]
        fn the_index_always_agrees_with_the_definition(
            specs in proptest::collection::vec(
                (0usize..3, 1u32..28, proptest::collection::vec(0usize..6, 0..4)),
                1..40,
            ),
            limit in 0usize..5,
        ) {
            let all: Vec<Article> = specs
                .into_iter()
                .enumerate()
                .map(|(i, (category, day, tags))| {
                    let tags: Vec<String> = tags.into_iter().map(|t| format!("t{t}")).collect();
                    let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
                    article(&format!("a{i}"), &format!("c{category}"), day, &tags)
                })
                .collect();
            let index = RelatedIndex::new(&all);
            for a in &all {
                proptest::prop_assert_eq!(slugs(index.related(a, limit)), slugs(related(a, &all, limit)), "for {}", a.slug);
            }
        }
    }
}
