use crate::api::{use_site, Api};
use crate::components::ErrorView;
use crate::config::Config;
use digest_model::Paths;
use digest_ui::components::{HeaderNav, SiteHeader};
use digest_ui::service::use_service;
use leptos::prelude::*;

/// The site header, once site.json has loaded; while it loads, a placeholder of the brand's size;
/// when it fails, what failed (naming the content URL when the host set it) with a retry.
#[component]
pub fn AppHeader() -> impl IntoView {
    let site = use_site();
    let api = use_service::<Api>();
    let hint = {
        let config = use_service::<Config>();
        config
            .content_url_set
            .then(|| format!("The content is expected at {} (data-content-url on this page).", config.content_url))
    };
    let home = use_service::<Paths>().home();
    crate::search::hooks::provide_search_hooks(api);
    let nav = move || match site.get() {
        None => {
            view! { <a class="digest-header__brand digest-header__brand--loading" href=home.clone()>"…"</a> }.into_any()
        }
        Some(Ok(site)) => view! { <HeaderNav site /> }.into_any(),
        Some(Err(error)) => {
            let hint = hint.clone();
            view! {
                <ErrorView error on_retry=move |()| api.refresh() />
                {hint.map(|hint| view! { <p class="digest-error__hint">{hint}</p> })}
            }
            .into_any()
        }
    };
    view! { <SiteHeader>{nav}</SiteHeader> }
}
