use digest_model::search::Query;
use leptos::prelude::*;
use std::ops::Range;
use std::sync::Arc;

/// What a search marks in a text: the byte ranges of the words it matched. A function rather than
/// the query itself, so that a list of cards reaches the search engine (its stemmer) only when a
/// search made the list: in the app, that code is in the search page's chunk (src/lazy.rs), not in
/// the start module every reader downloads.
#[derive(Clone)]
pub struct Marks(Arc<Marker>);

/// Finds the ranges to mark in a text.
type Marker = dyn Fn(&str) -> Vec<Range<usize>> + Send + Sync;

impl Marks {
    /// The words `query` matches.
    pub fn of(query: Query) -> Self {
        Self(Arc::new(move |text| query.highlights(text)))
    }
}

/// `text` with the words `marks` finds in `<mark>`: text nodes and elements only, never markup
/// made from content.
#[component]
pub fn Highlighted(
    text: String,
    /// Without them, `text` as it is.
    #[prop(default = None)]
    marks: Option<Marks>,
) -> impl IntoView {
    let marks = marks.map(|marks| (marks.0)(&text)).unwrap_or_default();
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
