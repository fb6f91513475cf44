//! digest's publisher: checks a content folder, derives what the app fetches, and writes a site whose
//! every route is a page rendered by the app's own components (`digest_ui`), with feeds, a sitemap and
//! a Content-Security-Policy. Native only; `digest-content` is its command line.
//!
//! Publishing grows linearly with the archive and uses every core: files are read and checked in
//! parallel, the related-articles index is built without comparing every pair, and pages are made
//! and written in parallel, one at a time each, never all held. Publishing again into the same folder
//! makes and writes only what changed (`output`).

pub mod cache;
pub mod content_cache;
pub mod data;
pub mod diagnostics;
pub mod error;
pub mod files;
pub mod fingerprint;
pub mod index;
pub mod load;
pub mod locales;
pub mod meta;
pub mod output;
pub mod related;
pub mod related_cache;
pub mod schema;
pub mod search_index;
pub mod site;

use content_cache::ContentCache;
use diagnostics::Problem;
use digest_model::validate::{is_web_url, Rule};
use error::Error;
use index::{publish, Published};
use output::{Output, Summary};
use rayon::prelude::*;
use related_cache::RelatedCache;
use std::fs;
use std::path::Path;

/// What to write.
#[derive(Clone, Copy, Debug)]
pub enum Target<'a> {
    /// The data alone, into this folder.
    Data(&'a Path),
    /// A deployment folder holding a Trunk build: its `data/`, and from its `index.html` a page per
    /// route, `404.html`, feeds, `sitemap.xml` and `robots.txt`. `site_url` overrides site.json's `url`;
    /// `offline` makes the service worker for offline reading (otherwise one that removes itself);
    /// `template` is the app's page the route pages are made from, when it is not `dist/index.html`
    /// (a new build of the app, whose page must not replace a served home page before it is remade).
    Site { dist: &'a Path, site_url: Option<&'a str>, offline: bool, template: Option<&'a Path> },
}

/// What a successful run published and did.
#[derive(Debug)]
pub struct Report {
    pub published: Published,
    /// What is allowed but probably unintended.
    pub warnings: Vec<Problem>,
    pub output: Summary,
}

/// Takes the folder `target` writes into for this run, first of all: two runs never both load and
/// write. A site's folder must hold the app's build; a data folder is made when missing.
fn take_folder(target: Target<'_>) -> Result<output::lock::RunLock, Vec<Problem>> {
    let root = match target {
        Target::Data(out) => {
            fs::create_dir_all(out)
                .map_err(|err| vec![Problem::new(out, "write", Error::io("create", out)(err).to_string())])?;
            out
        }
        Target::Site { dist, template, .. }
            if !template.map_or_else(|| dist.join("index.html"), Path::to_owned).is_file() =>
        {
            return Err(vec![Problem::new(dist, "site", Error::NoApp(dist.to_owned()).to_string())]);
        }
        Target::Site { dist, .. } => dist,
    };
    output::lock::RunLock::take(root).map_err(|err| vec![Problem::new(root, "write", err.to_string())])
}

/// Loads and checks `dir`, then writes `target`; with a `cache` folder, publishing again reads and
/// makes only what changed (see `content_cache` and `output`).
pub fn run(dir: &Path, target: Target<'_>, cache: Option<&Path>) -> Result<Report, Vec<Problem>> {
    let lock = take_folder(target)?;
    // Only a cache needs it, and it reads the whole program file.
    let program = cache.and_then(|_| fingerprint::program());
    let (mut content_cache, related_cache) = match (cache, program) {
        (Some(cache), Some(program)) => (
            ContentCache::open(cache::file_for(cache, "content", dir), program),
            RelatedCache::open(cache::file_for(cache, "related", dir), program),
        ),
        _ => (ContentCache::none(), RelatedCache::none()),
    };
    let mut content = load::load(dir, &mut content_cache, load::Keep::Articles)?;
    let checked = content.articles.iter().map(|c| {
        (c.file.file_name().and_then(|n| n.to_str()).unwrap_or_default(), c.stamp, &c.meta, c.article.is_some())
    });
    // Only a faster next run depends on it: a cache that cannot be written is no reason to stop.
    let _ = content_cache.save(checked);
    let mut warnings = content.warnings;
    let (root, prefix) = match target {
        Target::Data(out) => (out, ""),
        Target::Site { dist, site_url, .. } => {
            if let Some(url) = site_url {
                if !is_web_url(url) {
                    let problem =
                        Problem::new(Path::new("--site-url"), "url", format!("{url:?} is not an http(s) URL"))
                            .with_fix(Rule::Url.fix());
                    return Err(vec![problem]);
                }
                content.site.url = Some(url.trim_end_matches('/').to_owned());
            }
            (dist, "data/")
        }
    };
    let published = publish(&content.site, content.articles, &related_cache);
    let problem = |err: Error| vec![Problem::new(root, "write", err.to_string())];
    let pages = match target {
        Target::Site { dist, offline, template, .. } => Some(
            site::Pages::new(&published, dist, template, offline)
                .map_err(|err| vec![Problem::new(dist, "site", err.to_string())])?,
        ),
        Target::Data(_) => None,
    };
    let base = match program {
        Some(program) => fingerprint::combine([
            program,
            fingerprint::of(&serde_json::to_vec(&published.site).unwrap_or_default()),
            pages.as_ref().map_or(0, site::Pages::fingerprint),
        ]),
        None => output::unique_base(),
    };
    let out =
        Output::open(root, cache.map(|cache| cache::file_for(cache, "output", root)), base, lock.after_unfinished);

    let listing_pages: Vec<_> = published
        .listings()
        .iter()
        .flat_map(|listing| (1..=published.pagination(listing).pages()).map(move |n| (listing, n)))
        .collect();
    listing_pages
        .into_par_iter()
        .try_for_each(|(listing, n)| {
            let page = published.listing_source(listing, n);
            data::listing(&out, prefix, listing, n, &page)?;
            pages.as_ref().map_or(Ok(()), |pages| pages.listing(&out, listing, n, &page))
        })
        .map_err(problem)?;
    let ranks = 0..u32::try_from(published.len()).unwrap_or(u32::MAX);
    ranks
        .into_par_iter()
        .try_for_each(|rank| {
            let Some(meta) = published.meta(rank) else { return Ok(()) };
            let page = published.article_source(rank);
            data::article(&out, prefix, &meta.slug, &page)?;
            pages.as_ref().map_or(Ok(()), |pages| pages.article(&out, &meta.slug, &page))
        })
        .map_err(problem)?;
    data::site(&out, prefix, &published).map_err(problem)?;
    locales::write(&out, prefix, &published.site).map_err(problem)?;
    let search_record = cache.zip(program).map(|(cache, program)| (cache::file_for(cache, "search", root), program));
    let search_record = search_record.as_ref().map(|(file, program)| (file.as_path(), *program));
    search_index::write(&out, prefix, &published, search_record).map_err(problem)?;
    let mut namespaces: Vec<String> = data::NAMESPACES.iter().map(|n| format!("{prefix}{n}")).collect();
    if let (Some(pages), Target::Site { dist, .. }) = (&pages, target) {
        let notes = pages.the_rest(&out, dist).map_err(|err| vec![Problem::new(dist, "site", err.to_string())])?;
        warnings.extend(notes.into_iter().map(|note| Problem::warning(&dist.join("index.html"), "no-site-url", note)));
        namespaces.extend(site::NAMESPACES.iter().map(|n| (*n).to_owned()));
    }
    let namespaces: Vec<&str> = namespaces.iter().map(String::as_str).collect();
    let output = out.finish(&namespaces).map_err(problem)?;
    drop(pages);
    lock.release();
    Ok(Report { published, warnings, output })
}
