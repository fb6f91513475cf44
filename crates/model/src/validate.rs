//! What makes content valid beyond its JSON shape. The content command reports every issue; the app
//! refuses a fetched document that has any, so nothing unchecked is ever rendered (text stays text,
//! and only http(s) URLs become links).

use crate::model::{Article, ArticlePage, ArticleSummary, Category, ListingPage, Promo, Site, Source, CONTENT_VERSION};
use crate::time::parse_rfc3339;
use std::fmt;

/// Length limits, in characters, so that one runaway field cannot freeze a phone.
pub mod limits {
    pub const SLUG: usize = 80;
    pub const TITLE: usize = 200;
    pub const SUMMARY: usize = 1_000;
    pub const PARAGRAPH: usize = 3_000;
    pub const LIST_ITEM: usize = 600;
    pub const LIST_ITEMS: usize = 30;
    pub const QUOTE: usize = 2_000;
    pub const HANDLE: usize = 64;
    pub const URL: usize = 2_048;
    pub const TAGS: usize = 12;
    pub const CATEGORIES: usize = 50;
    pub const TAG_PROMOS: usize = 100;
    pub const LANGUAGE_TAG: usize = 35;
    pub const LABEL: usize = 600;
    pub const PAGE_SIZE: u32 = 100;
}

/// Which rule a problem breaks; each comes with a way to fix it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    Empty,
    TooLong,
    TooMany,
    TooFew,
    Range,
    Slug,
    Date,
    Url,
    Handle,
    Duplicate,
    Version,
    Character,
    Language,
}

impl Rule {
    /// The rule's short name, as messages show it: `error[url]`.
    pub fn name(self) -> &'static str {
        match self {
            Rule::Empty => "empty",
            Rule::TooLong => "too-long",
            Rule::TooMany => "too-many",
            Rule::TooFew => "too-few",
            Rule::Range => "range",
            Rule::Slug => "slug",
            Rule::Date => "date",
            Rule::Url => "url",
            Rule::Handle => "handle",
            Rule::Duplicate => "duplicate",
            Rule::Version => "version",
            Rule::Character => "character",
            Rule::Language => "language",
        }
    }

    /// How an author fixes it.
    pub fn fix(self) -> &'static str {
        match self {
            Rule::Empty => "write the text, or leave an optional list out",
            Rule::TooLong => "shorten it; readers skim",
            Rule::TooMany => "keep the most useful items",
            Rule::TooFew => "add at least one",
            Rule::Range => "use a number in the range",
            Rule::Slug => "e.g. \"open-weights-matter\"",
            Rule::Date => "write the date and time with a zone, e.g. \"2026-11-20T09:30:00Z\"",
            Rule::Url => "copy the full https:// address of the page",
            Rule::Handle => "write the handle alone, e.g. \"someone\" or \"@someone\"",
            Rule::Duplicate => "rename or remove one of them",
            Rule::Version => "set \"version\": 1, or use a newer digest",
            Rule::Character => "delete it: it cannot be shown, and feed readers reject a feed that contains it",
            Rule::Language => "write the language's code, with a region if it matters: \"en\", \"de\", \"pt-BR\"",
        }
    }
}

/// One problem: where (`source.url`, `steps[2]`), which rule, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    pub path: String,
    pub rule: Rule,
    pub message: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Content that can be checked.
pub trait Validate {
    /// Appends every issue, with paths below `at`.
    fn check(&self, at: &Path, issues: &mut Vec<Issue>);

    /// Every issue, in document order; empty when valid.
    fn issues(&self) -> Vec<Issue> {
        let mut issues = Vec::new();
        self.check(&Path::root(), &mut issues);
        issues
    }
}

/// A field path being built up: `source.url`, `steps[2]`.
#[derive(Clone, Debug, Default)]
pub struct Path(String);

impl Path {
    pub fn root() -> Self {
        Self::default()
    }

    pub fn field(&self, name: &str) -> Self {
        if self.0.is_empty() {
            Self(name.to_owned())
        } else {
            Self(format!("{}.{name}", self.0))
        }
    }

    pub fn index(&self, i: usize) -> Self {
        Self(format!("{}[{i}]", self.0))
    }

    pub fn issue(&self, issues: &mut Vec<Issue>, rule: Rule, message: impl Into<String>) {
        let path = if self.0.is_empty() { "(document)".to_owned() } else { self.0.clone() };
        issues.push(Issue { path, rule, message: message.into() });
    }
}

