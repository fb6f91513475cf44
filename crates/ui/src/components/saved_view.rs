use crate::components::CardList;
use crate::labels;
use digest_model::{ArticleSummary, Site};
use leptos::prelude::*;

/// `/saved`: the saved articles as cards, most recently saved first, each with its Save toggle to
/// take it out. `items` is `None` where they cannot be known (the pre-rendered page: they live in the
/// reader's browser); `data-digest-start` then tells the page's start script to start the app at once.
#[component]
pub fn SavedView(
    /// For the categories' display names.
    site: Site,
    items: Option<Vec<ArticleSummary>>,
) -> impl IntoView {
    let count = items.as_ref().map(Vec::len);
    view! {
        <div class="digest-listing-head">
            <h1 tabindex="-1">{labels::SAVED}</h1>
            <p class="digest-listing-head__text">
                {match count {
                    Some(1) => "1 article, most recently saved first. ".to_owned(),
                    Some(n) if n > 1 => format!("{n} articles, most recently saved first. "),
                    _ => String::new(),
                }}
                {labels::SAVED_DESCRIPTION}
            </p>
        </div>
        {match items {
            None => view! { <p class="digest-empty" data-digest-start="">{labels::SAVED_LOADING}</p> }.into_any(),
            Some(items) if items.is_empty() => view! { <p class="digest-empty">{labels::NOTHING_SAVED}</p> }.into_any(),
            Some(items) => view! { <CardList items site /> }.into_any(),
        }}
    }
}
