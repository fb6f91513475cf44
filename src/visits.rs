//! The reader's visits, for "New since your last visit" ([`digest_ui::visits`]): the time this visit
//! compares with is read once, when the app starts, and the time the reader leaves is stored each
//! time the page is hidden (another tab, the app closed, a reload: the latest counts).

use crate::window_events::on_window;
use digest_ui::storage;
use digest_ui::visits::{NewSince, Visit};
use leptos::prelude::*;

const LEFT: &str = "left";
const SINCE: &str = "new-since";

/// Provides this visit's [`NewSince`] and stores when the reader leaves. The listener goes with the
/// calling owner.
pub fn provide() -> NewSince {
    let visit = Visit::begin(storage::session::get(SINCE).as_deref(), storage::get(LEFT).as_deref());
    if let Some(why) = &visit.unreadable {
        leptos::logging::warn!("digest: {why}");
    }
    storage::session::set(SINCE, &visit.session);
    provide_context(visit.since);
    on_window("pagehide", |_| left());
    on_window("visibilitychange", |_| {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            left();
        }
    });
    visit.since
}

fn left() {
    let seconds = (js_sys::Date::now() / 1000.0) as u64;
    storage::set(LEFT, &seconds.to_string());
}
