use crate::components::source_quote::link_label;
use crate::i18n::labels::{use_labels, Label};
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
    let t = use_labels();
    let label = link_label(&t, &source);
    let posted = t.fill(Label::PostedOn, &[("author", &handle), ("platform", &platform)]);
    view! {
        <p>{summary}</p>
        <h2>{t.text(Label::WhyItMatters)}</h2>
        <p>{why_it_matters}</p>
        {(!steps.is_empty()).then(|| view! {
            <h2>{t.text(Label::Steps)}</h2>
            <ol>{steps.into_iter().map(|step| view! { <li>{step}</li> }).collect_view()}</ol>
        })}
        {(!who_benefits.is_empty()).then(|| view! { <h2>{t.text(Label::WhoBenefits)}</h2> {list(who_benefits)} })}
        {(!takeaways.is_empty()).then(|| view! { <h2>{t.text(Label::Takeaways)}</h2> {list(takeaways)} })}
        <h2>{t.text(Label::OriginalPost)}</h2>
        <blockquote cite=source.url.clone()><p>{source.quote}</p></blockquote>
        <p>{posted} ": " <a href=source.url>{label}</a></p>
    }
}
