use crate::format;
use leptos::prelude::*;

/// A publication date in the reader's locale, machine-readable in `datetime`.
#[component]
pub fn PublishedDate(
    /// RFC 3339, as the content has it.
    iso: String,
) -> impl IntoView {
    let text = format::date(&iso);
    view! { <time datetime=iso>{text}</time> }
}
