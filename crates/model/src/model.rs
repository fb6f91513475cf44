//! The content format, version 1 (documented in `docs/content.md`, schema in `docs/schema/`).
//!
//! Authors write [`Site`] and one [`Article`] per file; the content command derives the rest
//! ([`ListingPage`], [`ArticlePage`]). Unknown fields are ignored so that newer content still loads.

#[cfg(feature = "schema")]
#[cfg(feature = "schema")]
use crate::rules::{limits, patterns};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The content format version this build reads and writes.
pub const CONTENT_VERSION: u32 = 1;

/// Articles per feed or category page when `site.json` does not say.
pub const DEFAULT_PAGE_SIZE: u32 = 10;

fn default_page_size() -> u32 {
    DEFAULT_PAGE_SIZE
}

/// `site.json`: the digest's name, its categories and the optional courses promo.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Site {
    /// Always 1 for this format.
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 1)))]
    pub version: u32,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = limits::TITLE), pattern(patterns::TEXT)))]
    pub title: String,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = limits::SUMMARY), pattern(patterns::TEXT)))]
    pub description: String,
    /// Where the app is deployed, base path included (`https://learn.example/ai-news`): absolute URLs
    /// in feeds, the sitemap and link previews start with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(max = limits::URL), pattern(patterns::WEB_URL)))]
    pub url: Option<String>,
    /// Articles per feed or category page.
    #[serde(default = "default_page_size")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = limits::PAGE_SIZE)))]
    pub page_size: u32,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = limits::CATEGORIES)))]
    pub categories: Vec<Category>,
    /// The site-wide promo, shown where no category or tag promo matches. No promo at all means no
    /// promo section.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promo: Option<Promo>,
    /// A promo for each category that has its own courses, by category slug.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub category_promos: BTreeMap<String, Promo>,
    /// Promos for articles with given tags, tried in order: the first whose tags an article has wins,
    /// over its category's promo.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "schema", schemars(length(max = limits::TAG_PROMOS)))]
    pub tag_promos: Vec<TagPromo>,
    /// The language of the reader's interface (`de`, `pt-BR`): one of the bundled locales (en, de,
    /// es, fr, pt, ar). English when absent. A host page's `data-locale` chooses another.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(max = limits::LANGUAGE_TAG), pattern(patterns::LANGUAGE_TAG)))]
    pub locale: Option<String>,
    /// The site's own words for any text of the interface, by key (docs/content.md lists them),
    /// used in every locale.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
}

impl Site {
    pub fn category(&self, slug: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.slug == slug)
    }

    /// The promo an article shows: the first tag promo matching one of its tags, else its category's,
    /// else the site-wide one.
    pub fn promo_for(&self, category: &str, tags: &[String]) -> Option<ChosenPromo<'_>> {
        let by_tag = self.tag_promos.iter().find(|p| p.tags.iter().any(|t| tags.contains(t))).map(|p| &p.promo);
        by_tag
            .or_else(|| self.category_promos.get(category))
            .map(|promo| ChosenPromo { promo, site_wide: false })
            .or_else(|| self.promo.as_ref().map(|promo| ChosenPromo { promo, site_wide: true }))
    }

    /// The category's display name, or its slug when the site does not list it.
    pub fn category_name<'a>(&'a self, slug: &'a str) -> &'a str {
        self.category(slug).map_or(slug, |c| c.name.as_str())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Category {
    #[cfg_attr(feature = "schema", schemars(length(max = limits::SLUG), pattern(patterns::SLUG)))]
    pub slug: String,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = limits::TITLE), pattern(patterns::TEXT)))]
    pub name: String,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(length(max = limits::SUMMARY), pattern(patterns::PUBLISHABLE)))]
    pub description: String,
}

/// The "Want to go deeper?" box that sends readers to the hosting site's courses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Promo {
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = limits::TITLE), pattern(patterns::TEXT)))]
    pub heading: String,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = limits::SUMMARY), pattern(patterns::TEXT)))]
    pub text: String,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = limits::HANDLE), pattern(patterns::TEXT)))]
    pub cta: String,
    /// An absolute http(s) URL, or a path on the hosting site such as `/courses`.
    #[cfg_attr(feature = "schema", schemars(length(max = limits::URL), pattern(patterns::WEB_URL_OR_SITE_PATH)))]
    pub url: String,
}

