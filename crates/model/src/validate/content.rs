//! The checks of each content type, field by field, with their paths.

use super::address::{is_web_url_or_site_path, language_tag, slug, timestamp, web_url};
use super::text::{characters, is_invisible, list, text};
use super::{Issue, Path, Rule, Validate};
use crate::model::{Article, ArticlePage, ArticleSummary, Category, ListingPage, Promo, Site, Source, CONTENT_VERSION};
use crate::rules::limits;

impl Validate for Site {
    fn check(&self, at: &Path, issues: &mut Vec<Issue>) {
        if self.version != CONTENT_VERSION {
            at.field("version").issue(
                issues,
                Rule::Version,
                format!(
                    "content version {} is not supported; this build reads version {CONTENT_VERSION}",
                    self.version
                ),
            );
        }
        text(&at.field("title"), &self.title, limits::TITLE, issues);
        text(&at.field("description"), &self.description, limits::SUMMARY, issues);
        if let Some(url) = &self.url {
            web_url(&at.field("url"), url, issues);
        }
        if !(1..=limits::PAGE_SIZE).contains(&self.page_size) {
            at.field("page_size").issue(issues, Rule::Range, format!("must be from 1 to {}", limits::PAGE_SIZE));
        }
        let categories = at.field("categories");
        if self.categories.is_empty() {
            categories.issue(issues, Rule::TooFew, "must list at least one category");
        } else if self.categories.len() > limits::CATEGORIES {
            categories.issue(
                issues,
                Rule::TooMany,
                format!("has {} items; the limit is {}", self.categories.len(), limits::CATEGORIES),
            );
        }
        for (i, category) in self.categories.iter().enumerate() {
            let here = categories.index(i);
            category.check(&here, issues);
            if self.categories.iter().take(i).any(|c| c.slug == category.slug) {
                here.field("slug").issue(issues, Rule::Duplicate, format!("{:?} is listed twice", category.slug));
            }
        }
        if let Some(promo) = &self.promo {
            promo.check(&at.field("promo"), issues);
        }
        if let Some(locale) = &self.locale {
            language_tag(&at.field("locale"), locale, issues);
        }
        let labels = at.field("labels");
        for (key, text_) in &self.labels {
            text(&labels.field(key), text_, limits::LABEL, issues);
        }
        let category_promos = at.field("category_promos");
        for (category, promo) in &self.category_promos {
            promo.check(&category_promos.field(category), issues);
        }
        let tag_promos = at.field("tag_promos");
        if self.tag_promos.len() > limits::TAG_PROMOS {
            let message = format!("has {} items; the limit is {}", self.tag_promos.len(), limits::TAG_PROMOS);
            tag_promos.issue(issues, Rule::TooMany, message);
        }
        for (i, tag_promo) in self.tag_promos.iter().enumerate().take(limits::TAG_PROMOS) {
            let here = tag_promos.index(i);
            let tags = here.field("tags");
            if tag_promo.tags.is_empty() {
                tags.issue(issues, Rule::TooFew, "must list at least one tag");
            }
            for (j, tag) in tag_promo.tags.iter().enumerate().take(limits::TAGS) {
                slug(&tags.index(j), tag, issues);
            }
            tag_promo.promo.check(&here.field("promo"), issues);
        }
    }
}

impl Validate for Category {
    fn check(&self, at: &Path, issues: &mut Vec<Issue>) {
        slug(&at.field("slug"), &self.slug, issues);
        text(&at.field("name"), &self.name, limits::TITLE, issues);
        if self.description.chars().count() > limits::SUMMARY {
            at.field("description").issue(
                issues,
                Rule::TooLong,
                format!("is longer than {} characters", limits::SUMMARY),
            );
        } else {
            characters(&at.field("description"), &self.description, issues);
        }
    }
}

