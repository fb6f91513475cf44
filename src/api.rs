//! Fetching published content: typed errors that say what went wrong, validation of everything
//! fetched (a page only renders content that passed the content command's checks), and a cache of
//! the checked values that makes revisits instant and can fall back to the last good copy.

use crate::http::{self, TransportError};
use crate::startup::Startup;
use crate::tasks::yield_now;
use digest_model::search::encoding::Shard;
use digest_model::search::manifest::{self, Manifest};
use digest_model::{decode, ArticlePage, DecodeError, ListingPage, Site, Validate};
use digest_ui::labels::{Label, Labels};
use futures::future::{FutureExt, Shared};
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use std::any::Any;
use std::collections::{BTreeSet, HashMap};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

/// Why content could not be shown. Each variant gets its own message, in the region that failed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    #[error("{url} was not found")]
    NotFound { url: String },
    #[error("{url} could not be fetched: the browser is offline")]
    Offline { url: String },
    #[error("{url} could not be fetched: {message}")]
    Network { url: String, message: String },
    #[error("{url} did not answer within {seconds} seconds")]
    Timeout { url: String, seconds: u32 },
    #[error("{url} answered with HTTP status {status}")]
    Server { url: String, status: u16, retry_after: Option<String> },
    #[error("{url} is larger than the {limit}-byte limit")]
    TooLarge { url: String, limit: usize },
    #[error("{url} is not UTF-8 text (invalid byte at offset {byte})")]
    BadEncoding { url: String, byte: usize },
    #[error("{url} is not valid JSON: line {line}, column {column}: {message}")]
    BadJson { url: String, line: usize, column: usize, message: String },
    #[error("{url} has invalid content: {path}: {message}")]
    Invalid { url: String, path: String, message: String },
}

impl ApiError {
    /// What the reader is told about a failed GET of `url`.
    fn from_transport(url: &str, error: TransportError) -> Self {
        let url = url.to_owned();
        match error {
            TransportError::NotFound => ApiError::NotFound { url },
            TransportError::Offline => ApiError::Offline { url },
            TransportError::Network(message) => ApiError::Network { url, message },
            TransportError::Timeout { seconds } => ApiError::Timeout { url, seconds },
            TransportError::Status { status, retry_after } => ApiError::Server { url, status, retry_after },
            TransportError::TooLarge { limit } => ApiError::TooLarge { url, limit },
            TransportError::BadEncoding { byte } => ApiError::BadEncoding { url, byte },
        }
    }

    /// A short heading for the reader.
    pub fn title(&self, t: &Labels) -> String {
        t.text(match self {
            ApiError::NotFound { .. } => Label::ErrorNotFound,
            ApiError::Offline { .. } => Label::ErrorOffline,
            ApiError::Network { .. } => Label::ErrorNetwork,
            ApiError::Timeout { .. } => Label::ErrorTimeout,
            ApiError::Server { .. } => Label::ErrorServer,
            ApiError::TooLarge { .. }
            | ApiError::BadEncoding { .. }
            | ApiError::BadJson { .. }
            | ApiError::Invalid { .. } => Label::ErrorBroken,
        })
    }

    /// What happened and what the reader can do.
    pub fn explanation(&self, t: &Labels) -> String {
        match self {
            ApiError::NotFound { .. } => t.text(Label::ExplainNotFound),
            ApiError::Offline { .. } => t.text(Label::ExplainOffline),
            ApiError::Network { .. } => t.text(Label::ExplainNetwork),
            ApiError::Timeout { seconds, .. } => t.fill(Label::ExplainTimeout, &[("seconds", &seconds.to_string())]),
            ApiError::Server { status, retry_after, .. } => {
                let status = status.to_string();
                match retry_after.as_deref().and_then(crate::retry::parse_retry_after) {
                    Some(after) => {
                        t.fill(Label::ExplainServerAfter, &[("status", &status), ("seconds", &after.to_string())])
                    }
                    None => t.fill(Label::ExplainServer, &[("status", &status)]),
                }
            }
            ApiError::TooLarge { .. }
            | ApiError::BadEncoding { .. }
            | ApiError::BadJson { .. }
            | ApiError::Invalid { .. } => t.text(Label::ExplainBroken),
        }
    }

