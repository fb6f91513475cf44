//! Pages that are ready, and who listens for them. Each page reports once it has rendered its content
//! or its error (`navigation::PageReady`); the handoff, the host's events, the iframe's embedding,
//! prefetching and the warm-up each listen with [`ReadyPages::on_ready`] and answer whether the page
//! is on screen. Scroll and focus (`navigation.rs`) act after them, only on a page that is.

use crate::api::ApiError;
use digest_ui::service::Service;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::rc::Rc;

/// A page that has rendered its content, or its error.
pub struct ReadyPage {
    /// Path and query.
    pub url: String,
    /// Why the page shows an error instead of its content.
    pub failure: Option<ApiError>,
}

/// Where a ready page is: on screen, or kept off it (the pre-rendered page stays).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    Live,
    Kept,
}

type Listener = Rc<dyn Fn(&ReadyPage) -> Shown>;

/// Who listens for ready pages. Made and provided by the app's shell before any view.
#[derive(Clone, Copy)]
pub struct ReadyPages {
    listeners: StoredValue<Vec<SendWrapper<Listener>>>,
}

impl ReadyPages {
    pub fn new() -> Self {
        Self { listeners: StoredValue::new(Vec::new()) }
    }

    /// Calls `listener` each time a page is ready, before focus moves; when a listener keeps the page
    /// off screen, focus and the announcement stay as they are.
    pub fn on_ready(&self, listener: impl Fn(&ReadyPage) -> Shown + 'static) {
        let listener: Listener = Rc::new(listener);
        self.listeners.update_value(|listeners| listeners.push(SendWrapper::new(listener)));
    }

    /// Tells every listener that `page` is ready: [`Shown::Kept`] when one of them keeps it off screen.
    pub fn report(&self, page: &ReadyPage) -> Shown {
        let listeners: Vec<Listener> = self.listeners.with_value(|all| all.iter().map(|l| Rc::clone(l)).collect());
        let shown: Vec<Shown> = listeners.iter().map(|listener| listener(page)).collect();
        if shown.contains(&Shown::Kept) {
            Shown::Kept
        } else {
            Shown::Live
        }
    }
}

impl Default for ReadyPages {
    fn default() -> Self {
        Self::new()
    }
}

impl Service for ReadyPages {
    fn missing() -> Self {
        Self::new()
    }
}
