use crate::i18n::labels::{use_labels, Label};
use crate::theme::{self, Theme, ThemeTarget};
use leptos::prelude::*;

/// Cycles the colour theme: system, light, dark. The choice is remembered. Needs a [`ThemeTarget`] in
/// context to apply it; rendered to HTML it shows "System" until the app reads the stored choice.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let target = use_context::<ThemeTarget>();
    let current = RwSignal::new(Theme::System);
    let t = use_labels();
    let name = move || t.text(current.get().label());
    let described = move || t.fill(Label::ThemeToggle, &[("theme", &name())]);
    Effect::new(move |_| current.set(theme::stored()));
    let cycle = move |_| {
        let next = current.get_untracked().next();
        if let Some(target) = &target {
            target.choose(next);
        }
        current.set(next);
    };
    view! {
        <button
            type="button"
            class="digest-theme-toggle digest-app-only"
            on:click=cycle
            aria-label=described
        >
            <span aria-hidden="true" class="digest-theme-toggle__icon">
                {move || match current.get() {
                    Theme::System => "◐",
                    Theme::Light => "☀",
                    Theme::Dark => "☾",
                }}
            </span>
            <span class="digest-theme-toggle__label">{name}</span>
        </button>
    }
}
