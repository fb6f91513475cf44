//! The data the app fetches: `site.json`, `feed/<n>.json`, `categories/<slug>/<n>.json`,
//! `articles/<slug>.json`.

use crate::index::Published;
use serde::Serialize;
use std::fs;
use std::path::Path;

fn write_json(path: &Path, value: &impl Serialize) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(path, serde_json::to_vec(value).map_err(std::io::Error::other)?)
}

/// Writes `published` under `out` (which is emptied first): `site.json`, `feed/<n>.json`,
/// `categories/<slug>/<n>.json` and `articles/<slug>.json`.
pub fn write_data(published: &Published, out: &Path) -> std::io::Result<()> {
    if out.exists() {
        fs::remove_dir_all(out)?;
    }
    write_json(&out.join("site.json"), &published.site)?;
    for page in &published.feed {
        write_json(&out.join(format!("feed/{}.json", page.page)), page)?;
    }
    for (slug, pages) in &published.categories {
        for page in pages {
            write_json(&out.join(format!("categories/{slug}/{}.json", page.page)), page)?;
        }
    }
    for page in &published.articles {
        write_json(&out.join(format!("articles/{}.json", page.article.slug)), page)?;
    }
    Ok(())
}