    /// Technical details for the operator, when there are any worth showing.
    pub fn details(&self) -> Option<String> {
        (!matches!(self, ApiError::NotFound { .. } | ApiError::Offline { .. })).then(|| self.to_string())
    }
}

/// A document fetched, decoded and validated: the value itself, so that reading it again (a
/// prefetched article opened, back and forward) costs no decoding.
struct Cached {
    value: Rc<dyn Any>,
    /// The [`Api::refresh`] generation it was fetched in.
    generation: u32,
    fetched_at_ms: f64,
}

impl Cached {
    /// Whether it may be shown without asking the server: fetched in this refresh generation, and
    /// recently.
    fn is_fresh(&self, generation: u32, now_ms: f64) -> bool {
        self.generation == generation && now_ms - self.fetched_at_ms < FRESH_MS
    }
}

/// How long a fetched file is reused without asking the server again.
const FRESH_MS: f64 = 5.0 * 60.0 * 1000.0;

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
        self.get(&self.url("site.json")).await.map(|site| self.named(site))
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
        self.url(&format!("feed/{page}.json"))
    }

    fn category_url(&self, slug: &str, page: u32) -> String {
        self.url(&format!("categories/{slug}/{page}.json"))
    }

    fn article_url(&self, slug: &str) -> String {
        self.url(&format!("articles/{slug}.json"))
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

/// Decodes and checks a document of one kind, for [`Api::load`].
type Parser = fn(&str, &str) -> Result<Rc<dyn Any>, ApiError>;

/// A document on its way, of any kind.
type Loading = Pin<Box<dyn Future<Output = Result<Rc<dyn Any>, ApiError>>>>;

fn parse_any<T: DeserializeOwned + Validate + 'static>(url: &str, text: &str) -> Result<Rc<dyn Any>, ApiError> {
    parse::<T>(url, text).map(|value| Rc::new(value) as Rc<dyn Any>)
}

fn parse_shard(url: &str, text: &str) -> Result<Rc<dyn Any>, ApiError> {
    Shard::decode(text, u32::MAX).map(|shard| Rc::new(shard) as Rc<dyn Any>).map_err(|err| ApiError::Invalid {
        url: url.to_owned(),
        path: "(document)".to_owned(),
        message: err.to_string(),
    })
}

/// Decodes and validates a fetched document.
pub fn parse<T: DeserializeOwned + Validate>(url: &str, text: &str) -> Result<T, ApiError> {
    let value = decode::<T>(text).map_err(|err| match err {
        DecodeError::Syntax { line, column, message } => {
            ApiError::BadJson { url: url.to_owned(), line, column, message }
        }
        DecodeError::Field { path, message, .. } => ApiError::Invalid { url: url.to_owned(), path, message },
    })?;
    match value.issues().into_iter().next() {
        Some(issue) => Err(ApiError::Invalid { url: url.to_owned(), path: issue.path, message: issue.message }),
        None => Ok(value),
    }
}

/// site.json, loaded once and shared by the header and every page.
#[derive(Clone, Copy)]
struct SiteResource(LocalResource<Result<Site, ApiError>>);

/// Loads site.json for the app's header and provides it to [`use_site`]. Pages ask [`Api::site`]
/// themselves, which shares the request and the cache, rather than wait on this resource (which
/// would make each of them load twice when it reloads).
pub fn provide_site() {
    let site = use_content(|api| async move { api.site().await });
    provide_context(SiteResource(site));
}

/// site.json, as [`provide_site`] loads it.
pub fn use_site() -> LocalResource<Result<Site, ApiError>> {
    expect_context::<SiteResource>().0
}

/// A resource of published content that loads again when the app asks for fresh content (a retry
/// button, or the browser coming back online). `fetch` reads its reactive inputs synchronously and
/// returns the future. While the app starts in short tasks, the load starts in the task after the
/// page's.
pub fn use_content<T, Fut>(fetch: impl Fn(Api) -> Fut + 'static) -> LocalResource<T>
where
    T: 'static,
    Fut: std::future::Future<Output = T> + 'static,
{
    let api = expect_context::<Api>();
    let startup = use_context::<Startup>();
    LocalResource::new(move || {
        api.track_refresh();
        let load = fetch(api);
        let split = startup.is_some_and(|startup| startup.is_splitting());
        async move {
            if split {
                yield_now().await;
            }
            load.await
        }
    })
}
