use crate::api::{Api, ApiError};
use crate::components::ErrorView;
use crate::navigation::{Navigation, PageReady};
use crate::page_meta::PageMeta;
use crate::pages::NotFoundPage;
use crate::start::Handoff;
use digest_ui::i18n::labels::use_labels;
use digest_ui::service::use_service;
use leptos::prelude::*;

/// A page's content region: `skeleton` until its content (one load, which awaits all the page needs,
/// so that the region renders once per answer) has loaded once, then `content`; a not-found page, or
/// the error with a retry, when loading fails. Later loads (another page of the
/// same kind, a retry, a refresh) keep the content on screen until the new one is ready, because
/// resources keep their last value while they load. Only this region fails: the header and the rest
/// of the app keep working.
///
/// Plain reactive code rather than `Transition`, `ErrorBoundary` and `Suspend`: the same behaviour,
/// for less WebAssembly and less work on each navigation.
pub fn page_region<T: 'static>(
    loaded: impl Fn() -> Option<Result<T, ApiError>> + Send + Sync + 'static,
    skeleton: fn() -> AnyView,
    content: impl Fn(T) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let api = use_service::<Api>();
    let navigation = use_service::<Navigation>();
    let handoff = use_service::<Handoff>();
    let t = use_labels();
    let on_retry = Callback::new(move |()| {
        navigation.refocus_on_next_ready();
        api.refresh();
    });
    move || match loaded() {
        // Off-screen behind a pre-rendered page, a skeleton would never be seen.
        None if handoff.is_waiting() => ().into_any(),
        None => skeleton(),
        Some(Ok(value)) => content(value),
        Some(Err(error @ ApiError::NotFound { .. })) => view! { <NotFoundPage failure=Some(error) /> }.into_any(),
        Some(Err(error)) => view! {
            <PageMeta title=error.title(&t) description=error.explanation(&t) />
            <ErrorView error=error.clone() on_retry page=true />
            <PageReady failure=Some(error) />
        }
        .into_any(),
    }
}
