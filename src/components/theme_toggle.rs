use crate::config::Config;
use crate::theme::{self, Theme};
use leptos::prelude::*;

/// Cycles the colour theme: system, light, dark. The choice is remembered.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let host = expect_context::<Config>().theme;
    let current = RwSignal::new(theme::stored());
    let cycle = move |_| {
        let next = current.get_untracked().next();
        theme::choose(next, host);
        current.set(next);
    };
    view! {
        <button
            type="button"
            class="digest-theme-toggle"
            on:click=cycle
            aria-label=move || format!("Colour theme: {}. Change theme", current.get().label())
        >
            <span aria-hidden="true" class="digest-theme-toggle__icon">
                {move || match current.get() {
                    Theme::System => "◐",
                    Theme::Light => "☀",
                    Theme::Dark => "☾",
                }}
            </span>
            <span class="digest-theme-toggle__label">{move || current.get().label()}</span>
        </button>
    }
}
