use crate::api::Api;
use digest_ui::i18n::labels::{use_labels, Label};
use digest_ui::service::use_service;
use leptos::prelude::*;

/// Says when some of what is on screen is an old copy, because loading the latest failed.
#[component]
pub fn StaleNotice() -> impl IntoView {
    let api = use_service::<Api>();
    let t = use_labels();
    let (said, again) = (format!("{} ", t.get(Label::StaleCopy)), t.text(Label::TryAgain));
    view! {
        <div class="digest-stale" role="status">
            {move || {
                api.showing_stale()
                    .then(|| {
                        view! {
                            <p class="digest-stale__inner">
                                {said.clone()}
                                <button type="button" class="digest-button digest-button--quiet" on:click=move |_| api.refresh()>
                                    {again.clone()}
                                </button>
                            </p>
                        }
                    })
            }}
        </div>
    }
}
