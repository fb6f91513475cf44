//! What each page is called: its document title, its heading and its description, for the app and
//! the pre-rendered pages alike.

use crate::i18n::format;
use crate::i18n::labels::{Label, Labels};
use digest_model::{Article, Category, Site};

/// The feed's page `page`: its document title and its heading.
pub fn feed(t: &Labels, site: &Site, page: u32) -> (String, String) {
    match page {
        1 => (site.title.clone(), t.text(Label::Latest)),
        n => {
            let n = number(t, n);
            (
                t.fill(Label::FeedPageTitle, &[("page", &n), ("site", &site.title)]),
                t.fill(Label::LatestPage, &[("page", &n)]),
            )
        }
    }
}

fn number(t: &Labels, n: u32) -> String {
    format::number(t.locale(), usize::try_from(n).unwrap_or(usize::MAX))
}

/// A category's page `page`: its document title.
pub fn category(t: &Labels, category: &Category, site: &Site, page: u32) -> String {
    match page {
        1 => format!("{} · {}", category.name, site.title),
        n => {
            let heading = t.fill(Label::CategoryPageTitle, &[("category", &category.name), ("page", &number(t, n))]);
            format!("{heading} · {}", site.title)
        }
    }
}

/// What search results and link previews say of a category: its own description, or the site's.
pub fn category_description<'a>(category: &'a Category, site: &'a Site) -> &'a str {
    if category.description.is_empty() {
        &site.description
    } else {
        &category.description
    }
}

/// An article's document title.
pub fn article(article: &Article, site: &Site) -> String {
    format!("{} · {}", article.title, site.title)
}

/// The saved articles' document title.
pub fn saved(t: &Labels, site: &Site) -> String {
    format!("{} · {}", t.get(Label::Saved), site.title)
}

/// The search page's document title, with its query if there is one.
pub fn search(t: &Labels, site: &Site, query: Option<&str>) -> String {
    match query {
        Some(query) => format!("{} · {}", t.fill(Label::SearchTitle, &[("query", query)]), site.title),
        None => format!("{} · {}", t.get(Label::Search), site.title),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Site {
        digest_model::decode(
            r#"{"version":1,"title":"AI News","description":"D","categories":[{"slug":"t","name":"Tools"}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn pages_after_the_first_say_their_number() {
        let site = site();
        let t = Labels::english();
        assert_eq!(feed(&t, &site, 1), ("AI News".to_owned(), "Latest".to_owned()));
        assert_eq!(feed(&t, &site, 3), ("Page 3 · AI News".to_owned(), "Latest, page 3".to_owned()));
        let tools = &site.categories[0];
        assert_eq!(category(&t, tools, &site, 1), "Tools · AI News");
        assert_eq!(category(&t, tools, &site, 2), "Tools, page 2 · AI News");
        assert_eq!(category_description(tools, &site), "D");
    }
}
