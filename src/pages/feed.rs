use crate::api::{use_content, ApiError};
use crate::components::CardListSkeleton;
use crate::navigation::PageReady;
use crate::page_meta::PageMeta;
use crate::pages::region::page_region;
use digest_model::listing::parse_page_param;
use digest_ui::components::FeedView;
use digest_ui::titles;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// `/`: the newest articles first, a page at a time (`?page=N`).
#[component]
pub fn FeedPage() -> impl IntoView {
    let query = use_query_map();
    let page = Memo::new(move |_| parse_page_param(query.read().get("page").as_deref()));
    let loaded = use_content(move |api| {
        let page = page.get();
        async move {
            let Some(page) = page else {
                return Err(ApiError::NotFound { url: format!("feed page {:?}", query.read_untracked().get("page")) });
            };
            Ok((api.site().await?, api.feed(page).await?))
        }
    });
    page_region(
        move || loaded.get(),
        || view! { <CardListSkeleton /> }.into_any(),
        |(site, listing)| {
            let (title, _) = titles::feed(&site, listing.page);
            view! {
                <PageMeta title description=site.description.clone() />
                <FeedView site listing />
                <PageReady />
            }
            .into_any()
        },
    )
}
