use crate::i18n::format;
use crate::i18n::labels::use_labels;
use leptos::prelude::*;

/// A publication date in the reader's locale, machine-readable in `datetime`.
#[component]
pub fn PublishedDate(
    /// RFC 3339, as the content has it.
    iso: String,
) -> impl IntoView {
    let text = format::date(&iso, use_labels().locale());
    view! { <time datetime=iso>{text}</time> }
}
