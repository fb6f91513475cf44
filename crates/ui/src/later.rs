//! *Later*: building part of a view in a later browser task. The app, starting behind a
//! pre-rendered page, builds off-screen one short task at a time (V8 compiles each wasm function on
//! its first call, on the main thread, and an article was the start's longest task); the publisher,
//! and the app once it is on screen, build everything at once. The app answers through
//! [`LaterGate`] (its `start::Start::later`); where there is none, "later" is now.

use leptos::prelude::*;

/// Provided by the app: asked for a signal that turns true, once, when a later part may be built.
#[derive(Clone, Copy)]
pub struct LaterGate(pub Callback<(), Signal<bool>>);

/// A part of a view, built by [`later`].
pub type Part = Box<dyn FnOnce() -> AnyView + Send>;

/// `part`, built when the app's [`LaterGate`] says so, or at once where there is none. (Boxed: one
/// copy of this in the WebAssembly, not one per part.)
pub fn later(part: Part) -> AnyView {
    let Some(LaterGate(ask)) = use_context::<LaterGate>() else {
        return part();
    };
    let may = ask.run(());
    if may.get_untracked() {
        return part();
    }
    let mut part = Some(part);
    // Only a change reruns the view (a second "true" would find the part already taken).
    let may = Memo::new(move |_| may.get());
    (move || may.get().then(|| part.take().map(|part| part()))).into_any()
}

/// `children`, built by [`later`].
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    later(Box::new(move || children().into_any()))
}
