//! RSS 2.0, JSON Feed 1.1, sitemap.xml and robots.txt, with absolute URLs from the site URL.

use crate::index::Published;
use crate::site::render::article_text;
use crate::site::urls::SiteUrls;
use crate::site::xml::Xml;
use digest_model::model::{Article, Site};
use digest_model::time::rfc2822;
use serde_json::json;
use std::io;

/// How many of the newest articles the feeds carry, in full.
pub const FEED_ITEMS: usize = 50;

/// The articles both feeds carry, newest first.
fn feed_articles(published: &Published) -> impl Iterator<Item = &Article> {
    published.articles.iter().take(FEED_ITEMS).map(|page| &page.article)
}

/// A feed item's categories: the article's category name, then its tags.
fn item_categories<'a>(site: &'a Site, article: &'a Article) -> impl Iterator<Item = &'a str> {
    std::iter::once(site.category_name(&article.category)).chain(article.tags.iter().map(String::as_str))
}

pub fn rss(published: &Published, urls: &SiteUrls) -> io::Result<String> {
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
    let feed_url = urls.absolute(&urls.paths().file("feed.xml"));
    xml.empty("atom:link", &[("href", &feed_url), ("rel", "self"), ("type", "application/rss+xml")])?;
    if let Some(date) = published.articles.first().and_then(|p| rfc2822(&p.article.published)) {
        xml.element("lastBuildDate", &[], &date)?;
    }
    for a in feed_articles(published) {
        let link = urls.absolute(&urls.paths().article(&a.slug));
        xml.open("item", &[])?;
        xml.element("title", &[], &a.title)?;
        xml.element("link", &[], &link)?;
        xml.element("guid", &[("isPermaLink", "true")], &link)?;
        xml.element("pubDate", &[], &rfc2822(&a.published).unwrap_or_default())?;
        xml.element("description", &[], &a.summary)?;
        xml.element("content:encoded", &[], &article_text(a, urls.paths()))?;
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

pub fn json_feed(published: &Published, urls: &SiteUrls) -> String {
    let site = &published.site;
    let items: Vec<serde_json::Value> = feed_articles(published)
        .map(|a| {
            let url = urls.absolute(&urls.paths().article(&a.slug));
            json!({
                "id": url,
                "url": url,
                "external_url": a.source.url,
                "title": a.title,
                "summary": a.summary,
                "content_html": article_text(a, urls.paths()),
                "date_published": a.published,
                "tags": item_categories(site, a).collect::<Vec<_>>(),
                "authors": [{ "name": a.source.handle(), "url": a.source.url }],
            })
        })
        .collect();
    let feed = json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": site.title,
        "description": site.description,
        "home_page_url": urls.absolute(&urls.paths().home()),
        "feed_url": urls.absolute(&urls.paths().file("feed.json")),
        "language": "en",
        "items": items,
    });
    format!("{}\n", serde_json::to_string_pretty(&feed).unwrap_or_default())
}

pub fn sitemap(published: &Published, urls: &SiteUrls) -> io::Result<String> {
    let mut xml = Xml::new()?;
    xml.open("urlset", &[("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9")])?;
    let newest = published.articles.first().map(|p| p.article.published.as_str());
    let paths = urls.paths();
    let entries =
        std::iter::once((paths.home(), newest))
            .chain(published.feed.iter().skip(1).map(|listing| (paths.feed_page(listing.page), None)))
            .chain(published.categories.iter().flat_map(|(slug, pages)| {
                pages.iter().map(move |listing| (paths.category_page(slug, listing.page), None))
            }))
            .chain(
                published
                    .articles
                    .iter()
                    .map(|p| (urls.paths().article(&p.article.slug), Some(p.article.published.as_str()))),
            );
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

pub fn robots(urls: &SiteUrls) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}\n", urls.absolute(&urls.paths().file("sitemap.xml")))
}
