//! RSS 2.0, JSON Feed 1.1, the sitemap and robots.txt, with absolute URLs from the site URL.

use crate::index::Published;
use crate::site::render::article_text;
use crate::site::urls::SiteUrls;
use crate::site::xml::Xml;
use digest_model::model::{Article, Site};
use digest_model::time::rfc2822;
use digest_ui::i18n::labels::Labels;
use serde_json::json;
use std::io;

/// How many of the newest articles the feeds carry, in full.
pub const FEED_ITEMS: usize = 50;

/// The sitemap protocol's limit of addresses in one file (sitemaps.org): a larger site gets a sitemap
/// index in `sitemap.xml` and its addresses in parts.
pub const SITEMAP_LIMIT: usize = 50_000;

/// The folder the parts of a large sitemap are written into: `sitemaps/1.xml`, ...
pub const SITEMAP_PARTS: &str = "sitemaps";

/// The articles both feeds carry, newest first.
pub fn newest(published: &Published) -> crate::error::Result<Vec<&Article>> {
    (0..published.len().min(FEED_ITEMS))
        .map(|rank| published.article(u32::try_from(rank).unwrap_or(u32::MAX)))
        .collect()
}

/// A feed item's categories: the article's category name, then its tags.
fn item_categories<'a>(site: &'a Site, article: &'a Article) -> impl Iterator<Item = &'a str> {
    std::iter::once(site.category_name(&article.category)).chain(article.tags.iter().map(String::as_str))
}

pub fn rss(published: &Published, newest: &[&Article], urls: &SiteUrls, labels: Labels) -> io::Result<String> {
    let site = &published.site;
    let mut xml = Xml::new()?;
    xml.open(
        "rss",
        &[
            ("version", "2.0"),
            ("xmlns:content", "http://purl.org/rss/1.0/modules/content/"),
            ("xmlns:atom", "http://www.w3.org/2005/Atom"),
        ],
    )?;
    xml.open("channel", &[])?;
    xml.element("title", &[], &site.title)?;
    xml.element("link", &[], &urls.absolute(&urls.paths().home()))?;
    xml.element("description", &[], &site.description)?;
    xml.element("language", &[], labels.locale())?;
    let feed_url = urls.absolute(&urls.paths().file("feed.xml"));
    xml.empty("atom:link", &[("href", &feed_url), ("rel", "self"), ("type", "application/rss+xml")])?;
    if let Some(date) = newest.first().and_then(|a| rfc2822(&a.published)) {
        xml.element("lastBuildDate", &[], &date)?;
    }
    for a in newest {
        let link = urls.absolute(&urls.paths().article(&a.slug));
        // An article in another language than the site's says so (RSS has no element for it).
        let lang: Vec<(&str, &str)> = a.lang.iter().map(|lang| ("xml:lang", lang.as_str())).collect();
        xml.open("item", &lang)?;
        xml.element("title", &[], &a.title)?;
        xml.element("link", &[], &link)?;
        xml.element("guid", &[("isPermaLink", "true")], &link)?;
        xml.element("pubDate", &[], &rfc2822(&a.published).unwrap_or_default())?;
        xml.element("description", &[], &a.summary)?;
        xml.element("content:encoded", &[], &article_text(a, urls.paths(), labels))?;
        for category in item_categories(site, a) {
            xml.element("category", &[], category)?;
        }
        xml.element("source", &[("url", &a.source.url)], &a.source.handle())?;
        xml.close("item")?;
    }
    xml.close("channel")?;
    xml.close("rss")?;
    xml.finish()
}

pub fn json_feed(published: &Published, newest: &[&Article], urls: &SiteUrls, labels: Labels) -> String {
    let site = &published.site;
    let items: Vec<serde_json::Value> = newest
        .iter()
        .map(|a| {
            let url = urls.absolute(&urls.paths().article(&a.slug));
            let mut item = json!({
                "id": url,
                "url": url,
                "external_url": a.source.url,
                "title": a.title,
                "summary": a.summary,
                "content_html": article_text(a, urls.paths(), labels),
                "date_published": a.published,
                "tags": item_categories(site, a).collect::<Vec<_>>(),
                "authors": [{ "name": a.source.handle(), "url": a.source.url }],
            });
            if let (Some(lang), Some(fields)) = (&a.lang, item.as_object_mut()) {
                fields.insert("language".to_owned(), json!(lang));
            }
            item
        })
        .collect();
    let feed = json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": site.title,
        "description": site.description,
        "home_page_url": urls.absolute(&urls.paths().home()),
        "feed_url": urls.absolute(&urls.paths().file("feed.json")),
        "language": labels.locale(),
        "items": items,
    });
    format!("{}\n", serde_json::to_string_pretty(&feed).unwrap_or_default())
}

/// Every page's address, with the date it last changed where that is known.
fn addresses<'a>(published: &'a Published, urls: &'a SiteUrls) -> impl Iterator<Item = (String, Option<&'a str>)> {
    let paths = urls.paths();
    let newest = published.metas().next().map(|a| a.published.as_str());
    let listings = published.listings().iter().flat_map(move |listing| {
        let pages = published.pagination(listing).pages();
        // The feed's page 1 is the home page, listed first.
        let first = if listing.category.is_some() { 1 } else { 2 };
        (first..=pages).map(move |n| match &listing.category {
            Some(category) => (paths.category_page(&category.slug, n), None),
            None => (paths.feed_page(n), None),
        })
    });
    let articles = published.metas().map(move |a| (paths.article(&a.slug), Some(a.published.as_str())));
    std::iter::once((paths.home(), newest)).chain(listings).chain(articles)
}

fn urlset<'a>(urls: &SiteUrls, entries: impl Iterator<Item = (String, Option<&'a str>)>) -> io::Result<String> {
    let mut xml = Xml::new()?;
    xml.open("urlset", &[("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9")])?;
    for (path, lastmod) in entries {
        xml.open("url", &[])?;
        xml.element("loc", &[], &urls.absolute(&path))?;
        if let Some(date) = lastmod {
            xml.element("lastmod", &[], date)?;
        }
        xml.close("url")?;
    }
    xml.close("urlset")?;
    xml.finish()
}

/// The sitemap as files to write: `sitemap.xml` alone while the site has at most `limit` pages;
/// past that, `sitemap.xml` is a sitemap index of parts of `limit` addresses each.
pub fn sitemaps(published: &Published, urls: &SiteUrls, limit: usize) -> io::Result<Vec<(String, String)>> {
    let entries: Vec<(String, Option<&str>)> = addresses(published, urls).collect();
    if entries.len() <= limit {
        return Ok(vec![("sitemap.xml".to_owned(), urlset(urls, entries.into_iter())?)]);
    }
    let mut files = Vec::new();
    let mut index = Xml::new()?;
    index.open("sitemapindex", &[("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9")])?;
    for (n, part) in (1..).zip(entries.chunks(limit.max(1))) {
        let path = format!("{SITEMAP_PARTS}/{n}.xml");
        index.open("sitemap", &[])?;
        index.element("loc", &[], &urls.absolute(&urls.paths().file(&path)))?;
        index.close("sitemap")?;
        files.push((path, urlset(urls, part.iter().cloned())?));
    }
    index.close("sitemapindex")?;
    files.push(("sitemap.xml".to_owned(), index.finish()?));
    Ok(files)
}

pub fn robots(urls: &SiteUrls) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}\n", urls.absolute(&urls.paths().file("sitemap.xml")))
}
