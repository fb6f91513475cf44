//! The data the app fetches (`digest_model::routes::data`: `site.json`, `feed/<n>.json`,
//! `categories/<slug>/<n>.json`, `articles/<slug>.json`), under a folder (`prefix`: `data/` in a
//! deployment).

use crate::error::{Error, Result};
use crate::index::{Listing, Published, Source};
use crate::output::Output;
use digest_model::model::{ArticlePage, ListingPage};
use digest_model::routes::data;
use serde::Serialize;

/// The folders under the data folder that hold nothing but what this module writes.
pub const NAMESPACES: [&str; 4] =
    [data::FOLDERS[0], data::FOLDERS[1], data::FOLDERS[2], digest_model::search::manifest::FOLDER];

fn json(value: &impl Serialize) -> Result<Vec<u8>> {
    serde_json::to_vec(value).map_err(|err| Error::json(&err))
}

/// `site.json`.
pub fn site(out: &Output, prefix: &str, published: &Published) -> Result<()> {
    out.file(&format!("{prefix}{}", data::SITE), None, || json(&published.site))
}

/// Page `number` of `listing`.
pub fn listing(
    out: &Output,
    prefix: &str,
    listing: &Listing,
    number: u32,
    page: &Source<'_, ListingPage>,
) -> Result<()> {
    let path = match &listing.category {
        Some(category) => format!("{prefix}{}", data::category(&category.slug, number)),
        None => format!("{prefix}{}", data::feed(number)),
    };
    out.file(&path, Some(page.key()), || json(page.get()?))
}

/// The article `slug`.
pub fn article(out: &Output, prefix: &str, slug: &str, page: &Source<'_, ArticlePage>) -> Result<()> {
    out.file(&format!("{prefix}{}", data::article(slug)), Some(page.key()), || json(page.get()?))
}