/// Whether `slug` is usable in a URL path and a file name: lowercase ASCII letters, digits and
/// single hyphens.
pub fn is_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= limits::SLUG
        && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

/// Whether `url` is an absolute `http:` or `https:` URL with a host: the only URLs that become links.
pub fn is_web_url(url: &str) -> bool {
    let scheme_len = ["https://", "http://"]
        .into_iter()
        .find(|scheme| url.get(..scheme.len()).is_some_and(|s| s.eq_ignore_ascii_case(scheme)))
        .map(str::len);
    let Some(rest) = scheme_len.and_then(|len| url.get(len..)) else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    url.len() <= limits::URL
        && !host.is_empty()
        && !host.contains('@')
        && !url.chars().any(|c| c.is_whitespace() || c.is_control() || is_invisible(c) || unfit(c).is_some())
}

/// Whether `url` is a web URL or a path on the hosting site (`/courses`), as the promo may link to.
pub fn is_web_url_or_site_path(url: &str) -> bool {
    is_web_url(url)
        || (url.starts_with('/')
            && !url.starts_with("//")
            && !url.contains('\\')
            && url.len() <= limits::URL
            && !url.chars().any(|c| c.is_whitespace() || c.is_control() || is_invisible(c) || unfit(c).is_some()))
}

/// Zero-width and direction-override characters, which can make text or a link read as something else.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// Why `c` cannot be published in text, if it cannot. XML (feeds, sitemap) has no way to write these
/// at all, and HTML parsers treat them as errors. Tab, line feed and carriage return are text; the
/// vertical tab, form feed and next-line controls are whitespace, which [`normalize_text`] turns
/// into spaces before anything is checked or published. Lone surrogates never get this far: JSON
/// decoding refuses them.
pub fn unfit(c: char) -> Option<&'static str> {
    match c {
        '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' => None,
        '\0'..='\u{1F}' | '\u{7F}' => Some("a control character"),
        '\u{80}'..='\u{9F}' => {
            Some("a control character, which usually means the text was decoded with the wrong encoding")
        }
        '\u{FDD0}'..='\u{FDEF}' => Some("a noncharacter"),
        _ if u32::from(c) & 0xFFFE == 0xFFFE => Some("a noncharacter"),
        _ => None,
    }
}

/// Turns the whitespace-like controls (vertical tab, form feed, next line) into spaces: text pasted
/// from a PDF or a word processor carries them, and they mean a break between words.
pub fn normalize_text(text: &mut String) {
    // A byte scan first (U+0085 is C2 85): a search for chars decodes every character.
    let may_hold = text.bytes().any(|b| matches!(b, 0x0B | 0x0C | 0xC2));
    if may_hold && text.contains(['\u{0B}', '\u{0C}', '\u{85}']) {
        *text = text.replace(['\u{0B}', '\u{0C}', '\u{85}'], " ");
    }
}

/// Content whose text fields can be normalised with [`normalize_text`] before it is checked.
pub trait Normalize {
    fn normalize(&mut self);
}

impl Normalize for Site {
    fn normalize(&mut self) {
        normalize_text(&mut self.title);
        normalize_text(&mut self.description);
        for category in &mut self.categories {
            normalize_text(&mut category.name);
            normalize_text(&mut category.description);
        }
        if let Some(promo) = &mut self.promo {
            for text in [&mut promo.heading, &mut promo.text, &mut promo.cta] {
                normalize_text(text);
            }
        }
    }
}

impl Normalize for Article {
    fn normalize(&mut self) {
        for text in [&mut self.title, &mut self.summary, &mut self.why_it_matters, &mut self.source.quote] {
            normalize_text(text);
        }
        for list in [&mut self.steps, &mut self.who_benefits, &mut self.takeaways] {
            list.iter_mut().for_each(normalize_text);
        }
    }
}

/// Whether `value` may hold a character [`unfit`] refuses: a control byte, DEL, or a lead byte of
/// U+0080-U+00BF (C2), of U+F000-U+FFFF (EF: the noncharacters of the BMP), or of a supplementary
/// plane (F0-F4). Most text has none, and this byte scan is far cheaper than decoding every character
/// (a fifth of checking a large archive).
fn may_be_unfit(value: &str) -> bool {
    value.bytes().any(|b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7F || b == 0xC2 || b >= 0xEF)
}

