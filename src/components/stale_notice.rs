use crate::api::Api;
use leptos::prelude::*;

/// Says when some of what is on screen is an old copy, because loading the latest failed.
#[component]
pub fn StaleNotice() -> impl IntoView {
    let api = expect_context::<Api>();
    view! {
        <div class="digest-stale" role="status">
            {move || {
                api.showing_stale()
                    .then(|| {
                        view! {
                            <p class="digest-stale__inner">
                                "You are seeing a saved copy: the latest could not be loaded, so it may be out of date. "
                                <button type="button" class="digest-button digest-button--quiet" on:click=move |_| api.refresh()>
                                    "Try again"
                                </button>
                            </p>
                        }
                    })
            }}
        </div>
    }
}