impl Validate for Promo {
    fn check(&self, at: &Path, issues: &mut Vec<Issue>) {
        text(&at.field("heading"), &self.heading, limits::TITLE, issues);
        text(&at.field("text"), &self.text, limits::SUMMARY, issues);
        text(&at.field("cta"), &self.cta, limits::HANDLE, issues);
        if !is_web_url_or_site_path(&self.url) {
            at.field("url").issue(
                issues,
                Rule::Url,
                "must be an http(s) URL or a path on the hosting site such as /courses",
            );
        }
    }
}

/// The fields an article and its summary share: `[slug, title, category, published, summary]`.
fn check_summary_fields(at: &Path, [slug_, title, category, published, summary]: [&str; 5], issues: &mut Vec<Issue>) {
    slug(&at.field("slug"), slug_, issues);
    text(&at.field("title"), title, limits::TITLE, issues);
    slug(&at.field("category"), category, issues);
    timestamp(&at.field("published"), published, issues);
    text(&at.field("summary"), summary, limits::SUMMARY, issues);
}

impl Validate for Article {
    fn check(&self, at: &Path, issues: &mut Vec<Issue>) {
        let shared = [&self.slug, &self.title, &self.category, &self.published, &self.summary];
        check_summary_fields(at, shared.map(String::as_str), issues);
        text(&at.field("why_it_matters"), &self.why_it_matters, limits::PARAGRAPH, issues);
        list(&at.field("steps"), &self.steps, limits::LIST_ITEMS, limits::LIST_ITEM, issues);
        list(&at.field("who_benefits"), &self.who_benefits, limits::LIST_ITEMS, limits::LIST_ITEM, issues);
        list(&at.field("takeaways"), &self.takeaways, limits::LIST_ITEMS, limits::LIST_ITEM, issues);
        self.source.check(&at.field("source"), issues);
        let tags = at.field("tags");
        if self.tags.len() > limits::TAGS {
            tags.issue(issues, Rule::TooMany, format!("has {} items; the limit is {}", self.tags.len(), limits::TAGS));
        }
        for (i, tag) in self.tags.iter().enumerate().take(limits::TAGS) {
            slug(&tags.index(i), tag, issues);
        }
        if let Some(lang) = &self.lang {
            language_tag(&at.field("lang"), lang, issues);
        }
    }
}

impl Validate for Source {
    fn check(&self, at: &Path, issues: &mut Vec<Issue>) {
        let author = at.field("author");
        text(&author, &self.author, limits::HANDLE, issues);
        if self.author.chars().any(|c| c.is_whitespace() || c.is_control() || is_invisible(c)) {
            author.issue(issues, Rule::Handle, "is a handle: no spaces or invisible characters");
        }
        text(&at.field("platform"), &self.platform, limits::HANDLE, issues);
        text(&at.field("quote"), &self.quote, limits::QUOTE, issues);
        web_url(&at.field("url"), &self.url, issues);
    }
}

impl Validate for ArticleSummary {
    fn check(&self, at: &Path, issues: &mut Vec<Issue>) {
        let shared = [&self.slug, &self.title, &self.category, &self.published, &self.summary];
        check_summary_fields(at, shared.map(String::as_str), issues);
        if let Some(lang) = &self.lang {
            language_tag(&at.field("lang"), lang, issues);
        }
    }
}

impl Validate for ListingPage {
    fn check(&self, at: &Path, issues: &mut Vec<Issue>) {
        if self.page < 1 || self.page > self.pages.max(1) {
            at.field("page").issue(issues, Rule::Range, format!("page {} is outside 1..={}", self.page, self.pages));
        }
        for (i, item) in self.items.iter().enumerate() {
            item.check(&at.field("items").index(i), issues);
        }
    }
}

impl Validate for ArticlePage {
    fn check(&self, at: &Path, issues: &mut Vec<Issue>) {
        self.article.check(&at.field("article"), issues);
        for (i, item) in self.related.iter().enumerate() {
            item.check(&at.field("related").index(i), issues);
        }
    }
}
