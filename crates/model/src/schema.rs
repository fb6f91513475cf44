//! JSON Schemas of the content format, generated from the model's types (schemars), for editors. The
//! content command is the authority; the patterns (`rules.rs`) say the same as `validate/` in the
//! terms of a schema, and a test checks that both accept and refuse the same files (`tests/schema/`).

use crate::model::{Article, Site};
use serde_json::{json, Value};

fn with_header(schema: impl serde::Serialize, id: &str, title: &str, description: &str) -> Value {
    let mut value = serde_json::to_value(schema).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut value {
        map.insert("$id".to_owned(), json!(id));
        map.insert("title".to_owned(), json!(title));
        map.insert("description".to_owned(), json!(description));
    }
    value
}

/// The schema of `site.json`.
pub fn site() -> Value {
    with_header(
        schemars::schema_for!(Site),
        "site.schema.json",
        "digest site, content format version 1",
        "content/site.json: the digest's name, categories and optional courses promo. Checked by \
         `digest-content check`, which is the authority; this schema helps editors.",
    )
}

/// The schema of an article file.
pub fn article() -> Value {
    with_header(
        schemars::schema_for!(Article),
        "article.schema.json",
        "digest article, content format version 1",
        "One file per article: content/articles/<slug>.json. Text is plain text (never HTML). Checked by \
         `digest-content check`, which is the authority; this schema helps editors.",
    )
}
