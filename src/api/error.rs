//! Why content could not be shown: one error type, with what the reader is told and what the
//! operator is shown.

use crate::http::TransportError;
use digest_ui::i18n::labels::{Label, Labels};

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
    pub(super) fn from_transport(url: &str, error: TransportError) -> Self {
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
