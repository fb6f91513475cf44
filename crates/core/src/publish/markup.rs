//! Static HTML for route pages and feeds, with the app's own structure and class names, so a page
//! looks the same before the app starts as after, and readers without WebAssembly get the content.
//! Controls that need the app (copy, reset, dismiss, theme) are left out; step boxes show disabled.

use crate::model::{Article, ArticlePage, ArticleSummary, Site};
use crate::publish::html::escape;
use crate::publish::urls::SiteUrls;
use crate::time::display_date;

fn date(iso: &str) -> String {
    let shown = display_date(iso).unwrap_or_else(|| iso.to_owned());
    format!(r#"<time datetime="{}">{}</time>"#, escape(iso), escape(&shown))
}

fn list(items: &[String], class: &str) -> String {
    let items: String = items.iter().map(|item| format!("<li>{}</li>", escape(item))).collect();
    format!(r#"<ul class="{class}">{items}</ul>"#)
}

/// The site header: name and category navigation.
pub fn header(site: &Site, urls: &SiteUrls) -> String {
    let nav: String = site
        .categories
        .iter()
        .map(|c| format!(r#"<li><a href="{}">{}</a></li>"#, escape(&urls.category(&c.slug)), escape(&c.name)))
        .collect();
    format!(
        r#"<header class="digest-header"><div class="digest-header__inner"><a class="digest-header__brand" href="{}">{}</a><nav class="digest-header__nav" aria-label="Categories"><ul role="list">{nav}</ul></nav></div></header>"#,
        escape(&urls.home()),
        escape(&site.title)
    )
}

pub fn footer(urls: &SiteUrls) -> String {
    format!(
        r#"<footer class="digest-footer"><p>Each article digests one public post and links to it. <a href="{}">All articles</a></p></footer>"#,
        escape(&urls.home())
    )
}

/// `main` wrapped in the header and footer.
pub fn shell(site: &Site, urls: &SiteUrls, main: &str) -> String {
    format!(
        r#"{}<main id="digest-main" class="digest-main" tabindex="-1">{main}</main>{}"#,
        header(site, urls),
        footer(urls)
    )
}

/// The sections of an article, from the summary to the original post: the full text, as feeds
/// carry it too.
pub fn article_sections(article: &Article) -> String {
    let mut out = format!(
        r#"<p class="digest-article__summary">{}</p><section class="digest-article__section"><h2>Why it matters</h2><p>{}</p></section>"#,
        escape(&article.summary),
        escape(&article.why_it_matters)
    );
    if !article.steps.is_empty() {
        let total = article.steps.len();
        let steps: String = article
            .steps
            .iter()
            .map(|step| {
                format!(
                    r#"<li class="digest-steps__item"><label class="digest-steps__check"><input type="checkbox" disabled> <span>{}</span></label></li>"#,
                    escape(step)
                )
            })
            .collect();
        out.push_str(&format!(
            r#"<section class="digest-steps"><div class="digest-section-head"><h2>How to implement this in your domain</h2></div><p class="digest-steps__progress"><span class="digest-steps__bar" aria-hidden="true"></span><span class="digest-steps__label">0 of {total} done</span></p><ol class="digest-steps__list">{steps}</ol></section>"#
        ));
    }
    if !article.who_benefits.is_empty() {
        out.push_str(&format!(
            r#"<section class="digest-article__section"><h2>Who benefits</h2>{}</section>"#,
            list(&article.who_benefits, "digest-article__list")
        ));
    }
    if !article.takeaways.is_empty() {
        out.push_str(&format!(
            r#"<section class="digest-takeaways"><div class="digest-section-head"><h2>Key takeaways</h2></div>{}</section>"#,
            list(&article.takeaways, "digest-takeaways__list")
        ));
    }
    let source = &article.source;
    let platform = source.platform_name().map_or_else(|| source.platform.clone(), str::to_owned);
    out.push_str(&format!(
        r#"<section class="digest-source"><h2>The original post</h2><figure class="digest-source__figure"><blockquote class="digest-source__quote" cite="{url}"><p>{quote}</p></blockquote><figcaption class="digest-source__caption"><bdi class="digest-source__author">@{author}</bdi> on {platform}</figcaption></figure><a class="digest-source__link" href="{url}" rel="external noopener noreferrer">{label}</a></section>"#,
        url = escape(&source.url),
        quote = escape(&source.quote),
        author = escape(source.author.trim_start_matches('@')),
        platform = escape(&platform),
        label = escape(&source.link_label()),
    ));
    out
}

/// An article route's content: the article, the promo and the related articles.
pub fn article_main(page: &ArticlePage, site: &Site, urls: &SiteUrls) -> String {
    let article = &page.article;
    let category = site.category_name(&article.category);
    let mut out = format!(
        r#"<article class="digest-article"><header class="digest-article__header"><a class="digest-article__category" href="{}">{}</a><h1 class="digest-article__title" tabindex="-1">{}</h1><p class="digest-article__meta">{}<span aria-hidden="true"> · </span><span>{} min read</span></p></header>{}</article>"#,
        escape(&urls.category(&article.category)),
        escape(category),
        escape(&article.title),
        date(&article.published),
        page.reading_minutes,
        article_sections(article)
    );
    if let Some(promo) = &site.promo {
        out.push_str(&format!(
            r#"<aside class="digest-promo"><h2 class="digest-promo__heading">{}</h2><p class="digest-promo__text">{}</p><a class="digest-button digest-promo__cta" href="{}" rel="external">{}</a></aside>"#,
            escape(&promo.heading),
            escape(&promo.text),
            escape(&promo.url),
            escape(&promo.cta)
        ));
    }
    if !page.related.is_empty() {
        let heading = if page.related.iter().all(|r| r.category == article.category) {
            format!("More in {category}")
        } else {
            "Related articles".to_owned()
        };
        let items: String = page
            .related
            .iter()
            .map(|r| {
                format!(
                    r#"<li class="digest-related__item"><a href="{}">{}</a>{}</li>"#,
                    escape(&urls.article(&r.slug)),
                    escape(&r.title),
                    date(&r.published)
                )
            })
            .collect();
        out.push_str(&format!(
            r#"<section class="digest-related"><h2>{}</h2><ul class="digest-related__list" role="list">{items}</ul><a class="digest-related__all" href="{}">All in {} →</a></section>"#,
            escape(&heading),
            escape(&urls.category(&article.category)),
            escape(category)
        ));
    }
    out
}

/// A listing's content: heading, description, cards and the link to the next page.
pub fn listing_main(
    kicker: Option<&str>,
    heading: &str,
    description: &str,
    items: &[ArticleSummary],
    next: Option<String>,
    site: &Site,
    urls: &SiteUrls,
) -> String {
    let kicker =
        kicker.map(|k| format!(r#"<p class="digest-listing-head__kicker">{}</p>"#, escape(k))).unwrap_or_default();
    let description = if description.is_empty() {
        String::new()
    } else {
        format!(r#"<p class="digest-listing-head__text">{}</p>"#, escape(description))
    };
    let cards = if items.is_empty() {
        r#"<p class="digest-empty">No articles yet.</p>"#.to_owned()
    } else {
        let cards: String = items.iter().map(|item| card(item, site, urls)).collect();
        format!(r#"<ul class="digest-cards" role="list">{cards}</ul>"#)
    };
    let next = next
        .map(|href| format!(r#"<nav class="digest-pagination" aria-label="Pages"><a class="digest-pagination__link" href="{}" rel="next">Older →</a></nav>"#, escape(&href)))
        .unwrap_or_default();
    format!(
        r#"<div class="digest-listing-head">{kicker}<h1 tabindex="-1">{}</h1>{description}</div>{cards}{next}"#,
        escape(heading)
    )
}

fn card(item: &ArticleSummary, site: &Site, urls: &SiteUrls) -> String {
    format!(
        r#"<li class="digest-card"><article class="digest-card__body"><h2 class="digest-card__title"><a class="digest-card__link" href="{}">{}</a></h2><p class="digest-card__summary">{}</p><p class="digest-card__meta"><a class="digest-card__category" href="{}">{}</a><span aria-hidden="true">&nbsp;· </span><span class="digest-card__when">{}<span aria-hidden="true">&nbsp;· </span>{} min read</span></p></article></li>"#,
        escape(&urls.article(&item.slug)),
        escape(&item.title),
        escape(&item.summary),
        escape(&urls.category(&item.category)),
        escape(site.category_name(&item.category)),
        date(&item.published),
        item.reading_minutes
    )
}

pub fn not_found_main(urls: &SiteUrls) -> String {
    format!(
        r#"<div class="digest-not-found"><h1 tabindex="-1">Page not found</h1><p>There is nothing at this address. It may have moved, or the link may be mistyped.</p><p><a class="digest-button" href="{}">Back to the latest articles</a></p></div>"#,
        escape(&urls.home())
    )
}
