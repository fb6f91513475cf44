use crate::components::{CardList, Pagination};
use crate::i18n::labels::{use_labels, Label};
use crate::service::use_service;
use crate::titles;
use digest_model::{Category, ListingPage, Paths, Site};
use leptos::prelude::*;

/// A page of articles: the feed's or a category's heading and description, its cards (or a line
/// saying there are none), and the links to the pages around it.
#[component]
pub fn ListingView<F>(
    /// A small line above the heading ("Category"), if any.
    #[prop(optional, into)]
    kicker: Option<String>,
    #[prop(into)] heading: String,
    /// Shown under the heading when not empty.
    #[prop(into)]
    description: String,
    /// What to say when there are no articles.
    #[prop(into)]
    empty: String,
    listing: ListingPage,
    /// For the categories' display names.
    site: Site,
    /// The href of page `n`.
    href: F,
) -> impl IntoView
where
    F: Fn(u32) -> String + 'static,
{
    view! {
        <div class="digest-listing-head">
            {kicker.map(|kicker| view! { <p class="digest-listing-head__kicker">{kicker}</p> })}
            <h1 tabindex="-1">{heading}</h1>
            {(!description.is_empty()).then(|| view! { <p class="digest-listing-head__text">{description}</p> })}
        </div>
        {if listing.items.is_empty() {
            view! { <p class="digest-empty">{empty}</p> }.into_any()
        } else {
            view! { <CardList items=listing.items site /> }.into_any()
        }}
        <Pagination page=listing.page pages=listing.pages href />
    }
}

/// The feed's page `listing`: "Latest", the site's description, its cards.
#[component]
pub fn FeedView(site: Site, listing: ListingPage) -> impl IntoView {
    let paths = use_service::<Paths>();
    let t = use_labels();
    let (_, heading) = titles::feed(&t, &site, listing.page);
    let description = site.description.clone();
    view! {
        <ListingView heading description empty=t.text(Label::NoArticles) listing site href=move |n| paths.feed_page(n) />
    }
}

/// A category's page `listing`: its name, its description, its cards.
#[component]
pub fn CategoryView(category: Category, site: Site, listing: ListingPage) -> impl IntoView {
    let paths = use_service::<Paths>();
    let Category { slug, name, description } = category;
    let t = use_labels();
    view! {
        <ListingView
            kicker=t.text(Label::Category)
            heading=name
            description
            empty=t.text(Label::NoArticlesInCategory)
            listing
            site
            href=move |n| paths.category_page(&slug, n)
        />
    }
}
