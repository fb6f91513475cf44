//! The data the app fetches: `site.json`, `feed/<n>.json`, `categories/<slug>/<n>.json`,
//! `articles/<slug>.json`, under a folder (`prefix`: `data/` in a deployment).

use crate::index::{Listing, Published};
use crate::output::Output;
use serde::Serialize;

/// The folders under the data folder that hold nothing but what this module writes.
pub const NAMESPACES: [&str; 3] = ["feed", "categories", "articles"];

fn json(value: &impl Serialize) -> Result<Vec<u8>, String> {
    serde_json::to_vec(value).map_err(|err| format!("cannot write JSON: {err}"))
}

/// `site.json`.
pub fn site(out: &Output, prefix: &str, published: &Published) -> Result<(), String> {
    out.file(&format!("{prefix}site.json"), None, || json(&published.site))
}

/// Page `number` of `listing`.
pub fn listing(
    out: &Output,
    prefix: &str,
    published: &Published,
    listing: &Listing,
    number: u32,
) -> Result<(), String> {
    let path = match &listing.category {
        Some(category) => format!("{prefix}categories/{}/{number}.json", category.slug),
        None => format!("{prefix}feed/{number}.json"),
    };
    out.file(&path, Some(published.listing_key(listing, number)), || json(&published.listing_page(listing, number)?))
}

/// The article of rank `rank`.
pub fn article(out: &Output, prefix: &str, published: &Published, rank: u32) -> Result<(), String> {
    let Some(meta) = published.meta(rank) else { return Ok(()) };
    out.file(&format!("{prefix}articles/{}.json", meta.slug), Some(published.article_key(rank)), || {
        json(&published.article_page(rank)?)
    })
}
