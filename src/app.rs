//! The shell: context every page reads, the router and its routes, header and footer.

use crate::api::{use_content, Api, ApiError};
use crate::components::{RouteAnnouncement, RouteAnnouncer, SiteFooter, SiteHeader, StaleNotice, StaticCopyNotice};
use crate::config::Config;
use crate::handoff::KeptStatic;
use crate::navigation;
use crate::pages::{ArticlePage, CategoryPage, FeedPage, NotFoundPage};
use crate::paths::Paths;
use digest_core::Site;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use wasm_bindgen::JsCast;

/// site.json, loaded once and shared by the header and every page.
#[derive(Clone, Copy)]
pub struct SiteResource(pub LocalResource<Result<Site, ApiError>>);

/// The whole app, configured by the host page.
#[component]
pub fn App(config: Config) -> impl IntoView {
    // Before anything is fetched from a base path the page is not under.
    if let Some(problem) = window().location().pathname().ok().and_then(|path| config.problem(&path)) {
        return view! { <ConfigError message=problem /> }.into_any();
    }
    let api = Api::new(&config.content_url);
    provide_context(api);
    let site_name = config.site_name.clone();
    let site = use_content(move |api| {
        let site_name = site_name.clone();
        async move {
            let mut site = api.site().await?;
            if let Some(name) = site_name {
                site.title = name;
            }
            Ok(site)
        }
    });
    provide_context(Paths::new(&config.base_path));
    provide_context(SiteResource(site));
    provide_context(config.clone());
    provide_context(RouteAnnouncement(RwSignal::new(String::new())));
    provide_context(KeptStatic(RwSignal::new(None)));
    navigation::install();
    // Coming back online loads again whatever failed, or was shown from an old copy.
    let online = window_event_listener(leptos::ev::online, move |_| api.refresh());
    on_cleanup(move || online.remove());

    view! {
        <Router base=config.base_path>
            <a class="digest-skip-link" href="#digest-main" on:click=skip_to_main>
                "Skip to content"
            </a>
            <SiteHeader />
            <StaleNotice />
            <main id="digest-main" class="digest-main" tabindex="-1">
                <Routes fallback=|| view! { <NotFoundPage /> }>
                    <Route path=path!("/") view=FeedPage />
                    <Route path=path!("/articles/:slug") view=ArticlePage />
                    <Route path=path!("/categories/:slug") view=CategoryPage />
                </Routes>
            </main>
            <SiteFooter />
            <RouteAnnouncer />
            <StaticCopyNotice />
        </Router>
    }
    .into_any()
}

/// What a host page configured wrong, said in the page instead of leaving it blank.
#[component]
fn ConfigError(message: String) -> impl IntoView {
    view! {
        <div class="digest-main">
            <div class="digest-error" role="alert">
                <h1 class="digest-error__title">"This reader is not set up right"</h1>
                <p class="digest-error__text">{message}</p>
            </div>
        </div>
    }
}

/// Focuses the main region itself: following `#digest-main` would go through the router and change
/// the URL.
fn skip_to_main(event: web_sys::MouseEvent) {
    event.prevent_default();
    let main = document().get_element_by_id("digest-main").and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}
