use crate::api::{use_content, ApiError};
use crate::components::CardListSkeleton;
use crate::navigation::PageReady;
use crate::page_meta::PageMeta;
use crate::pages::page_number::use_page_number;
use crate::pages::region::page_region;
use digest_model::Paths;
use digest_ui::components::CategoryView;
use digest_ui::i18n::labels::use_labels;
use digest_ui::titles;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/categories/:slug` and `/categories/:slug/page/N`: the category's name, description and articles,
/// a page at a time.
#[component]
pub fn CategoryPage() -> impl IntoView {
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let page = use_page_number(move |n| Paths::new("").category_page(&slug.get_untracked(), n));
    let loaded = use_content(move |api| {
        let (slug, page) = (slug.get(), page.get());
        async move {
            let site = api.site().await?;
            let Some(category) = site.category(&slug).cloned() else {
                return Err(ApiError::NotFound { url: format!("category {slug}") });
            };
            let Some(page) = page else {
                return Err(ApiError::NotFound { url: format!("no such page of category {slug}") });
            };
            let listing = api.category(&slug, page).await?;
            Ok((site, category, listing))
        }
    });
    page_region(
        move || loaded.get(),
        || view! { <CardListSkeleton /> }.into_any(),
        |(site, category, listing)| {
            let title = titles::category(&use_labels(), &category, &site, listing.page);
            let description = titles::category_description(&category, &site).to_owned();
            view! {
                <PageMeta title description />
                <CategoryView category site listing />
                <PageReady />
            }
            .into_any()
        },
    )
}
