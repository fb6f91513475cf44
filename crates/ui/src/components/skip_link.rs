use crate::i18n::labels::{use_labels, Label};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// "Skip to content": the first thing a keyboard reaches, moving focus to the main region.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a class="digest-skip-link" href="#digest-main" on:click=skip_to_main>
            {use_labels().text(Label::SkipToContent)}
        </a>
    }
}

/// Focuses the main region itself: following `#digest-main` would go through the app's router and
/// change the URL. Without the app the link does what a link does.
fn skip_to_main(event: web_sys::MouseEvent) {
    event.prevent_default();
    let main = document().get_element_by_id("digest-main").and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}
