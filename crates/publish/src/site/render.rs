//! Route pages rendered by the app's own components (`digest_ui`) with Leptos's `ssr`: what a reader
//! without WebAssembly, a crawler and a link preview get, and what the app takes over in the browser.
//! Nothing here writes page markup by hand; the document around it is Trunk's index.html
//! (`template.rs`).

use crate::site::html::script_json;
use digest_model::{Article, ArticlePage, Category, ListingPage, Paths, Site};
use digest_ui::components::{
    ArticleText, ArticleView, CategoryView, FeedView, HeaderNav, NotFoundView, SavedView, SearchView, SiteFooter,
    SiteHeader, SkipLink,
};
use digest_ui::i18n::labels::Labels;
use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;

/// `view` rendered to HTML, with the context the components read. Leptos marks where dynamic parts
/// begin with `<!>`, for hydration, which these pages do not use; HTML parsers report `<!>` as an
/// error, and it goes (text and attributes are escaped, so no content can look like one).
fn render<V: IntoView + 'static>(paths: &Paths, labels: Labels, view: impl FnOnce() -> V) -> String {
    let owner = Owner::new();
    let html = owner.with(|| {
        provide_context(paths.clone());
        provide_context(labels);
        view().to_html()
    });
    owner.cleanup();
    html.replace("<!>", "")
}

/// A whole page's content as the app lays it out: skip link, header, `main`, footer.
fn page<V: IntoView + 'static>(
    site: &Site,
    paths: &Paths,
    labels: Labels,
    main: impl FnOnce() -> V + 'static,
) -> String {
    let site = site.clone();
    render(paths, labels, move || {
        view! {
            <SkipLink />
            <SiteHeader>
                <HeaderNav site />
            </SiteHeader>
            <main id="digest-main" class="digest-main" tabindex="-1">
                {main()}
            </main>
            <SiteFooter />
        }
    })
}

/// The feed's page `listing`.
pub fn feed(site: &Site, paths: &Paths, labels: Labels, listing: &ListingPage) -> String {
    let (listing, site_) = (listing.clone(), site.clone());
    page(site, paths, labels, move || view! { <FeedView site=site_ listing /> })
}

/// A category's page `listing`.
pub fn category(site: &Site, paths: &Paths, labels: Labels, category: &Category, listing: &ListingPage) -> String {
    let (category, listing, site_) = (category.clone(), listing.clone(), site.clone());
    page(site, paths, labels, move || view! { <CategoryView category site=site_ listing /> })
}

/// An article's page.
pub fn article(site: &Site, paths: &Paths, labels: Labels, page_data: &ArticlePage) -> String {
    let (page_data, site_) = (page_data.clone(), site.clone());
    page(site, paths, labels, move || view! { <ArticleView page=page_data site=site_ /> })
}

/// The not-found page.
pub fn not_found(site: &Site, paths: &Paths, labels: Labels) -> String {
    page(site, paths, labels, || view! { <NotFoundView /> })
}

/// The saved articles' page: they live in the reader's browser, so the app fills it in.
pub fn saved(site: &Site, paths: &Paths, labels: Labels) -> String {
    let site_ = site.clone();
    page(site, paths, labels, move || view! { <SavedView site=site_ items=None /> })
}

/// The search page without a query: only the app can search, so it starts at once there.
pub fn search(site: &Site, paths: &Paths, labels: Labels) -> String {
    let site_ = site.clone();
    page(site, paths, labels, move || view! { <SearchView site=site_ found=None /> })
}

/// An article's text as the feeds carry it.
pub fn article_text(article: &Article, paths: &Paths, labels: Labels) -> String {
    let article = article.clone();
    render(paths, labels, move || view! { <ArticleText article /> })
}

/// An Open Graph tag: `<meta property=... content=...>` (`property` is RDFa, which `view!` does not
/// know as an attribute of `<meta>`).
fn og(property: &'static str, content: String) -> impl IntoView {
    leptos::html::meta().add_any_attr(custom_attribute("property", property)).content(content)
}

/// What a route page puts in its `<head>` beside its title and description.
pub struct HeadTags<'a> {
    /// The page's own name (the article's title): link previews show `og:site_name` beside it.
    pub name: &'a str,
    pub description: &'a str,
    /// Open Graph's type: `website` or `article`.
    pub kind: &'a str,
    /// The page's absolute URL, when it has one of its own.
    pub canonical: Option<String>,
    /// The feeds' addresses, when there are feeds.
    pub feeds: Option<(String, String)>,
    /// The pages before and after this one, in a listing.
    pub prev: Option<String>,
    pub next: Option<String>,
    pub published: Option<&'a str>,
    pub json_ld: Option<serde_json::Value>,
}

/// Canonical link, Open Graph and Twitter tags, the feeds' alternate links, and JSON-LD.
pub fn head_tags(site: &Site, paths: &Paths, tags: HeadTags<'_>) -> String {
    let site_name = site.title.clone();
    let HeadTags { name, description, kind, canonical, feeds, prev, next, published, json_ld } = tags;
    let (name, description, kind, published) =
        (name.to_owned(), description.to_owned(), kind.to_owned(), published.map(str::to_owned));
    let json_ld = json_ld.map(|value| script_json(&value));
    render(paths, Labels::english(), move || {
        view! {
            {canonical.map(|url| view! {
                <link rel="canonical" href=url.clone() />
                {og("og:url", url)}
            })}
            {prev.map(|href| view! { <link rel="prev" href=href /> })}
            {next.map(|href| view! { <link rel="next" href=href /> })}
            {feeds.map(|(rss, json)| view! {
                <link rel="alternate" type="application/rss+xml" title=site_name.clone() href=rss />
                <link rel="alternate" type="application/feed+json" title=site_name.clone() href=json />
            })}
            {og("og:type", kind)}
            {og("og:site_name", site_name.clone())}
            {og("og:title", name.clone())}
            {og("og:description", description.clone())}
            <meta name="twitter:card" content="summary" />
            <meta name="twitter:title" content=name />
            <meta name="twitter:description" content=description />
            {published.map(|date| og("article:published_time", date))}
            {json_ld.map(|json| view! { <script type="application/ld+json" inner_html=json></script> })}
        }
    })
}
