//! One GET of a content file, made sturdy: a timeout, bounded retries with backoff for transient
//! failures (see [`crate::retry`]), a size limit, and a UTF-8 check, each failure classified.
//! What the reader is told about a failure is [`crate::api`]'s business.

use crate::retry::{retry_delay_ms, Failure};
use crate::start::tasks::sleep;
use gloo_net::http::{Request, Response};
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;
use web_sys::{AbortController, AbortSignal};

/// How long one attempt may take, headers and body together.
pub const TIMEOUT_MS: u32 = 8_000;

/// The largest content file we read: far above any valid one, far below what hurts a phone.
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// How a GET failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TransportError {
    /// 404 or 410, or an HTML page where a data file was asked for (a host's SPA fallback).
    NotFound,
    /// The browser says it is offline.
    Offline,
    /// No answer: refused, reset, dropped, blocked.
    Network(String),
    /// No complete answer within the timeout.
    Timeout { seconds: u32 },
    /// An error status, with the raw `Retry-After` header if any.
    Status { status: u16, retry_after: Option<String> },
    /// A body over the limit.
    TooLarge { limit: usize },
    /// A body that is not UTF-8, invalid from byte `byte`.
    BadEncoding { byte: usize },
}

/// The body of `url` as text, retrying transient failures.
pub async fn get_text(url: &str) -> Result<String, TransportError> {
    let mut attempt = 1;
    loop {
        let error = match get_text_once(url).await {
            Ok(text) => return Ok(text),
            Err(error) => error,
        };
        match failure_of(&error).and_then(|failure| retry_delay_ms(attempt, failure)) {
            Some(delay) => {
                sleep(delay).await;
                attempt += 1;
            }
            None => return Err(error),
        }
    }
}

fn failure_of(error: &TransportError) -> Option<Failure<'_>> {
    match error {
        TransportError::Network(_) => Some(Failure::Network),
        TransportError::Timeout { .. } => Some(Failure::Timeout),
        TransportError::Status { status, retry_after } => {
            Some(Failure::Status { status: *status, retry_after: retry_after.as_deref() })
        }
        _ => None,
    }
}

/// The body of `url` as text, in one attempt (for prefetching, which must not add retries to a
/// struggling network).
pub async fn get_text_once(url: &str) -> Result<String, TransportError> {
    let deadline = Deadline::after(Duration::from_millis(TIMEOUT_MS.into()));
    let result = request(url, deadline.signal()).await;
    result
        .map_err(|error| if deadline.passed() { TransportError::Timeout { seconds: TIMEOUT_MS / 1000 } } else { error })
}

/// An abort signal that fires once `after` has passed, for a request that must not hang; dropping
/// it clears its timer.
pub struct Deadline {
    controller: Option<AbortController>,
    timer: Option<TimeoutHandle>,
    passed: Rc<Cell<bool>>,
}

impl Deadline {
    pub fn after(after: Duration) -> Self {
        let controller = AbortController::new().ok();
        let passed = Rc::new(Cell::new(false));
        let timer = {
            let (passed, controller) = (Rc::clone(&passed), controller.clone());
            set_timeout_with_handle(
                move || {
                    passed.set(true);
                    if let Some(controller) = controller {
                        controller.abort();
                    }
                },
                after,
            )
            .ok()
        };
        Self { controller, timer, passed }
    }

    /// What the request listens to, when the browser can abort one.
    pub fn signal(&self) -> Option<AbortSignal> {
        self.controller.as_ref().map(AbortController::signal)
    }

    /// Whether the time ran out (and the request was aborted for it).
    pub fn passed(&self) -> bool {
        self.passed.get()
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        if let Some(timer) = self.timer.take() {
            timer.clear();
        }
    }
}

async fn request(url: &str, signal: Option<AbortSignal>) -> Result<String, TransportError> {
    let response = Request::get(url).abort_signal(signal.as_ref()).send().await.map_err(|e| network_error(&e))?;
    check_status(&response)?;
    let too_large = || TransportError::TooLarge { limit: MAX_BYTES };
    let declared = response.headers().get("content-length").and_then(|n| n.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_BYTES) {
        return Err(too_large());
    }
    let bytes = response.binary().await.map_err(|e| network_error(&e))?;
    if bytes.len() > MAX_BYTES {
        return Err(too_large());
    }
    String::from_utf8(bytes).map_err(|e| TransportError::BadEncoding { byte: e.utf8_error().valid_up_to() })
}

fn check_status(response: &Response) -> Result<(), TransportError> {
    let status = response.status();
    if status == 404 || status == 410 {
        return Err(TransportError::NotFound);
    }
    if !response.ok() {
        return Err(TransportError::Status { status, retry_after: response.headers().get("retry-after") });
    }
    // Hosts with an SPA fallback answer a missing data file with the app's own index.html and a 200.
    if response.headers().get("content-type").is_some_and(|t| t.trim_start().starts_with("text/html")) {
        return Err(TransportError::NotFound);
    }
    Ok(())
}

fn network_error(error: &gloo_net::Error) -> TransportError {
    if window().navigator().on_line() {
        TransportError::Network(error.to_string())
    } else {
        TransportError::Offline
    }
}
