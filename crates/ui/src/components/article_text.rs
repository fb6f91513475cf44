use crate::labels;
use digest_model::Article;
use leptos::prelude::*;

/// An article's whole text as plain HTML, for the feeds: what the article view shows, without its
/// controls (ticking, copying, dismissing) and without classes a feed reader cannot use.
#[component]
pub fn ArticleText(article: Article) -> impl IntoView {
    let list = |items: Vec<String>| view! { <ul>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul> };
    let Article { summary, why_it_matters, steps, who_benefits, takeaways, source, .. } = article;
    let handle = source.handle();
    let platform = source.platform_display();
    let label = source.link_label();
    view! {
        <p>{summary}</p>
        <h2>{labels::WHY_IT_MATTERS}</h2>
        <p>{why_it_matters}</p>
        {(!steps.is_empty()).then(|| view! {
            <h2>{labels::STEPS}</h2>
            <ol>{steps.into_iter().map(|step| view! { <li>{step}</li> }).collect_view()}</ol>
        })}
        {(!who_benefits.is_empty()).then(|| view! { <h2>{labels::WHO_BENEFITS}</h2> {list(who_benefits)} })}
        {(!takeaways.is_empty()).then(|| view! { <h2>{labels::TAKEAWAYS}</h2> {list(takeaways)} })}
        <h2>{labels::ORIGINAL_POST}</h2>
        <blockquote cite=source.url.clone()><p>{source.quote}</p></blockquote>
        <p>{handle} " on " {platform} ": " <a href=source.url>{label}</a></p>
    }
}
