use crate::api::use_content;
use crate::components::{ArticleSkeleton, ContinueOffer};
use crate::config::Config;
use crate::navigation::PageReady;
use crate::page_meta::PageMeta;
use crate::pages::region::page_region;
use crate::read_position;
use digest_ui::components::ArticleView;
use digest_ui::service::use_service;
use digest_ui::titles;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/articles/:slug`: one digested post, every section of it, the courses promo and related articles;
/// where the reader left it, offered back, and how far they read it, remembered.
#[component]
pub fn ArticlePage() -> impl IntoView {
    let courses_url = use_service::<Config>().courses_url;
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let loaded = use_content(move |api| {
        let slug = slug.get();
        async move { Ok((api.site().await?, api.article(&slug).await?)) }
    });
    page_region(
        move || loaded.get(),
        || view! { <ArticleSkeleton /> }.into_any(),
        move |(site, page)| {
            let courses_url = courses_url.clone();
            let slug = page.article.slug.clone();
            read_position::track(slug.clone());
            view! {
                <PageMeta title=titles::article(&page.article, &site) description=page.article.summary.clone() />
                <ContinueOffer slug />
                <ArticleView page site courses_url />
                <PageReady />
            }
            .into_any()
        },
    )
}
