use digest_ui::i18n::labels::{use_labels, Label};
use leptos::prelude::*;

/// Stands in for a list of cards while it loads, at the cards' size so nothing jumps when they arrive.
#[component]
pub fn CardListSkeleton(
    /// How many placeholder cards.
    #[prop(default = 4)]
    count: usize,
) -> impl IntoView {
    view! {
        <div class="digest-skeleton" aria-busy="true">
            <p class="digest-visually-hidden" role="status">{use_labels().text(Label::LoadingArticles)}</p>
            <div class="digest-skeleton__line digest-skeleton__line--heading"></div>
            {(0..count).map(|_| view! { <div class="digest-skeleton__card"></div> }).collect_view()}
        </div>
    }
}

/// Stands in for an article while it loads.
#[component]
pub fn ArticleSkeleton() -> impl IntoView {
    view! {
        <div class="digest-skeleton" aria-busy="true">
            <p class="digest-visually-hidden" role="status">{use_labels().text(Label::LoadingArticle)}</p>
            <div class="digest-skeleton__line digest-skeleton__line--short"></div>
            <div class="digest-skeleton__line digest-skeleton__line--title"></div>
            <div class="digest-skeleton__line digest-skeleton__line--short"></div>
            <div class="digest-skeleton__block"></div>
            <div class="digest-skeleton__block"></div>
        </div>
    }
}
