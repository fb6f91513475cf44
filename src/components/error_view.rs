use crate::api::ApiError;
use digest_ui::i18n::labels::{use_labels, Label};
use leptos::prelude::*;

/// A failed region: what went wrong, what to do, details for the operator, and a retry.
#[component]
pub fn ErrorView(
    error: ApiError,
    /// Loads the region again.
    #[prop(into)]
    on_retry: Callback<()>,
    /// Whether this region is the page's main content, whose heading is the page's `<h1>`.
    #[prop(optional)]
    page: bool,
    /// What failed, when the error's own title does not say it ("Search is unavailable").
    #[prop(optional)]
    title: Option<String>,
) -> impl IntoView {
    let t = use_labels();
    let title = title.unwrap_or_else(|| error.title(&t));
    let heading = if page {
        view! { <h1 class="digest-error__title" tabindex="-1">{title}</h1> }.into_any()
    } else {
        view! { <p class="digest-error__title">{title}</p> }.into_any()
    };
    view! {
        <div class="digest-error" role="alert">
            {heading}
            <p class="digest-error__text">{error.explanation(&t)}</p>
            {error.details().map(|details| view! { <p class="digest-error__details"><code>{details}</code></p> })}
            <button type="button" class="digest-button" on:click=move |_| on_retry.run(())>
                {t.text(Label::TryAgain)}
            </button>
        </div>
    }
}
