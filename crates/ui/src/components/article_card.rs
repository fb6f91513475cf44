use crate::components::{Highlighted, Marks, NewMark, PublishedDate, ReadProgress, SaveButton};
use crate::host_events::{HostEvent, HostEvents};
use crate::i18n::labels::use_labels;
use crate::service::use_service;
use crate::visits::NewSince;
use digest_model::{ArticleSummary, Paths, Site};
use leptos::prelude::*;

/// A list of article cards, newest first; the host hears which are new to the reader (`digest:new`).
#[component]
pub fn CardList(
    items: Vec<ArticleSummary>,
    /// For the categories' display names.
    site: Site,
    /// A search's matched words, marked in titles and summaries.
    #[prop(default = None)]
    marks: Option<Marks>,
) -> impl IntoView {
    // Effects run in the browser only: the host hears of "New" marks the reader sees.
    if let Some(since) = use_context::<NewSince>() {
        let new: Vec<String> = items.iter().filter(|i| since.is_new(&i.published)).map(|i| i.slug.clone()).collect();
        let events = HostEvents::use_context();
        Effect::new(move |_| {
            if !new.is_empty() {
                events.report(&HostEvent::New { articles: new.clone() });
            }
        });
    }
    view! {
        <ul class="digest-cards" role="list">
            {items
                .into_iter()
                .map(|item| {
                    let category_name = site.category_name(&item.category).to_owned();
                    view! { <ArticleCard item category_name marks=marks.clone() /> }
                })
                .collect_view()}
        </ul>
    }
}

/// One article in a list: its title links to the article (the whole card is clickable), with
/// category, date, reading time and summary, and a Save button; for the app's reader also "New"
/// since their last visit and how far they read it. `data-digest-prefetch` names the
/// article, for the app to fetch it before the reader opens it.
#[component]
pub fn ArticleCard(
    item: ArticleSummary,
    /// The display name of the article's category.
    category_name: String,
    /// A search's matched words, marked in the title and summary.
    #[prop(default = None)]
    marks: Option<Marks>,
) -> impl IntoView {
    let paths = use_service::<Paths>();
    let title_id = format!("digest-card-{}", item.slug);
    let saved = item.clone();
    view! {
        <li class="digest-card" data-digest-prefetch=item.slug.clone()>
            <article class="digest-card__body">
                <h2 class="digest-card__title" id=title_id.clone() lang=item.lang.clone() dir="auto">
                    <NewMark published=item.published.clone() />
                    <a class="digest-card__link" href=paths.article(&item.slug)>
                        <Highlighted text=item.title marks=marks.clone() />
                    </a>
                </h2>
                <p class="digest-card__summary" lang=item.lang.clone() dir="auto">
                    <Highlighted text=item.summary marks />
                </p>
                <p class="digest-card__meta">
                    <a class="digest-card__category" href=paths.category(&item.category)>{category_name}</a>
                    // The no-break space keeps each dot with what precedes it when the line wraps.
                    <span aria-hidden="true">"\u{a0}· "</span>
                    <span class="digest-card__when">
                        <PublishedDate iso=item.published />
                        <span aria-hidden="true">"\u{a0}· "</span>
                        {use_labels().reading_time(item.reading_minutes)}
                    </span>
                    <ReadProgress slug=item.slug.clone() />
                </p>
                <SaveButton article=saved described_by=title_id />
            </article>
        </li>
    }
}
