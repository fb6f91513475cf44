//! What makes content valid beyond its JSON shape. The content command reports every issue; the app
//! refuses a fetched document that has any, so nothing unchecked is ever rendered (text stays text,
//! and only http(s) URLs become links).
//!
//! ```text
//! mod.rs        Validate, Issue, Rule (each rule's fix)
//! path.rs       the field path an issue names: source.url, steps[2]
//! text.rs       characters that cannot be published, lengths, lists
//! address.rs    slugs, web URLs, language tags, dates
//! normalize.rs  whitespace-like controls turned into spaces before checking
//! content.rs    the checks of each content type
//! ```

mod address;
mod content;
mod normalize;
mod path;
mod text;

pub use address::{is_language_tag, is_slug, is_web_url, is_web_url_or_site_path};
pub use normalize::{normalize_text, Normalize};
pub use path::Path;
pub use text::unfit;

use std::fmt;

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

#[cfg(test)]
mod tests {
    use super::text::may_be_unfit;
    use super::*;
    use crate::model::*;
    use crate::rules::limits;
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
