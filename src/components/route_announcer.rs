use crate::navigation::Navigation;
use digest_ui::service::use_service;
use leptos::prelude::*;

/// A polite live region that tells screen-reader users which page they are on after a client-side
/// navigation: unlike a page load, a route change is otherwise silent. [`Navigation`] says what.
#[component]
pub fn RouteAnnouncer() -> impl IntoView {
    let text = use_service::<Navigation>().announcement();
    view! {
        <p class="digest-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-digest-announcer>
            {move || text.get()}
        </p>
    }
}
