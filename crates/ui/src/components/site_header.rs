use crate::components::{SearchBox, ThemeToggle};
use crate::i18n::labels::{use_labels, Label};
use crate::later::later;
use crate::saved_store::SavedStore;
use crate::service::use_service;
use digest_model::{Paths, Site};
use leptos::prelude::*;

/// The site's header: what `children` put at its start (the brand and the categories, see
/// [`HeaderNav`], or what stands in for them while they load), the search box, the link to the
/// saved articles and the theme toggle (these may be built in a later task, [`later`]). The last two
/// go together: where the header wraps, they move to the next line as one.
#[component]
pub fn SiteHeader(children: Children) -> impl IntoView {
    let controls = later(Box::new(|| {
        view! {
            <SearchBox />
            <div class="digest-header__tools">
                <SavedLink />
                <ThemeToggle />
            </div>
        }
        .into_any()
    }));
    view! {
        <header class="digest-header">
            <div class="digest-header__inner">
                {children()}
                {controls}
            </div>
        </header>
    }
}

/// The digest's name, linking home, and its category navigation.
#[component]
pub fn HeaderNav(site: Site) -> impl IntoView {
    let paths = use_service::<Paths>();
    view! {
        <a class="digest-header__brand" href=paths.home()>{site.title.clone()}</a>
        <nav class="digest-header__nav" aria-label=use_labels().text(Label::Categories)>
            <ul role="list">
                {site
                    .categories
                    .iter()
                    .map(|c| view! { <li><a href=paths.category(&c.slug)>{c.name.clone()}</a></li> })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// "Saved", with how many there are once the app has read them (a [`SavedStore`] in context).
#[component]
pub fn SavedLink() -> impl IntoView {
    let paths = use_service::<Paths>();
    let store = use_context::<SavedStore>();
    let count = move || store.map(|store| store.count()).filter(|n| *n > 0).map(|n| n.to_string());
    view! {
        <a class="digest-header__saved digest-app-only" href=paths.saved()>
            <span class="digest-save__icon" aria-hidden="true">"★"</span>
            <span class="digest-header__saved-label">{use_labels().text(Label::SavedLink)}</span>
            {move || {
                count()
                    .map(|n| {
                        view! {
                            <span class="digest-visually-hidden">": "</span>
                            <span class="digest-header__count">{n}</span>
                        }
                    })
            }}
        </a>
    }
}
