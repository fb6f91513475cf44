use crate::api::{use_content, ApiError};
use crate::components::CardListSkeleton;
use crate::navigation::PageReady;
use crate::page_meta::PageMeta;
use crate::pages::page_number::use_page_number;
use crate::pages::region::page_region;
use digest_model::Paths;
use digest_ui::components::FeedView;
use digest_ui::i18n::labels::use_labels;
use digest_ui::titles;
use leptos::prelude::*;

/// `/` and `/page/N`: the newest articles first, a page at a time.
#[component]
pub fn FeedPage() -> impl IntoView {
    let page = use_page_number(|n| Paths::new("").feed_page(n));
    let loaded = use_content(move |api| {
        let page = page.get();
        async move {
            let Some(page) = page else {
                return Err(ApiError::NotFound { url: "no such page of the feed".to_owned() });
            };
            Ok((api.site().await?, api.feed(page).await?))
        }
    });
    page_region(
        move || loaded.get(),
        || view! { <CardListSkeleton /> }.into_any(),
        |(site, listing)| {
            let (title, _) = titles::feed(&use_labels(), &site, listing.page);
            view! {
                <PageMeta title description=site.description.clone() />
                <FeedView site listing />
                <PageReady />
            }
            .into_any()
        },
    )
}
