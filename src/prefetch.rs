//! Prefetching the articles a reader is likely to open, so that opening one is instant: a card the
//! reader points at or focuses at once, cards scrolled into view when the browser is idle. The queue's
//! policy (how many at once, what goes first) is `digest_core::prefetch`; this module connects it to
//! the page, and stays out of the way when the reader's connection asks for less data.

use crate::api::Api;
use crate::config::Config;
use digest_core::prefetch::PrefetchQueue;
use leptos::html::Ul;
use leptos::prelude::*;
use leptos::task::spawn_local;
use send_wrapper::SendWrapper;
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry};

thread_local! {
    static QUEUE: RefCell<PrefetchQueue> = RefCell::new(PrefetchQueue::new());
}

/// The attribute that marks an element whose visibility prefetches an article (each article card); its
/// value is the slug.
pub const ATTRIBUTE: &str = "data-digest-prefetch";

/// Prefetches the article `slug`; `urgent` when the reader is about to open it (pointer or focus on
/// its card), which puts it first in line. Callers check [`wanted`] first.
pub fn article(api: Api, slug: &str, urgent: bool) {
    if api.has_article(slug) {
        return;
    }
    if let Some(start) = QUEUE.with_borrow_mut(|queue| queue.want(slug, urgent)) {
        run(api, start);
    }
}

fn run(api: Api, slug: String) {
    spawn_local(async move {
        api.prefetch_article(&slug).await;
        if let Some(next) = QUEUE.with_borrow_mut(PrefetchQueue::finished) {
            run(api, next);
        }
    });
}

/// Whether to prefetch at all: not when the host turned it off (`data-prefetch="off"`), nor when the
/// reader's connection does not welcome it ([`connection_allows`]). Call while a component is set up.
pub fn wanted() -> bool {
    use_context::<Config>().is_none_or(|config| config.prefetch) && connection_allows()
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

/// Prefetches, when the browser is next idle, the article of each element in `list` carrying
/// [`ATTRIBUTE`] once it scrolls into view. Call from the component that renders the list; it stops
/// watching when the component goes away, and forgets what was still waiting.
pub fn use_prefetch_visible(list: NodeRef<Ul>) {
    if !wanted() {
        return;
    }
    let api = expect_context::<Api>();
    Effect::new(move |_| {
        let Some(list) = list.get() else { return };
        let Some(watch) = Watch::start(api, &list) else { return };
        let watch = SendWrapper::new(watch);
        on_cleanup(move || {
            watch.take().observer.disconnect();
            QUEUE.with_borrow_mut(PrefetchQueue::clear_waiting);
        });
    });
}

/// An observer of a list's cards, with the callback it calls (which must live as long as it).
struct Watch {
    observer: IntersectionObserver,
    _on_visible: Closure<dyn Fn(js_sys::Array, IntersectionObserver)>,
}

impl Watch {
    fn start(api: Api, list: &Element) -> Option<Self> {
        let on_visible = Closure::<dyn Fn(js_sys::Array, IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: IntersectionObserver| {
                for entry in entries.iter().filter_map(|e| e.dyn_into::<IntersectionObserverEntry>().ok()) {
                    if !entry.is_intersecting() {
                        continue;
                    }
                    let target = entry.target();
                    observer.unobserve(&target);
                    if let Some(slug) = target.get_attribute(ATTRIBUTE) {
                        when_idle(move || article(api, &slug, false));
                    }
                }
            },
        );
        let observer = IntersectionObserver::new(on_visible.as_ref().unchecked_ref()).ok()?;
        let targets = list.query_selector_all(&format!("[{ATTRIBUTE}]")).ok()?;
        for target in (0..targets.length()).filter_map(|i| targets.item(i)) {
            if let Some(element) = target.dyn_ref::<Element>() {
                observer.observe(element);
            }
        }
        Some(Self { observer, _on_visible: on_visible })
    }
}

/// Runs `task` when the browser has nothing more pressing to do (`requestIdleCallback`), or soon in
/// browsers without it.
fn when_idle(task: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(task);
    let idle = js_sys::Reflect::get(&window(), &JsValue::from_str("requestIdleCallback"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let scheduled = match idle {
        Some(request) => request.call1(&window(), &callback).is_ok(),
        None => false,
    };
    if !scheduled {
        let _ = window().set_timeout_with_callback(callback.unchecked_ref());
    }
}
