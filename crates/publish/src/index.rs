//! Turns checked content into what the app fetches and the site shows: the articles newest first,
//! each with its related articles, and the listings (the feed, then each category) cut into pages. A
//! page is made when its files are written ([`Published::listing_source`],
//! [`Published::article_source`]), once for all of them, and dropped after: an archive of 100,000
//! articles would otherwise be held in memory several times over. An article's text is what was read
//! while checking, or, for a file the content cache vouched for, read when a page first needs it.
//!
//! Each page also has a key ([`Source::key`]): a fingerprint of every article file it shows, so
//! publishing again can skip the pages none of them changed.

use crate::error::{Error, Result};
use crate::fingerprint;
use crate::load::{reread, Checked};
use crate::meta::ArticleMeta;
use crate::related::{RelatedIndex, RELATED_COUNT};
use crate::related_cache::{self, RelatedCache};
use digest_model::listing::Pagination;
use digest_model::model::{Article, ArticlePage, ArticleSummary, Category, ListingPage, Site};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::cell::OnceCell;
use std::path::PathBuf;
use std::sync::OnceLock;

/// The feed, or one category: the ranks of its articles, newest first.
#[derive(Clone, Debug, PartialEq)]
pub struct Listing {
    /// `None` for the feed.
    pub category: Option<Category>,
    ranks: Vec<u32>,
}

/// One article: what is known of it, and its text once read.
#[derive(Debug)]
struct Entry {
    file: PathBuf,
    meta: ArticleMeta,
    article: OnceLock<Article>,
}

/// Everything the app reads, derived from one site and its articles.
#[derive(Debug)]
pub struct Published {
    pub site: Site,
    /// Newest first ([`ArticleMeta::newest_first_key`]): an article's place here is its rank.
    entries: Vec<Entry>,
    /// By rank: the ranks of each article's related articles.
    related: Vec<Vec<u32>>,
    /// The feed, then every category of the site in the site's order (empty ones too).
    listings: Vec<Listing>,
}

fn index(rank: u32) -> usize {
    usize::try_from(rank).unwrap_or(usize::MAX)
}

/// Indexes `articles` (assumed valid) for `site`; the related lists come from `cache` when nothing
/// they depend on changed, and are kept there otherwise.
pub fn publish(site: &Site, articles: Vec<Checked>, cache: &RelatedCache) -> Published {
    let mut entries: Vec<Entry> = articles
        .into_iter()
        .map(|c| Entry {
            file: c.file,
            meta: c.meta,
            article: c.article.map(|a| OnceLock::from(*a)).unwrap_or_default(),
        })
        .collect();
    entries.par_sort_unstable_by(|a, b| a.meta.newest_first_key().cmp(&b.meta.newest_first_key()));
    let key = related_cache::key(entries.iter().map(|e| &e.meta));
    let related = cache.get(key, entries.len()).unwrap_or_else(|| {
        let related_index = RelatedIndex::new(entries.iter().map(|e| &e.meta));
        let related: Vec<Vec<u32>> =
            (0..entries.len()).into_par_iter().map(|rank| related_index.related(rank, RELATED_COUNT)).collect();
        // Only a faster next run depends on it.
        let _ = cache.put(key, &related);
        related
    });
    let mut listings: Vec<Listing> = std::iter::once(None)
        .chain(site.categories.iter().map(Some))
        .map(|category| Listing { category: category.cloned(), ranks: Vec::new() })
        .collect();
    let place: FxHashMap<&str, usize> =
        site.categories.iter().enumerate().map(|(i, category)| (category.slug.as_str(), i + 1)).collect();
    for (rank, entry) in (0..u32::MAX).zip(&entries) {
        if let Some(feed) = listings.first_mut() {
            feed.ranks.push(rank);
        }
        let own = place.get(entry.meta.category.as_str()).and_then(|&at| listings.get_mut(at));
        if let Some(listing) = own {
            listing.ranks.push(rank);
        }
    }
    Published { site: site.clone(), entries, related, listings }
}

impl Published {
    /// How many articles there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// What is known of every article, newest first.
    pub fn metas(&self) -> impl ExactSizeIterator<Item = &ArticleMeta> {
        self.entries.iter().map(|e| &e.meta)
    }

