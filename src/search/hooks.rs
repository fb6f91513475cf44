//! What the header's search box does in the app: typing searches after a short pause, Enter at
//! once; the query goes into the address. One stretch of typing makes one history entry (the first
//! pause adds it, later ones replace it), so back returns to the search before, not to each pause.
//! Escape clears (`/` focuses the box: [`crate::keys`]), and focusing it loads search's code and the
//! index's manifest so that the first results come sooner.

use crate::api::Api;
use crate::lazy::prepare_search;
use digest_model::Paths;
use digest_ui::components::SearchHooks;
use digest_ui::service::use_service;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::time::Duration;

/// How long typing pauses before it searches.
const DEBOUNCE: Duration = Duration::from_millis(250);

/// Makes the search box's hooks.
pub fn provide_search_hooks(api: Api) {
    let navigate = use_navigate();
    let location = use_location();
    let query = use_query_map();
    // The router's path, with or without the base path: `/articles/search` is an article.
    let search_path = StoredValue::new(use_service::<Paths>().search(""));
    let is_search = move |path: &str| path == "/search" || search_path.with_value(|search| path == search);
    let on_search_page = move || location.pathname.with_untracked(|path| is_search(path));
    let text = RwSignal::new(String::new());
    // What the box last searched for: the address changing to anything else (a reload, a shared
    // link, back and forward) shows its query in the box; its changing to this is the reader's own
    // typing, which the box already shows (and may have gone on with).
    let sent = StoredValue::new(String::new());
    Effect::new(move |_| {
        let on_page = location.pathname.with(|path| is_search(path));
        let q = if on_page { query.with(|q| q.get("q")).unwrap_or_default() } else { String::new() };
        if sent.with_value(|sent| sent.trim() != q.trim()) {
            sent.set_value(q.clone());
            text.set(q);
        }
    });
    // Whether the history entry on screen was added by the stretch of typing under way.
    let typed_entry = StoredValue::new(false);
    let go = Callback::new(move |value: String| {
        let current = query.with_untracked(|q| q.get("q")).unwrap_or_default();
        if on_search_page() && current.trim() == value.trim() {
            return;
        }
        let replace = typed_entry.get_value();
        sent.set_value(value.clone());
        navigate(&Paths::new("").search(value.trim()), NavigateOptions { replace, ..NavigateOptions::default() });
    });
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let cancel = move || {
        if let Some(timer) = pending.try_update_value(Option::take).flatten() {
            timer.clear();
        }
    };
    let on_input = Callback::new(move |value: String| {
        text.set(value.clone());
        cancel();
        if value.trim().is_empty() && !on_search_page() {
            return;
        }
        let timer = set_timeout_with_handle(
            move || {
                go.run(value);
                typed_entry.set_value(true);
            },
            DEBOUNCE,
        )
        .ok();
        pending.set_value(timer);
    });
    let on_submit = Callback::new(move |value: String| {
        cancel();
        go.run(value);
        typed_entry.set_value(false);
    });
    let on_focus = Callback::new(move |()| {
        typed_entry.set_value(false);
        prepare_search(api);
    });
    provide_context(SearchHooks { text, on_input, on_submit, on_focus });
}
