//! The shell: the services every view reads, provided before any view is built; the router and its
//! routes, header and footer.

use crate::api::{provide_site, Api};
use crate::components::{
    AppHeader, ListenButton, OfflineNotice, RouteAnnouncer, SavedNotice, StaleNotice, StaticCopyNotice,
};
use crate::config::Config;
use crate::keys::shortcuts::Shortcuts;
use crate::lazy::{LazySavedPage, LazySearchPage};
use crate::navigation::Navigation;
use crate::pages::{ArticlePage, CategoryPage, FeedPage, NotFoundPage};
use crate::ready::ReadyPages;
use crate::start::{Handoff, Warmer};
use crate::viewport::HostView;
use crate::window_events::on_window;
use crate::{embed, events, learning_records, offline, prefetch, visits};
use digest_model::Paths;
use digest_ui::components::{MoreActions, SiteFooter, SkipLink};
use digest_ui::i18n::labels::{use_labels, Label, Labels};
use digest_ui::later::Later;
use digest_ui::reading_store::ReadingStore;
use digest_ui::saved_store::SavedStore;
use digest_ui::theme::ThemeTarget;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use send_wrapper::SendWrapper;
use std::sync::Arc;
use web_sys::Element;

/// The whole app, configured by the host page, in `container`; `root` is the host's `#digest`
/// element, which may hold a pre-rendered page for the container to replace.
#[component]
pub fn App(
    config: Config,
    /// What the host page configured wrong, if anything (`Config::problem`): said instead of the app.
    problem: Option<String>,
    root: SendWrapper<Element>,
    container: SendWrapper<Element>,
    /// The texts of the interface, in the reader's locale.
    labels: Labels,
) -> impl IntoView {
    provide_context(labels);
    let ready = ReadyPages::new();
    let navigation = Navigation::install(ready);
    let handoff = Handoff::attach(&root, container.take(), ready);
    let start = handoff.start();
    provide_context(ready);
    provide_context(navigation);
    provide_context(handoff);
    provide_context(start);
    // The later parts of long views (the header's controls, an article's lower sections) are parts of
    // the start too: unsplit, the header and the article were its longest tasks.
    provide_context(start.gate());
    if let Some(problem) = problem {
        return view! { <ConfigError message=problem /> }.into_any();
    }
    let services = provide_services(&root, &config);
    // Mounted inside the host page's own <main>, the reader's is not a second main landmark.
    let in_host_main = root.closest("main").ok().flatten().is_some();
    let keys = config.keys.then(|| root.clone());
    // What listens to the pages, in a task of its own behind a pre-rendered page.
    let (host, base) = (root.clone(), config.base_path.clone());
    start.later(move || listen(&host, &config, ready, services));

    view! {
        <Router base>
            <Later>
                <SkipLink />
                <AppHeader />
                <StaleNotice />
                <OfflineNotice />
            </Later>
            <MainArea nested=in_host_main>
                <Later>
                    <Routes fallback=|| view! { <NotFoundPage /> }>
                        <Route path=path!("/") view=FeedPage />
                        <Route path=path!("/page/:page") view=FeedPage />
                        <Route path=path!("/articles/:slug") view=ArticlePage />
                        <Route path=path!("/categories/:slug") view=CategoryPage />
                        <Route path=path!("/categories/:slug/page/:page") view=CategoryPage />
                        <Route path=path!("/saved") view=LazySavedPage />
                        <Route path=path!("/search") view=LazySearchPage />
                    </Routes>
                </Later>
            </MainArea>
            <Later>
                <SiteFooter />
                <RouteAnnouncer />
                <StaticCopyNotice />
                <SavedNotice />
                {keys.clone().map(|root| view! { <Shortcuts root /> })}
            </Later>
        </Router>
    }
    .into_any()
}

/// What the pages read and the listeners use, made once.
#[derive(Clone)]
struct Services {
    api: Api,
    paths: Paths,
    saved: SavedStore,
}

/// Provides what the pages read: the configuration, the content, the site, the paths, the theme's
/// target, the share base, the saved articles and reading positions (kept in step with the reader's
/// other tabs), what is new since the last visit, and in a frame where the host's screen is.
fn provide_services(root: &SendWrapper<Element>, config: &Config) -> Services {
    provide_context(config.clone());
    let api = Api::new(&config.content_url, config.site_name.clone());
    provide_context(api);
    let paths = Paths::new(&config.base_path);
    provide_context(paths.clone());
    provide_site();
    provide_context(ThemeTarget { root: root.clone(), host: config.theme });
    provide_context(config.share_base());
    let saved = SavedStore::load();
    provide_context(saved);
    // Listen, beside Save and Share on every article.
    provide_context(MoreActions(Arc::new(|slug| view! { <ListenButton slug /> }.into_any())));
    let reading = ReadingStore::load();
    provide_context(reading);
    visits::provide();
    if let Some(origin) = &config.embed_origin {
        HostView::provide(origin.clone());
    }
    // Another tab of the reader saved or removed an article, or read one.
    on_window("storage", move |_| {
        saved.reload();
        reading.reload();
    });
    // Coming back online loads again whatever failed, or was shown from an old copy.
    on_window("online", move |_| api.refresh());
    Services { api, paths, saved }
}

/// What listens to the pages: the host's events, the iframe's embedding, the warm-up, prefetching
/// and offline reading.
fn listen(host: &SendWrapper<Element>, config: &Config, ready: ReadyPages, services: Services) {
    let Services { api, paths, saved } = services;
    events::install(host, &config.base_path, config.embed_origin.clone(), ready);
    learning_records::install(host, config.embed_origin.clone());
    if let Some(origin) = config.embed_origin.clone() {
        embed::install(host, origin, ready);
    }
    let warmer = Warmer::install(api, ready, host, config.base_path.clone());
    prefetch::install(host, api, ready, warmer, config.prefetch);
    if config.offline {
        offline::register(&paths);
        offline::keep_saved_articles(saved, api, paths);
    }
}

/// Where the pages go: the page's `<main>`, or inside a host's `<main>` a plain element (a page has one
/// main landmark). Either way the skip link and focus after a route change land on it.
#[component]
fn MainArea(nested: bool, children: Children) -> impl IntoView {
    if nested {
        view! { <div id="digest-main" class="digest-main" tabindex="-1">{children()}</div> }.into_any()
    } else {
        view! { <main id="digest-main" class="digest-main" tabindex="-1">{children()}</main> }.into_any()
    }
}

/// What a host page configured wrong, said in the page instead of leaving it blank.
#[component]
fn ConfigError(message: String) -> impl IntoView {
    view! {
        <div class="digest-main">
            <div class="digest-error" role="alert">
                <h1 class="digest-error__title">{use_labels().text(Label::NotSetUp)}</h1>
                <p class="digest-error__text">{message}</p>
            </div>
        </div>
    }
}