    pub fn meta(&self, rank: u32) -> Option<&ArticleMeta> {
        self.entries.get(index(rank)).map(|e| &e.meta)
    }

    /// The article of rank `rank`, read from its file if this run has not read it yet.
    pub fn article(&self, rank: u32) -> Result<&Article> {
        let entry =
            self.entries.get(index(rank)).ok_or_else(|| Error::Internal(format!("no article of rank {rank}")))?;
        if let Some(article) = entry.article.get() {
            return Ok(article);
        }
        let article = reread(&entry.file)?;
        Ok(entry.article.get_or_init(|| article))
    }

    /// The feed, then every category in the site's order.
    pub fn listings(&self) -> &[Listing] {
        &self.listings
    }

    pub fn pagination(&self, listing: &Listing) -> Pagination {
        Pagination::new(listing.ranks.len(), self.site.page_size)
    }

    fn summary(&self, rank: u32) -> Result<ArticleSummary> {
        let minutes = self.meta(rank).map_or(1, |m| m.reading_minutes);
        Ok(self.article(rank)?.summary(minutes))
    }

    fn page_ranks<'l>(&self, listing: &'l Listing, page: u32) -> &'l [u32] {
        listing.ranks.get(self.pagination(listing).range(page)).unwrap_or_default()
    }

    /// Page `page` (from 1) of `listing`.
    fn listing_page(&self, listing: &Listing, page: u32) -> Result<ListingPage> {
        let pagination = self.pagination(listing);
        let items = self.page_ranks(listing, page).iter().map(|&r| self.summary(r)).collect::<Result<_>>()?;
        Ok(ListingPage { page, pages: pagination.pages(), total: pagination.total(), items })
    }

    fn fingerprint(&self, rank: u32) -> u128 {
        self.meta(rank).map_or(0, |m| m.fingerprint)
    }

    /// What page `page` of `listing` is made from: its place among the pages, and its articles.
    fn listing_key(&self, listing: &Listing, page: u32) -> u128 {
        let pagination = self.pagination(listing);
        let place = [page, pagination.pages(), pagination.total()].map(u128::from);
        let items = self.page_ranks(listing, page).iter().map(|&r| self.fingerprint(r));
        fingerprint::combine(place.into_iter().chain(items))
    }

    /// The page of the article of rank `rank`.
    fn article_page(&self, rank: u32) -> Result<ArticlePage> {
        let related = self.related.get(index(rank)).map(Vec::as_slice).unwrap_or_default();
        Ok(ArticlePage {
            article: self.article(rank)?.clone(),
            reading_minutes: self.meta(rank).map_or(1, |m| m.reading_minutes),
            related: related.iter().map(|&r| self.summary(r)).collect::<Result<_>>()?,
        })
    }

    /// What the page of the article of rank `rank` is made from: its file and its related articles'.
    fn article_key(&self, rank: u32) -> u128 {
        let related = self.related.get(index(rank)).map(Vec::as_slice).unwrap_or_default();
        let files = std::iter::once(self.fingerprint(rank)).chain(related.iter().map(|&r| self.fingerprint(r)));
        fingerprint::combine(files)
    }

    /// Page `page` (from 1) of `listing`, for the files made from it.
    pub fn listing_source<'a>(&'a self, listing: &'a Listing, page: u32) -> Source<'a, ListingPage> {
        Source::new(self.listing_key(listing, page), move || self.listing_page(listing, page))
    }

    /// The page of the article of rank `rank`, for the files made from it.
    pub fn article_source(&self, rank: u32) -> Source<'_, ArticlePage> {
        Source::new(self.article_key(rank), move || self.article_page(rank))
    }
}

/// What the files of one page are made from (its data and its HTML page): the page's key, and the
/// page, made when the first of those files that is out of date needs it and then shared, so that it
/// is made at most once.
pub struct Source<'a, T> {
    key: u128,
    make: Box<dyn Fn() -> Result<T> + 'a>,
    made: OnceCell<T>,
}

impl<'a, T> Source<'a, T> {
    fn new(key: u128, make: impl Fn() -> Result<T> + 'a) -> Self {
        Self { key, make: Box::new(make), made: OnceCell::new() }
    }

