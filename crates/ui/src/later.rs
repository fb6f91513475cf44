//! Building the lower part of a long view in a later browser task. The app, starting behind a
//! pre-rendered page, builds off-screen one short task at a time (V8 compiles each wasm function on
//! its first call, on the main thread, and an article was the start's longest task); the publisher,
//! and the app once it is on screen, build everything at once.

use leptos::prelude::*;

/// Provided by the app: asked for a signal that turns true, once, when a lower part may be built.
#[derive(Clone, Copy)]
pub struct BuildLater(pub Callback<(), Signal<bool>>);

/// A lower part of a view, built by [`later`].
pub type Part = Box<dyn FnOnce() -> AnyView + Send>;

/// `lower`, built when the app's [`BuildLater`] says so, or at once where there is none. (Boxed: one
/// copy of this in the WebAssembly, not one per part.)
pub fn later(lower: Part) -> AnyView {
    let Some(BuildLater(ask)) = use_context::<BuildLater>() else {
        return lower();
    };
    let may = ask.run(());
    if may.get_untracked() {
        return lower();
    }
    let mut lower = Some(lower);
    // Only a change reruns the view (a second "true" would find the part already taken).
    let may = Memo::new(move |_| may.get());
    (move || may.get().then(|| lower.take().map(|lower| lower()))).into_any()
}
