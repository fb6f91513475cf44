//! The content format, version 1 (documented in `docs/content.md`, schema in `docs/schema/`).
//!
//! Authors write [`Site`] and one [`Article`] per file; the content command derives the rest
//! ([`ListingPage`], [`ArticlePage`]). Unknown fields are ignored so that newer content still loads.

use serde::{Deserialize, Serialize};

/// The content format version this build reads and writes.
pub const CONTENT_VERSION: u32 = 1;

/// Articles per feed or category page when `site.json` does not say.
pub const DEFAULT_PAGE_SIZE: u32 = 10;

fn default_page_size() -> u32 {
    DEFAULT_PAGE_SIZE
}

/// `site.json`: the digest's name, its categories and the optional courses promo.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Site {
    pub version: u32,
    pub title: String,
    pub description: String,
    /// Where the app is deployed, base path included (`https://learn.example/ai-news`): absolute URLs
    /// in feeds, the sitemap and link previews start with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default = "default_page_size")]
    pub page_size: u32,
    pub categories: Vec<Category>,
    /// No promo means no promo section at all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promo: Option<Promo>,
}

impl Site {
    pub fn category(&self, slug: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.slug == slug)
    }

    /// The category's display name, or its slug when the site does not list it.
    pub fn category_name<'a>(&'a self, slug: &'a str) -> &'a str {
        self.category(slug).map_or(slug, |c| c.name.as_str())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Category {
    pub slug: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
}

/// The "Want to go deeper?" box that sends readers to the hosting site's courses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Promo {
    pub heading: String,
    pub text: String,
    pub cta: String,
    /// An absolute http(s) URL, or a path on the hosting site such as `/courses`.
    pub url: String,
}

/// One digested post: `articles/<slug>.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub slug: String,
    pub title: String,
    pub category: String,
    /// RFC 3339, e.g. `2026-11-20T09:30:00Z`.
    pub published: String,
    pub summary: String,
    pub why_it_matters: String,
    #[serde(default)]
    pub steps: Vec<String>,
    #[serde(default)]
    pub who_benefits: Vec<String>,
    #[serde(default)]
    pub takeaways: Vec<String>,
    pub source: Source,
    #[serde(default)]
    pub tags: Vec<String>,
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
        }
    }
}

/// The public post an article digests.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// The author's handle, without the leading `@`.
    pub author: String,
    /// `x`, `linkedin`, `mastodon`, `bluesky`, `threads`, `youtube`, `github`, `blog` or any other name.
    pub platform: String,
    pub quote: String,
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

    /// The label of the link to the original post: "View on X", "View on LinkedIn", or "View source".
    pub fn link_label(&self) -> String {
        match self.platform_name() {
            Some(name) => format!("View on {name}"),
            None => "View source".to_owned(),
        }
    }
}

/// What a card needs: the part of an article that feed and category pages carry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArticleSummary {
    pub slug: String,
    pub title: String,
    pub category: String,
    pub published: String,
    pub summary: String,
    pub reading_minutes: u32,
}

/// One generated page of the feed (`feed/<n>.json`) or of a category (`categories/<slug>/<n>.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListingPage {
    /// 1-based.
    pub page: u32,
    pub pages: u32,
    pub total: u32,
    pub items: Vec<ArticleSummary>,
}

/// A generated `articles/<slug>.json`: the article with what the reader shows around it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    fn link_label_names_known_platforms_and_falls_back_to_view_source() {
        assert_eq!(source("x").link_label(), "View on X");
        assert_eq!(source("LinkedIn").link_label(), "View on LinkedIn");
        assert_eq!(source("personal-blog").link_label(), "View source");
    }

    #[test]
    fn category_name_falls_back_to_the_slug() {
        let site = Site {
            version: 1,
            title: "t".into(),
            description: "d".into(),
            url: None,
            page_size: 10,
            categories: vec![Category { slug: "tools".into(), name: "Tools".into(), description: String::new() }],
            promo: None,
        };
        assert_eq!(site.category_name("tools"), "Tools");
        assert_eq!(site.category_name("gone"), "gone");
    }
}
