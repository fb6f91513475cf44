//! Everything a deployment serves besides the app and its data: one static HTML page per route
//! (from the built index.html, with its own title, description, canonical link, Open Graph and
//! Twitter tags, NewsArticle JSON-LD, and the content itself), `404.html`, RSS, JSON Feed,
//! `sitemap.xml` and `robots.txt`.

pub mod feeds;
pub mod html;
pub mod markup;
pub mod shell;
pub mod template;
pub mod urls;
pub mod xml;

use crate::index::Published;
use crate::model::ArticlePage;
use html::{escape, script_json};
use serde_json::json;
use std::fs;
use std::path::Path;
use template::{Head, Template};
use urls::SiteUrls;

/// The route the not-found page is made for: it matches no address, so the app, when it starts,
/// renders its own not-found page in its place.
const NOT_FOUND_ROUTE: &str = "*";

fn meta(attr: &str, name: &str, content: &str) -> String {
    format!(r#"<meta {attr}="{name}" content="{}">"#, escape(content))
}

/// Canonical link, Open Graph and Twitter tags, and the feeds' alternate links. `name` is the page's
/// own name (the article's title): link previews show `og:site_name` beside it, so it must not carry
/// the site's name as the document title does.
fn social(published: &Published, urls: &SiteUrls, name: &str, description: &str, path: &str, kind: &str) -> String {
    let site = &published.site;
    let mut out = String::new();
    if urls.has_origin() {
        // The not-found page answers at every unknown address and belongs to none of them.
        if path != NOT_FOUND_ROUTE {
            let url = urls.absolute(path);
            out.push_str(&format!(r#"<link rel="canonical" href="{}">"#, escape(&url)));
            out.push_str(&meta("property", "og:url", &url));
        }
        for (kind, file) in [("application/rss+xml", "feed.xml"), ("application/feed+json", "feed.json")] {
            out.push_str(&format!(
                r#"<link rel="alternate" type="{kind}" title="{}" href="{}">"#,
                escape(&site.title),
                escape(&urls.file(file))
            ));
        }
    }
    out.push_str(&meta("property", "og:type", kind));
    out.push_str(&meta("property", "og:site_name", &site.title));
    out.push_str(&meta("property", "og:title", name));
    out.push_str(&meta("property", "og:description", description));
    out.push_str(&meta("name", "twitter:card", "summary"));
    out.push_str(&meta("name", "twitter:title", name));
    out.push_str(&meta("name", "twitter:description", description));
    out
}

/// schema.org NewsArticle, based on the source post.
fn json_ld(page: &ArticlePage, published: &Published, urls: &SiteUrls) -> String {
    let a = &page.article;
    let url = urls.absolute(&urls.article(&a.slug));
    let value = json!({
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
            "author": { "@type": "Person", "alternateName": format!("@{}", a.source.author.trim_start_matches('@')) },
        },
    });
    format!(r#"<script type="application/ld+json">{}</script>"#, script_json(&value))
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
    let page = |route: &str, name: &str, title: String, description: &str, kind: &str, main: String, extra: String| {
        let social = social(published, &urls, name, description, route, kind);
        let head = Head { title, description: description.to_owned(), extra: social + &extra };
        template.render(&head, route, &markup::shell(site, &urls, &main))
    };

    if let Some(first) = published.feed.first() {
        let next = (first.pages > 1).then(|| format!("{}?page=2", urls.home()));
        let main = markup::listing_main(None, "Latest", &site.description, &first.items, next, site, &urls);
        write(
            dist,
            "index.html",
            &page(&urls.home(), &site.title, site.title.clone(), &site.description, "website", main, String::new()),
        )?;
    }
    for (slug, pages) in &published.categories {
        let (Some(category), Some(first)) = (site.category(slug), pages.first()) else { continue };
        let route = urls.category(slug);
        let next = (first.pages > 1).then(|| format!("{route}?page=2"));
        let description = if category.description.is_empty() { &site.description } else { &category.description };
        let main = markup::listing_main(
            Some("Category"),
            &category.name,
            &category.description,
            &first.items,
            next,
            site,
            &urls,
        );
        let title = format!("{} · {}", category.name, site.title);
        write(
            dist,
            &format!("categories/{slug}.html"),
            &page(&route, &category.name, title, description, "website", main, String::new()),
        )?;
    }
    for article_page in &published.articles {
        let a = &article_page.article;
        let route = urls.article(&a.slug);
        let extra = format!(
            "{}{}",
            meta("property", "article:published_time", &a.published),
            json_ld(article_page, published, &urls)
        );
        let main = markup::article_main(article_page, site, &urls);
        let title = format!("{} · {}", a.title, site.title);
        write(
            dist,
            &format!("articles/{}.html", a.slug),
            &page(&route, &a.title, title, &a.summary, "article", main, extra),
        )?;
    }
    let not_found = page(
        NOT_FOUND_ROUTE,
        "Page not found",
        "Page not found".to_owned(),
        "There is nothing at this address.",
        "website",
        markup::not_found_main(&urls),
        String::new(),
    );
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
