use crate::startup::Startup;
use leptos::prelude::*;

/// `children`, built in a browser task of their own while the app starts behind a pre-rendered page
/// ([`Startup::later`]); at once otherwise.
#[component]
pub fn Deferred(children: ChildrenFn) -> impl IntoView {
    let built = RwSignal::new(false);
    expect_context::<Startup>().later(move || built.set(true));
    move || built.get().then(|| children())
}
