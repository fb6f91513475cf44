use crate::handoff::Handoff;
use leptos::prelude::*;

/// `children`, built in a browser task of their own while the app builds off-screen behind a
/// pre-rendered page ([`Handoff::later`]), which waits for them before the swap. With nothing
/// pre-rendered the app is on screen from the start, and they are built at once: shown later, they
/// would shift what is already there.
#[component]
pub fn Deferred(children: ChildrenFn) -> impl IntoView {
    let built = RwSignal::new(false);
    expect_context::<Handoff>().later(move || built.set(true));
    move || built.get().then(|| children())
}