    pub fn key(&self) -> u128 {
        self.key
    }

    pub fn get(&self) -> Result<&T> {
        if let Some(made) = self.made.get() {
            return Ok(made);
        }
        let made = (self.make)()?;
        Ok(self.made.get_or_init(|| made))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use digest_model::model::Source;

    fn article(slug: &str, category: &str, day: u32) -> Checked {
        let article = Article {
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
            lang: None,
        };
        let meta = ArticleMeta::new(&article, fingerprint::of(slug.as_bytes()));
        Checked { file: PathBuf::from(format!("{slug}.json")), stamp: (0, 0), meta, article: Some(Box::new(article)) }
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
            category_promos: Default::default(),
            tag_promos: Vec::new(),
            locale: None,
            labels: Default::default(),
        }
    }

    fn slugs(page: &ListingPage) -> Vec<&str> {
        page.items.iter().map(|i| i.slug.as_str()).collect()
    }

    #[test]
    fn feed_is_newest_first_and_paginated() {
        let published = publish(
            &site(2),
            vec![article("b", "news", 2), article("c", "tools", 3), article("a", "news", 1)],
            &RelatedCache::none(),
        );
        let feed = &published.listings()[0];
        assert_eq!(feed.category, None);
        let pages: Vec<ListingPage> = (1..=2).map(|n| published.listing_page(feed, n).unwrap()).collect();
        assert_eq!([slugs(&pages[0]), slugs(&pages[1])], [vec!["c", "b"], vec!["a"]]);
        assert_eq!((pages[1].page, pages[1].pages, pages[1].total), (2, 2, 3));
    }

    #[test]
    fn every_category_gets_pages_even_when_empty() {
        let published =
            publish(&site(10), vec![article("b", "news", 2), article("a", "news", 1)], &RelatedCache::none());
        let counts: Vec<(&str, u32, u32)> = published.listings()[1..]
            .iter()
            .map(|l| {
                let pagination = published.pagination(l);
                (l.category.as_ref().map_or("", |c| c.slug.as_str()), pagination.total(), pagination.pages())
            })
            .collect();
        assert_eq!(counts, [("news", 2, 1), ("tools", 0, 1), ("empty", 0, 1)]);
    }

    #[test]
    fn article_pages_carry_reading_time_and_related() {
        let published = publish(
            &site(10),
            vec![article("b", "news", 2), article("a", "news", 1), article("c", "tools", 3)],
            &RelatedCache::none(),
        );
        let rank = published.metas().position(|a| a.slug == "b").unwrap() as u32;
        let page = published.article_page(rank).unwrap();
        assert_eq!(page.reading_minutes, 1);
        assert_eq!(page.related.iter().map(|r| r.slug.as_str()).collect::<Vec<_>>(), ["a", "c"]);
    }

    #[test]
    fn keys_change_with_the_files_a_page_shows_and_only_those() {
        let before = publish(
            &site(1),
            vec![article("b", "news", 2), article("a", "news", 1), article("c", "tools", 3)],
            &RelatedCache::none(),
        );
        let mut changed = article("a", "news", 1);
        changed.meta.fingerprint = fingerprint::of(b"edited");
        let after =
            publish(&site(1), vec![article("b", "news", 2), changed, article("c", "tools", 3)], &RelatedCache::none());
        let rank = |p: &Published, slug: &str| p.metas().position(|a| a.slug == slug).unwrap() as u32;
        // b's related articles include a; c's are b and a; so every article page changes but a's list
        // pages only where a is shown.
        assert_ne!(before.article_key(rank(&before, "a")), after.article_key(rank(&after, "a")));
        assert_ne!(before.article_key(rank(&before, "b")), after.article_key(rank(&after, "b")));
        let feed = |p: &Published, n| p.listing_key(&p.listings()[0], n);
        let a_page = 3; // c, b, a
        assert_ne!(feed(&before, a_page), feed(&after, a_page));
        assert_eq!(feed(&before, 1), feed(&after, 1));
        assert_eq!(feed(&before, 2), feed(&after, 2));
    }
}
