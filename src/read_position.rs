//! Continue reading: how far the reader is in the article on screen, stored at most every
//! [`EVERY`] and when they leave it ([`digest_ui::reading_store`]), and the way back to it.

use crate::viewport;
use crate::window_events::on_window;
use digest_ui::host_events::{HostEvent, HostEvents};
use digest_ui::reading::{Progress, Span};
use digest_ui::reading_store::ReadingStore;
use leptos::prelude::*;
use std::time::Duration;

/// How often a changed position is stored, at most.
const EVERY: Duration = Duration::from_secs(3);

/// The article on screen.
pub fn article() -> Option<web_sys::Element> {
    document().query_selector(".digest-main .digest-article").ok().flatten()
}

/// Follows how far the reader gets in `slug`, for as long as the calling owner (the article's page)
/// lives; the position is stored every few seconds while it changes, and when the reader leaves.
pub fn track(slug: String) {
    let Some(store) = use_context::<ReadingStore>() else { return };
    let events = HostEvents::use_context();
    let pending = StoredValue::new(None::<Progress>);
    viewport::watch(move |screen: Span| {
        if let Some(progress) = article().and_then(|a| Progress::at(screen.position_in(viewport::span_of(&a)))) {
            pending.set_value(Some(progress));
        }
    });
    let flush = move || {
        let Some(progress) = pending.try_update_value(Option::take).flatten() else { return };
        if store.progress_untracked(&slug) != Some(progress) {
            store.record(&slug, progress);
            let percent = progress.percent();
            events.report(&HostEvent::Progress { article: slug.clone(), percent });
        }
    };
    let flush = StoredValue::new(flush);
    let timer = set_interval_with_handle(move || flush.with_value(|f| f()), EVERY).ok();
    on_window("pagehide", move |_| flush.with_value(|f| f()));
    on_cleanup(move || {
        if let Some(timer) = timer {
            timer.clear();
        }
        flush.try_with_value(|f| f());
    });
}

/// Scrolls to `position` of the article on screen.
pub fn go_to(position: f64) {
    let (Some(article), Some(screen)) = (article(), viewport::current()) else { return };
    viewport::scroll_to(Span::top_at(viewport::span_of(&article), screen.height, position));
}
