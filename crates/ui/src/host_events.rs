//! What readers do, told to the host page for its analytics (docs/embedding.md, "Events"). The app
//! provides a [`HostEvents`] that dispatches them as DOM events; the publisher's pages have none, so
//! reporting while rendering to HTML does nothing.

use leptos::prelude::*;
use std::rc::Rc;

/// One thing a reader did.
#[derive(Clone, Debug, PartialEq)]
pub enum HostEvent {
    /// A page of the reader is on screen: `path` is its route within the reader (`/articles/x`,
    /// the same in mount and iframe mode), `title` the document's title.
    Navigate { path: String, title: String },
    /// The reader followed a promo's link.
    Promo { url: String, article: String, category: String },
    /// The reader shared an article.
    Share { article: String, method: ShareMethod },
    /// The reader saved an article, or took it out of the saved ones.
    Save { article: String, saved: bool },
    /// A search answered: how many articles it found.
    Search { query: String, results: usize },
    /// A keyboard shortcut acted: `key` as pressed (`j`, `g h`), `action` what it did.
    Shortcut { key: String, action: &'static str },
    /// How far the reader has read an article was stored: `percent` 100 when read to its end.
    Progress { article: String, percent: u8 },
    /// The reader took up an article where they had left it.
    Continue { article: String, percent: u8 },
    /// A list showed articles published since the reader's last visit, marked "New".
    New { articles: Vec<String> },
    /// The reader ticked or unticked one of an article's steps, or reset them: `done` of `total`.
    Step { article: String, done: usize, total: usize },
    /// Reading an article aloud started, paused, stopped or finished (`state`).
    Listen { article: String, state: &'static str },
}

/// How an article was shared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareMethod {
    /// The browser's share sheet.
    ShareSheet,
    /// The link was copied to the clipboard.
    Clipboard,
}

impl HostEvent {
    /// The DOM event's type.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Navigate { .. } => "digest:navigate",
            Self::Promo { .. } => "digest:promo",
            Self::Share { .. } => "digest:share",
            Self::Save { .. } => "digest:save",
            Self::Search { .. } => "digest:search",
            Self::Shortcut { .. } => "digest:shortcut",
            Self::Progress { .. } => "digest:progress",
            Self::Continue { .. } => "digest:continue",
            Self::New { .. } => "digest:new",
            Self::Step { .. } => "digest:step",
            Self::Listen { .. } => "digest:listen",
        }
    }

    /// The DOM event's `detail`: an object with these properties. Plain fields, which the app turns
    /// into a JS object directly: a `serde_json::Value` would bring a JSON tree's code into the start.
    pub fn detail(&self) -> Vec<(&'static str, Field<'_>)> {
        use Field::{Flag, Number, Text, Texts};
        match self {
            Self::Navigate { path, title } => vec![("path", Text(path)), ("title", Text(title))],
            Self::Promo { url, article, category } => {
                vec![("url", Text(url)), ("article", Text(article)), ("category", Text(category))]
            }
            Self::Share { article, method } => {
                let method = match method {
                    ShareMethod::ShareSheet => "share-sheet",
                    ShareMethod::Clipboard => "clipboard",
                };
                vec![("article", Text(article)), ("method", Text(method))]
            }
            Self::Save { article, saved } => vec![("article", Text(article)), ("saved", Flag(*saved))],
            Self::Search { query, results } => vec![("query", Text(query)), ("results", Number(*results))],
            Self::Shortcut { key, action } => vec![("key", Text(key)), ("action", Text(action))],
            Self::Progress { article, percent } => vec![
                ("article", Text(article)),
                ("percent", Number(usize::from(*percent))),
                ("finished", Flag(*percent == 100)),
            ],
            Self::Continue { article, percent } => {
                vec![("article", Text(article)), ("percent", Number(usize::from(*percent)))]
            }
            Self::New { articles } => vec![("articles", Texts(articles)), ("count", Number(articles.len()))],
            Self::Step { article, done, total } => {
                vec![("article", Text(article)), ("done", Number(*done)), ("total", Number(*total))]
            }
            Self::Listen { article, state } => vec![("article", Text(article)), ("state", Text(state))],
        }
    }
}

