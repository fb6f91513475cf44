//! Full-text search over the published articles, shared by the content command (which builds the
//! index) and the app (which reads it): one definition of what a word is, how it is folded and
//! stemmed, how the index is laid out and encoded, and how a query matches and ranks, so that the
//! two can never disagree.
//!
//! The index is static files: `search/index.json` (the [`Manifest`]) and one shard a key, each
//! holding the terms whose longest key prefix is that key (terms split by prefix until each shard is
//! small). An article's id is its place counted from the oldest, so that publishing a newer one
//! changes no id; the app finds its card in the feed's pages.

pub mod encoding;
pub mod manifest;
pub mod query;
pub mod text;

pub use manifest::Manifest;
pub use query::{Query, Term};
