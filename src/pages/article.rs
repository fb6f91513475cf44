use crate::api::{Api, ApiError};
use crate::app::SiteResource;
use crate::components::{ArticleSkeleton, PublishedDate, Promo, Related, SourceQuote, Steps, Takeaways};
use crate::config::Config;
use crate::format;
use crate::navigation::PageReady;
use crate::pages::region::PageRegion;
use crate::paths::Paths;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

/// `/articles/:slug`: one digested post, every section of it, the courses promo and related articles.
#[component]
pub fn ArticlePage() -> impl IntoView {
    let api = expect_context::<Api>();
    let paths = expect_context::<Paths>();
    let config = expect_context::<Config>();
    let SiteResource(site) = expect_context::<SiteResource>();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let page = LocalResource::new(move || {
        let api = api.clone();
        let slug = slug.get();
        async move { api.article(&slug).await }
    });
    let content = move || {
        let paths = paths.clone();
        let courses_url = config.courses_url.clone();
        Suspend::new(async move {
            let site = site.await?;
            let page = page.await?;
            let article = page.article;
            let category_name = site.category_name(&article.category).to_owned();
            Ok::<_, ApiError>(view! {
                <Title text=format!("{} · {}", article.title, site.title) />
                <Meta name="description" content=article.summary.clone() />
                <article class="digest-article">
                    <header class="digest-article__header">
                        <a class="digest-article__category" href=paths.category(&article.category)>
                            {category_name.clone()}
                        </a>
                        <h1 class="digest-article__title" tabindex="-1">{article.title.clone()}</h1>
                        <p class="digest-article__meta">
                            <PublishedDate iso=article.published.clone() />
                            <span aria-hidden="true">" · "</span>
                            <span>{format::reading_time(page.reading_minutes)}</span>
                        </p>
                    </header>
                    <p class="digest-article__summary">{article.summary.clone()}</p>
                    <section class="digest-article__section" aria-labelledby="digest-why-heading">
                        <h2 id="digest-why-heading">"Why it matters"</h2>
                        <p>{article.why_it_matters.clone()}</p>
                    </section>
                    <Steps slug=article.slug.clone() steps=article.steps.clone() />
                    {(!article.who_benefits.is_empty())
                        .then(|| {
                            view! {
                                <section class="digest-article__section" aria-labelledby="digest-who-heading">
                                    <h2 id="digest-who-heading">"Who benefits"</h2>
                                    <ul class="digest-article__list">
                                        {article.who_benefits.iter().map(|who| view! { <li>{who.clone()}</li> }).collect_view()}
                                    </ul>
                                </section>
                            }
                        })}
                    <Takeaways items=article.takeaways.clone() />
                    <SourceQuote source=article.source.clone() />
                </article>
                {site.promo.clone().map(|promo| view! { <Promo promo url_override=courses_url.clone() /> })}
                <Related category=article.category.clone() category_name items=page.related />
                <PageReady />
            })
        })
    };
    view! {
        <PageRegion
            skeleton=ViewFnOnce::from(|| view! { <ArticleSkeleton /> })
            on_retry=move |()| {
                site.refetch();
                page.refetch();
            }
        >
            {content}
        </PageRegion>
    }
}
