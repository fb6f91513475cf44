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
        let previous = (page > 1).then(|| href(page - 1));
        let next = (page < pages).then(|| href(page + 1));
        view! {
            <nav class="digest-pagination" aria-label="Pages">
                {previous.map(|href| view! { <a class="digest-pagination__link" href=href rel="prev">"← Newer"</a> })}
                <span class="digest-pagination__status" aria-current="page">{format!("Page {page} of {pages}")}</span>
                {next.map(|href| view! { <a class="digest-pagination__link" href=href rel="next">"Older →"</a> })}
            </nav>
        }
    })
}
