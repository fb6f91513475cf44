//! Fetching published content (`Api`): where it comes from, the documents already fetched (shown
//! again without asking while fresh, or as the last good copy when the server fails), and one
//! request for two regions that ask for the same file at once.
//!
//! ```text
//! error.rs    ApiError: what went wrong, for the reader and the operator
//! parse.rs    decoding and validating with the content command's rules
//! cache.rs    the checked values, and how long each is fresh
//! content.rs  use_content (the pages' resource), site.json for the header
//! ```

mod cache;
mod content;
mod error;
mod parse;

pub use content::{provide_site, use_content, use_site};
pub use error::ApiError;
pub use parse::parse;

use crate::http::{self, TransportError};
use cache::Cached;
use digest_model::routes::data;
use digest_model::search::encoding::Shard;
use digest_model::search::manifest::{self, Manifest};
use digest_model::{ArticlePage, ListingPage, Site, Validate};
use digest_ui::service::Service;
use futures::future::{FutureExt, Shared};
use leptos::prelude::*;
use parse::{parse_any, parse_shard, Loading, Parser};
use serde::de::DeserializeOwned;
use std::any::Any;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

/// Where content comes from, and the state every region shares: the documents already fetched,
/// which are being shown from an old copy, and the refresh generation that retry buttons and
/// reconnecting bump.
#[derive(Clone, Copy)]
pub struct Api {
    content_url: StoredValue<String>,
    /// The host's name for the site (`data-site-name`), over site.json's title.
    site_name: StoredValue<Option<String>>,
    generation: RwSignal<u32>,
    stale: RwSignal<BTreeSet<String>>,
    cache: StoredValue<HashMap<String, Cached>, LocalStorage>,
    /// Loads under way, so that two regions asking for one file at once share one request.
    loading: StoredValue<HashMap<String, Shared<Loading>>, LocalStorage>,
}

impl Api {
    pub fn new(content_url: &str, site_name: Option<String>) -> Self {
        Self {
            content_url: StoredValue::new(content_url.to_owned()),
            site_name: StoredValue::new(site_name),
            generation: RwSignal::new(0),
            stale: RwSignal::new(BTreeSet::new()),
            cache: StoredValue::new_local(HashMap::new()),
            loading: StoredValue::new_local(HashMap::new()),
        }
    }

    /// Asks every region to load its content again, from the server (falling back to what it has).
    pub fn refresh(&self) {
        self.generation.update(|g| *g += 1);
    }

    /// Subscribes the calling reactive scope to [`Api::refresh`].
    pub fn track_refresh(&self) {
        self.generation.track();
    }

    /// Whether some region is showing an old copy because the latest could not be loaded.
    pub fn showing_stale(&self) -> bool {
        self.stale.with(|s| !s.is_empty())
    }

    fn url(&self, path: &str) -> String {
        format!("{}/{path}", self.content_url.get_value())
    }

    /// site.json, with the host's name for the site if it gave one.
    pub async fn site(&self) -> Result<Site, ApiError> {
        self.get(&self.url(data::SITE)).await.map(|site| self.named(site))
    }

    /// The site with the host's name for it, if it gave one.
    fn named(&self, mut site: Site) -> Site {
        if let Some(name) = self.site_name.get_value() {
            site.title = name;
        }
        site
    }

    pub async fn feed(&self, page: u32) -> Result<ListingPage, ApiError> {
        self.get(&self.feed_url(page)).await
    }

    pub async fn category(&self, slug: &str, page: u32) -> Result<ListingPage, ApiError> {
        self.get(&self.category_url(slug, page)).await
    }

    pub async fn article(&self, slug: &str) -> Result<ArticlePage, ApiError> {
        self.get(&self.article_url(slug)).await
    }

    /// The search index's manifest.
    pub async fn search_manifest(&self) -> Result<Manifest, ApiError> {
        self.get(&self.url(&format!("{}/{}", manifest::FOLDER, manifest::MANIFEST))).await
    }

    /// A shard of the search index. Its ids are checked against the manifest by the search.
    pub async fn search_shard(&self, key: &str) -> Result<Rc<Shard>, ApiError> {
        let url = self.url(&format!("{}/{}", manifest::FOLDER, manifest::shard_file(key)));
        let value = self.load(url.clone(), parse_shard).await?;
        value.downcast::<Shard>().map_err(|_| ApiError::Invalid {
            url,
            path: "(document)".to_owned(),
            message: "is not the kind of document expected here".to_owned(),
        })
    }

