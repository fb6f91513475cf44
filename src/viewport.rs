//! What the reader's screen shows of the page, for reading positions. The page's own window, or in
//! iframe mode the host's: the frame is as tall as its content and never scrolls, so the embed script
//! (`digest-embed.js`) tells the frame where the host's screen is over it, and scrolls the host for it.

use crate::embed;
use crate::window_events::{on_window, typed};
use digest_ui::reading::Span;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// In a frame: the host's screen over the frame, as the host last told it.
#[derive(Clone, Copy)]
pub struct HostView {
    span: RwSignal<Option<Span>>,
    origin: StoredValue<String>,
}

impl HostView {
    /// Listens to the host at `origin` (in iframe mode) for the rest of the app.
    pub fn provide(origin: String) {
        let span = RwSignal::new(None);
        let from = origin.clone();
        on_window("message", move |event| {
            let view =
                typed(event).and_then(|event| embed::from_host(&event, &from, "viewport")).and_then(|d| host_span(&d));
            if view.is_some() {
                span.set(view);
            }
        });
        provide_context(Self { span, origin: StoredValue::new(origin) });
    }
}

fn host_span(data: &JsValue) -> Option<Span> {
    let number = |key: &str| js_sys::Reflect::get(data, &key.into()).ok()?.as_f64().filter(|n| n.is_finite());
    let (top, height) = (number("top")?, number("height")?);
    (height > 0.0).then_some(Span { top, height })
}

/// What the screen shows of the page now (untracked); `None` in a frame the host has not told yet.
pub fn current() -> Option<Span> {
    match use_context::<HostView>() {
        Some(host) => host.span.get_untracked(),
        None => window_span(),
    }
}

fn window_span() -> Option<Span> {
    let window = window();
    let height = window.inner_height().ok()?.as_f64()?;
    Some(Span { top: window.scroll_y().ok()?, height })
}

/// Calls `changed` as the screen moves over the page (scrolling, resizing), for as long as the
/// calling owner lives.
pub fn watch(changed: impl Fn(Span) + Clone + 'static) {
    if let Some(host) = use_context::<HostView>() {
        Effect::new(move |_| {
            if let Some(span) = host.span.get() {
                changed(span);
            }
        });
        return;
    }
    for name in ["scroll", "resize"] {
        let changed = changed.clone();
        on_window(name, move |_| {
            if let Some(span) = window_span() {
                changed(span);
            }
        });
    }
}

/// Scrolls the page (or in a frame, the host) so that the screen's top is at `top`.
pub fn scroll_to(top: f64) {
    match use_context::<HostView>() {
        Some(host) => {
            let origin = host.origin.get_value();
            embed::post(&origin, &[("type", JsValue::from_str("scroll")), ("top", JsValue::from_f64(top))]);
        }
        None => window().scroll_to_with_x_and_y(0.0, top),
    }
}

/// Where `element` is on the page.
pub fn span_of(element: &web_sys::Element) -> Span {
    let rect = element.get_bounding_client_rect();
    Span { top: rect.top() + window().scroll_y().unwrap_or(0.0), height: rect.height() }
}
