//! Listening to the window's events for as long as the calling owner lives: the listener and its
//! removal in one call.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Calls `handler` with each `name` event on the window until the calling owner is cleaned up.
pub fn on_window(name: &str, handler: impl Fn(web_sys::Event) + 'static) {
    let handle = window_event_listener_untyped(name, handler);
    on_cleanup(move || handle.remove());
}

/// The event as the type its name promises (`KeyboardEvent` for `keydown`); `None` for anything else.
pub fn typed<T: JsCast>(event: web_sys::Event) -> Option<T> {
    event.dyn_into().ok()
}
