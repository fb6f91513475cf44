use crate::components::{Promo, PublishedDate, Related, SaveButton, ShareButton, SourceQuote, Steps, Takeaways};
use crate::i18n::labels::{use_labels, Label, UiLang};
use crate::i18n::locales::language;
use crate::later::{later, Part};
use crate::service::use_service;
use digest_model::{ArticlePage, Paths, Site};
use leptos::prelude::*;

/// More controls for an article's actions row (beside Save and Share), made by the app for the
/// article `slug`: the pre-rendered pages have none.
#[derive(Clone)]
pub struct MoreActions(pub std::sync::Arc<dyn Fn(String) -> AnyView + Send + Sync>);

/// The parts of an article, in the order they show, each built on its own: [`ArticleView`] puts them
/// together (the lower ones [`later`]), and the app's warm-up builds them one idle task apiece, so
/// that a part added here is warmed up too.
pub struct ArticleParts {
    /// The article's own language, for its element.
    pub lang: Option<String>,
    /// The header, summary and why it matters: what the start builds first.
    pub head: Part,
    /// The steps, who benefits, the takeaways and the original post.
    pub sections: Vec<Part>,
    /// What follows the article: the promo and the related articles.
    pub after: Part,
}

impl ArticleParts {
    /// `page`'s parts, with `site`'s category names and promos; `courses_url` (the host's) wins over
    /// the site-wide promo's own. `ui` is the interface's language where the article has another.
    pub fn new(page: ArticlePage, site: &Site, courses_url: Option<String>, ui: Option<String>) -> Self {
        let paths = use_service::<Paths>();
        let t = use_labels();
        let ArticlePage { article, reading_minutes, related } = page;
        let category_name = site.category_name(&article.category).to_owned();
        let summary = article.summary(reading_minutes);
        let promo = site.promo_for(&article.category, &article.tags).map(|chosen| {
            // The host's courses URL stands for the site-wide promo only: the others point at the
            // courses their category or tags chose.
            let url_override = courses_url.filter(|_| chosen.site_wide);
            (chosen.promo.clone(), url_override)
        });
        let (slug, steps, takeaways, source) = (article.slug.clone(), article.steps, article.takeaways, article.source);
        let who_benefits = article.who_benefits;
        let who_lang = ui.clone();
        let category_href = paths.category(&article.category);
        let (category, name) = (article.category.clone(), category_name.clone());
        let (promo_article, promo_category) = (article.slug.clone(), article.category.clone());
        let lang = article.lang;
        let (more, more_slug) = (use_context::<MoreActions>(), article.slug.clone());
        let head: Part = Box::new(move || {
            view! {
                <header class="digest-article__header">
                    <a class="digest-article__category" href=category_href lang=ui.clone()>
                        {category_name}
                    </a>
                    <h1 class="digest-article__title" tabindex="-1" dir="auto">{article.title.clone()}</h1>
                    <p class="digest-article__meta" lang=ui.clone()>
                        <PublishedDate iso=article.published />
                        <span aria-hidden="true">" · "</span>
                        <span>{t.reading_time(reading_minutes)}</span>
                    </p>
                    <div class="digest-article__actions" lang=ui.clone()>
                        <SaveButton article=summary />
                        <ShareButton slug=article.slug title=article.title summary=article.summary.clone() />
                        // Made here, under the part's owner: the app's warm-up makes parts and drops them.
                        {more.map(|more| (more.0)(more_slug))}
                    </div>
                </header>
                <p class="digest-article__summary" dir="auto">{article.summary}</p>
                <section class="digest-article__section" aria-labelledby="digest-why-heading">
                    <h2 id="digest-why-heading" lang=ui>{t.text(Label::WhyItMatters)}</h2>
                    <p dir="auto">{article.why_it_matters}</p>
                </section>
            }
            .into_any()
        });
        let sections: Vec<Part> = vec![
            Box::new(move || view! { <Steps slug steps /> }.into_any()),
            Box::new(move || {
                (!who_benefits.is_empty())
                    .then(|| {
                        view! {
                            <section class="digest-article__section" aria-labelledby="digest-who-heading">
                                <h2 id="digest-who-heading" lang=who_lang>{t.text(Label::WhoBenefits)}</h2>
                                <ul class="digest-article__list">
                                    {who_benefits
                                        .into_iter()
                                        .map(|who| view! { <li dir="auto">{who}</li> })
                                        .collect_view()}
                                </ul>
                            </section>
                        }
                    })
                    .into_any()
            }),
            Box::new(move || view! { <Takeaways items=takeaways /> }.into_any()),
            Box::new(move || view! { <SourceQuote source /> }.into_any()),
        ];
        let after: Part = Box::new(move || {
            let promo = promo.map(|(promo, url_override)| {
                view! { <Promo promo url_override article=promo_article category=promo_category /> }
            });
            view! { {promo} <Related category category_name=name items=related /> }.into_any()
        });
        Self { lang, head, sections, after }
    }
}

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
    let t = use_labels();
    // The article may be in another language than the interface: its element says which, and the
    // labels and controls inside say theirs.
    let ui =
        page.article.lang.as_ref().filter(|lang| language(lang) != language(t.locale())).map(|_| t.locale().to_owned());
    provide_context(UiLang(ui.clone()));
    let ArticleParts { lang, head, sections, after } = ArticleParts::new(page, &site, courses_url, ui);
    let sections = later(Box::new(move || sections.into_iter().map(|part| part()).collect_view().into_any()));
    view! {
        <article class="digest-article" lang=lang>
            {head()}
            {sections}
        </article>
        {later(after)}
    }
}
