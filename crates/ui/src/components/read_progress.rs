use crate::i18n::labels::{use_labels, Label, Plural};
use crate::reading::Progress;
use crate::reading_store::ReadingStore;
use leptos::prelude::*;

/// How far the reader got in a card's article: "42% read" with a bar, or "Read". Nothing for an
/// article not started, and nothing in the pre-rendered pages.
#[component]
pub fn ReadProgress(
    /// The card's article.
    slug: String,
) -> impl IntoView {
    let store = use_context::<ReadingStore>();
    let t = use_labels();
    move || {
        let progress = store.and_then(|store| store.progress(&slug))?;
        let text = match progress {
            Progress::Partly(_) => t.count(Plural::ReadPercent, usize::from(progress.percent()), &[]),
            Progress::Finished => t.text(Label::ReadFinished).to_owned(),
        };
        // The dot stays with what precedes it when the line wraps; the bar and its words go together.
        Some(view! {
            <span aria-hidden="true">"\u{a0}· "</span>
            <span class="digest-read">
                <progress class="digest-read__bar" max="100" value=progress.percent() aria-hidden="true"></progress>
                {text}
            </span>
        })
    }
}