    fn feed_url(&self, page: u32) -> String {
        self.url(&data::feed(page))
    }

    fn category_url(&self, slug: &str, page: u32) -> String {
        self.url(&data::category(slug, page))
    }

    fn article_url(&self, slug: &str) -> String {
        self.url(&data::article(slug))
    }

    fn remember(&self, url: String, value: Rc<dyn Any>, generation: u32, fetched_at_ms: f64) {
        let cached = Cached { value, generation, fetched_at_ms };
        self.cache.update_value(|cache| {
            cache.insert(url, cached);
        });
    }

    /// Whether the article is in the cache, fresh enough to show without asking the server.
    pub fn has_article(&self, slug: &str) -> bool {
        let url = self.article_url(slug);
        let generation = self.generation.get_untracked();
        self.cache.with_value(|cache| cache.get(&url).is_some_and(|c| c.is_fresh(generation, js_sys::Date::now())))
    }

    /// Loads an article into the cache before the reader asks for it: one attempt, and a failure
    /// leaves no trace (the page's own load, with its retries and messages, deals with it). Whether
    /// it is in the cache now.
    pub async fn prefetch_article(&self, slug: &str) -> bool {
        let url = self.article_url(slug);
        let generation = self.generation.get_untracked();
        let now = js_sys::Date::now();
        let Ok(text) = http::get_text_once(&url).await else { return false };
        let Ok(page) = parse_any::<ArticlePage>(&url, &text) else { return false };
        self.remember(url, page, generation, now);
        true
    }

    async fn get<T: DeserializeOwned + Validate + Clone + 'static>(&self, url: &str) -> Result<T, ApiError> {
        let value = self.load(url.to_owned(), parse_any::<T>).await?;
        // A URL names one kind of document, so the cached value is a `T`.
        value.downcast_ref::<T>().cloned().ok_or_else(|| ApiError::Invalid {
            url: url.to_owned(),
            path: "(document)".to_owned(),
            message: "is not the kind of document expected here".to_owned(),
        })
    }

    /// `url`'s document, decoded and checked by `parse`: from the cache while fresh, else from the
    /// network (falling back to the last good copy), shared with whoever asked for it meanwhile. Not
    /// generic, and boxed, so that this machinery exists once in the WebAssembly rather than once per
    /// kind of document.
    fn load(&self, url: String, parse: Parser) -> Shared<Loading> {
        if let Some(under_way) = self.loading.with_value(|loading| loading.get(&url).cloned()) {
            return under_way;
        }
        let api = *self;
        let key = url.clone();
        let loading: Loading = Box::pin(async move {
            let result = api.fetch(&url, parse).await;
            api.loading.update_value(|loading| {
                loading.remove(&url);
            });
            result
        });
        let shared = loading.shared();
        self.loading.update_value(|loading| {
            loading.insert(key, shared.clone());
        });
        shared
    }

    async fn fetch(&self, url: &str, parse: Parser) -> Result<Rc<dyn Any>, ApiError> {
        let generation = self.generation.get_untracked();
        let now = js_sys::Date::now();
        let cached =
            self.cache.with_value(|cache| cache.get(url).map(|c| (Rc::clone(&c.value), c.is_fresh(generation, now))));
        if let Some((value, true)) = cached {
            return Ok(value);
        }
        match http::get_text(url).await {
            Ok(text) => {
                let value = parse(url, &text)?;
                self.remember(url.to_owned(), Rc::clone(&value), generation, now);
                self.stale.update(|stale| {
                    stale.remove(url);
                });
                Ok(value)
            }
            // A file that is gone is gone; for anything else, the last good copy beats an error.
            Err(error) => match cached {
                Some((value, _)) if error != TransportError::NotFound => {
                    self.stale.update(|stale| {
                        stale.insert(url.to_owned());
                    });
                    Ok(value)
                }
                _ => Err(ApiError::from_transport(url, error)),
            },
        }
    }
}

impl Service for Api {
    /// An Api with nowhere to fetch from: every region says its content could not be loaded.
    fn missing() -> Self {
        Self::new("", None)
    }
}
