use crate::api::ApiError;
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
    title: Option<&'static str>,
) -> impl IntoView {
    let title = title.unwrap_or_else(|| error.title());
    let heading = if page {
        view! { <h1 class="digest-error__title" tabindex="-1">{title}</h1> }.into_any()
    } else {
        view! { <p class="digest-error__title">{title}</p> }.into_any()
    };
    view! {
        <div class="digest-error" role="alert">
            {heading}
            <p class="digest-error__text">{error.explanation()}</p>
            {error.details().map(|details| view! { <p class="digest-error__details"><code>{details}</code></p> })}
            <button type="button" class="digest-button" on:click=move |_| on_retry.run(())>"Try again"</button>
        </div>
    }
}
