//! Compiling the article page's code before the reader opens an article. V8 compiles each wasm
//! function on its first call, on the main thread: opening the first article from the feed compiled
//! about 350 functions, most of the difference between a first click (about 140 ms at 4 x CPU) and a
//! later one (about 80 ms) (docs/performance.md). So once the reader's cards have prefetched an
//! article, and the browser is idle, that article's parts (`ArticleParts`, the very parts `ArticleView`
//! is made of) are built off-document, one per idle task so that no task runs long, and thrown away. Once a visit, and not after an article page has
//! rendered (its code is compiled then).
//!
//! Laying an article out is the other half of opening it: shaping its words was about 20 of the 30 ms
//! of layout at 4 x CPU, and the browser keeps shaped words. So the article built last is also laid
//! out off-screen, and so is the article of each card the reader points at or focuses (once its data
//! is here): that is the one they are about to open. Both go part by part, a task each, and an
//! article with a part too long to lay out in one idle task is only built, so that no idle task grows
//! with the article (scripts/bench-idle.mjs measures one at the schema's limits).
//!
//! The components are the pre-rendered pages' own (`digest_ui`): their Effects only read storage, or
//! write back what they read, so building them has no effect the reader could see; laid out, they are
//! in the document for one task, hidden, and out again before anything renders.

use super::tasks::{idle, later};
use crate::api::Api;
use crate::ready::{ReadyPages, Shown};
use digest_model::{Article, ArticlePage, Site};
use digest_ui::components::ArticleParts;
use digest_ui::later::Part;
use leptos::prelude::*;
use leptos::tachys::view::Render;
use leptos::task::spawn_local;
use send_wrapper::SendWrapper;
use std::collections::HashSet;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The `performance` mark made once the article's code is compiled.
pub const MARK: &str = "digest:warmed";

/// The `performance` mark made each time an article has been laid out off-screen, followed by a
/// space and the article's slug.
pub const LAID_OUT_MARK: &str = "digest:laid-out";

/// The mark made instead when an article was too long to be laid out ahead, and was only built.
pub const BUILT_MARK: &str = "digest:built-ahead";

/// The class of the element articles are laid out in (`style/layout.css`: fixed, hidden, contained).
const HOLDER_CLASS: &str = "digest-offscreen";

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
    /// Where articles are laid out: the app's root, whose styles they take.
    root: StoredValue<SendWrapper<Element>>,
    /// The article of the card the reader last pointed at or focused.
    pointed: StoredValue<Option<String>>,
    /// The articles laid out (or being laid out) this visit.
    laid_out: StoredValue<HashSet<String>>,
}

impl Warmer {
    /// Call under the app's owner, with its root element; an article page rendering (under
    /// `base_path`) makes the warm-up unneeded.
    pub fn install(api: Api, ready: ReadyPages, root: &Element, base_path: String) -> Self {
        let warmer = Self {
            api,
            owner: StoredValue::new(Owner::current()),
            state: StoredValue::new(State::Cold),
            root: StoredValue::new(SendWrapper::new(root.clone())),
            pointed: StoredValue::new(None),
            laid_out: StoredValue::new(HashSet::new()),
        };
        ready.on_ready(move |page| {
            let route = page.url.strip_prefix(base_path.as_str()).unwrap_or(&page.url);
            if page.failure.is_none() && route.starts_with("/articles/") {
                warmer.state.set_value(State::Warm);
            }
            Shown::Live
        });
        warmer
    }

    /// The reader pointed at or focused the card of `slug`: its article is laid out when idle, once
    /// its data is here and the article's code compiled.
    pub fn pointed(&self, slug: &str) {
        self.pointed.set_value(Some(slug.to_owned()));
        if self.state.get_value() == State::Warm && self.api.has_article(slug) {
            self.lay_out(slug.to_owned());
        }
    }

    /// The cards prefetched the article `slug`: builds it off-document when idle, if nothing has yet.
    pub fn prefetched(&self, slug: &str) {
        match self.state.get_value() {
            State::Cold => self.warm_up(slug),
            State::Warm if self.is_pointed(slug) => self.lay_out(slug.to_owned()),
            _ => {}
        }
    }

    fn is_pointed(&self, slug: &str) -> bool {
        self.pointed.with_value(|pointed| pointed.as_deref() == Some(slug))
    }

    fn warm_up(&self, slug: &str) {
        self.state.set_value(State::Warming);
        let (warmer, slug) = (*self, slug.to_owned());
        spawn_local(async move {
            let (Ok(site), Ok(page)) = (warmer.api.site().await, warmer.api.article(&slug).await) else {
                warmer.state.set_value(State::Cold);
                return;
            };
            let Some(owner) = warmer.owner.get_value() else { return };
            for part in parts(page.clone(), &site, owner.child()) {
                idle().await;
                if warmer.state.get_value() == State::Warm {
                    break;
                }
                let built = owner.child();
                // Kept until the next task, so that the components' Effects (run in microtasks) run
                // while their owner still lives.
                let state = built.with(|| part().build());
                later().await;
                drop(state);
                built.cleanup();
            }
            if warmer.state.get_value() == State::Warm {
                return;
            }
            // Last an article laid out: the one the reader points at, if it is here by now.
            let pointed = warmer.pointed.get_value().filter(|pointed| warmer.api.has_article(pointed));
            let (slug, page) = match pointed {
                Some(pointed) => match warmer.api.article(&pointed).await {
                    Ok(page) => (pointed, page),
                    Err(_) => (slug, page),
                },
                None => (slug, page),
            };
            warmer.laid_out.update_value(|laid_out| {
                laid_out.insert(slug.clone());
            });
            warmer.build_and_lay_out(owner, page, site, &slug).await;
            warmer.state.set_value(State::Warm);
            // A User Timing mark, for profiles (and the tests) to see when it is done.
            if let Some(performance) = window().performance() {
                let _ = performance.mark(MARK);
            }
            if let Some(pointed) = warmer.pointed.get_value().filter(|pointed| warmer.api.has_article(pointed)) {
                warmer.lay_out(pointed);
            }
        });
    }

