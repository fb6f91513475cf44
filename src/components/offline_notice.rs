use crate::config::Config;
use crate::offline::use_online;
use digest_ui::i18n::labels::{use_labels, Label};
use digest_ui::service::use_service;
use leptos::prelude::*;

/// Says when the browser is offline, and what still works: with offline reading, the articles the
/// reader opened or saved; without it, what is already on screen.
#[component]
pub fn OfflineNotice() -> impl IntoView {
    let online = use_online();
    let text = use_labels().text(if use_service::<Config>().offline { Label::OfflineKept } else { Label::Offline });
    view! {
        <div class="digest-offline" role="status">
            {move || (!online.get()).then(|| view! { <p class="digest-offline__inner">{text.clone()}</p> })}
        </div>
    }
}
