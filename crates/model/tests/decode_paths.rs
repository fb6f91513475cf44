//! Field paths in decoding errors are found from the place serde_json reports (`locate::path_at`);
//! they must name the field that was wrong, wherever it is and however the file is laid out.

// Helpers outside #[test] functions: a failed setup step here is a failed test.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use digest_model::{decode, ArticlePage, DecodeError};
use proptest::prelude::*;
use serde_json::{json, Value};

fn page() -> Value {
    json!({
        "reading_minutes": 3,
        "related": [
            { "slug": "other", "title": "Ünïcode 日本 \"quoted\" {brace} [bracket]", "category": "tools", "published": "2026-11-20T09:30:00Z", "summary": "s", "reading_minutes": 1 }
        ],
        "article": {
            "slug": "a", "title": "T", "category": "tools", "published": "2026-11-20T09:30:00Z",
            "summary": "S, with: \"punctuation\" and ] } , :", "why_it_matters": "W",
            "steps": ["one", "two", "three"], "who_benefits": [], "takeaways": ["t"],
            "source": { "author": "a", "platform": "x", "quote": "q", "url": "https://x.com/a" },
            "tags": ["evals"]
        }
    })
}

/// Every string field of the page, by path and pointer.
const FIELDS: [(&str, &str); 14] = [
    ("related[0].slug", "/related/0/slug"),
    ("related[0].title", "/related/0/title"),
    ("related[0].summary", "/related/0/summary"),
    ("article.slug", "/article/slug"),
    ("article.title", "/article/title"),
    ("article.summary", "/article/summary"),
    ("article.why_it_matters", "/article/why_it_matters"),
    ("article.steps[0]", "/article/steps/0"),
    ("article.steps[2]", "/article/steps/2"),
    ("article.takeaways[0]", "/article/takeaways/0"),
    ("article.source.author", "/article/source/author"),
    ("article.source.url", "/article/source/url"),
    ("article.tags[0]", "/article/tags/0"),
    ("article.published", "/article/published"),
];

proptest! {
    #[test]
    fn a_wrong_type_is_reported_at_its_field(field in 0..FIELDS.len(), wrong in prop_oneof![
        Just(json!(42)), Just(json!(null)), Just(json!(true)), Just(json!([1, "x"])), Just(json!({"k": "v"})), Just(json!(-1.5e3)),
    ], pretty in any::<bool>()) {
        let (path, pointer) = FIELDS[field];
        let mut value = page();
        *value.pointer_mut(pointer).unwrap() = wrong;
        let text = if pretty { serde_json::to_string_pretty(&value).unwrap() } else { value.to_string() };
        match decode::<ArticlePage>(&text) {
            Err(DecodeError::Field { path: found, .. }) => prop_assert_eq!(found, path),
            other => panic!("expected a field error at {path}, got {other:?}"),
        }
    }

    #[test]
    fn a_missing_field_is_reported_at_its_object(field in prop::sample::select(vec![
        ("article", "/article", "summary"), ("article.source", "/article/source", "url"), ("related[0]", "/related/0", "title"), ("(document)", "", "article"),
    ])) {
        let (path, pointer, key) = field;
        let mut value = page();
        value.pointer_mut(pointer).unwrap().as_object_mut().unwrap().remove(key);
        match decode::<ArticlePage>(&serde_json::to_string_pretty(&value).unwrap()) {
            Err(DecodeError::Field { path: found, message, .. }) => {
                prop_assert_eq!(found, path);
                prop_assert!(message.contains(key), "{}", message);
            }
            other => panic!("expected a missing field at {path}, got {other:?}"),
        }
    }
}