/// A promo for articles tagged with any of `tags`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TagPromo {
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = limits::TAGS), inner(length(max = limits::SLUG), pattern(patterns::SLUG))))]
    pub tags: Vec<String>,
    pub promo: Promo,
}

/// The promo for one article, and whether it is the site-wide one (which a host's
/// `data-courses-url` redirects; the others point where the site chose).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChosenPromo<'a> {
    pub promo: &'a Promo,
    pub site_wide: bool,
}

/// One digested post: `articles/<slug>.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Article {
    /// The article's URL name; must equal the file name without `.json`.
    #[cfg_attr(feature = "schema", schemars(length(max = limits::SLUG), pattern(patterns::SLUG)))]
    pub slug: String,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = limits::TITLE), pattern(patterns::TEXT)))]
    pub title: String,
    /// The slug of a category listed in site.json.
    #[cfg_attr(feature = "schema", schemars(length(max = limits::SLUG), pattern(patterns::SLUG)))]
    pub category: String,
    /// RFC 3339, e.g. `2026-11-20T09:30:00Z`.
    #[cfg_attr(feature = "schema", schemars(pattern(patterns::DATE_TIME)))]
    pub published: String,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = limits::SUMMARY), pattern(patterns::TEXT)))]
    pub summary: String,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = limits::PARAGRAPH), pattern(patterns::TEXT)))]
    pub why_it_matters: String,
    /// How to implement this in your domain, in order. Empty or absent hides the section.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(length(max = limits::LIST_ITEMS), inner(length(min = 1, max = limits::LIST_ITEM), pattern(patterns::TEXT))))]
    pub steps: Vec<String>,
    /// Empty or absent hides the section.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(length(max = limits::LIST_ITEMS), inner(length(min = 1, max = limits::LIST_ITEM), pattern(patterns::TEXT))))]
    pub who_benefits: Vec<String>,
    /// Empty or absent hides the section.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(length(max = limits::LIST_ITEMS), inner(length(min = 1, max = limits::LIST_ITEM), pattern(patterns::TEXT))))]
    pub takeaways: Vec<String>,
    pub source: Source,
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(length(max = limits::TAGS), inner(length(max = limits::SLUG), pattern(patterns::SLUG))))]
    pub tags: Vec<String>,
    /// The language the article is written in (`en`), when it is not the site's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(max = limits::LANGUAGE_TAG), pattern(patterns::LANGUAGE_TAG)))]
    pub lang: Option<String>,
}

impl Article {
    pub fn summary(&self, reading_minutes: u32) -> ArticleSummary {
        ArticleSummary {
            slug: self.slug.clone(),
            title: self.title.clone(),
            category: self.category.clone(),
            published: self.published.clone(),
            summary: self.summary.clone(),
            reading_minutes,
            lang: self.lang.clone(),
        }
    }
}

/// The public post an article digests.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Source {
    /// The author's handle; a leading `@` is optional.
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = limits::HANDLE), pattern(patterns::HANDLE)))]
    pub author: String,
    /// `x` (shown as "View on X"), `linkedin`, `mastodon`, `bluesky`, `threads`, `youtube`, `github`,
    /// `hacker-news`, `reddit`, `substack`, or any other name (shown as "View source").
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = limits::HANDLE), pattern(patterns::TEXT)))]
    pub platform: String,
    #[cfg_attr(feature = "schema", schemars(length(min = 1, max = limits::QUOTE), pattern(patterns::TEXT)))]
    pub quote: String,
    #[cfg_attr(feature = "schema", schemars(length(max = limits::URL), pattern(patterns::WEB_URL)))]
    pub url: String,
}

