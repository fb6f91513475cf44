//! digest's content model and the pure logic around it.
//!
//! Everything here is plain Rust with no web dependencies, so the app (compiled to WebAssembly), the
//! `digest-content` command and native tests all share one definition of what valid content is.

pub mod content_dir;
pub mod decode;
pub mod index;
pub mod listing;
pub mod locate;
pub mod model;
pub mod prefetch;
pub mod progress;
pub mod publish;
pub mod reading;
pub mod related;
pub mod retry;
pub mod time;
pub mod validate;

pub use decode::{decode, DecodeError};
pub use model::{Article, ArticlePage, ArticleSummary, Category, ListingPage, Promo, Site, Source};
pub use validate::{Issue, Validate};
