//! Starting the app in short tasks. Behind a pre-rendered page the app builds off-screen, so its
//! parts (the services the pages read, the listeners, the header, the page, the footer, the first
//! page's report that it is ready) can be built one browser task each: the reader's input gets
//! through in between, where one long task would hold it up (V8 compiles each wasm function on its
//! first call, on the main thread; README, "Speed and size"). With nothing pre-rendered the app is
//! on screen from the start and every part is built at once, in order, as a later part would shift
//! what is already shown.

use crate::tasks::yield_now;
use leptos::prelude::*;
use leptos::task::spawn_local;
use send_wrapper::SendWrapper;

type Then = SendWrapper<Box<dyn FnOnce()>>;

/// The app's start, provided by its shell.
#[derive(Clone, Copy)]
pub struct Startup {
    /// Whether parts are still built in tasks of their own.
    splitting: StoredValue<bool>,
    /// Parts handed over and not built yet.
    held: StoredValue<u32>,
    /// What waits for every part to be built.
    then: StoredValue<Vec<Then>>,
}

impl Startup {
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
        let startup = *self;
        startup.held.update_value(|held| *held += 1);
        let owner = Owner::current();
        spawn_local(async move {
            yield_now().await;
            match owner {
                Some(owner) => owner.with(work),
                None => work(),
            }
            startup.held.update_value(|held| *held = held.saturating_sub(1));
            if startup.held.get_value() == 0 {
                for then in startup.then.try_update_value(std::mem::take).unwrap_or_default() {
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
}
