//! Everything a deployment serves besides the app and its data: one static HTML page per route
//! (from the built index.html, with its own title, description, canonical link, Open Graph and
//! Twitter tags, NewsArticle JSON-LD, and the content itself), `404.html`, `saved.html`,
//! `search.html`, RSS, JSON Feed, the sitemap and `robots.txt`.

pub mod critical;
pub mod feeds;
pub mod html;
pub mod kind;
pub mod render;
pub mod shell;
pub mod specimen;
pub mod template;
pub mod urls;
pub mod worker;
pub mod xml;

use crate::error::{Error, Result};
use crate::fingerprint;
use crate::index::{Listing, Published, Source};
use crate::output::Output;
use digest_model::model::{ArticlePage, ListingPage};
use digest_ui::i18n::labels::{Label, Labels};
use digest_ui::i18n::locales::language;
use digest_ui::titles;
use kind::{ByKind, PageKind};
use serde_json::json;
use std::fs;
use std::path::Path;
use template::{Head, Template};
use urls::{SiteUrls, NOT_FOUND_ROUTE};

/// The folders of a deployment that only route pages are written into: what is there and was not
/// written by this run is a page that no longer exists.
pub const NAMESPACES: [&str; 4] = ["articles", "categories", "page", feeds::SITEMAP_PARTS];

/// The route pages' maker: the shell every page is cut from, and the site's addresses.
pub struct Pages<'a> {
    published: &'a Published,
    /// Each kind's shell, with the CSS its pages can use.
    templates: ByKind<Template>,
    policy: String,
    urls: SiteUrls,
    feeds: Option<(String, String)>,
    /// Whether the deployment reads offline (`publish --offline`).
    offline: bool,
    /// The site's locale, which every page speaks.
    labels: Labels,
}

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

/// `_headers` (Netlify, Cloudflare Pages) with its `Content-Security-Policy` lines set to `policy`.
fn headers_with(text: &str, policy: &str) -> String {
    text.lines()
        .map(|line| match line.split_once("Content-Security-Policy:") {
            Some((indent, _)) if indent.trim().is_empty() => format!("{indent}Content-Security-Policy: {policy}\n"),
            _ => format!("{line}\n"),
        })
        .collect()
}

impl<'a> Pages<'a> {
    /// Reads `dist/index.html` (a Trunk build, or a page an earlier run made of one) as the shell.
    /// `template`: the app's page, when it is not `dist/index.html`.
    pub fn new(published: &'a Published, dist: &Path, template: Option<&Path>, offline: bool) -> Result<Self> {
        let index = template.map_or_else(|| dist.join("index.html"), Path::to_owned);
        let html = fs::read_to_string(&index).map_err(|err| match err.kind() {
            std::io::ErrorKind::NotFound => Error::NoApp(dist.to_owned()),
            _ => Error::io("read", &index)(err),
        })?;
        let labels = crate::locales::site_labels(&published.site);
        let shell = shell::prepare(&html, dist, offline, labels, !published.site.labels.is_empty())?;
        let urls = SiteUrls::new(published.site.url.as_deref());
        let bare = Template::parse(shell.html())?;
        let styles = ByKind::try_new(|kind| -> Result<String> {
            let specimens: Vec<String> = specimen::pages(kind, &published.site, urls.paths(), labels)
                .into_iter()
                .map(|(route, body)| bare.render(&Head::default(), &route, &body))
                .collect();
            Ok(format!("{}{}", critical::used_css(&shell.app_css, &specimens)?, shell.page_css))
        })?;
        let templates = ByKind::try_new(|kind| Template::parse(&shell.with_style(styles.get(kind))))?;
        let policy = shell.policy(styles.values().map(String::as_str))?;
        let paths = urls.paths();
        let feeds = urls.has_origin().then(|| (paths.file("feed.xml"), paths.file("feed.json")));
        Ok(Self { published, templates, policy, urls, feeds, offline, labels })
    }

    /// What every page is made from besides its content: the shells and the policy.
    pub fn fingerprint(&self) -> u128 {
        let templates = self.templates.values().map(Template::fingerprint);
        fingerprint::combine(templates.chain([fingerprint::of(self.policy.as_bytes())]))
    }

    fn canonical(&self, route: &str) -> Option<String> {
        // The not-found page answers at every unknown address and belongs to none of them.
        (self.urls.has_origin() && route != NOT_FOUND_ROUTE).then(|| self.urls.absolute(route))
    }

    fn document(&self, kind: PageKind, route: &str, title: String, tags: render::HeadTags<'_>, body: &str) -> String {
        let site = &self.published.site;
        let head = Head {
            title,
            description: tags.description.to_owned(),
            extra: render::head_tags(site, self.urls.paths(), tags),
        };
        self.templates.get(kind).render(&head, route, body)
    }

    fn listing_tags<'t>(&self, route: &str, name: &'t str, description: &'t str) -> render::HeadTags<'t> {
        render::HeadTags {
            name,
            description,
            kind: "website",
            canonical: self.canonical(route),
            feeds: self.feeds.clone(),
            prev: None,
            next: None,
            published: None,
            json_ld: None,
        }
    }

