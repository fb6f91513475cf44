//! The app's start: how a pre-rendered page becomes the app, in order.
//!
//! ```text
//!  pre-rendered page   the route's HTML paints with its inline CSS; links are plain links.
//!         |            public/digest-start.js, when idle: the JS prefetched, the wasm compiled
//!         v
//!  first interaction   a pointer, a touch, a key, focus: the start script instantiates the wasm;
//!         |            `crate::start` loads the locale's texts, then mounts the app a task later
//!         v
//!  takeover            services are provided before any view (app.rs); the views are built
//!         |            off-screen one task at a time ([`Start::later`], `digest_ui::later`);
//!         |            once the first page is ready and every part built, [`Handoff`] swaps it
//!         |            in for the pre-rendered content (clicks, focus and typing replayed)
//!         v
//!  warm-up             once a card prefetched an article, its parts are built off-document when
//!                      idle and it is laid out ahead ([`Warmer`]), so the first click is quick
//! ```
//!
//! One verb for all of it, *later*: [`Start::later`] runs work in a later browser task while the
//! app builds off-screen; `digest_ui::later` and `<Later>` build a view's part then;
//! [`tasks::later`] continues an async task in the next browser task. Where nothing was pre-rendered
//! (mount mode, a 404), the app is on screen at once and "later" is now.

mod handoff;
mod later;
pub mod tasks;
mod warm;

pub use handoff::Handoff;
pub use later::Start;
pub use warm::Warmer;
