//! The app's start: how a pre-rendered page becomes the app, in order.
//!
//! ```text
//!  pre-rendered page   the route's HTML paints with its inline CSS; links are plain links.
//!         |            public/digest-start.js, when idle: the JS prefetched, the wasm compiled
//!         v
//!  first interaction   a pointer, a touch, a key, focus: the start script instantiates the wasm;
//!         |            [`start`] loads the locale's texts, then mounts the app in a later task
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

use crate::{app, config, crash, locale};
use digest_ui::theme;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;

/// Mounts the app into the host page's `#digest` element (created at the end of `<body>` when the page
/// has none), configured from that element's `data-*` attributes.
pub fn start() {
    let document = document();
    let root = document.get_element_by_id(config::ROOT_ID).or_else(|| {
        let div = document.create_element("div").ok()?;
        div.set_id(config::ROOT_ID);
        document.body()?.append_child(&div).ok()?;
        Some(div)
    });
    let Some(root) = root else {
        web_sys::console::error_1(&"digest: no <body> to mount into".into());
        return;
    };
    let _ = root.class_list().add_1(config::ROOT_CLASS);
    let config = config::Config::from_element(&root);
    theme::apply(&root, theme::stored(), config.theme);
    let Ok(container) = document.create_element("div") else { return };
    container.set_class_name("digest-app");
    // The texts come first: the reader's whole interface speaks the locale from its first frame (a
    // pre-rendered page, already in the site's locale, stays on screen meanwhile).
    wasm_bindgen_futures::spawn_local(async move {
        // Nothing is fetched from a base path the page is not under: the app says what is wrong.
        let problem = window().location().pathname().ok().and_then(|path| config.problem(&path));
        let labels = if problem.is_some() {
            digest_ui::i18n::labels::Labels::english()
        } else {
            locale::load(&config.content_url, config.locale.as_deref(), config.site_labels).await
        };
        crash::speak(labels);
        // The wasm was instantiated in this very task: the app is built in the next one, so that no
        // task of the start runs long (docs/performance.md).
        tasks::later().await;
        let _ = root.set_attribute("lang", labels.locale());
        let _ = root.set_attribute("dir", labels.dir());
        let mount = container.clone();
        let (root, container) = (SendWrapper::new(root), SendWrapper::new(container));
        leptos::mount::mount_to(
            mount.unchecked_into(),
            move || view! { <app::App config problem root container labels /> },
        )
        .forget();
    });
}
