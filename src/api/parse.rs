//! Decoding and checking a fetched document with the content command's own rules, into the typed
//! value the pages read, or an [`ApiError`] that says where it is wrong.

use super::ApiError;
use digest_model::search::encoding::Shard;
use digest_model::{decode, DecodeError, Validate};
use serde::de::DeserializeOwned;
use std::any::Any;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

/// Decodes and checks a document of one kind, for [`Api::load`].
pub(super) type Parser = fn(&str, &str) -> Result<Rc<dyn Any>, ApiError>;

/// A document on its way, of any kind.
pub(super) type Loading = Pin<Box<dyn Future<Output = Result<Rc<dyn Any>, ApiError>>>>;

pub(super) fn parse_any<T: DeserializeOwned + Validate + 'static>(
    url: &str,
    text: &str,
) -> Result<Rc<dyn Any>, ApiError> {
    parse::<T>(url, text).map(|value| Rc::new(value) as Rc<dyn Any>)
}

pub(super) fn parse_shard(url: &str, text: &str) -> Result<Rc<dyn Any>, ApiError> {
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
