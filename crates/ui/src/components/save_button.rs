use crate::host_events::{HostEvent, HostEvents};
use crate::i18n::labels::{use_labels, Label};
use crate::saved_store::SavedStore;
use digest_model::ArticleSummary;
use leptos::prelude::*;

/// "Save" / "Saved": keeps `article` in the reader's saved articles, or takes it out. A toggle
/// (`aria-pressed`). Needs a [`SavedStore`] in context to act; rendered to HTML it shows "Save".
#[component]
pub fn SaveButton(
    /// What the saved list shows of it.
    article: ArticleSummary,
    /// The id of what the button saves (a card's title), so that each of many "Save" buttons on a
    /// page says which article it is for.
    #[prop(optional, into)]
    described_by: Option<String>,
) -> impl IntoView {
    let store = use_context::<SavedStore>();
    let events = HostEvents::use_context();
    let t = use_labels();
    let (save, saved_text) = (format!(" {}", t.get(Label::Save)), format!(" {}", t.get(Label::SavedButton)));
    let slug = article.slug.clone();
    let saved = Memo::new(move |_| store.is_some_and(|store| store.contains(&slug)));
    let toggle = move |_| {
        if let Some(store) = store {
            store.toggle(article.clone());
            let slug = article.slug.clone();
            events.report(&HostEvent::Save { saved: store.contains(&slug), article: slug });
        }
    };
    view! {
        <button
            type="button"
            class="digest-button digest-button--quiet digest-save digest-app-only"
            aria-pressed=move || if saved.get() { "true" } else { "false" }
            aria-describedby=described_by
            on:click=toggle
        >
            <span class="digest-save__icon" aria-hidden="true">
                {move || if saved.get() { "★" } else { "☆" }}
            </span>
            {move || if saved.get() { saved_text.clone() } else { save.clone() }}
        </button>
    }
}
