use leptos::prelude::*;

/// What the route announcer says; [`crate::navigation`] sets it when a new page has rendered.
#[derive(Clone, Copy)]
pub struct RouteAnnouncement(pub RwSignal<String>);

/// A polite live region that tells screen-reader users which page they are on after a client-side
/// navigation: unlike a page load, a route change is otherwise silent. Needs a [`RouteAnnouncement`]
/// in context.
#[component]
pub fn RouteAnnouncer() -> impl IntoView {
    let RouteAnnouncement(text) = expect_context::<RouteAnnouncement>();
    view! {
        <p class="digest-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-digest-announcer>
            {move || text.get()}
        </p>
    }
}
