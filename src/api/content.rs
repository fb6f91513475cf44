//! The pages' side of the Api: a resource of published content that loads again on a refresh, and
//! site.json shared by the header and every page.

use super::{Api, ApiError};
use crate::start::{tasks, Start};
use digest_model::Site;
use digest_ui::service::{use_service, Service};
use leptos::prelude::*;

/// site.json, loaded once and shared by the header and every page.
#[derive(Clone, Copy)]
struct SiteResource(LocalResource<Result<Site, ApiError>>);

/// Loads site.json for the app's header and provides it to [`use_site`]. Pages ask [`Api::site`]
/// themselves, which shares the request and the cache, rather than wait on this resource (which
/// would make each of them load twice when it reloads).
pub fn provide_site() {
    let site = use_content(|api| async move { api.site().await });
    provide_context(SiteResource(site));
}

/// site.json, as [`provide_site`] loads it.
pub fn use_site() -> LocalResource<Result<Site, ApiError>> {
    use_service::<SiteResource>().0
}

/// A resource of published content that loads again when the app asks for fresh content (a retry
/// button, or the browser coming back online). `fetch` reads its reactive inputs synchronously and
/// returns the future. While the app starts in short tasks, the load starts in the task after the
/// page's.
pub fn use_content<T, Fut>(fetch: impl Fn(Api) -> Fut + 'static) -> LocalResource<T>
where
    T: 'static,
    Fut: std::future::Future<Output = T> + 'static,
{
    let api = use_service::<Api>();
    let start = use_service::<Start>();
    LocalResource::new(move || {
        api.track_refresh();
        let load = fetch(api);
        let split = start.is_splitting();
        async move {
            if split {
                tasks::later().await;
            }
            load.await
        }
    })
}

impl Service for SiteResource {
    /// A site that never loads: the header shows its loading state.
    fn missing() -> Self {
        Self(LocalResource::new(std::future::pending))
    }
}
