//! Inside an iframe made by `public/digest-embed.js`: tells the host page our height (so the frame
//! grows and shrinks with the content, without a scroll bar of its own) and our route (so the host's
//! URL can deep-link to it); hears where the host's screen is ([`crate::viewport`]). Messages go to
//! the host's origin only, as given by the embed script, and are taken from that origin's parent only.

use crate::ready::{ReadyPages, Shown};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, ResizeObserver};

/// The query parameters the embed script adds to the frame's first URL: its own, and a cmi5 launch's
/// that it passes on.
pub const PARAMS: [&str; 12] = [
    "embed_origin",
    "embed_page",
    "theme",
    "courses",
    "locale",
    "keys",
    "xapi",
    "endpoint",
    "fetch",
    "actor",
    "registration",
    "activityId",
];

/// Starts talking to the host at `origin` about `root`'s size and, as `ready` reports pages,
/// about the route. What it installs goes with the calling owner.
pub fn install(root: &Element, origin: String, ready: ReadyPages) {
    let _ = root.class_list().add_1("digest--embedded");
    // Links that leave the app (the original post, the courses) open in the host's window, not in here.
    if let (Ok(base), Some(head)) = (document().create_element("base"), document().head()) {
        let _ = base.set_attribute("target", "_top");
        let _ = head.append_child(&base);
    }
    let measured = root.clone();
    let to = origin.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        post(&to, &[("type", JsValue::from_str("resize")), ("height", JsValue::from_f64(height))]);
    });
    if let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(root);
        let watching = SendWrapper::new((observer, on_resize));
        on_cleanup(move || watching.take().0.disconnect());
    }
    ready.on_ready(move |page| {
        post(&origin, &[("type", JsValue::from_str("route")), ("path", JsValue::from_str(&host_route(&page.url)))]);
        Shown::Live
    });
}

/// The route the host's URL shows: path and query, without the embed parameters.
pub(crate) fn host_route(path: &str) -> String {
    web_sys::Url::new_with_base(path, "http://digest.invalid").map_or_else(
        |_| path.to_owned(),
        |url| {
            let params = url.search_params();
            for name in PARAMS {
                params.delete(name);
            }
            let query = params.to_string().as_string().unwrap_or_default();
            if query.is_empty() {
                url.pathname()
            } else {
                format!("{}?{query}", url.pathname())
            }
        },
    )
}

/// The message `event`'s data when it is one of `kind` from the host page at `origin` (the frame's
/// parent, as the embed script sends them), else `None`: any other window may post to us.
pub(crate) fn from_host(event: &web_sys::MessageEvent, origin: &str, kind: &str) -> Option<JsValue> {
    let parent = window().parent().ok().flatten()?;
    let source = event.source()?;
    if event.origin() != origin || !js_sys::Object::is(&source, &parent) {
        return None;
    }
    let data = event.data();
    let field = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok()?.as_string();
    (field("source")?.as_str() == "digest-host" && field("type")?.as_str() == kind).then_some(data)
}

pub(crate) fn post(origin: &str, fields: &[(&str, JsValue)]) {
    let Ok(Some(parent)) = window().parent() else { return };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"source".into(), &"digest".into());
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&message, &JsValue::from_str(key), value);
    }
    let _ = parent.post_message(&message, origin);
}
