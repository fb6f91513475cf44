use crate::api::ApiError;
use crate::navigation::PageReady;
use crate::page_meta::PageMeta;
use digest_ui::components::NotFoundView;
use digest_ui::labels;
use leptos::prelude::*;

/// For unknown routes, articles, categories and pages of a listing.
#[component]
pub fn NotFoundPage(
    /// The failed load that found nothing, when it was a load (not an unknown route).
    #[prop(default = None)]
    failure: Option<ApiError>,
) -> impl IntoView {
    view! {
        <PageMeta title=labels::NOT_FOUND description=labels::NOT_FOUND_DESCRIPTION />
        <NotFoundView />
        <PageReady failure />
    }
}
