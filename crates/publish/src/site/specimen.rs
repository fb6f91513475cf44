//! Specimen pages: for each kind of route page, content that shows every part a page of that kind
//! can show (every optional section, more takeaways than are shown at first, a promo when the site has
//! one, pages before and after, an empty listing, an article in another language), rendered by the
//! same components as the real pages. `critical/` keeps the CSS rules they use, so what a kind's
//! pages inline does not depend on which articles a run publishes, and a run that publishes one article
//! writes the same pages as a fresh publish of everything.

use crate::site::kind::PageKind;
use crate::site::render;
use crate::site::urls::NOT_FOUND_ROUTE;
use digest_model::{Article, ArticlePage, ArticleSummary, Category, ListingPage, Paths, Site, Source};
use digest_ui::i18n::labels::Labels;

/// Items in each of an article's lists: more than the takeaways shown before "Show all".
const LIST_ITEMS: usize = 8;

/// A language other than any site's, so that an article's or a card's own `lang` shows.
const OTHER_LANGUAGE: &str = "la";

fn texts(what: &str) -> Vec<String> {
    (1..=LIST_ITEMS).map(|n| format!("{what} {n}.")).collect()
}

fn summary(category: &str, n: u32, lang: Option<&str>) -> ArticleSummary {
    ArticleSummary {
        slug: format!("specimen-{n}"),
        title: format!("Specimen {n}"),
        category: category.to_owned(),
        published: "2026-01-01T00:00:00Z".to_owned(),
        summary: "A summary.".to_owned(),
        reading_minutes: n,
        lang: lang.map(str::to_owned),
    }
}

/// Cards of both kinds: in the site's language and in another.
fn summaries(category: &str) -> Vec<ArticleSummary> {
    vec![summary(category, 1, None), summary(category, 2, Some(OTHER_LANGUAGE)), summary(category, 3, None)]
}

/// The site with a category that has a description, and a promo for every article when the site has
/// any promo.
fn specimen_site(site: &Site) -> (Site, Category) {
    let mut site = site.clone();
    let first = site.categories.first().cloned();
    let mut category = first.unwrap_or_else(|| Category {
        slug: "specimen".to_owned(),
        name: "Specimen".to_owned(),
        description: String::new(),
    });
    if category.description.is_empty() {
        category.description = "A category.".to_owned();
    }
    let any_promo = site
        .promo
        .clone()
        .or_else(|| site.category_promos.values().next().cloned())
        .or_else(|| site.tag_promos.first().map(|tagged| tagged.promo.clone()));
    site.promo = any_promo;
    site.category_promos.clear();
    site.tag_promos.clear();
    site.categories.retain(|c| c.slug != category.slug);
    site.categories.insert(0, category.clone());
    (site, category)
}

fn article_page(category: &str) -> ArticlePage {
    ArticlePage {
        article: Article {
            slug: "specimen".to_owned(),
            title: "Specimen".to_owned(),
            category: category.to_owned(),
            published: "2026-01-01T00:00:00Z".to_owned(),
            summary: "A summary.".to_owned(),
            why_it_matters: "Why it matters.".to_owned(),
            steps: texts("A step"),
            who_benefits: texts("Someone"),
            takeaways: texts("A takeaway"),
            source: Source {
                author: "specimen".to_owned(),
                platform: "x".to_owned(),
                quote: "A quote.".to_owned(),
                url: "https://example.org/post".to_owned(),
            },
            tags: vec!["specimen".to_owned()],
            lang: Some(OTHER_LANGUAGE.to_owned()),
        },
        reading_minutes: 3,
        related: summaries(category),
    }
}

/// The specimen pages of `kind`, each as its route and its content.
pub fn pages(kind: PageKind, site: &Site, paths: &Paths, labels: Labels) -> Vec<(String, String)> {
    let (site, category) = specimen_site(site);
    let listing = |page: u32, pages: u32, items: Vec<ArticleSummary>| ListingPage { page, pages, total: 25, items };
    match kind {
        PageKind::Article => {
            vec![(paths.article("specimen"), render::article(&site, paths, labels, &article_page(&category.slug)))]
        }
        PageKind::Listing => vec![
            (paths.feed_page(1), render::feed(&site, paths, labels, &listing(1, 3, summaries(&category.slug)))),
            (paths.feed_page(2), render::feed(&site, paths, labels, &listing(2, 3, summaries(&category.slug)))),
            (
                paths.category_page(&category.slug, 3),
                render::category(&site, paths, labels, &category, &listing(3, 3, summaries(&category.slug))),
            ),
            (
                paths.category(&category.slug),
                render::category(&site, paths, labels, &category, &listing(1, 1, Vec::new())),
            ),
        ],
        PageKind::Search => vec![(paths.search(""), render::search(&site, paths, labels))],
        PageKind::Saved => vec![(paths.saved(), render::saved(&site, paths, labels))],
        PageKind::NotFound => vec![(NOT_FOUND_ROUTE.to_owned(), render::not_found(&site, paths, labels))],
    }
}
