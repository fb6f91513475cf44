//! Reading offline: the service worker the content command writes (`publish --offline`,
//! `digest-sw.js`) is registered where the page asks for it (`data-offline`), and whether the browser
//! is online, for the notice that says what still works.

use crate::api::Api;
use crate::window_events::on_window;
use digest_model::Paths;
use digest_ui::saved_store::SavedStore;
use js_sys::{Function, Object, Promise, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::collections::BTreeSet;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Registers `digest-sw.js` for the app's base path. A browser without service workers, or a refusal
/// (a private window, a host's policy), leaves the app as it is: online only.
pub fn register(paths: &Paths) {
    let navigator = window().navigator();
    let Some(container) =
        Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok().filter(|c| !c.is_undefined())
    else {
        return;
    };
    let Some(register) =
        Reflect::get(&container, &JsValue::from_str("register")).ok().and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return;
    };
    let options = Object::new();
    let _ = Reflect::set(&options, &JsValue::from_str("scope"), &JsValue::from_str(&paths.home()));
    let script = JsValue::from_str(&paths.file("digest-sw.js"));
    let Ok(promise) = register.call2(&container, &script, &options).and_then(|p| p.dyn_into::<Promise>()) else {
        return;
    };
    spawn_local(async move {
        // A refusal is not an error for the reader; the console says why, for the operator.
        if let Err(error) = JsFuture::from(promise).await {
            web_sys::console::warn_2(&JsValue::from_str("digest: offline reading is unavailable:"), &error);
        }
    });
}

/// Fetches each article as it is saved, data and page, so that the service worker keeps them for
/// reading offline (it keeps what passes through it).
pub fn keep_saved_articles(saved: SavedStore, api: Api, paths: Paths) {
    Effect::new(move |before: Option<BTreeSet<String>>| {
        let now = saved.slugs();
        if let Some(before) = before {
            for slug in now.difference(&before) {
                let (slug, page) = (slug.clone(), paths.article(slug));
                spawn_local(async move {
                    api.prefetch_article(&slug).await;
                    drop(gloo_net::http::Request::get(&page).send().await);
                });
            }
        }
        now
    });
}

/// Whether the browser is online, following its `online` and `offline` events; the listeners go with
/// the calling owner.
pub fn use_online() -> ReadSignal<bool> {
    let online = RwSignal::new(window().navigator().on_line());
    on_window("online", move |_| online.set(true));
    on_window("offline", move |_| online.set(false));
    online.read_only()
}
