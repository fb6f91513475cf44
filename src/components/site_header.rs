use crate::api::Api;
use crate::app::SiteResource;
use crate::components::{ErrorView, ThemeToggle};
use crate::config::Config;
use crate::paths::Paths;
use leptos::prelude::*;

/// The digest's name and its category navigation, loaded from site.json.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let paths = expect_context::<Paths>();
    let SiteResource(site) = expect_context::<SiteResource>();
    let api = expect_context::<Api>();
    let hint = {
        let config = expect_context::<Config>();
        config
            .content_url_set
            .then(|| format!("The content is expected at {} (data-content-url on this page).", config.content_url))
    };
    let home = paths.home();
    let nav = move || {
        let paths = paths.clone();
        let hint = hint.clone();
        Suspend::new(async move {
            match site.await {
                Ok(site) => view! {
                    <a class="digest-header__brand" href=paths.home()>{site.title.clone()}</a>
                    <nav class="digest-header__nav" aria-label="Categories">
                        <ul role="list">
                            {site
                                .categories
                                .iter()
                                .map(|c| view! { <li><a href=paths.category(&c.slug)>{c.name.clone()}</a></li> })
                                .collect_view()}
                        </ul>
                    </nav>
                }
                .into_any(),
                Err(error) => {
                    let hint = hint.clone();
                    view! {
                        <ErrorView error on_retry=move |()| api.refresh() />
                        {hint.map(|hint| view! { <p class="digest-error__hint">{hint}</p> })}
                    }
                    .into_any()
                }
            }
        })
    };
    view! {
        <header class="digest-header">
            <div class="digest-header__inner">
                <Transition fallback=move || {
                    view! { <a class="digest-header__brand digest-header__brand--loading" href=home.clone()>"…"</a> }
                }>{nav}</Transition>
                <ThemeToggle />
            </div>
        </header>
    }
}
