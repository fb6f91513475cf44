//! Everything a deployment serves besides the app and its data: one static HTML page per route
//! (from the built index.html, with its own title, description, canonical link, Open Graph and
//! Twitter tags, NewsArticle JSON-LD, and the content itself), `404.html`, RSS, JSON Feed,
//! `sitemap.xml` and `robots.txt`.

pub mod feeds;
pub mod html;
pub mod render;
pub mod shell;
pub mod template;
pub mod urls;
pub mod xml;

use crate::index::Published;
use digest_model::model::{ArticlePage, ListingPage};
use digest_ui::{labels, titles};
use serde_json::json;
use std::fs;
use std::path::Path;
use template::{Head, Template};
use urls::SiteUrls;

/// The route the not-found page is made for: it matches no address, so the app, when it starts,
/// renders its own not-found page in its place.
const NOT_FOUND_ROUTE: &str = "*";

/// schema.org NewsArticle, based on the source post.
fn json_ld(page: &ArticlePage, published: &Published, urls: &SiteUrls) -> serde_json::Value {
    let a = &page.article;
    let url = urls.absolute(&urls.paths().article(&a.slug));
    json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "description": a.summary,
        "datePublished": a.published,
        "dateModified": a.published,
        "url": url,
        "mainEntityOfPage": url,
        "articleSection": published.site.category_name(&a.category),
        "keywords": a.tags,
        "publisher": { "@type": "Organization", "name": published.site.title },
        "isBasedOn": {
            "@type": "SocialMediaPosting",
            "url": a.source.url,
            "text": a.source.quote,
            "author": { "@type": "Person", "alternateName": a.source.handle() },
        },
    })
}

fn write(dist: &Path, name: &str, text: &str) -> Result<(), String> {
    let path = dist.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The Content-Security-Policy the pages need: `csp.txt` (for a server's configuration, such as
/// deploy/nginx.conf), and the `Content-Security-Policy` line of `_headers` (Netlify, Cloudflare
/// Pages) when the build has one.
fn write_policy(dist: &Path, policy: &str) -> Result<(), String> {
    write(dist, "csp.txt", &format!("{policy}\n"))?;
    let headers = dist.join("_headers");
    let Ok(text) = fs::read_to_string(&headers) else { return Ok(()) };
    let text: String = text
        .lines()
        .map(|line| match line.split_once("Content-Security-Policy:") {
            Some((indent, _)) if indent.trim().is_empty() => format!("{indent}Content-Security-Policy: {policy}\n"),
            _ => format!("{line}\n"),
        })
        .collect();
    write(dist, "_headers", &text)
}

/// Writes the route pages into `dist` from its `index.html`, and the feeds, sitemap and robots.txt
/// when the site has a URL. Returns warnings.
pub fn write_site(published: &Published, dist: &Path) -> Result<Vec<String>, String> {
    let index = dist.join("index.html");
    let html = fs::read_to_string(&index).map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let shell = shell::prepare(&html, dist)?;
    let template = Template::parse(&shell.html)?;
    write_policy(dist, &shell.policy)?;
    let site = &published.site;
    let urls = SiteUrls::new(site.url.as_deref());
    let paths = urls.paths();
    let feeds = urls.has_origin().then(|| (paths.file("feed.xml"), paths.file("feed.json")));
    // The not-found page answers at every unknown address and belongs to none of them.
    let canonical = |route: &str| (urls.has_origin() && route != NOT_FOUND_ROUTE).then(|| urls.absolute(route));
    let page = |route: &str, title: String, tags: render::HeadTags<'_>, body: String| {
        let head =
            Head { title, description: tags.description.to_owned(), extra: render::head_tags(site, paths, tags) };
        template.render(&head, route, &body)
    };
    let listing_tags = |route: &str, name: &'static str, description| render::HeadTags {
        name,
        description,
        kind: "website",
        canonical: canonical(route),
        feeds: feeds.clone(),
        prev: None,
        next: None,
        published: None,
        json_ld: None,
    };
    // A page of a listing links the pages before and after it, for crawlers and readers alike.
    let neighbours = |listing: &ListingPage, page_path: &dyn Fn(u32) -> String| {
        (listing.previous().map(page_path), listing.next().map(page_path))
    };

    for listing in &published.feed {
        let (title, _) = titles::feed(site, listing.page);
        let route = paths.feed_page(listing.page);
        let (prev, next) = neighbours(listing, &|n| paths.feed_page(n));
        let tags = render::HeadTags { name: &site.title, prev, next, ..listing_tags(&route, "", &site.description) };
        write(dist, &paths.file_of(&route), &page(&route, title, tags, render::feed(site, paths, listing)))?;
    }
    for (slug, pages) in &published.categories {
        let Some(category) = site.category(slug) else { continue };
        for listing in pages {
            let route = paths.category_page(slug, listing.page);
            let description = titles::category_description(category, site);
            let (prev, next) = neighbours(listing, &|n| paths.category_page(slug, n));
            let tags = render::HeadTags { name: &category.name, prev, next, ..listing_tags(&route, "", description) };
            let title = titles::category(category, site, listing.page);
            let body = render::category(site, paths, category, listing);
            write(dist, &paths.file_of(&route), &page(&route, title, tags, body))?;
        }
    }
    for article_page in &published.articles {
        let a = &article_page.article;
        let route = paths.article(&a.slug);
        let tags = render::HeadTags {
            name: &a.title,
            description: &a.summary,
            kind: "article",
            canonical: canonical(&route),
            feeds: feeds.clone(),
            prev: None,
            next: None,
            published: Some(&a.published),
            json_ld: Some(json_ld(article_page, published, &urls)),
        };
        let body = render::article(site, paths, article_page);
        write(dist, &paths.file_of(&route), &page(&route, titles::article(a, site), tags, body))?;
    }
    let tags = listing_tags(NOT_FOUND_ROUTE, labels::NOT_FOUND, labels::NOT_FOUND_DESCRIPTION);
    let not_found = page(NOT_FOUND_ROUTE, labels::NOT_FOUND.to_owned(), tags, render::not_found(site, paths));
    write(dist, "404.html", &not_found)?;

    if !urls.has_origin() {
        return Ok(vec!["site.json has no \"url\": feeds, sitemap.xml and robots.txt need absolute URLs and were not written (fix: add \"url\", or pass --site-url)".to_owned()]);
    }
    let xml_error = |err: std::io::Error| format!("cannot write XML: {err}");
    write(dist, "feed.xml", &feeds::rss(published, &urls).map_err(xml_error)?)?;
    write(dist, "feed.json", &feeds::json_feed(published, &urls))?;
    write(dist, "sitemap.xml", &feeds::sitemap(published, &urls).map_err(xml_error)?)?;
    write(dist, "robots.txt", &feeds::robots(&urls))?;
    Ok(Vec::new())
}
