use crate::read_position;
use digest_ui::host_events::{HostEvent, HostEvents};
use digest_ui::i18n::format;
use digest_ui::i18n::labels::{use_labels, Label};
use digest_ui::reading::Progress;
use digest_ui::reading_store::ReadingStore;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// "You read 42% of this article. Continue where you left off": offered above an article the reader
/// left partway, never a jump by itself; Dismiss reads it from the top. Goes once either is pressed.
#[component]
pub fn ContinueOffer(
    /// The article on screen.
    slug: String,
) -> impl IntoView {
    let t = use_labels();
    let events = HostEvents::use_context();
    // Where the reader was when the article opened, not where they are as they read it.
    let Some(Progress::Partly(position)) = use_context::<ReadingStore>().and_then(|s| s.progress_untracked(&slug))
    else {
        return None;
    };
    let percent = Progress::Partly(position).percent();
    let shown = RwSignal::new(true);
    let where_text = t.fill(Label::ContinueWhere, &[("percent", &format::number(t.locale(), usize::from(percent)))]);
    let go = move |_| {
        shown.set(false);
        read_position::go_to(position);
        focus_article();
        events.report(&HostEvent::Continue { article: slug.clone(), percent });
    };
    Some(move || {
        shown.get().then(|| {
            view! {
                <div class="digest-continue" data-digest-live="">
                    <p class="digest-continue__text">{where_text.clone()}</p>
                    <button type="button" class="digest-button digest-continue__go" on:click=go.clone()>
                        {t.text(Label::ContinueReading)}
                    </button>
                    <button type="button" class="digest-button digest-button--quiet" on:click=move |_| {
                            shown.set(false);
                            focus_article();
                        }>
                        {t.text(Label::Dismiss)}
                    </button>
                </div>
            }
        })
    })
}

/// The offer's buttons are gone: the focus goes to the article, without moving the page.
fn focus_article() {
    if let Some(title) = document().query_selector(".digest-main .digest-article__title").ok().flatten() {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = title.unchecked_into::<web_sys::HtmlElement>().focus_with_options(&options);
    }
}
