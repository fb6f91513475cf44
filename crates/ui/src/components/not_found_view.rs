use crate::i18n::labels::{use_labels, Label};
use crate::service::use_service;
use digest_model::Paths;
use leptos::prelude::*;

/// For unknown routes, articles, categories and pages of a listing, with the way back.
#[component]
pub fn NotFoundView() -> impl IntoView {
    let paths = use_service::<Paths>();
    let t = use_labels();
    view! {
        <div class="digest-not-found">
            <h1 tabindex="-1">{t.text(Label::NotFound)}</h1>
            <p>{t.text(Label::NotFoundText)}</p>
            <p><a class="digest-button" href=paths.home()>{t.text(Label::BackToLatest)}</a></p>
        </div>
    }
}
