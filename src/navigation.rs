//! Where the reader lands after a navigation: a new page starts at the top; back and forward return
//! to where the reader was. Browsers restore scroll before our content has loaded, which lands the
//! reader in the wrong place, so we take restoration over. Either way focus moves to the new page's
//! `<h1>` and its title is announced, as a page load would be.

use crate::api::ApiError;
use crate::components::RouteAnnouncement;
use crate::handoff::{self, KeptStatic};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{FocusOptions, HtmlElement, ScrollRestoration};

#[derive(Default)]
struct State {
    /// Scroll offsets by the URL (path and query) whose content was showing.
    positions: HashMap<String, f64>,
    /// The URL whose content is on screen; `None` until the first page has rendered.
    settled: Option<String>,
    /// Set by a back/forward navigation until its page has rendered.
    popped: bool,
    /// Set by a retry, whose button disappears with the error it belonged to.
    refocus: bool,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// Records the scroll offset of the page on screen, before something replaces it.
fn remember() {
    let y = window().scroll_y().unwrap_or_default();
    STATE.with_borrow_mut(|state| {
        if let Some(url) = state.settled.clone() {
            state.positions.insert(url, y);
        }
    });
}

/// Takes over scroll restoration. Call once, before the router starts.
pub fn install() {
    let _ = window().history().and_then(|h| h.set_scroll_restoration(ScrollRestoration::Manual));
    // Capture phase, so the offset is read before the router handles the click.
    let on_click = Closure::<dyn Fn()>::new(remember);
    let _ = document().add_event_listener_with_callback_and_bool("click", on_click.as_ref().unchecked_ref(), true);
    on_click.forget();
    // On popstate the URL has already changed but our content has not, so the offset is still the old
    // page's.
    let on_pop = Closure::<dyn Fn()>::new(|| {
        remember();
        STATE.with_borrow_mut(|state| state.popped = true);
    });
    let _ = window().add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget();
}

/// Tells navigation that the page for `url` has rendered its content, or its error (`failure`);
/// `announce` receives the new page's title after a client-side navigation. A failure on a page that
/// still shows its pre-rendered content keeps that content, and `kept` says why.
pub fn page_ready(
    url: String,
    failure: Option<ApiError>,
    announce: Option<RouteAnnouncement>,
    kept: Option<KeptStatic>,
) {
    crate::embed::route_changed(&url);
    let (first, same_page, popped, refocus, y) = STATE.with_borrow_mut(|state| {
        let first = state.settled.is_none();
        let same_page = state.settled.as_deref() == Some(url.as_str());
        let popped = std::mem::take(&mut state.popped);
        let refocus = std::mem::take(&mut state.refocus);
        let y = state.positions.get(&url).copied().unwrap_or_default();
        state.settled = Some(url);
        (first, same_page, popped, refocus, y)
    });
    request_animation_frame(move || {
        if let Some(KeptStatic(reason)) = kept {
            match failure {
                Some(error) if handoff::holds_static_for_here() => {
                    // Content on screen is never taken away: the app stays off-document, and the
                    // reader keeps the pre-rendered page with a notice.
                    reason.set(Some(error));
                    return;
                }
                _ if reason.with_untracked(Option::is_some) => reason.set(None),
                _ => {}
            }
        }
        handoff::finish();
        if !first && !same_page {
            if let Some(RouteAnnouncement(text)) = announce {
                text.set(document().title());
            }
        }
        if popped {
            window().scroll_to_with_x_and_y(0.0, y);
            focus_heading();
        } else if !first && (!same_page || refocus) {
            // A new page, or the page a retry just loaded: the reader starts at its heading. Other
            // renders of the same page (a background refresh) leave focus where the reader has it, and
            // a fresh load leaves it to the browser, as readers expect.
            focus_heading();
        }
    });
}

/// Asks for focus to move to the heading when the page next renders, as after a retry.
pub fn refocus_on_next_ready() {
    STATE.with_borrow_mut(|state| state.refocus = true);
}

/// Moves focus to the page's `<h1>` without scrolling, so keyboard and screen-reader users start at
/// the new content.
fn focus_heading() {
    let heading = document().query_selector(".digest-main h1").ok().flatten();
    if let Some(heading) = heading.and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
        let options = FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = heading.focus_with_options(&options);
    }
}

/// Rendered at the end of a page's content, or of its error: reports the page as ready once it is in
/// the document.
#[component]
pub fn PageReady(
    /// Why the page shows an error instead of its content.
    #[prop(default = None)]
    failure: Option<ApiError>,
) -> impl IntoView {
    let location = use_location();
    let announce = use_context::<RouteAnnouncement>();
    let kept = use_context::<KeptStatic>();
    Effect::new(move |_| {
        let path = location.pathname.get_untracked();
        let search = location.search.get_untracked();
        let url = if search.is_empty() { path } else { format!("{path}?{search}") };
        page_ready(url, failure.clone(), announce, kept);
    });
}
