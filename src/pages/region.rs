use crate::api::{Api, ApiError};
use crate::components::ErrorView;
use crate::navigation::{self, PageReady};
use crate::page_meta::PageMeta;
use crate::pages::NotFoundPage;
use leptos::prelude::*;

/// A page's content region: `skeleton` during the first load (later loads keep the old content until
/// the new one is ready), then the content; a not-found page, or the error with a retry, when loading
/// fails. Only this region fails: the header and the rest of the app keep working.
#[component]
pub fn PageRegion<Chil>(
    /// Shown while the first load runs.
    skeleton: ViewFnOnce,
    children: TypedChildren<Chil>,
) -> impl IntoView
where
    Chil: IntoView + Send + 'static,
{
    let children = children.into_inner();
    let api = expect_context::<Api>();
    let on_retry = Callback::new(move |()| {
        navigation::refocus_on_next_ready();
        api.refresh();
    });
    view! {
        <Transition fallback=skeleton>
            <ErrorBoundary fallback=move |errors| view! { <PageError errors on_retry /> }>
                {children()}
            </ErrorBoundary>
        </Transition>
    }
}

#[component]
fn PageError(errors: ArcRwSignal<Errors>, on_retry: Callback<()>) -> impl IntoView {
    move || {
        let error = errors.read().iter().find_map(|(_, e)| e.downcast_ref::<ApiError>().cloned());
        match error {
            Some(error @ ApiError::NotFound { .. }) => view! { <NotFoundPage failure=Some(error) /> }.into_any(),
            Some(error) => view! {
                <PageMeta title=error.title() description=error.explanation() />
                <ErrorView error=error.clone() on_retry page=true />
                <PageReady failure=Some(error) />
            }
            .into_any(),
            None => ().into_any(),
        }
    }
}
