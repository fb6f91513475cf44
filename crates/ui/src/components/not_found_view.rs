use crate::labels::{use_labels, Label};
use digest_model::Paths;
use leptos::prelude::*;

/// For unknown routes, articles, categories and pages of a listing, with the way back.
#[component]
pub fn NotFoundView() -> impl IntoView {
    let paths = expect_context::<Paths>();
    let t = use_labels();
    view! {
        <div class="digest-not-found">
            <h1 tabindex="-1">{t.text(Label::NotFound)}</h1>
            <p>{t.text(Label::NotFoundText)}</p>
            <p><a class="digest-button" href=paths.home()>{t.text(Label::BackToLatest)}</a></p>
        </div>
    }
}
