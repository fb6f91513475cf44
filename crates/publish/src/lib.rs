//! digest's publisher: checks a content folder, derives what the app fetches, and writes a site whose
//! every route is a page rendered by the app's own components (`digest_ui`), with feeds, a sitemap and
//! a Content-Security-Policy. Native only; `digest-content` is its command line.

pub mod data;
pub mod diagnostics;
pub mod index;
pub mod load;
pub mod related;
pub mod schema;
pub mod site;

use diagnostics::Problem;
use digest_model::validate::{is_web_url, Rule};
use index::{publish, Published};
use std::path::Path;

/// What to write.
#[derive(Clone, Copy, Debug)]
pub enum Target<'a> {
    /// The data alone, into this folder (emptied first).
    Data(&'a Path),
    /// A deployment folder holding a Trunk build: its `data/`, and from its `index.html` a page per
    /// route, `404.html`, feeds, `sitemap.xml` and `robots.txt`. `site_url` overrides site.json's `url`.
    Site { dist: &'a Path, site_url: Option<&'a str> },
}

/// Loads and checks `dir`, then writes `target`; the warnings come back with what was published.
pub fn run(dir: &Path, target: Target<'_>) -> Result<(Published, Vec<Problem>), Vec<Problem>> {
    let mut content = load::load(dir)?;
    let mut warnings = content.warnings;
    let (data, dist) = match target {
        Target::Data(out) => (out.to_owned(), None),
        Target::Site { dist, site_url } => {
            if let Some(url) = site_url {
                if !is_web_url(url) {
                    let problem =
                        Problem::new(Path::new("--site-url"), "url", format!("{url:?} is not an http(s) URL"))
                            .with_fix(Rule::Url.fix());
                    return Err(vec![problem]);
                }
                content.site.url = Some(url.trim_end_matches('/').to_owned());
            }
            (dist.join("data"), Some(dist))
        }
    };
    let published = publish(&content.site, &content.articles);
    data::write_data(&published, &data)
        .map_err(|err| vec![Problem::new(&data, "write", format!("cannot write the output: {err}"))])?;
    if let Some(dist) = dist {
        let notes = site::write_site(&published, dist).map_err(|err| vec![Problem::new(dist, "site", err)])?;
        warnings.extend(notes.into_iter().map(|note| Problem::warning(&dist.join("index.html"), "no-site-url", note)));
    }
    Ok((published, warnings))
}
