//! JSON Schemas of the content format, generated from the model's types (schemars), for editors. The
//! content command is the authority; the patterns below say the same as `validate.rs` in the terms of
//! a schema, and a test checks that both accept and refuse the same files (`tests/schema/`).

use crate::model::{Article, Site};
use serde_json::{json, Value};

/// Regular expressions (ECMA 262, as JSON Schema uses them) for the fields' rules.
pub mod patterns {
    /// Characters that cannot be published: C0 controls but tab, line feed, carriage return, vertical
    /// tab and form feed; DEL and C1 controls but next line; noncharacters.
    macro_rules! unfit {
        () => {
            "\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u0084\\u0086-\\u009F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF"
        };
    }
    /// Text that can be published, not blank.
    pub const TEXT: &str = concat!("^(?=[\\s\\S]*\\S)[^", unfit!(), "]*$");
    /// Text that can be published, possibly empty.
    pub const PUBLISHABLE: &str = concat!("^[^", unfit!(), "]*$");
    pub const SLUG: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";
    pub const LANGUAGE_TAG: &str = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$";
    pub const DATE_TIME: &str = "^\\d{4}-\\d{2}-\\d{2}[Tt ]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})$";
    /// A handle: no spaces, controls or invisible characters.
    pub const HANDLE: &str =
        "^[^\\s\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]+$";
    /// An absolute http(s) URL with a host, without spaces or invisible characters.
    pub const WEB_URL: &str = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#@\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]+([/?#][^\\s\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]*)?$";
    /// A web URL, or a path on the hosting site such as `/courses`.
    pub const WEB_URL_OR_SITE_PATH: &str = "^([Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#@\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]+([/?#][^\\s\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]*)?|/(?!/)[^\\s\\\\\\u0000-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]*)$";
}

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