/// One property of an event's detail: a string, a whole number, a boolean or a list of strings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Field<'a> {
    Text(&'a str),
    Number(usize),
    Flag(bool),
    Texts(&'a [String]),
}

type Report = Rc<dyn Fn(&HostEvent)>;

/// Where components report what readers do. Copy it into event handlers; without one in context
/// (rendering to HTML, or a component test) reporting does nothing.
#[derive(Clone, Copy)]
pub struct HostEvents(Option<StoredValue<Report, LocalStorage>>);

impl HostEvents {
    /// Provides, for every component below, a sink that hands each event to `report`.
    pub fn provide(report: impl Fn(&HostEvent) + 'static) {
        let report: Report = Rc::new(report);
        provide_context(Self(Some(StoredValue::new_local(report))));
    }

    /// The sink in context, or one that does nothing.
    pub fn use_context() -> Self {
        use_context::<Self>().unwrap_or(Self(None))
    }

    pub fn report(&self, event: &HostEvent) {
        if let Some(report) = self.0.and_then(|stored| stored.try_get_value()) {
            report(event);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Field::{Flag, Number, Text, Texts};
    use super::*;

    #[test]
    fn names_and_details_are_what_the_docs_promise() {
        let share = HostEvent::Share { article: "a".into(), method: ShareMethod::Clipboard };
        assert_eq!(share.name(), "digest:share");
        assert_eq!(share.detail(), [("article", Text("a")), ("method", Text("clipboard"))]);
        let search = HostEvent::Search { query: "rag evals".into(), results: 3 };
        assert_eq!(search.name(), "digest:search");
        assert_eq!(search.detail(), [("query", Text("rag evals")), ("results", Number(3))]);
        let promo = HostEvent::Promo { url: "/courses".into(), article: "a".into(), category: "tools".into() };
        assert_eq!(promo.detail(), [("url", Text("/courses")), ("article", Text("a")), ("category", Text("tools"))]);
        let saved = HostEvent::Save { article: "a".into(), saved: false };
        assert_eq!(
            (saved.name(), saved.detail()),
            ("digest:save", vec![("article", Text("a")), ("saved", Flag(false))])
        );
        let key = HostEvent::Shortcut { key: "g h".into(), action: "home" };
        assert_eq!(
            (key.name(), key.detail()),
            ("digest:shortcut", vec![("key", Text("g h")), ("action", Text("home"))])
        );
        let read = HostEvent::Progress { article: "a".into(), percent: 100 };
        assert_eq!(
            (read.name(), read.detail()),
            ("digest:progress", vec![("article", Text("a")), ("percent", Number(100)), ("finished", Flag(true))])
        );
        let back = HostEvent::Continue { article: "a".into(), percent: 42 };
        assert_eq!(
            (back.name(), back.detail()),
            ("digest:continue", vec![("article", Text("a")), ("percent", Number(42))])
        );
        let articles = vec!["a".to_owned(), "b".to_owned()];
        let new = HostEvent::New { articles: articles.clone() };
        assert_eq!(
            (new.name(), new.detail()),
            ("digest:new", vec![("articles", Texts(&articles)), ("count", Number(2))])
        );
        let step = HostEvent::Step { article: "a".into(), done: 2, total: 5 };
        assert_eq!(
            (step.name(), step.detail()),
            ("digest:step", vec![("article", Text("a")), ("done", Number(2)), ("total", Number(5))])
        );
        let listen = HostEvent::Listen { article: "a".into(), state: "paused" };
        assert_eq!(
            (listen.name(), listen.detail()),
            ("digest:listen", vec![("article", Text("a")), ("state", Text("paused"))])
        );
    }
}
