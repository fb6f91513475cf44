use crate::config::Config;
use crate::offline::use_online;
use leptos::prelude::*;

/// Says when the browser is offline, and what still works: with offline reading, the articles the
/// reader opened or saved; without it, what is already on screen.
#[component]
pub fn OfflineNotice() -> impl IntoView {
    let online = use_online();
    let text = if expect_context::<Config>().offline {
        "You are offline. Articles you opened or saved still open; the rest loads when you are back online."
    } else {
        "You are offline. What is on screen stays; the rest loads when you are back online."
    };
    view! {
        <div class="digest-offline" role="status">
            {move || (!online.get()).then(|| view! { <p class="digest-offline__inner">{text}</p> })}
        </div>
    }
}
