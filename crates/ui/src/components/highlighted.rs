use digest_model::search::Query;
use leptos::prelude::*;

/// `text` with the words `query` matches in `<mark>`: text nodes and elements only, never markup
/// made from content.
#[component]
pub fn Highlighted(
    text: String,
    /// Without one, `text` as it is.
    #[prop(default = None)]
    query: Option<Query>,
) -> impl IntoView {
    let marks = query.map(|query| query.highlights(&text)).unwrap_or_default();
    let mut parts = Vec::with_capacity(marks.len() * 2 + 1);
    let mut at = 0;
    let part = |range: std::ops::Range<usize>| text.get(range).unwrap_or_default().to_owned();
    for range in marks {
        parts.push((part(at..range.start), false));
        parts.push((part(range.clone()), true));
        at = range.end;
    }
    parts.push((part(at..text.len()), false));
    parts
        .into_iter()
        .filter(|(part, _)| !part.is_empty())
        .map(|(part, marked)| if marked { view! { <mark>{part}</mark> }.into_any() } else { part.into_any() })
        .collect_view()
}
