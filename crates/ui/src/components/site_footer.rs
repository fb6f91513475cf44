use crate::i18n::labels::{use_labels, Label};
use crate::service::use_service;
use digest_model::Paths;
use leptos::prelude::*;

/// What the digest is, and where everything starts.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let paths = use_service::<Paths>();
    let t = use_labels();
    view! {
        <footer class="digest-footer">
            <p>
                {t.text(Label::Footer)}
                " "
                <a href=paths.home()>{t.text(Label::AllArticles)}</a>
            </p>
        </footer>
    }
}
