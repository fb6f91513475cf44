//! RSS 2.0, JSON Feed 1.1, sitemap.xml and robots.txt, with absolute URLs from the site URL.

use crate::index::Published;
use crate::model::{Article, Site};
use crate::publish::html::escape;
use crate::publish::markup::article_sections;
use crate::publish::urls::SiteUrls;
use crate::time::rfc2822;
use serde_json::json;

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

pub fn rss(published: &Published, urls: &SiteUrls) -> String {
    let site = &published.site;
    let items: String = feed_articles(published)
        .map(|a| {
            let link = urls.absolute(&urls.article(&a.slug));
            let categories: String =
                item_categories(site, a).map(|c| format!("<category>{}</category>", escape(c))).collect();
            format!(
                "<item><title>{}</title><link>{link}</link><guid isPermaLink=\"true\">{link}</guid><pubDate>{}</pubDate><description>{}</description><content:encoded>{}</content:encoded>{categories}<source url=\"{}\">@{}</source></item>",
                escape(&a.title),
                rfc2822(&a.published).unwrap_or_default(),
                escape(&a.summary),
                escape(&article_sections(a)),
                escape(&a.source.url),
                escape(a.source.author.trim_start_matches('@')),
                link = escape(&link),
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><title>{}</title><link>{}</link><description>{}</description><atom:link href=\"{}\" rel=\"self\" type=\"application/rss+xml\"/>{}{items}</channel></rss>\n",
        escape(&site.title),
        escape(&urls.absolute(&urls.home())),
        escape(&site.description),
        escape(&urls.absolute(&urls.file("feed.xml"))),
        published
            .articles
            .first()
            .and_then(|p| rfc2822(&p.article.published))
            .map(|d| format!("<lastBuildDate>{d}</lastBuildDate>"))
            .unwrap_or_default(),
    )
}

pub fn json_feed(published: &Published, urls: &SiteUrls) -> String {
    let site = &published.site;
    let items: Vec<serde_json::Value> = feed_articles(published)
        .map(|a| {
            let url = urls.absolute(&urls.article(&a.slug));
            json!({
                "id": url,
                "url": url,
                "external_url": a.source.url,
                "title": a.title,
                "summary": a.summary,
                "content_html": article_sections(a),
                "date_published": a.published,
                "tags": item_categories(site, a).collect::<Vec<_>>(),
                "authors": [{ "name": format!("@{}", a.source.author.trim_start_matches('@')), "url": a.source.url }],
            })
        })
        .collect();
    let feed = json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": site.title,
        "description": site.description,
        "home_page_url": urls.absolute(&urls.home()),
        "feed_url": urls.absolute(&urls.file("feed.json")),
        "language": "en",
        "items": items,
    });
    format!("{}\n", serde_json::to_string_pretty(&feed).unwrap_or_default())
}

pub fn sitemap(published: &Published, urls: &SiteUrls) -> String {
    let entry = |path: String, lastmod: Option<&str>| {
        let lastmod = lastmod.map(|d| format!("<lastmod>{}</lastmod>", escape(d))).unwrap_or_default();
        format!("<url><loc>{}</loc>{lastmod}</url>", escape(&urls.absolute(&path)))
    };
    let newest = published.articles.first().map(|p| p.article.published.as_str());
    let entries: String = std::iter::once(entry(urls.home(), newest))
        .chain(published.site.categories.iter().map(|c| entry(urls.category(&c.slug), None)))
        .chain(published.articles.iter().map(|p| entry(urls.article(&p.article.slug), Some(&p.article.published))))
        .collect();
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{entries}</urlset>\n"
    )
}

pub fn robots(urls: &SiteUrls) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}\n", urls.absolute(&urls.file("sitemap.xml")))
}
