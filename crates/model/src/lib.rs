//! digest's content model: the types authors write and the app reads, decoding that says where a file
//! is wrong, validation, and the routes every address is built from.
//!
//! Plain Rust with no web and no filesystem dependencies, so the app (compiled to WebAssembly), the
//! publisher and native tests share one definition of what valid content is and where it lives.

pub mod decode;
pub mod listing;
pub mod locate;
pub mod model;
pub mod reading;
pub mod routes;
pub mod rules;
#[cfg(feature = "schema")]
pub mod schema;
pub mod search;
pub mod time;
pub mod validate;

pub use decode::{decode, DecodeError};
pub use model::{
    Article, ArticlePage, ArticleSummary, Category, ChosenPromo, ListingPage, Promo, Site, Source, TagPromo,
};
pub use routes::Paths;
pub use validate::{Issue, Validate};
