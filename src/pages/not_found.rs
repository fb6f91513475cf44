use crate::navigation::PageReady;
use crate::paths::Paths;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// For unknown routes, articles, categories and pages of a listing.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let paths = expect_context::<Paths>();
    view! {
        <Title text="Page not found" />
        <Meta name="description" content="There is nothing at this address." />
        <div class="digest-not-found">
            <h1 tabindex="-1">"Page not found"</h1>
            <p>"There is nothing at this address. It may have moved, or the link may be mistyped."</p>
            <p><a class="digest-button" href=paths.home()>"Back to the latest articles"</a></p>
        </div>
        <PageReady />
    }
}
