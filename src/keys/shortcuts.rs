use super::cards;
use super::gate::Gate;
use super::{Action, Keys};
use crate::components::KeysHelp;
use crate::window_events::{on_window, typed};
use digest_model::Paths;
use digest_ui::components::search_box::INPUT_ID;
use digest_ui::host_events::{HostEvent, HostEvents};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

/// The keyboard shortcuts of the reader in `root` and their help dialog; inside the router, for as
/// long as the calling owner lives. A host turns them off with `data-keys="off"` (the app then does
/// not mount this).
#[component]
pub fn Shortcuts(root: SendWrapper<Element>) -> impl IntoView {
    let gate = Gate::new(&root);
    // The start script keeps the keys pressed before now, and presses them again once it sees this.
    let _ = root.set_attribute("data-digest-keys-live", "");
    let navigate = use_navigate();
    let events = HostEvents::use_context();
    let help = RwSignal::new(false);
    let keys = StoredValue::new(Keys::default());
    for name in ["focusin", "pointerdown"] {
        let follow = gate.clone();
        on_window(name, move |event| follow.follow(event.target()));
    }
    on_window("keydown", move |event| {
        let Some(event) = typed::<KeyboardEvent>(event) else { return };
        let Some(on_control) = gate.admits(&event) else {
            keys.set_value(Keys::default());
            return;
        };
        let key = event.key();
        let after_g = keys.with_value(|k| k.waiting());
        let Some(action) = keys.try_update_value(|k| k.press(&key, on_control)).flatten() else { return };
        let go = |path: String| {
            navigate(&path, NavigateOptions::default());
            true
        };
        let acted = match action {
            Action::Next => cards::move_by(&root, 1),
            Action::Previous => cards::move_by(&root, -1),
            Action::Open => cards::open(&root),
            Action::Save => cards::save(&root),
            Action::Search => search_box().map(|input| input.focus()).is_some(),
            // The router's paths: it adds the base path itself.
            Action::Home => go(Paths::new("").home()),
            Action::Saved => go(Paths::new("").saved()),
            Action::Help => {
                help.set(true);
                true
            }
        };
        if acted {
            event.prevent_default();
            let key = if after_g { format!("g {key}") } else { key };
            events.report(&HostEvent::Shortcut { key, action: action.name() });
        }
    });
    view! { <KeysHelp open=help /> }
}

fn search_box() -> Option<web_sys::HtmlElement> {
    document().get_element_by_id(INPUT_ID)?.dyn_into().ok()
}