fn characters(at: &Path, value: &str, issues: &mut Vec<Issue>) {
    if !may_be_unfit(value) {
        return;
    }
    if let Some((i, c, what)) = value.chars().enumerate().find_map(|(i, c)| unfit(c).map(|what| (i, c, what))) {
        at.issue(issues, Rule::Character, format!("character {} is U+{:04X}, {what}", i + 1, u32::from(c)));
    }
}

fn text(at: &Path, value: &str, max: usize, issues: &mut Vec<Issue>) {
    if value.trim().is_empty() {
        at.issue(issues, Rule::Empty, "must not be empty");
    } else if value.chars().count() > max {
        at.issue(issues, Rule::TooLong, format!("is {} characters long; the limit is {max}", value.chars().count()));
    } else {
        characters(at, value, issues);
    }
}

fn list(at: &Path, items: &[String], max_items: usize, max_len: usize, issues: &mut Vec<Issue>) {
    if items.len() > max_items {
        at.issue(issues, Rule::TooMany, format!("has {} items; the limit is {max_items}", items.len()));
    }
    for (i, item) in items.iter().enumerate().take(max_items) {
        text(&at.index(i), item, max_len, issues);
    }
}

fn slug(at: &Path, value: &str, issues: &mut Vec<Issue>) {
    if !is_slug(value) {
        at.issue(
            issues,
            Rule::Slug,
            format!(
                "{value:?} is not a slug: use lowercase letters, digits and single hyphens, at most {} characters",
                limits::SLUG
            ),
        );
    }
}

fn timestamp(at: &Path, value: &str, issues: &mut Vec<Issue>) {
    if parse_rfc3339(value).is_none() {
        at.issue(
            issues,
            Rule::Date,
            format!("{value:?} is not an RFC 3339 date-time such as \"2026-11-20T09:30:00Z\""),
        );
    }
}

fn web_url(at: &Path, value: &str, issues: &mut Vec<Issue>) {
    if !is_web_url(value) {
        at.issue(issues, Rule::Url, "must be an http:// or https:// URL with a host, without spaces");
    }
}

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

