use crate::api::ApiError;
use crate::navigation::PageReady;
use crate::page_meta::PageMeta;
use digest_ui::components::NotFoundView;
use digest_ui::i18n::labels::{use_labels, Label};
use leptos::prelude::*;

/// For unknown routes, articles, categories and pages of a listing.
#[component]
pub fn NotFoundPage(
    /// The failed load that found nothing, when it was a load (not an unknown route).
    #[prop(default = None)]
    failure: Option<ApiError>,
) -> impl IntoView {
    let t = use_labels();
    view! {
        <PageMeta title=t.text(Label::NotFound) description=t.text(Label::NotFoundDescription) />
        <NotFoundView />
        <PageReady failure />
    }
}
