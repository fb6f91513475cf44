//! Prefetching the articles a reader is likely to open, so that opening one is instant: a card the
//! reader points at or focuses at once, cards scrolled into view when the browser is idle. The queue's
//! policy (how many at once, what goes first) is [`queue`]; this module connects it to the page, and
//! stays out of the way when the host or the reader's connection asks for less.
//!
//! Cards only carry `data-digest-prefetch` (the components render the same HTML in the browser and in
//! the publisher); the app listens on its root and watches each page's cards once it is ready.

pub mod queue;

use crate::api::Api;
use crate::ready::{ReadyPages, Shown};
use crate::start::tasks::idle;
use crate::start::Warmer;
use leptos::prelude::*;
use leptos::task::spawn_local;
use queue::PrefetchQueue;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry};

/// The attribute that marks an element whose visibility prefetches an article (each article card); its
/// value is the slug.
pub const ATTRIBUTE: &str = "data-digest-prefetch";

/// The app's prefetching: the queue, and where it loads to.
#[derive(Clone, Copy)]
struct Prefetcher {
    api: Api,
    queue: StoredValue<PrefetchQueue>,
    /// Told of each article prefetched and each card pointed at, to compile the article page's code
    /// and lay out the article before it is opened.
    warmer: Warmer,
}

impl Prefetcher {
    /// Prefetches the article `slug`; `urgent` when the reader is about to open it (pointer or focus
    /// on its card), which puts it first in line and has it laid out ahead.
    fn article(self, slug: &str, urgent: bool) {
        if urgent {
            self.warmer.pointed(slug);
        }
        if self.api.has_article(slug) {
            return;
        }
        if let Some(start) = self.queue.try_update_value(|queue| queue.want(slug, urgent)).flatten() {
            self.run(start);
        }
    }

    fn run(self, slug: String) {
        spawn_local(async move {
            if self.api.prefetch_article(&slug).await {
                self.warmer.prefetched(&slug);
            }
            if let Some(next) = self.queue.try_update_value(PrefetchQueue::finished).flatten() {
                self.run(next);
            }
        });
    }
}

/// Prefetches from the cards under `root`, unless the host turned it off (`enabled` false) or the
/// reader's connection asks for less ([`connection_allows`]). What it installs goes with the calling
/// owner.
pub fn install(root: &Element, api: Api, ready: ReadyPages, warmer: Warmer, enabled: bool) {
    if !enabled || !connection_allows() {
        return;
    }
    let prefetcher = Prefetcher { api, queue: StoredValue::new(PrefetchQueue::new()), warmer };
    // A card pointed at or focused: the reader is about to open it.
    let on_intent = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        let card = event
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest(&format!("[{ATTRIBUTE}]")).ok().flatten());
        if let Some(slug) = card.and_then(|card| card.get_attribute(ATTRIBUTE)) {
            prefetcher.article(&slug, true);
        }
    });
    for event in ["pointerover", "focusin"] {
        let _ = root.add_event_listener_with_callback(event, on_intent.as_ref().unchecked_ref());
    }
    // Each page's cards, once it is ready; the previous page's stop being watched.
    let watching: StoredValue<Option<SendWrapper<Watch>>> = StoredValue::new(None);
    let app = root.clone();
    ready.on_ready(move |_| {
        if let Some(previous) = watching.try_update_value(Option::take).flatten() {
            previous.take().observer.disconnect();
            prefetcher.queue.update_value(PrefetchQueue::clear_waiting);
        }
        watching.set_value(Watch::start(prefetcher, &app).map(SendWrapper::new));
        Shown::Live
    });
    let listening = SendWrapper::new((root.clone(), on_intent));
    on_cleanup(move || {
        let (root, on_intent) = listening.take();
        for event in ["pointerover", "focusin"] {
            let _ = root.remove_event_listener_with_callback(event, on_intent.as_ref().unchecked_ref());
        }
        if let Some(watch) = watching.try_update_value(Option::take).flatten() {
            watch.take().observer.disconnect();
        }
    });
}

/// Whether the reader's connection welcomes prefetching: not when they asked browsers to save data
/// (Save-Data), nor on a 2G connection. Browsers without the Network Information API allow it.
fn connection_allows() -> bool {
    let Ok(connection) = js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("connection")) else {
        return true;
    };
    if connection.is_undefined() || connection.is_null() {
        return true;
    }
    let field = |name: &str| js_sys::Reflect::get(&connection, &JsValue::from_str(name)).ok();
    let save_data = field("saveData").and_then(|v| v.as_bool()).unwrap_or(false);
    let slow = field("effectiveType").and_then(|v| v.as_string()).is_some_and(|t| t.ends_with("2g"));
    !save_data && !slow
}

/// An observer of a page's cards, with the callback it calls (which must live as long as it).
struct Watch {
    observer: IntersectionObserver,
    _on_visible: Closure<dyn Fn(js_sys::Array, IntersectionObserver)>,
}

impl Watch {
    /// Watches every card under `root`: each one scrolled into view is prefetched when the browser
    /// is idle.
    fn start(prefetcher: Prefetcher, root: &Element) -> Option<Self> {
        let on_visible = Closure::<dyn Fn(js_sys::Array, IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: IntersectionObserver| {
                for entry in entries.iter().filter_map(|e| e.dyn_into::<IntersectionObserverEntry>().ok()) {
                    if !entry.is_intersecting() {
                        continue;
                    }
                    let target = entry.target();
                    observer.unobserve(&target);
                    if let Some(slug) = target.get_attribute(ATTRIBUTE) {
                        spawn_local(async move {
                            idle().await;
                            prefetcher.article(&slug, false);
                        });
                    }
                }
            },
        );
        let observer = IntersectionObserver::new(on_visible.as_ref().unchecked_ref()).ok()?;
        let targets = root.query_selector_all(&format!("[{ATTRIBUTE}]")).ok()?;
        for target in (0..targets.length()).filter_map(|i| targets.item(i)) {
            if let Some(element) = target.dyn_ref::<Element>() {
                observer.observe(element);
            }
        }
        Some(Self { observer, _on_visible: on_visible })
    }
}
