//! digest: an AI news & tools reader. The Leptos app lives in this library so browser tests can mount
//! its components; `main.rs` only starts it ([`start()`]; the sequence is drawn in [`start`]). The views it shares with the pre-rendered pages are in
//! `digest_ui`, the content model and routes in `digest_model`.

pub mod api;
pub mod app;
pub mod components;
pub mod config;
pub mod crash;
pub mod embed;
pub mod events;
pub mod http;
pub mod keys;
pub mod lazy;
pub mod learning_records;
pub mod listen;
pub mod locale;
pub mod navigation;
pub mod offline;
pub mod page_meta;
pub mod pages;
pub mod prefetch;
pub mod read_position;
pub mod ready;
pub mod retry;
pub mod search;
pub mod start;
pub mod viewport;
pub mod visits;
pub mod window_events;
pub mod xapi;

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
        start::tasks::later().await;
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