    /// The route page of page `number` of `listing`.
    pub fn listing(
        &self,
        out: &Output,
        listing: &Listing,
        number: u32,
        source: &Source<'_, ListingPage>,
    ) -> Result<()> {
        let (site, paths) = (&self.published.site, self.urls.paths());
        let page_path = |n: u32| match &listing.category {
            Some(category) => paths.category_page(&category.slug, n),
            None => paths.feed_page(n),
        };
        let route = page_path(number);
        out.file(&paths.file_of(&route), Some(source.key()), || {
            let page = source.get()?;
            // A page of a listing links the pages before and after it, for crawlers and readers alike.
            let (prev, next) = (page.previous().map(page_path), page.next().map(page_path));
            Ok(match &listing.category {
                Some(category) => {
                    let description = titles::category_description(category, site);
                    let tags = render::HeadTags {
                        name: &category.name,
                        prev,
                        next,
                        ..self.listing_tags(&route, "", description)
                    };
                    let body = render::category(site, paths, self.labels, category, page);
                    self.document(
                        PageKind::Listing,
                        &route,
                        titles::category(&self.labels, category, site, number),
                        tags,
                        &body,
                    )
                }
                None => {
                    let tags = render::HeadTags {
                        name: &site.title,
                        prev,
                        next,
                        ..self.listing_tags(&route, "", &site.description)
                    };
                    let body = render::feed(site, paths, self.labels, page);
                    self.document(PageKind::Listing, &route, titles::feed(&self.labels, site, number).0, tags, &body)
                }
            })
        })
    }

    /// The route page of the article `slug`.
    pub fn article(&self, out: &Output, slug: &str, source: &Source<'_, ArticlePage>) -> Result<()> {
        let (published, site, paths) = (self.published, &self.published.site, self.urls.paths());
        let route = paths.article(slug);
        out.file(&paths.file_of(&route), Some(source.key()), || {
            let page = source.get()?;
            let a = &page.article;
            let tags = render::HeadTags {
                name: &a.title,
                description: &a.summary,
                kind: "article",
                canonical: self.canonical(&route),
                feeds: self.feeds.clone(),
                prev: None,
                next: None,
                published: Some(&a.published),
                json_ld: Some(json_ld(page, published, &self.urls)),
            };
            let body = render::article(site, paths, self.labels, page);
            Ok(self.document(PageKind::Article, &route, titles::article(a, site), tags, &body))
        })
    }

    /// What is made once per run: the not-found, saved articles' and search pages, the service
    /// worker, the policy files, and the feeds, sitemap and robots.txt when the site has a URL.
    /// Returns warnings.
    pub fn the_rest(&self, out: &Output, dist: &Path) -> Result<Vec<String>> {
        let (site, paths, t) = (&self.published.site, self.urls.paths(), self.labels);
        out.file("404.html", None, || {
            let tags = self.listing_tags(NOT_FOUND_ROUTE, t.get(Label::NotFound), t.get(Label::NotFoundDescription));
            let body = render::not_found(site, paths, t);
            Ok(self.document(PageKind::NotFound, NOT_FOUND_ROUTE, t.text(Label::NotFound), tags, &body))
        })?;
        let saved = paths.saved();
        out.file(&paths.file_of(&saved), None, || {
            let tags = self.listing_tags(&saved, t.get(Label::Saved), t.get(Label::SavedDescription));
            Ok(self.document(PageKind::Saved, &saved, titles::saved(&t, site), tags, &render::saved(site, paths, t)))
        })?;
        let search = paths.search("");
        out.file(&paths.file_of(&search), None, || {
            let tags = self.listing_tags(&search, t.get(Label::Search), t.get(Label::SearchLabel));
            Ok(self.document(
                PageKind::Search,
                &search,
                titles::search(&t, site, None),
                tags,
                &render::search(site, paths, t),
            ))
        })?;
        out.file(worker::FILE, None, || worker::script(self.offline, dist, paths, &language(self.labels.locale())))?;
        // The Content-Security-Policy the pages need: `csp.txt` for a server's configuration (such
        // as deploy/nginx.conf), and `_headers` when the build has one.
        out.file("csp.txt", None, || Ok(format!("{}\n", self.policy)))?;
        if let Ok(text) = fs::read_to_string(dist.join("_headers")) {
            out.file("_headers", None, || Ok(headers_with(&text, &self.policy)))?;
        }
        if !self.urls.has_origin() {
            return Ok(vec!["site.json has no \"url\": feeds, sitemap.xml and robots.txt need absolute URLs and were not written (fix: add \"url\", or pass --site-url)".to_owned()]);
        }
        let newest = feeds::newest(self.published)?;
        out.file("feed.xml", None, || {
            feeds::rss(self.published, &newest, &self.urls, t).map_err(|err| Error::xml(&err))
        })?;
        out.file("feed.json", None, || Ok(feeds::json_feed(self.published, &newest, &self.urls, t)))?;
        for (path, xml) in
            feeds::sitemaps(self.published, &self.urls, feeds::SITEMAP_LIMIT).map_err(|err| Error::xml(&err))?
        {
            out.file(&path, None, || Ok(xml))?;
        }
        out.file("robots.txt", None, || Ok(feeds::robots(&self.urls)))?;
        Ok(Vec::new())
    }
}
