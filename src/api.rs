//! Fetching published content: typed errors that say what went wrong, and validation of everything
//! fetched, so a page only ever renders content that passed the same checks as the content command.

use digest_core::{decode, ArticlePage, DecodeError, ListingPage, Site, Validate};
use gloo_net::http::Request;
use serde::de::DeserializeOwned;
use std::cell::RefCell;
use std::collections::HashMap;

/// Why content could not be shown. Each variant gets its own message and a retry in the region that
/// failed.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    #[error("{url} was not found")]
    NotFound { url: String },
    #[error("could not reach {url}: {message}")]
    Network { url: String, message: String },
    #[error("{url} answered {status} {status_text}")]
    Server { url: String, status: u16, status_text: String },
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
            ApiError::Network { .. } => "You seem to be offline",
            ApiError::Server { .. } => "The server had a problem",
            ApiError::BadJson { .. } | ApiError::Invalid { .. } => "This content is broken",
        }
    }

    /// What happened and what the reader (or the site's operator) can do.
    pub fn explanation(&self) -> String {
        match self {
            ApiError::NotFound { .. } => {
                "There is nothing at this address. It may have moved or been removed.".to_owned()
            }
            ApiError::Network { .. } => {
                "The content could not be downloaded. Check your connection and try again.".to_owned()
            }
            ApiError::Server { status, .. } => {
                format!("The server answered with error {status}. This is usually temporary: try again in a moment.")
            }
            ApiError::BadJson { .. } | ApiError::Invalid { .. } => {
                "A content file could not be read. The site's operator can fix it; the details are below.".to_owned()
            }
        }
    }

    /// Technical details for the operator, when there are any worth showing.
    pub fn details(&self) -> Option<String> {
        matches!(self, ApiError::BadJson { .. } | ApiError::Invalid { .. } | ApiError::Server { .. })
            .then(|| self.to_string())
    }
}

thread_local! {
    /// Response bodies by URL: published content changes only on deploy, so a revisit or back/forward
    /// renders at once instead of fetching again.
    static CACHE: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// Where to fetch each kind of content from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Api {
    content_url: String,
}

impl Api {
    pub fn new(content_url: &str) -> Self {
        Self { content_url: content_url.to_owned() }
    }

    pub async fn site(&self) -> Result<Site, ApiError> {
        self.get(&format!("{}/site.json", self.content_url)).await
    }

    pub async fn feed(&self, page: u32) -> Result<ListingPage, ApiError> {
        self.get(&format!("{}/feed/{page}.json", self.content_url)).await
    }

    pub async fn category(&self, slug: &str, page: u32) -> Result<ListingPage, ApiError> {
        self.get(&format!("{}/categories/{slug}/{page}.json", self.content_url)).await
    }

    pub async fn article(&self, slug: &str) -> Result<ArticlePage, ApiError> {
        self.get(&format!("{}/articles/{slug}.json", self.content_url)).await
    }

    async fn get<T: DeserializeOwned + Validate>(&self, url: &str) -> Result<T, ApiError> {
        let text = match CACHE.with_borrow(|cache| cache.get(url).cloned()) {
            Some(text) => text,
            None => fetch_text(url).await?,
        };
        let value = parse::<T>(url, &text)?;
        CACHE.with_borrow_mut(|cache| cache.insert(url.to_owned(), text));
        Ok(value)
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

async fn fetch_text(url: &str) -> Result<String, ApiError> {
    let network = |err: gloo_net::Error| ApiError::Network { url: url.to_owned(), message: err.to_string() };
    let response = Request::get(url).send().await.map_err(network)?;
    let status = response.status();
    if status == 404 || status == 410 {
        return Err(ApiError::NotFound { url: url.to_owned() });
    }
    if !response.ok() {
        return Err(ApiError::Server { url: url.to_owned(), status, status_text: response.status_text() });
    }
    // Hosts with an SPA fallback answer a missing data file with the app's own index.html and a 200.
    let is_html = response.headers().get("content-type").is_some_and(|t| t.starts_with("text/html"));
    if is_html {
        return Err(ApiError::NotFound { url: url.to_owned() });
    }
    response.text().await.map_err(network)
}