    /// Lays the article `slug` (in the cache) out off-screen when idle, once a visit.
    fn lay_out(&self, slug: String) {
        let first = self.laid_out.try_update_value(|laid_out| laid_out.insert(slug.clone())).unwrap_or(false);
        let Some(owner) = self.owner.get_value().filter(|_| first) else { return };
        let warmer = *self;
        spawn_local(async move {
            if let (Ok(site), Ok(page)) = (warmer.api.site().await, warmer.api.article(&slug).await) {
                warmer.build_and_lay_out(owner, page, site, &slug).await;
            }
        });
    }

    /// Builds the article part by part, each in an idle task, and lays each out in the next, in a
    /// hidden article under the root, taken out again in the same task: an article as long as the
    /// schema allows, built and laid out whole, took one task of about 90 ms at 4 x CPU
    /// (scripts/bench-idle.mjs). Its longest part alone still took up to 47 ms to lay out, so an
    /// article with a part that long is only built ([`fits_an_idle_task`]). The browser keeps the
    /// words it shaped either way.
    async fn build_and_lay_out(&self, owner: Owner, page: ArticlePage, site: Site, slug: &str) {
        let lay_out = fits_an_idle_task(&page.article);
        for part in parts(page, &site, owner.child()) {
            idle().await;
            let built = owner.child();
            let mut state = built.with(|| part().build());
            idle().await;
            if let Some((holder, article)) = self.root.with_value(|root| hidden_article(root)).filter(|_| lay_out) {
                state.mount(&article, None);
                // Reading a size makes the browser lay the part out now.
                let _ = article.offset_height();
                holder.remove();
            }
            drop(state);
            built.cleanup();
        }
        if let Some(performance) = window().performance() {
            let _ = performance.mark(&format!("{} {slug}", if lay_out { LAID_OUT_MARK } else { BUILT_MARK }));
        }
    }
}

/// The most text one part of an article may hold for it to be laid out ahead: the steps of an article
/// at the schema's limits (30 of 600 characters, each with its checkbox) took up to 47 ms to lay out
/// at 4 x CPU, and a part's layout must leave its idle task under 50 ms; a third of that text, about
/// 16 ms. Sample articles hold a tenth of it.
const LAYOUT_AHEAD_CHARS: usize = 6_000;

/// Whether each part of `article` is small enough to be laid out in an idle task; if not, it is only
/// built ahead (its code compiled), and laid out when it is opened.
fn fits_an_idle_task(article: &Article) -> bool {
    let total = |texts: &[String]| texts.iter().map(|text| text.chars().count()).sum::<usize>();
    let parts = [
        article.title.chars().count() + article.summary.chars().count() + article.why_it_matters.chars().count(),
        total(&article.steps),
        total(&article.who_benefits),
        total(&article.takeaways),
        article.source.quote.chars().count(),
    ];
    parts.iter().all(|&chars| chars <= LAYOUT_AHEAD_CHARS)
}

/// A hidden element under `root` holding an empty article element, which takes an article's styles.
fn hidden_article(root: &Element) -> Option<(Element, HtmlElement)> {
    let holder = document().create_element("div").ok()?;
    holder.set_class_name(HOLDER_CLASS);
    holder.set_attribute("aria-hidden", "true").ok()?;
    let article = document().create_element("article").ok()?.dyn_into::<HtmlElement>().ok()?;
    article.set_class_name("digest-article");
    holder.append_child(&article).ok()?;
    root.append_child(&holder).ok()?;
    Some((holder, article))
}

/// The article page's parts ([`ArticleParts`], the article view's own), each built on its own.
fn parts(page: ArticlePage, site: &Site, owner: Owner) -> Vec<Part> {
    let parts = owner.with(|| ArticleParts::new(page, site, None, None));
    owner.cleanup();
    let ArticleParts { head, sections, after, .. } = parts;
    std::iter::once(head).chain(sections).chain(std::iter::once(after)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Article {
        serde_json::from_str(include_str!("../../content/articles/agents-need-undo.json")).unwrap_or_else(|error| {
            unreachable!("the sample article decodes: {error}");
        })
    }

    #[test]
    fn a_sample_article_is_laid_out_ahead() {
        assert!(fits_an_idle_task(&sample()));
    }

    #[test]
    fn an_article_with_one_part_over_the_limit_is_only_built() {
        let mut article = sample();
        article.steps = vec!["x".repeat(600); 10];
        assert!(fits_an_idle_task(&article), "10 steps of 600 characters: 6,000, at the limit");
        article.steps = vec!["x".repeat(600); 30];
        assert!(!fits_an_idle_task(&article), "the schema's 30 steps of 600 characters");
        let mut article = sample();
        article.why_it_matters = "é".repeat(LAYOUT_AHEAD_CHARS);
        assert!(!fits_an_idle_task(&article), "the head counts its title, summary and why it matters together");
    }
}
