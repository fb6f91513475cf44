//! Fetching published content: typed errors that say what went wrong, validation of everything
//! fetched (a page only renders content that passed the content command's checks), and a cache that
//! makes revisits instant and can fall back to the last good copy.

use crate::http;
use digest_core::{decode, ArticlePage, DecodeError, ListingPage, Site, Validate};
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};

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
    /// A short heading for the reader.
    pub fn title(&self) -> &'static str {
        match self {
            ApiError::NotFound { .. } => "Not found",
            ApiError::Offline { .. } => "You are offline",
            ApiError::Network { .. } => "Could not reach the server",
            ApiError::Timeout { .. } => "The server is taking too long",
            ApiError::Server { .. } => "The server had a problem",
            ApiError::TooLarge { .. }
            | ApiError::BadEncoding { .. }
            | ApiError::BadJson { .. }
            | ApiError::Invalid { .. } => "This content is broken",
        }
    }

    /// What happened and what the reader can do.
    pub fn explanation(&self) -> String {
        match self {
            ApiError::NotFound { .. } => {
                "There is nothing at this address. It may have moved or been removed.".to_owned()
            }
            ApiError::Offline { .. } => "Reconnect and this will load by itself.".to_owned(),
            ApiError::Network { .. } => {
                "The content could not be downloaded. Check your connection and try again.".to_owned()
            }
            ApiError::Timeout { seconds, .. } => {
                format!("No answer came within {seconds} seconds. The connection may be slow: try again.")
            }
            ApiError::Server { status, retry_after, .. } => {
                let when = retry_after
                    .as_deref()
                    .and_then(digest_core::retry::parse_retry_after)
                    .map_or_else(|| "in a moment".to_owned(), |s| format!("in {s} seconds"));
                format!("It answered with error {status}. This is usually temporary: try again {when}.")
            }
            ApiError::TooLarge { .. }
            | ApiError::BadEncoding { .. }
            | ApiError::BadJson { .. }
            | ApiError::Invalid { .. } => {
                "A content file could not be read. The site's operator can fix it; the details are below.".to_owned()
            }
        }
    }

    /// Technical details for the operator, when there are any worth showing.
    pub fn details(&self) -> Option<String> {
        (!matches!(self, ApiError::NotFound { .. } | ApiError::Offline { .. })).then(|| self.to_string())
    }
}

struct Cached {
    text: String,
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

thread_local! {
    static CACHE: RefCell<HashMap<String, Cached>> = RefCell::new(HashMap::new());
}

fn remember(url: String, text: String, generation: u32, fetched_at_ms: f64) {
    CACHE.with_borrow_mut(|cache| cache.insert(url, Cached { text, generation, fetched_at_ms }));
}

/// Where content comes from, and the state every region shares: which files are being shown from an
/// old copy, and the refresh generation that retry buttons and reconnecting bump.
#[derive(Clone, Copy, Debug)]
pub struct Api {
    content_url: StoredValue<String>,
    generation: RwSignal<u32>,
    stale: RwSignal<BTreeSet<String>>,
}

impl Api {
    pub fn new(content_url: &str) -> Self {
        Self {
            content_url: StoredValue::new(content_url.to_owned()),
            generation: RwSignal::new(0),
            stale: RwSignal::new(BTreeSet::new()),
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

    pub async fn site(&self) -> Result<Site, ApiError> {
        self.get(&self.url("site.json")).await
    }

    pub async fn feed(&self, page: u32) -> Result<ListingPage, ApiError> {
        self.get(&self.url(&format!("feed/{page}.json"))).await
    }

    pub async fn category(&self, slug: &str, page: u32) -> Result<ListingPage, ApiError> {
        self.get(&self.url(&format!("categories/{slug}/{page}.json"))).await
    }

    pub async fn article(&self, slug: &str) -> Result<ArticlePage, ApiError> {
        self.get(&self.article_url(slug)).await
    }

    fn article_url(&self, slug: &str) -> String {
        self.url(&format!("articles/{slug}.json"))
    }

    /// Whether the article is in the cache, fresh enough to show without asking the server.
    pub fn has_article(&self, slug: &str) -> bool {
        let url = self.article_url(slug);
        let generation = self.generation.get_untracked();
        CACHE.with_borrow(|cache| cache.get(&url).is_some_and(|c| c.is_fresh(generation, js_sys::Date::now())))
    }

    /// Loads an article into the cache before the reader asks for it: one attempt, and a failure
    /// leaves no trace (the page's own load, with its retries and messages, deals with it).
    pub async fn prefetch_article(&self, slug: &str) {
        let url = self.article_url(slug);
        let generation = self.generation.get_untracked();
        let now = js_sys::Date::now();
        if let Ok(text) = http::get_text_once(&url).await {
            if parse::<ArticlePage>(&url, &text).is_ok() {
                remember(url, text, generation, now);
            }
        }
    }

    async fn get<T: DeserializeOwned + Validate>(&self, url: &str) -> Result<T, ApiError> {
        let generation = self.generation.get_untracked();
        let now = js_sys::Date::now();
        let cached = CACHE.with_borrow(|cache| cache.get(url).map(|c| (c.text.clone(), c.is_fresh(generation, now))));
        if let Some((text, true)) = &cached {
            return parse(url, text);
        }
        match http::get_text(url).await {
            Ok(text) => {
                let value = parse(url, &text)?;
                remember(url.to_owned(), text, generation, now);
                self.stale.update(|stale| {
                    stale.remove(url);
                });
                Ok(value)
            }
            // A file that is gone is gone; for anything else, the last good copy beats an error.
            Err(error) => match cached {
                Some((text, _)) if !matches!(error, ApiError::NotFound { .. }) => {
                    self.stale.update(|stale| {
                        stale.insert(url.to_owned());
                    });
                    parse(url, &text)
                }
                _ => Err(error),
            },
        }
    }
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

/// A resource of published content that loads again when the app asks for fresh content (a retry
/// button, or the browser coming back online). `fetch` reads its reactive inputs synchronously and
/// returns the future.
pub fn use_content<T, Fut>(fetch: impl Fn(Api) -> Fut + 'static) -> LocalResource<T>
where
    T: 'static,
    Fut: std::future::Future<Output = T> + 'static,
{
    let api = expect_context::<Api>();
    LocalResource::new(move || {
        api.track_refresh();
        fetch(api)
    })
}
