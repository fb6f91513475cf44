use crate::components::{Promo, PublishedDate, Related, SaveButton, ShareButton, SourceQuote, Steps, Takeaways};
use crate::format;
use crate::labels::{language, use_labels, Label, UiLang};
use crate::later::later;
use digest_model::{ArticlePage, Paths, Site};
use leptos::prelude::*;

/// A whole article: header, summary, why it matters, steps, who benefits, takeaways, the original
/// post, the courses promo and "More in <category>". Empty sections are left out entirely. What
/// follows "why it matters" may be built in later tasks ([`later`]), inside and after the article.
#[component]
pub fn ArticleView(
    page: ArticlePage,
    /// For the category's name and the promo.
    site: Site,
    /// The host's courses URL, which wins over the site-wide promo's own.
    #[prop(default = None)]
    courses_url: Option<String>,
) -> impl IntoView {
    let paths = expect_context::<Paths>();
    let t = use_labels();
    let ArticlePage { article, reading_minutes, related } = page;
    // The article may be in another language than the interface: its element says which, and the
    // labels and controls inside say theirs.
    let ui = article.lang.as_ref().filter(|lang| language(lang) != language(t.locale())).map(|_| t.locale().to_owned());
    provide_context(UiLang(ui.clone()));
    let category_name = site.category_name(&article.category).to_owned();
    let summary = article.summary(reading_minutes);
    let promo = site.promo_for(&article.category, &article.tags).map(|chosen| {
        // The host's courses URL stands for the site-wide promo only: the others point at the
        // courses their category or tags chose.
        let url_override = courses_url.filter(|_| chosen.site_wide);
        let (article, category) = (article.slug.clone(), article.category.clone());
        view! { <Promo promo=chosen.promo.clone() url_override article category /> }
    });
    let who_benefits = (!article.who_benefits.is_empty()).then(|| {
        view! {
            <section class="digest-article__section" aria-labelledby="digest-who-heading">
                <h2 id="digest-who-heading" lang=ui.clone()>{t.text(Label::WhoBenefits)}</h2>
                <ul class="digest-article__list">
                    {article.who_benefits.into_iter().map(|who| view! { <li dir="auto">{who}</li> }).collect_view()}
                </ul>
            </section>
        }
    });
    let (slug, steps, takeaways, source) = (article.slug.clone(), article.steps, article.takeaways, article.source);
    let sections = later(Box::new(move || {
        view! {
            <Steps slug steps />
            {who_benefits}
            <Takeaways items=takeaways />
            <SourceQuote source />
        }
        .into_any()
    }));
    let category_href = paths.category(&article.category);
    let (category, name) = (article.category, category_name.clone());
    let after =
        later(Box::new(move || view! { {promo} <Related category category_name=name items=related /> }.into_any()));
    view! {
        <article class="digest-article" lang=article.lang.clone()>
            <header class="digest-article__header">
                <a class="digest-article__category" href=category_href lang=ui.clone()>
                    {category_name}
                </a>
                <h1 class="digest-article__title" tabindex="-1" dir="auto">{article.title.clone()}</h1>
                <p class="digest-article__meta" lang=ui.clone()>
                    <PublishedDate iso=article.published />
                    <span aria-hidden="true">" · "</span>
                    <span>{format::reading_time(&t, reading_minutes)}</span>
                </p>
                <div class="digest-article__actions" lang=ui.clone()>
                    <SaveButton article=summary />
                    <ShareButton slug=article.slug title=article.title.clone() summary=article.summary.clone() />
                </div>
            </header>
            <p class="digest-article__summary" dir="auto">{article.summary.clone()}</p>
            <section class="digest-article__section" aria-labelledby="digest-why-heading">
                <h2 id="digest-why-heading" lang=ui.clone()>{t.text(Label::WhyItMatters)}</h2>
                <p dir="auto">{article.why_it_matters}</p>
            </section>
            {sections}
        </article>
        {after}
    }
}
