use crate::components::PublishedDate;
use crate::i18n::labels::{use_labels, Label};
use crate::service::use_service;
use digest_model::{ArticleSummary, Paths};
use leptos::prelude::*;

/// "More in <category>": a few other articles, those of the article's category first (the heading
/// says "Related articles" when others fill in). Nothing renders when there are none.
#[component]
pub fn Related(
    /// The category's slug.
    category: String,
    /// The category's display name.
    category_name: String,
    items: Vec<ArticleSummary>,
) -> impl IntoView {
    let paths = use_service::<Paths>();
    let t = use_labels();
    let heading = if items.iter().all(|item| item.category == category) {
        t.fill(Label::MoreIn, &[("category", &category_name)])
    } else {
        t.text(Label::RelatedArticles)
    };
    let all_in = t.fill(Label::AllIn, &[("category", &category_name)]);
    (!items.is_empty()).then(|| {
        view! {
            <section class="digest-related" aria-labelledby="digest-related-heading">
                <h2 id="digest-related-heading">{heading}</h2>
                <ul class="digest-related__list" role="list">
                    {items
                        .into_iter()
                        .map(|item| {
                            view! {
                                <li class="digest-related__item">
                                    <a href=paths.article(&item.slug) lang=item.lang dir="auto">
                                        {item.title}
                                    </a>
                                    " "
                                    <PublishedDate iso=item.published />
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <a class="digest-related__all" href=paths.category(&category)>
                    {all_in}
                </a>
            </section>
        }
    })
}
