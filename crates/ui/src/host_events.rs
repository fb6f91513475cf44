//! What readers do, told to the host page for its analytics (docs/embedding.md, "Events"). The app
//! provides a [`HostEvents`] that dispatches them as DOM events; the publisher's pages have none, so
//! reporting while rendering to HTML does nothing.

use leptos::prelude::*;
use serde_json::{json, Value};
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

    /// The DOM event's `detail`.
    pub fn detail(&self) -> Value {
        match self {
            Self::Navigate { path, title } => json!({ "path": path, "title": title }),
            Self::Promo { url, article, category } => json!({ "url": url, "article": article, "category": category }),
            Self::Share { article, method } => {
                let method = match method {
                    ShareMethod::ShareSheet => "share-sheet",
                    ShareMethod::Clipboard => "clipboard",
                };
                json!({ "article": article, "method": method })
            }
            Self::Save { article, saved } => json!({ "article": article, "saved": saved }),
            Self::Search { query, results } => json!({ "query": query, "results": results }),
            Self::Shortcut { key, action } => json!({ "key": key, "action": action }),
            Self::Progress { article, percent } => {
                json!({ "article": article, "percent": percent, "finished": *percent == 100 })
            }
            Self::Continue { article, percent } => json!({ "article": article, "percent": percent }),
            Self::New { articles } => json!({ "articles": articles, "count": articles.len() }),
            Self::Step { article, done, total } => json!({ "article": article, "done": done, "total": total }),
            Self::Listen { article, state } => json!({ "article": article, "state": state }),
        }
    }
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
    use super::*;

    #[test]
    fn names_and_details_are_what_the_docs_promise() {
        let share = HostEvent::Share { article: "a".into(), method: ShareMethod::Clipboard };
        assert_eq!(share.name(), "digest:share");
        assert_eq!(share.detail(), json!({ "article": "a", "method": "clipboard" }));
        let search = HostEvent::Search { query: "rag evals".into(), results: 3 };
        assert_eq!(search.name(), "digest:search");
        assert_eq!(search.detail(), json!({ "query": "rag evals", "results": 3 }));
        let promo = HostEvent::Promo { url: "/courses".into(), article: "a".into(), category: "tools".into() };
        assert_eq!(promo.detail(), json!({ "url": "/courses", "article": "a", "category": "tools" }));
        let key = HostEvent::Shortcut { key: "g h".into(), action: "home" };
        assert_eq!((key.name(), key.detail()), ("digest:shortcut", json!({ "key": "g h", "action": "home" })));
        let read = HostEvent::Progress { article: "a".into(), percent: 100 };
        assert_eq!(
            (read.name(), read.detail()),
            ("digest:progress", json!({ "article": "a", "percent": 100, "finished": true }))
        );
        let back = HostEvent::Continue { article: "a".into(), percent: 42 };
        assert_eq!((back.name(), back.detail()), ("digest:continue", json!({ "article": "a", "percent": 42 })));
        let new = HostEvent::New { articles: vec!["a".into(), "b".into()] };
        assert_eq!((new.name(), new.detail()), ("digest:new", json!({ "articles": ["a", "b"], "count": 2 })));
        let step = HostEvent::Step { article: "a".into(), done: 2, total: 5 };
        assert_eq!((step.name(), step.detail()), ("digest:step", json!({ "article": "a", "done": 2, "total": 5 })));
        let listen = HostEvent::Listen { article: "a".into(), state: "paused" };
        assert_eq!((listen.name(), listen.detail()), ("digest:listen", json!({ "article": "a", "state": "paused" })));
    }
}
