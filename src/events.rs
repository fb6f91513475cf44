//! Tells the host page what readers do (docs/embedding.md, "Events"): each [`HostEvent`] becomes a
//! bubbling, composed `CustomEvent` on the reader's root element, and in iframe mode is also posted to
//! the host's origin, where `digest-embed.js` dispatches it on the embed element. Nothing leaves the
//! page: there are no calls of our own to anyone.

use crate::embed;
use crate::ready::{ReadyPages, Shown};
use digest_ui::host_events::{Field, HostEvent, HostEvents};
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

/// Provides [`HostEvents`] for every component, and reports each new page the reader lands on.
/// `embed_origin` is the host's origin in iframe mode.
pub fn install(root: &Element, base_path: &str, embed_origin: Option<String>, ready: ReadyPages) {
    let root = root.clone();
    HostEvents::provide(move |event| dispatch(&root, embed_origin.as_deref(), event));
    let events = HostEvents::use_context();
    let base_path = base_path.to_owned();
    let last = StoredValue::new(None::<String>);
    ready.on_ready(move |page| {
        let path = reader_route(&embed::host_route(&page.url), &base_path);
        // A retry or a background refresh renders the same page again: that is not a new visit.
        if last.get_value().as_deref() != Some(path.as_str()) {
            last.set_value(Some(path.clone()));
            events.report(&HostEvent::Navigate { path, title: document().title() });
        }
        Shown::Live
    });
}

fn dispatch(root: &Element, embed_origin: Option<&str>, event: &HostEvent) {
    announce(root, embed_origin, event.name(), &object(&event.detail()));
}

/// `fields` as a plain JS object: what a host's script reads from `event.detail`.
fn object(fields: &[(&str, Field)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, field) in fields {
        let value = match field {
            Field::Text(text) => JsValue::from_str(text),
            Field::Number(number) => JsValue::from_f64(*number as f64),
            Field::Flag(flag) => JsValue::from_bool(*flag),
            Field::Texts(texts) => texts.iter().map(|text| JsValue::from_str(text)).collect::<js_sys::Array>().into(),
        };
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &value);
    }
    object.into()
}

/// Dispatches the DOM event `name` with `detail` on `root`, and in iframe mode posts it to the host.
pub(crate) fn announce(root: &Element, embed_origin: Option<&str>, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(custom) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = root.dispatch_event(&custom);
    }
    if let Some(origin) = embed_origin {
        embed::post(
            origin,
            &[("type", JsValue::from_str("event")), ("name", JsValue::from_str(name)), ("detail", detail.clone())],
        );
    }
}

/// `url` (path and query) as a route within the reader: without the base path it is served under.
pub(crate) fn reader_route(url: &str, base_path: &str) -> String {
    match url.strip_prefix(base_path) {
        Some(rest) if rest.is_empty() || rest.starts_with('?') => format!("/{rest}"),
        Some(rest) if rest.starts_with('/') => rest.to_owned(),
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::reader_route;

    #[test]
    fn routes_are_given_without_the_base_path() {
        assert_eq!(reader_route("/learn/ai-news/articles/x", "/learn/ai-news"), "/articles/x");
        assert_eq!(reader_route("/learn/ai-news", "/learn/ai-news"), "/");
        assert_eq!(reader_route("/learn/ai-news?q=a", "/learn/ai-news"), "/?q=a");
        assert_eq!(reader_route("/search?q=rag", ""), "/search?q=rag");
        assert_eq!(reader_route("/learn/ai-newsletter", "/learn/ai-news"), "/learn/ai-newsletter");
    }
}