impl Source {
    /// The platform's display name, when we know it.
    pub fn platform_name(&self) -> Option<&'static str> {
        Some(match self.platform.to_ascii_lowercase().as_str() {
            "x" | "twitter" => "X",
            "linkedin" => "LinkedIn",
            "mastodon" => "Mastodon",
            "bluesky" => "Bluesky",
            "threads" => "Threads",
            "youtube" => "YouTube",
            "github" => "GitHub",
            "hacker-news" | "hackernews" => "Hacker News",
            "reddit" => "Reddit",
            "substack" => "Substack",
            _ => return None,
        })
    }

    /// The author's handle as shown: `@someone`, whether or not the content wrote the `@`.
    pub fn handle(&self) -> String {
        format!("@{}", self.author.trim_start_matches('@'))
    }

    /// The platform's display name when we know it, else its name as the content wrote it.
    pub fn platform_display(&self) -> String {
        self.platform_name().map_or_else(|| self.platform.clone(), str::to_owned)
    }
}

/// What a card needs: the part of an article that feed and category pages carry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ArticleSummary {
    pub slug: String,
    pub title: String,
    pub category: String,
    pub published: String,
    pub summary: String,
    pub reading_minutes: u32,
    /// The article's language, when it is not the site's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(length(max = limits::LANGUAGE_TAG), pattern(patterns::LANGUAGE_TAG)))]
    pub lang: Option<String>,
}

/// One generated page of the feed (`feed/<n>.json`) or of a category (`categories/<slug>/<n>.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ListingPage {
    /// 1-based.
    pub page: u32,
    pub pages: u32,
    pub total: u32,
    pub items: Vec<ArticleSummary>,
}

/// A generated `articles/<slug>.json`: the article with what the reader shows around it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ArticlePage {
    pub article: Article,
    pub reading_minutes: u32,
    /// "More in <category>": up to three other articles of the same category, newest first.
    pub related: Vec<ArticleSummary>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(platform: &str) -> Source {
        Source { author: "a".into(), platform: platform.into(), quote: "q".into(), url: "https://example.org".into() }
    }

    #[test]
    fn handles_have_one_at_sign_and_platforms_a_display_name() {
        let mut s = source("hacker-news");
        assert_eq!(s.handle(), "@a");
        s.author = "@@a".into();
        assert_eq!(s.handle(), "@a");
        assert_eq!(s.platform_display(), "Hacker News");
        assert_eq!(source("my-blog").platform_display(), "my-blog");
    }

    #[test]
    fn known_platforms_have_their_names() {
        assert_eq!(source("x").platform_name(), Some("X"));
        assert_eq!(source("LinkedIn").platform_name(), Some("LinkedIn"));
        assert_eq!(source("personal-blog").platform_name(), None);
    }

    /// A site with one category, "tools", and nothing optional.
    fn site() -> Site {
        Site {
            version: 1,
            title: "t".into(),
            description: "d".into(),
            url: None,
            page_size: 10,
            categories: vec![Category { slug: "tools".into(), name: "Tools".into(), description: String::new() }],
            promo: None,
            category_promos: Default::default(),
            tag_promos: Vec::new(),
            locale: None,
            labels: Default::default(),
        }
    }

    #[test]
    fn category_name_falls_back_to_the_slug() {
        let site = site();
        assert_eq!(site.category_name("tools"), "Tools");
        assert_eq!(site.category_name("gone"), "gone");
    }

    fn promo(heading: &str) -> Promo {
        Promo { heading: heading.into(), text: "t".into(), cta: "c".into(), url: "/courses".into() }
    }

    #[test]
    fn the_first_matching_tag_promo_wins_then_the_category_then_the_site() {
        let site = Site {
            promo: Some(promo("site")),
            category_promos: [("tools".to_owned(), promo("tools"))].into(),
            tag_promos: vec![
                TagPromo { tags: vec!["rag".into(), "agents".into()], promo: promo("first") },
                TagPromo { tags: vec!["agents".into()], promo: promo("second") },
            ],
            ..site()
        };
        let chosen = |category: &str, tags: &[&str]| {
            let tags: Vec<String> = tags.iter().map(|t| (*t).to_owned()).collect();
            site.promo_for(category, &tags).map(|c| (c.promo.heading.clone(), c.site_wide))
        };
        assert_eq!(chosen("tools", &["agents"]), Some(("first".into(), false)));
        assert_eq!(chosen("tools", &["other"]), Some(("tools".into(), false)));
        assert_eq!(chosen("news", &[]), Some(("site".into(), true)));
        let no_site_wide = Site { promo: None, ..site.clone() };
        assert_eq!(no_site_wide.promo_for("news", &[]), None);
    }
}
