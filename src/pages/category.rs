use crate::api::{use_content, ApiError};
use crate::app::SiteResource;
use crate::components::{CardList, CardListSkeleton, Pagination};
use crate::navigation::PageReady;
use crate::page_meta::PageMeta;
use crate::pages::region::PageRegion;
use crate::paths::Paths;
use digest_core::listing::parse_page_param;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

/// `/categories/:slug`: the category's name, description and articles, a page at a time.
#[component]
pub fn CategoryPage() -> impl IntoView {
    let paths = expect_context::<Paths>();
    let SiteResource(site) = expect_context::<SiteResource>();
    let params = use_params_map();
    let query = use_query_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let page = Memo::new(move |_| parse_page_param(query.read().get("page").as_deref()));
    let listing = use_content(move |api| {
        let (slug, page) = (slug.get(), page.get());
        async move {
            let site = site.await?;
            if site.category(&slug).is_none() {
                return Err(ApiError::NotFound { url: format!("category {slug}") });
            }
            match page {
                Some(page) => api.category(&slug, page).await,
                None => Err(ApiError::NotFound {
                    url: format!("category {slug}, page {:?}", query.read_untracked().get("page")),
                }),
            }
        }
    });
    let content = move || {
        let paths = paths.clone();
        Suspend::new(async move {
            let site = site.await?;
            let listing = listing.await?;
            let slug = slug.get_untracked();
            let Some(category) = site.category(&slug).cloned() else {
                return Err(ApiError::NotFound { url: format!("category {slug}") });
            };
            let title = match listing.page {
                1 => format!("{} · {}", category.name, site.title),
                n => format!("{}, page {n} · {}", category.name, site.title),
            };
            let description =
                if category.description.is_empty() { site.description.clone() } else { category.description.clone() };
            Ok(view! {
                <PageMeta title description />
                <div class="digest-listing-head">
                    <p class="digest-listing-head__kicker">"Category"</p>
                    <h1 tabindex="-1">{category.name.clone()}</h1>
                    {(!category.description.is_empty())
                        .then(|| view! { <p class="digest-listing-head__text">{category.description.clone()}</p> })}
                </div>
                {if listing.items.is_empty() {
                    view! { <p class="digest-empty">"No articles in this category yet."</p> }.into_any()
                } else {
                    view! { <CardList items=listing.items site /> }.into_any()
                }}
                <Pagination page=listing.page pages=listing.pages href=move |n| paths.category_page(&slug, n) />
                <PageReady />
            })
        })
    };
    view! {
        <PageRegion skeleton=ViewFnOnce::from(|| view! { <CardListSkeleton /> })>
            {content}
        </PageRegion>
    }
}
