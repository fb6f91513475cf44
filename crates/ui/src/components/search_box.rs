use crate::i18n::labels::{use_labels, Label};
use crate::service::use_service;
use digest_model::Paths;
use leptos::prelude::*;

/// What the app does with the search box: its text, and what typing, submitting and focusing do.
/// Without it (the pre-rendered pages) the box is a plain form that opens `/search?q=`.
#[derive(Clone, Copy)]
pub struct SearchHooks {
    pub text: RwSignal<String>,
    pub on_input: Callback<String>,
    pub on_submit: Callback<String>,
    pub on_focus: Callback<()>,
}

/// The id of the box, for `/` to focus it.
pub const INPUT_ID: &str = "digest-search-input";

/// The search box of the header: a search landmark with a labelled search field.
#[component]
pub fn SearchBox() -> impl IntoView {
    let paths = use_service::<Paths>();
    let t = use_labels();
    let hooks = use_context::<SearchHooks>();
    let value = move || hooks.map(|h| h.text.get()).unwrap_or_default();
    view! {
        <form
            class="digest-search digest-app-only"
            role="search"
            action=paths.search("")
            method="get"
            on:submit=move |ev| {
                if let Some(hooks) = hooks {
                    ev.prevent_default();
                    hooks.on_submit.run(hooks.text.get_untracked());
                }
            }
        >
            <label class="digest-visually-hidden" for=INPUT_ID>{t.text(Label::SearchLabel)}</label>
            <input
                id=INPUT_ID
                class="digest-search__input"
                type="search"
                name="q"
                placeholder=t.text(Label::SearchPlaceholder)
                autocomplete="off"
                enterkeyhint="search"
                maxlength="200"
                prop:value=value
                on:input=move |ev| {
                    if let Some(hooks) = hooks {
                        hooks.on_input.run(event_target_value(&ev));
                    }
                }
                on:focus=move |_| {
                    if let Some(hooks) = hooks {
                        hooks.on_focus.run(());
                    }
                }
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        if let Some(hooks) = hooks {
                            if hooks.text.get_untracked().is_empty() {
                                return;
                            }
                            ev.prevent_default();
                            hooks.on_input.run(String::new());
                        }
                    }
                }
            />
        </form>
    }
}
