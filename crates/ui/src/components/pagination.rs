use crate::i18n::format;
use crate::i18n::labels::{use_labels, Label};
use leptos::prelude::*;

/// "Newer" / "Page 2 of 3" / "Older" links between pages of a listing; nothing when there is one page.
#[component]
pub fn Pagination<F>(
    /// The page shown, 1-based.
    page: u32,
    pages: u32,
    /// The href of page `n`.
    href: F,
) -> impl IntoView
where
    F: Fn(u32) -> String + 'static,
{
    (pages > 1).then(|| {
        let t = use_labels();
        let number = |n: u32| format::number(t.locale(), usize::try_from(n).unwrap_or(usize::MAX));
        let status = t.fill(Label::PageOf, &[("page", &number(page)), ("pages", &number(pages))]);
        let previous = (page > 1).then(|| href(page - 1));
        let next = (page < pages).then(|| href(page + 1));
        view! {
            <nav class="digest-pagination" aria-label=t.text(Label::Pages)>
                {previous.map(|href| view! { <a class="digest-pagination__link" href=href rel="prev">{t.text(Label::Newer)}</a> })}
                <span class="digest-pagination__status" aria-current="page">{status}</span>
                {next.map(|href| view! { <a class="digest-pagination__link" href=href rel="next">{t.text(Label::Older)}</a> })}
            </nav>
        }
    })
}
