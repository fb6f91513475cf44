use crate::components::CardList;
use crate::i18n::labels::{use_labels, Label, Plural};
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
    let t = use_labels();
    view! {
        <div class="digest-listing-head">
            <h1 tabindex="-1">{t.text(Label::Saved)}</h1>
            <p class="digest-listing-head__text">
                {match count {
                    Some(n) if n > 0 => format!("{} ", t.count(Plural::SavedCount, n, &[])),
                    _ => String::new(),
                }}
                {t.text(Label::SavedDescription)}
            </p>
        </div>
        {match items {
            None => view! {
                <p class="digest-empty digest-app-only" data-digest-start="">{t.text(Label::SavedLoading)}</p>
                <p class="digest-empty digest-no-app">{t.text(Label::SavedNeedsApp)}</p>
            }
            .into_any(),
            Some(items) if items.is_empty() => view! { <p class="digest-empty">{t.text(Label::NothingSaved)}</p> }.into_any(),
            Some(items) => view! { <CardList items site /> }.into_any(),
        }}
    }
}