/// Whether `tag` looks like a BCP 47 language tag: `en`, `pt-BR`, `zh-Hant-TW`.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    tag.len() <= limits::LANGUAGE_TAG
        && (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|part| (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn language_tag(at: &Path, tag: &str, issues: &mut Vec<Issue>) {
    if !is_language_tag(tag) {
        at.issue(issues, Rule::Language, "must be a language tag such as en, de or pt-BR");
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The byte scan never lets an unfit character through.
        #[test]
        fn the_byte_scan_sees_every_unfit_character(text in "\\PC*|[\\x00-\\x{9F}\\x{FDD0}-\\x{FDEF}\\x{FFFE}\\x{FFFF}\\x{1FFFE}\\x{10FFFF}a é]*") {
            if text.chars().any(|c| unfit(c).is_some()) {
                prop_assert!(may_be_unfit(&text));
            }
        }
    }

    fn valid_article() -> Article {
        Article {
            slug: "open-weights".into(),
            title: "Open weights".into(),
            category: "news".into(),
            published: "2026-11-20T09:30:00Z".into(),
            summary: "A summary.".into(),
            why_it_matters: "Because.".into(),
            steps: vec!["Do this.".into()],
            who_benefits: vec![],
            takeaways: vec!["One.".into()],
            source: Source {
                author: "someone".into(),
                platform: "x".into(),
                quote: "Quote.".into(),
                url: "https://x.com/someone/status/1".into(),
            },
            tags: vec!["open-source".into()],
            lang: None,
        }
    }

    fn paths(issues: Vec<Issue>) -> Vec<String> {
        issues.into_iter().map(|i| i.path).collect()
    }

    #[test]
    fn a_valid_article_has_no_issues() {
        assert_eq!(valid_article().issues(), vec![]);
    }

    #[test]
    fn every_issue_is_reported_with_its_path() {
        let mut a = valid_article();
        a.slug = "Not A Slug".into();
        a.title = "   ".into();
        a.published = "20 Nov 2026".into();
        a.steps = vec!["ok".into(), String::new()];
        a.source.url = "javascript:alert(1)".into();
        a.tags = vec!["fine".into(), "Bad Tag".into()];
        assert_eq!(paths(a.issues()), ["slug", "title", "published", "steps[1]", "source.url", "tags[1]"]);
    }

    #[test]
    fn over_long_fields_and_lists_are_refused() {
        let mut a = valid_article();
        a.summary = "x".repeat(limits::SUMMARY + 1);
        a.takeaways = vec!["t".into(); limits::LIST_ITEMS + 1];
        let issues = a.issues();
        assert_eq!(paths(issues.clone()), ["summary", "takeaways"]);
        assert!(issues[0].message.contains("limit is 1000"), "{}", issues[0]);
    }

    #[test]
    fn characters_that_cannot_be_published_are_refused_with_their_place() {
        for (bad, code) in [
            ("\u{0}", "U+0000"),
            ("\u{7}", "U+0007"),
            ("\u{1B}", "U+001B"),
            ("\u{7F}", "U+007F"),
            ("\u{92}", "U+0092"),
            ("\u{FFFE}", "U+FFFE"),
            ("\u{FFFF}", "U+FFFF"),
            ("\u{FDD0}", "U+FDD0"),
            ("\u{1FFFF}", "U+1FFFF"),
        ] {
            let mut a = valid_article();
            a.takeaways = vec![format!("ab{bad}c")];
            let issues = a.issues();
            assert_eq!(paths(issues.clone()), ["takeaways[0]"], "{code}");
            assert_eq!(issues[0].rule, Rule::Character);
            assert!(issues[0].message.starts_with(&format!("character 3 is {code}, ")), "{}", issues[0]);
        }
        let mut a = valid_article();
        a.source.url = "https://x.com/\u{FFFF}".into();
        assert_eq!(paths(a.issues()), ["source.url"]);
    }

    #[test]
    fn whitespace_controls_become_spaces_and_text_controls_stay() {
        let mut a = valid_article();
        a.title = "Page\u{0C}break\u{0B}and\u{85}next".into();
        a.steps = vec!["tab\there\r\nline".into()];
        a.normalize();
        assert_eq!(a.title, "Page break and next");
        assert_eq!(a.steps, ["tab\there\r\nline"]);
        assert_eq!(a.issues(), vec![]);
    }

    #[test]
    fn only_http_and_https_urls_are_web_urls() {
        for good in ["https://x.com/a/status/1", "http://example.org", "HTTPS://Example.org/p?q=1#f"] {
            assert!(is_web_url(good), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<b>x</b>",
            "vbscript:msgbox",
            "//evil.example",
            "/relative",
            "https://",
            "https:///path",
            "https://a b.com",
            "ftp://x.org",
            "https://user@evil.example",
            "https://exa\u{202E}mple.com",
            "https://x.com/\u{200B}",
        ] {
            assert!(!is_web_url(bad), "{bad}");
        }
    }

    #[test]
    fn the_promo_may_link_to_a_site_path() {
        assert!(is_web_url_or_site_path("/courses"));
        assert!(is_web_url_or_site_path("https://learn.example/courses"));
        assert!(!is_web_url_or_site_path("//evil.example/courses"));
        assert!(!is_web_url_or_site_path("courses"));
        assert!(!is_web_url_or_site_path("javascript:void(0)"));
    }

    #[test]
    fn slugs() {
        for good in ["a", "open-weights-2", "x1"] {
            assert!(is_slug(good), "{good}");
        }
        for bad in ["", "-a", "a-", "a--b", "A", "a_b", "a/b", "..", "é"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }

    #[test]
    fn site_checks_version_categories_and_promo() {
        let site = Site {
            version: 2,
            title: "t".into(),
            description: "d".into(),
            url: Some("ftp://x".into()),
            page_size: 0,
            categories: vec![
                Category { slug: "news".into(), name: "News".into(), description: String::new() },
                Category { slug: "news".into(), name: "Again".into(), description: String::new() },
            ],
            promo: Some(Promo { heading: "h".into(), text: "t".into(), cta: "c".into(), url: "javascript:x".into() }),
            category_promos: Default::default(),
            tag_promos: Vec::new(),
            locale: None,
            labels: Default::default(),
        };
        assert_eq!(paths(site.issues()), ["version", "url", "page_size", "categories[1].slug", "promo.url"]);
    }
}
