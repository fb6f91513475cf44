use digest_ui::i18n::labels::{use_labels, Label};
use digest_ui::saved_store::SavedStore;
use digest_ui::service::use_service;
use leptos::prelude::*;

/// Says when saved articles could not be stored or read (storage full, blocked or corrupted), at the
/// foot of the screen wherever the Save button was pressed, until dismissed.
#[component]
pub fn SavedNotice() -> impl IntoView {
    let store = use_service::<SavedStore>();
    let t = use_labels();
    view! {
        <div class="digest-saved-notice" role="status">
            {move || {
                store
                    .problem()
                    .map(|problem| {
                        view! {
                            <p class="digest-saved-notice__inner">
                                {t.text(problem)}
                                <button
                                    type="button"
                                    class="digest-button digest-button--quiet"
                                    on:click=move |_| store.dismiss_problem()
                                >
                                    {t.text(Label::Dismiss)}
                                </button>
                            </p>
                        }
                    })
            }}
        </div>
    }
}
