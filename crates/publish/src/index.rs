//! Turns checked content into what the app fetches: feed pages, category pages and article pages.

use crate::related::{RelatedIndex, RELATED_COUNT};
use digest_model::listing::paginate;
use digest_model::model::{Article, ArticlePage, ArticleSummary, ListingPage, Site};
use digest_model::reading::reading_minutes;
use digest_model::time::parse_rfc3339;
use std::cmp::Reverse;
use std::collections::HashMap;

/// Everything the app reads, derived from one site and its articles.
#[derive(Clone, Debug, PartialEq)]
pub struct Published {
    pub site: Site,
    pub feed: Vec<ListingPage>,
    /// Every category of the site, in the site's order, each with at least one (maybe empty) page.
    pub categories: Vec<(String, Vec<ListingPage>)>,
    pub articles: Vec<ArticlePage>,
}

/// Sorts newest first; equal times fall back to the slug so builds are reproducible.
pub fn sort_newest_first(articles: &mut [Article]) {
    articles.sort_by_key(|a| (Reverse(parse_rfc3339(&a.published)), a.slug.clone()));
}

/// Indexes `articles` (assumed valid) for `site`.
pub fn publish(site: &Site, articles: &[Article]) -> Published {
    let mut sorted = articles.to_vec();
    sort_newest_first(&mut sorted);
    let minutes: HashMap<&str, u32> = sorted.iter().map(|a| (a.slug.as_str(), reading_minutes(a))).collect();
    let minutes_of = |a: &Article| minutes.get(a.slug.as_str()).copied().unwrap_or(1);
    let summaries: Vec<ArticleSummary> = sorted.iter().map(|a| a.summary(minutes_of(a))).collect();
    let categories = site
        .categories
        .iter()
        .map(|category| {
            let items: Vec<ArticleSummary> =
                summaries.iter().filter(|s| s.category == category.slug).cloned().collect();
            (category.slug.clone(), paginate(&items, site.page_size))
        })
        .collect();
    let index = RelatedIndex::new(&sorted);
    let articles = sorted
        .iter()
        .map(|article| ArticlePage {
            article: article.clone(),
            reading_minutes: minutes_of(article),
            related: index
                .related(article, RELATED_COUNT)
                .into_iter()
                .map(|other| other.summary(minutes_of(other)))
                .collect(),
        })
        .collect();
    Published { site: site.clone(), feed: paginate(&summaries, site.page_size), categories, articles }
}

#[cfg(test)]
mod tests {
    use super::*;
    use digest_model::model::{Category, Source};

    fn article(slug: &str, category: &str, day: u32) -> Article {
        Article {
            slug: slug.into(),
            title: slug.into(),
            category: category.into(),
            published: format!("2026-11-{day:02}T08:00:00Z"),
            summary: "s".into(),
            why_it_matters: "w".into(),
            steps: vec![],
            who_benefits: vec![],
            takeaways: vec![],
            source: Source { author: "a".into(), platform: "x".into(), quote: "q".into(), url: "https://x.com".into() },
            tags: vec![],
        }
    }

    fn site(page_size: u32) -> Site {
        let category = |slug: &str| Category { slug: slug.into(), name: slug.into(), description: String::new() };
        Site {
            version: 1,
            title: "t".into(),
            description: "d".into(),
            url: None,
            page_size,
            categories: vec![category("news"), category("tools"), category("empty")],
            promo: None,
        }
    }

    #[test]
    fn feed_is_newest_first_and_paginated() {
        let articles = vec![article("b", "news", 2), article("c", "tools", 3), article("a", "news", 1)];
        let published = publish(&site(2), &articles);
        let feed: Vec<Vec<&str>> =
            published.feed.iter().map(|p| p.items.iter().map(|i| i.slug.as_str()).collect()).collect();
        assert_eq!(feed, [vec!["c", "b"], vec!["a"]]);
    }

    #[test]
    fn every_category_gets_pages_even_when_empty() {
        let articles = vec![article("b", "news", 2), article("a", "news", 1)];
        let published = publish(&site(10), &articles);
        let names: Vec<(&str, u32)> = published.categories.iter().map(|(s, p)| (s.as_str(), p[0].total)).collect();
        assert_eq!(names, [("news", 2), ("tools", 0), ("empty", 0)]);
    }

    #[test]
    fn article_pages_carry_reading_time_and_related() {
        let articles = vec![article("b", "news", 2), article("a", "news", 1), article("c", "tools", 3)];
        let published = publish(&site(10), &articles);
        let b = published.articles.iter().find(|p| p.article.slug == "b").unwrap();
        assert_eq!(b.reading_minutes, 1);
        assert_eq!(b.related.iter().map(|r| r.slug.as_str()).collect::<Vec<_>>(), ["a", "c"]);
    }
}
