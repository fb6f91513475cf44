use crate::labels;
use digest_model::Paths;
use leptos::prelude::*;

/// For unknown routes, articles, categories and pages of a listing, with the way back.
#[component]
pub fn NotFoundView() -> impl IntoView {
    let paths = expect_context::<Paths>();
    view! {
        <div class="digest-not-found">
            <h1 tabindex="-1">{labels::NOT_FOUND}</h1>
            <p>"There is nothing at this address. It may have moved, or the link may be mistyped."</p>
            <p><a class="digest-button" href=paths.home()>"Back to the latest articles"</a></p>
        </div>
    }
}
