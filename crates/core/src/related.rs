//! "More in <category>": which other articles an article points to.

use crate::model::Article;
use crate::time::parse_rfc3339;
use std::cmp::Reverse;

/// How many related articles an article view shows.
pub const RELATED_COUNT: usize = 3;

/// Up to `limit` other articles of `article`'s category: those sharing the most tags first, then the
/// newest, then by slug so the choice is stable across builds.
pub fn related<'a>(article: &Article, all: &'a [Article], limit: usize) -> Vec<&'a Article> {
    let mut candidates: Vec<&Article> =
        all.iter().filter(|other| other.category == article.category && other.slug != article.slug).collect();
    candidates.sort_by_key(|other| {
        let shared = other.tags.iter().filter(|tag| article.tags.contains(tag)).count();
        (Reverse(shared), Reverse(parse_rfc3339(&other.published)), other.slug.clone())
    });
    candidates.truncate(limit);
    candidates
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Source;

    fn article(slug: &str, category: &str, day: u32, tags: &[&str]) -> Article {
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
    fn same_category_only_never_itself_newest_first() {
        let all = vec![
            article("me", "tools", 10, &[]),
            article("old", "tools", 1, &[]),
            article("new", "tools", 9, &[]),
            article("other-cat", "news", 11, &[]),
            article("mid", "tools", 5, &[]),
            article("oldest", "tools", 1, &[]),
        ];
        assert_eq!(slugs(related(&all[0], &all, 3)), ["new", "mid", "old"]);
    }

    #[test]
    fn shared_tags_rank_before_recency() {
        let all = vec![
            article("me", "tools", 10, &["rag", "evals"]),
            article("new", "tools", 9, &[]),
            article("tagged", "tools", 2, &["evals"]),
            article("both", "tools", 1, &["rag", "evals"]),
        ];
        assert_eq!(slugs(related(&all[0], &all, 3)), ["both", "tagged", "new"]);
    }

    #[test]
    fn a_lone_article_has_none() {
        let all = vec![article("me", "tools", 10, &[]), article("x", "news", 1, &[])];
        assert!(related(&all[0], &all, 3).is_empty());
    }
}
