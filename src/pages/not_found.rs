use crate::api::ApiError;
use crate::navigation::PageReady;
use crate::page_meta::PageMeta;
use crate::paths::Paths;
use leptos::prelude::*;

/// For unknown routes, articles, categories and pages of a listing.
#[component]
pub fn NotFoundPage(
    /// The failed load that found nothing, when it was a load (not an unknown route).
    #[prop(default = None)]
    failure: Option<ApiError>,
) -> impl IntoView {
    let paths = expect_context::<Paths>();
    view! {
        <PageMeta title="Page not found" description="There is nothing at this address." />
        <div class="digest-not-found">
            <h1 tabindex="-1">"Page not found"</h1>
            <p>"There is nothing at this address. It may have moved, or the link may be mistyped."</p>
            <p><a class="digest-button" href=paths.home()>"Back to the latest articles"</a></p>
        </div>
        <PageReady failure />
    }
}
