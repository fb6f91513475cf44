use crate::labels::{use_labels, Label};
use digest_model::Paths;
use leptos::prelude::*;

/// What the digest is, and where everything starts.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let paths = expect_context::<Paths>();
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
