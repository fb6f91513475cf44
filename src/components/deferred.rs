use digest_ui::later::later;
use leptos::prelude::*;

/// `children`, built in a browser task of their own while the app starts behind a pre-rendered page
/// (the app's `BuildLater`, [`crate::startup::Startup::later`]); at once otherwise.
#[component]
pub fn Deferred(children: ChildrenFn) -> impl IntoView {
    later(Box::new(move || children().into_any()))
}
