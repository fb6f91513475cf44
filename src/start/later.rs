//! *Later*, the app's side: while the app builds off-screen behind a pre-rendered page, its parts (the
//! listeners, the header, the page, the footer, the first page's report that it is ready) are built
//! one browser task each, so the reader's input gets through in between, where one long task would
//! hold it up (V8 compiles each wasm function on its first call, on the main thread;
//! docs/performance.md). With nothing pre-rendered the app is on screen from the start and every part
//! is built at once, in order, as a later part would shift what is already shown.

use super::tasks;
use digest_ui::later::LaterGate;
use digest_ui::service::Service;
use leptos::prelude::*;
use leptos::task::spawn_local;
use send_wrapper::SendWrapper;

type Then = SendWrapper<Box<dyn FnOnce()>>;

/// The app's start, provided by its shell before any view.
#[derive(Clone, Copy)]
pub struct Start {
    /// Whether parts are still built in tasks of their own.
    splitting: StoredValue<bool>,
    /// Parts handed over and not built yet.
    held: StoredValue<u32>,
    /// What waits for every part to be built.
    then: StoredValue<Vec<Then>>,
}

impl Start {
    /// `split`: whether the app builds off-screen.
    pub fn new(split: bool) -> Self {
        Self { splitting: StoredValue::new(split), held: StoredValue::new(0), then: StoredValue::new(Vec::new()) }
    }

    /// Runs `work` under the calling owner: in a task of its own while the start is split, else at
    /// once. Work handed over in one task runs in that order.
    pub fn later(&self, work: impl FnOnce() + 'static) {
        if !self.splitting.get_value() {
            work();
            return;
        }
        let start = *self;
        start.held.update_value(|held| *held += 1);
        let owner = Owner::current();
        spawn_local(async move {
            tasks::later().await;
            match owner {
                Some(owner) => owner.with(work),
                None => work(),
            }
            start.held.update_value(|held| *held = held.saturating_sub(1));
            if start.held.get_value() == 0 {
                for then in start.then.try_update_value(std::mem::take).unwrap_or_default() {
                    (then.take())();
                }
            }
        });
    }

    /// Runs `then` once every part handed over is built: at once when none is waiting.
    pub fn when_built(&self, then: impl FnOnce() + 'static) {
        if self.held.get_value() == 0 {
            then();
        } else {
            self.then.update_value(|waiting| waiting.push(SendWrapper::new(Box::new(then))));
        }
    }

    /// Whether parts are still built in tasks of their own.
    pub fn is_splitting(&self) -> bool {
        self.splitting.get_value()
    }

    /// The app is on screen: from now on every part is built at once.
    pub fn stop_splitting(&self) {
        self.splitting.set_value(false);
    }

    /// What [`digest_ui::later`] asks: a signal that turns true when a later part may be built.
    pub fn gate(&self) -> LaterGate {
        let start = *self;
        LaterGate(Callback::new(move |()| {
            let may = RwSignal::new(false);
            start.later(move || {
                may.try_set(true);
            });
            may.into()
        }))
    }
}

impl Service for Start {
    fn missing() -> Self {
        Self::new(false)
    }
}
