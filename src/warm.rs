//! Compiling the article page's code before the reader opens an article. V8 compiles each wasm
//! function on its first call, on the main thread: opening the first article from the feed compiled
//! about 350 functions, most of the difference between a first click (about 140 ms at 4 x CPU) and a
//! later one (about 80 ms) (README, "Speed and size"). So once the reader's cards have prefetched an
//! article, and the browser is idle, that article's components are built off-document, a few per idle
//! task so that no task runs long, and thrown away. Once a visit, and not after an article page has
//! rendered (its code is compiled then).
//!
//! The components are the pre-rendered pages' own (`digest_ui`): their Effects only read storage, or
//! write back what they read, so building them has no effect the reader could see.

use crate::api::Api;
use crate::navigation::{Navigation, Shown};
use crate::tasks::idle;
use digest_model::ArticlePage;
use digest_ui::components::{
    ArticleView, Promo, PublishedDate, Related, SaveButton, ShareButton, SourceQuote, Steps, Takeaways,
};
use leptos::prelude::*;
use leptos::tachys::view::Render;
use leptos::task::spawn_local;

/// The `performance` mark made once the article's code is compiled.
pub const MARK: &str = "digest:warmed";

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Cold,
    Warming,
    Warm,
}

/// The warm-up, made by the app's shell (whose owner gives the components their context).
#[derive(Clone, Copy)]
pub struct Warmer {
    api: Api,
    owner: StoredValue<Option<Owner>>,
    state: StoredValue<State>,
}

impl Warmer {
    /// Call under the app's owner; an article page rendering (under `base_path`) makes the warm-up
    /// unneeded.
    pub fn install(api: Api, navigation: Navigation, base_path: String) -> Self {
        let warmer = Self { api, owner: StoredValue::new(Owner::current()), state: StoredValue::new(State::Cold) };
        navigation.on_ready(move |page| {
            let route = page.url.strip_prefix(base_path.as_str()).unwrap_or(&page.url);
            if page.failure.is_none() && route.starts_with("/articles/") {
                warmer.state.set_value(State::Warm);
            }
            Shown::Live
        });
        warmer
    }

    /// The cards prefetched the article `slug`: builds it off-document when idle, if nothing has yet.
    pub fn prefetched(&self, slug: &str) {
        if self.state.get_value() != State::Cold {
            return;
        }
        self.state.set_value(State::Warming);
        let (warmer, slug) = (*self, slug.to_owned());
        spawn_local(async move {
            let (Ok(site), Ok(page)) = (warmer.api.site().await, warmer.api.article(&slug).await) else {
                warmer.state.set_value(State::Cold);
                return;
            };
            let Some(owner) = warmer.owner.get_value() else { return };
            // The last slice builds the whole article: by then only its own code is left to compile.
            let whole = page.clone();
            let mut slices: Vec<Box<dyn FnOnce() -> AnyView>> = slices(page, site.clone());
            slices.push(Box::new(move || view! { <ArticleView page=whole site /> }.into_any()));
            for slice in slices {
                idle().await;
                if warmer.state.get_value() == State::Warm {
                    break;
                }
                let built = owner.child();
                // Kept until the next idle task, so that the components' Effects run while their
                // owner still lives.
                let state = built.with(|| slice().build());
                idle().await;
                drop(state);
                built.cleanup();
            }
            warmer.state.set_value(State::Warm);
            // A User Timing mark, for profiles (and the tests) to see when it is done.
            if let Some(performance) = window().performance() {
                let _ = performance.mark(MARK);
            }
        });
    }
}

/// The article page's components, a few a slice.
fn slices(page: ArticlePage, site: digest_model::Site) -> Vec<Box<dyn FnOnce() -> AnyView>> {
    let article = page.article;
    let summary = article.summary(page.reading_minutes);
    let promo = site.promo_for(&article.category, &article.tags).map(|chosen| chosen.promo.clone());
    let category_name = site.category_name(&article.category).to_owned();
    let (slug, title, brief) = (article.slug.clone(), article.title.clone(), article.summary.clone());
    let (steps_slug, category, promo_category) = (article.slug.clone(), article.category.clone(), article.category);
    let (published, steps, takeaways, source) = (article.published, article.steps, article.takeaways, article.source);
    let related = page.related;
    vec![
        Box::new(move || {
            view! {
                <PublishedDate iso=published />
                <SaveButton article=summary />
                <ShareButton slug title summary=brief />
            }
            .into_any()
        }),
        Box::new(move || view! { <Steps slug=steps_slug steps /> }.into_any()),
        Box::new(move || view! { <Takeaways items=takeaways /> <SourceQuote source /> }.into_any()),
        Box::new(move || {
            let promo = promo.map(|promo| {
                view! { <Promo promo article=String::new() category=promo_category /> }
            });
            view! { {promo} <Related category category_name items=related /> }.into_any()
        }),
    ]
}
