//! digest: an AI news & tools reader. The Leptos app lives in this library so browser tests can mount
//! its components; `main.rs` only starts it (`start`). The views it shares with the pre-rendered pages are in
//! `digest_ui`, the content model and routes in `digest_model`.

pub mod api;
pub mod app;
pub mod components;
pub mod config;
pub mod crash;
pub mod embed;
pub mod events;
pub mod http;
pub mod locale;
pub mod navigation;
pub mod offline;
pub mod page_meta;
pub mod pages;
pub mod prefetch;
pub mod ready;
pub mod retry;
pub mod search;
pub mod start;
