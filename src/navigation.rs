//! Where the reader lands after a navigation: a new page starts at the top; back and forward return
//! to where the reader was. Browsers restore scroll before our content has loaded, which lands the
//! reader in the wrong place, so we take restoration over. Either way focus moves to the new page's
//! `<h1>` and its title is announced, as a page load would be.
//!
//! Pages report that they are ready ([`PageReady`]); those who listen ([`ReadyPages`]) hear it
//! first, and a page one of them keeps off screen is left as it is.

use crate::api::ApiError;
use crate::ready::{ReadyPage, ReadyPages, Shown};
use crate::start::Start;
use crate::window_events::on_window;
use digest_ui::service::{use_service, Service};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use send_wrapper::SendWrapper;
use std::collections::HashMap;
use std::time::Duration;
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

/// The app's navigation: scroll positions, focus and announcements. Made once by the app's shell
/// ([`Navigation::install`]), which provides it before any view.
#[derive(Clone, Copy)]
pub struct Navigation {
    state: StoredValue<State>,
    /// Who hears of a ready page before scroll and focus act.
    ready: ReadyPages,
    /// What the route announcer says.
    announcement: RwSignal<String>,
}

impl Navigation {
    /// Takes over scroll restoration: call once, before the router starts. The listeners it adds go
    /// with the calling owner; `ready` hears of each ready page first.
    pub fn install(ready: ReadyPages) -> Self {
        let navigation = Self::inert(ready);
        let _ = window().history().and_then(|h| h.set_scroll_restoration(ScrollRestoration::Manual));
        // Capture phase, so the offset is read before the router handles the click.
        let on_click = Closure::<dyn Fn()>::new(move || navigation.remember());
        let _ = document().add_event_listener_with_callback_and_bool("click", on_click.as_ref().unchecked_ref(), true);
        let on_click = SendWrapper::new(on_click);
        // On popstate the URL has already changed but our content has not, so the offset is still the
        // old page's.
        on_window("popstate", move |_| {
            navigation.remember();
            navigation.state.update_value(|state| state.popped = true);
        });
        on_cleanup(move || {
            let on_click = on_click.take();
            let _ = document().remove_event_listener_with_callback_and_bool(
                "click",
                on_click.as_ref().unchecked_ref(),
                true,
            );
        });
        navigation
    }

    /// Navigation state without the listeners that keep it: what [`Navigation::install`] starts from.
    fn inert(ready: ReadyPages) -> Self {
        Self { state: StoredValue::new(State::default()), ready, announcement: RwSignal::new(String::new()) }
    }

    /// What the route announcer says.
    pub fn announcement(&self) -> ReadSignal<String> {
        self.announcement.read_only()
    }

    /// Asks for focus to move to the heading when the page next renders, as after a retry.
    pub fn refocus_on_next_ready(&self) {
        self.state.update_value(|state| state.refocus = true);
    }

    /// Records the scroll offset of the page on screen, before something replaces it.
    fn remember(&self) {
        let y = window().scroll_y().unwrap_or_default();
        self.state.update_value(|state| {
            if let Some(url) = state.settled.clone() {
                state.positions.insert(url, y);
            }
        });
    }

    fn page_ready(&self, page: ReadyPage) {
        let (first, same_page, popped, refocus, y) = self
            .state
            .try_update_value(|state| {
                let first = state.settled.is_none();
                let same_page = state.settled.as_deref() == Some(page.url.as_str());
                let popped = std::mem::take(&mut state.popped);
                let refocus = std::mem::take(&mut state.refocus);
                let y = state.positions.get(&page.url).copied().unwrap_or_default();
                state.settled = Some(page.url.clone());
                (first, same_page, popped, refocus, y)
            })
            .unwrap_or_default();
        let navigation = *self;
        let settle = move || {
            if navigation.ready.report(&page) == Shown::Kept || typing() {
                return;
            }
            if !first && !same_page {
                navigation.announcement.set(document().title());
            }
            if popped {
                window().scroll_to_with_x_and_y(0.0, y);
                focus_heading();
            } else if !first && (!same_page || refocus) {
                // A new page, or the page a retry just loaded: the reader starts at its heading. Other
                // renders of the same page (a background refresh) leave focus where the reader has it,
                // and a fresh load leaves it to the browser, as readers expect.
                focus_heading();
            }
        };
        // The first page usually replaces a pre-rendered one (the handoff): settled in a task of its
        // own, the style and layout of the whole page that it brings come in the next frame rather
        // than in the same task as the listeners' work (docs/performance.md). Later pages settle
        // in the frame after they rendered.
        if first {
            set_timeout(settle, Duration::ZERO);
        } else {
            request_animation_frame(settle);
        }
    }
}

/// Whether the reader is typing in a text field (the search box, whose results come as new pages):
/// focus stays there, and what the page says in its own live region (the results' count) is what is
/// announced.
fn typing() -> bool {
    document().active_element().is_some_and(|element| {
        element.tag_name() == "TEXTAREA"
            || (element.tag_name() == "INPUT"
                && matches!(element.get_attribute("type").as_deref(), Some("search" | "text")))
    })
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
    let navigation = use_service::<Navigation>();
    let start = use_service::<Start>();
    Effect::new(move |_| {
        let path = location.pathname.get_untracked();
        let search = location.search.get_untracked();
        let url = if search.is_empty() { path } else { format!("{path}?{search}") };
        let failure = failure.clone();
        // Behind a pre-rendered page, the swap (and all that follows a ready page) is a task of its
        // own, apart from building the page.
        start.later(move || navigation.page_ready(ReadyPage { url, failure }));
    });
}

impl Service for Navigation {
    fn missing() -> Self {
        Self::inert(ReadyPages::new())
    }
}
