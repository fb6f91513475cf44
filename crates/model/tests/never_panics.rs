//! Decoding and validating anything at all gives `Ok` or a typed `Err`, never a panic: in the
//! browser a panic would kill the page. 256 cases a property by default (each `make test`); longer
//! runs: `PROPTEST_CASES=100000 cargo test -p digest-model --test never_panics --release`.

use digest_model::listing::parse_page_param;
use digest_model::locate::locate;
use digest_model::reading::reading_minutes;
use digest_model::time::{parse_rfc3339, rfc2822};
use digest_model::validate::{is_slug, is_web_url, is_web_url_or_site_path};
use digest_model::{decode, Article, ArticlePage, ListingPage, Site, Validate};
use proptest::prelude::*;
use serde_json::{Map, Value};

/// Everything the app does with a fetched document, for every document type.
fn read_everything(text: &str) {
    if let Ok(article) = decode::<Article>(text) {
        let _ = article.issues();
        let _ = reading_minutes(&article);
        let _ = article.source.platform_name();
    }
    if let Ok(page) = decode::<ArticlePage>(text) {
        let _ = page.issues();
    }
    if let Ok(listing) = decode::<ListingPage>(text) {
        let _ = listing.issues();
        let _ = (listing.previous(), listing.next());
    }
    if let Ok(site) = decode::<Site>(text) {
        let _ = site.issues();
    }
}

const KEYS: &[&str] = &[
    "slug",
    "title",
    "category",
    "published",
    "summary",
    "why_it_matters",
    "steps",
    "who_benefits",
    "takeaways",
    "source",
    "author",
    "platform",
    "quote",
    "url",
    "tags",
    "article",
    "related",
    "reading_minutes",
    "page",
    "pages",
    "total",
    "items",
    "version",
    "description",
    "page_size",
    "categories",
    "promo",
    "heading",
    "text",
    "cta",
    "name",
];

fn tricky_string() -> impl Strategy<Value = String> {
    prop_oneof![
        ".*",
        Just("2026-11-20T09:30:00Z".to_owned()),
        Just("https://x.com/a/status/1".to_owned()),
        Just("javascript:alert(1)".to_owned()),
        Just("\u{202E}\u{200B}\u{FEFF}".to_owned()),
        Just("a-valid-slug".to_owned()),
        "[a-z0-9-]{0,90}",
        "[\\u{0}-\\u{10FFFF}]{0,40}",
    ]
}

/// JSON values shaped like our documents: real field names, plausible and hostile leaves.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        any::<u32>().prop_map(Value::from),
        tricky_string().prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..12).prop_map(|pairs| Value::Object(
                pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect::<Map<_, _>>()
            )),
        ]
    })
}

const VALID_ARTICLE: &str = include_str!("../../../content/articles/eval-sets-before-prompts.json");

proptest! {
    #[test]
    fn any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        read_everything(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn any_json_shaped_like_content(value in json_value()) {
        read_everything(&value.to_string());
    }

    #[test]
    fn a_valid_article_with_a_span_replaced(start in 0usize..4000, len in 0usize..64, with in tricky_string()) {
        let mut text = VALID_ARTICLE.to_owned();
        let start = text.char_indices().map(|(i, _)| i).find(|&i| i >= start.min(text.len())).unwrap_or(text.len());
        let end = text.char_indices().map(|(i, _)| i).find(|&i| i >= start + len).unwrap_or(text.len());
        text.replace_range(start..end, &with);
        read_everything(&text);
    }

    #[test]
    fn any_string_through_every_parser(text in tricky_string(), path in tricky_string()) {
        let _ = (parse_rfc3339(&text), rfc2822(&text));
        let _ = (is_slug(&text), is_web_url(&text), is_web_url_or_site_path(&text));
        let _ = parse_page_param(Some(&text));
        let _ = locate(&text, &path);
        let _ = locate(VALID_ARTICLE, &path);
    }
}
