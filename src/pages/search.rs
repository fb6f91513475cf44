use crate::api::{use_content, Api, ApiError};
use crate::components::{CardListSkeleton, ErrorView};
use crate::navigation::PageReady;
use crate::page_meta::PageMeta;
use crate::search::{cards, search};
use digest_model::search::query::{Query, MAX_CHARS};
use digest_ui::components::search_view::count;
use digest_ui::components::{Found, SearchView};
use digest_ui::host_events::{HostEvent, HostEvents};
use digest_ui::i18n::labels::{use_labels, Label};
use digest_ui::service::use_service;
use digest_ui::titles;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use wasm_bindgen::JsCast;

/// How many results are shown at first, and added by "Show more".
const BATCH: usize = 10;

/// `/search?q=`: what the query finds, best first. A new query keeps the last results on screen,
/// dimmed and marked busy, until its own are ready, so nothing jumps while the reader types.
#[component]
pub fn SearchPage() -> impl IntoView {
    let query = use_query_map();
    let text =
        Memo::new(move |_| query.with(|q| q.get("q")).unwrap_or_default().chars().take(MAX_CHARS).collect::<String>());
    let shown = RwSignal::new(BATCH);
    // A new query starts again from its first results.
    Effect::new(move |_| {
        text.track();
        if shown.get_untracked() != BATCH {
            shown.set(BATCH);
        }
    });
    // Whether a load is under way while earlier results are on screen.
    let busy = RwSignal::new(false);
    let events = HostEvents::use_context();
    // The host hears of each query once, not again for "Show more" or a refresh.
    let reported = StoredValue::new(None::<String>);
    let loaded = use_content(move |api| {
        let (text, shown) = (text.get(), shown.get());
        busy.set(true);
        async move {
            let _done = Done(busy);
            let site = api.site().await?;
            let query = Query::parse(&text);
            if query.is_empty() {
                return Ok((site, None, false));
            }
            let matches = search(api, &query).await?;
            let first_answer = reported
                .try_update_value(|last| {
                    let new = last.as_deref() != Some(text.as_str());
                    *last = Some(text.clone());
                    new
                })
                .unwrap_or(false);
            if first_answer {
                events.report(&HostEvent::Search { query: text.clone(), results: matches.ids.len() });
            }
            let first = matches.ids.get(..shown.min(matches.ids.len())).unwrap_or_default();
            let items = cards(api, &matches.manifest, first).await?;
            let more = matches.ids.len() > items.len();
            Ok::<_, ApiError>((site, Some(Found { query: text, total: matches.ids.len(), items }), more))
        }
    });
    let api = use_service::<Api>();
    let t = use_labels();
    // Said once per answer, from one live region that stays while the results change.
    let said = move || match loaded.get() {
        _ if busy.get() => t.text(Label::Searching),
        Some(Ok((_, Some(found), _))) => count(&t, &found),
        _ => String::new(),
    };
    // "Show more" goes with the results it replaces: focus moves to the first card it added.
    let focus_card = StoredValue::new(None::<usize>);
    let results = move || match loaded.get() {
        None => view! {
            <div class="digest-listing-head">
                <h1 tabindex="-1">{t.text(Label::Search)}</h1>
            </div>
            <p class="digest-search-count" role="status">{t.text(Label::Searching)}</p>
            <CardListSkeleton />
        }
        .into_any(),
        Some(Ok((site, found, more))) => {
            let title = titles::search(&t, &site, found.as_ref().map(|f| f.query.as_str()));
            let show_more = more.then(|| {
                view! {
                    <button
                        type="button"
                        class="digest-button digest-search-more"
                        on:click=move |_| {
                            focus_card.set_value(Some(shown.get_untracked()));
                            shown.update(|n| *n += BATCH);
                        }
                    >
                        {t.text(Label::ShowMoreResults)}
                    </button>
                }
            });
            if let Some(at) = focus_card.try_update_value(Option::take).flatten() {
                request_animation_frame(move || focus_result(at));
            }
            view! {
                <PageMeta title description=t.text(Label::SearchLabel) />
                <SearchView site found>{show_more}</SearchView>
                <PageReady />
            }
            .into_any()
        }
        Some(Err(error)) => view! {
            <PageMeta title=t.text(Label::SearchUnavailable) description=t.text(Label::SearchLabel) />
            <div class="digest-listing-head">
                <h1 tabindex="-1">{t.text(Label::Search)}</h1>
            </div>
            <ErrorView
                error=error.clone()
                title=t.text(Label::SearchUnavailable)
                on_retry=move |()| api.refresh()
            />
            <PageReady failure=Some(error) />
        }
        .into_any(),
    };
    view! {
        <p class="digest-visually-hidden" role="status">{said}</p>
        <div class="digest-search-results" aria-busy=move || busy.get().to_string()>
            {results}
        </div>
    }
}

/// Marks the load it lives in as over, however it ends (an answer, an error, or dropped for a newer
/// query).
struct Done(RwSignal<bool>);

impl Drop for Done {
    fn drop(&mut self) {
        self.0.set(false);
    }
}

/// Focuses the link of the result at `index` (from 0).
fn focus_result(index: usize) {
    let selector = format!(".digest-main .digest-card:nth-child({}) .digest-card__link", index + 1);
    if let Some(link) =
        document().query_selector(&selector).ok().flatten().and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = link.focus();
    }
}
