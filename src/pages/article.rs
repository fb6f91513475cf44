use crate::api::{use_content, ApiError};
use crate::app::SiteResource;
use crate::components::{ArticleSkeleton, ArticleView};
use crate::config::Config;
use crate::navigation::PageReady;
use crate::page_meta::PageMeta;
use crate::pages::region::PageRegion;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// `/articles/:slug`: one digested post, every section of it, the courses promo and related articles.
#[component]
pub fn ArticlePage() -> impl IntoView {
    let config = expect_context::<Config>();
    let SiteResource(site) = expect_context::<SiteResource>();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let page = use_content(move |api| {
        let slug = slug.get();
        async move { api.article(&slug).await }
    });
    let content = move || {
        let courses_url = config.courses_url.clone();
        Suspend::new(async move {
            let site = site.await?;
            let page = page.await?;
            Ok::<_, ApiError>(view! {
                <PageMeta
                    title=format!("{} · {}", page.article.title, site.title)
                    description=page.article.summary.clone()
                />
                <ArticleView page site courses_url />
                <PageReady />
            })
        })
    };
    view! {
        <PageRegion skeleton=ViewFnOnce::from(|| view! { <ArticleSkeleton /> })>
            {content}
        </PageRegion>
    }
}
