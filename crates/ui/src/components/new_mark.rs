use crate::i18n::labels::{use_labels, Label};
use crate::visits::NewSince;
use leptos::prelude::*;

/// "New", before a card's title, when the article was published since the reader's last visit. A
/// word, so that screen readers say it with the title; nothing on a first visit, and nothing in the
/// pre-rendered pages, which know no reader.
#[component]
pub fn NewMark(
    /// When the article was published (RFC 3339).
    published: String,
) -> impl IntoView {
    let since = use_context::<NewSince>().unwrap_or_default();
    since.is_new(&published).then(|| {
        view! {
            <span class="digest-new">{use_labels().text(Label::New)}</span>
            " "
        }
    })
}
