use crate::components::ThemeToggle;
use digest_model::{Paths, Site};
use leptos::prelude::*;

/// The site's header: what `children` put at its start (the brand and the categories, see
/// [`HeaderNav`], or what stands in for them while they load), and the theme toggle.
#[component]
pub fn SiteHeader(children: Children) -> impl IntoView {
    view! {
        <header class="digest-header">
            <div class="digest-header__inner">
                {children()}
                <ThemeToggle />
            </div>
        </header>
    }
}

/// The digest's name, linking home, and its category navigation.
#[component]
pub fn HeaderNav(site: Site) -> impl IntoView {
    let paths = expect_context::<Paths>();
    view! {
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
}
