use crate::api::{use_content, ApiError};
use crate::app::SiteResource;
use crate::components::{CardList, CardListSkeleton, Pagination};
use crate::navigation::PageReady;
use crate::page_meta::PageMeta;
use crate::pages::region::PageRegion;
use crate::paths::Paths;
use digest_core::listing::parse_page_param;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/`: the newest articles first, a page at a time (`?page=N`).
#[component]
pub fn FeedPage() -> impl IntoView {
    let paths = expect_context::<Paths>();
    let SiteResource(site) = expect_context::<SiteResource>();
    let query = use_query_map();
    let page = Memo::new(move |_| parse_page_param(query.read().get("page").as_deref()));
    let listing = use_content(move |api| {
        let page = page.get();
        async move {
            match page {
                Some(page) => api.feed(page).await,
                None => Err(ApiError::NotFound { url: format!("feed page {:?}", query.read_untracked().get("page")) }),
            }
        }
    });
    let content = move || {
        let paths = paths.clone();
        Suspend::new(async move {
            let site = site.await?;
            let listing = listing.await?;
            let title = match listing.page {
                1 => site.title.clone(),
                n => format!("Page {n} · {}", site.title),
            };
            let heading =
                if listing.page == 1 { "Latest".to_owned() } else { format!("Latest, page {}", listing.page) };
            Ok::<_, ApiError>(view! {
                <PageMeta title description=site.description.clone() />
                <div class="digest-listing-head">
                    <h1 tabindex="-1">{heading}</h1>
                    <p class="digest-listing-head__text">{site.description.clone()}</p>
                </div>
                {if listing.items.is_empty() {
                    view! { <p class="digest-empty">"No articles yet."</p> }.into_any()
                } else {
                    view! { <CardList items=listing.items site /> }.into_any()
                }}
                <Pagination page=listing.page pages=listing.pages href=move |n| paths.feed_page(n) />
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
