use crate::components::{CardList, Marks};
use crate::i18n::labels::{use_labels, Label, Labels, Plural};
use crate::service::use_service;
use digest_model::search::Query;
use digest_model::{ArticleSummary, Paths, Site};
use leptos::prelude::*;

/// What a search found: how many articles, and the cards of the first of them.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub query: String,
    pub total: usize,
    pub items: Vec<ArticleSummary>,
}

/// `/search`: the heading, then what was found for the query: a count and the cards, best first,
/// with the matched words marked; or "No results", with the categories to browse instead. `found`
/// is `None` before anything was searched for (and on the pre-rendered page, which tells its start
/// script to start the app at once: only the app can search).
#[component]
pub fn SearchView(
    site: Site,
    found: Option<Found>,
    /// Shown after the cards, when there are more results than cards (the app's "Show more").
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let paths = use_service::<Paths>();
    let t = use_labels();
    let body = match found {
        None => view! {
            <p class="digest-empty digest-app-only" data-digest-start="">{t.text(Label::SearchIntro)}</p>
            <p class="digest-empty digest-no-app">{t.text(Label::SearchNeedsApp)}</p>
        }
        .into_any(),
        Some(found) if found.total == 0 => {
            let said = count(&t, &found);
            let categories = site
                .categories
                .iter()
                .map(|c| view! { <li><a href=paths.category(&c.slug)>{c.name.clone()}</a></li> })
                .collect_view();
            view! {
                <p class="digest-search-count">{said}</p>
                <p class="digest-empty">{t.text(Label::SearchBrowse)}</p>
                <ul class="digest-search-browse" role="list">{categories}</ul>
            }
            .into_any()
        }
        Some(found) => {
            let count = count(&t, &found);
            let marks = Some(Marks::of(Query::parse(&found.query)));
            view! {
                <p class="digest-search-count">{count}</p>
                <CardList items=found.items site marks />
                {children.map(|more| more())}
            }
            .into_any()
        }
    };
    view! {
        <div class="digest-listing-head">
            <h1 tabindex="-1">{t.text(Label::Search)}</h1>
        </div>
        {body}
    }
}

/// What was found, in words: "3 results for “agents”", "No results for “zzz”".
pub fn count(t: &Labels, found: &Found) -> String {
    match found.total {
        0 => t.fill(Label::NoResults, &[("query", &found.query)]),
        n => t.count(Plural::Results, n, &[("query", &found.query)]),
    }
}
