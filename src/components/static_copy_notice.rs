use crate::api::{Api, ApiError};
use crate::handoff::Handoff;
use crate::navigation::Navigation;
use leptos::portal::Portal;
use leptos::prelude::*;

/// Says, at the top of a pre-rendered page the app could not replace, that the reader is reading the
/// copy published with the page because the live version could not be loaded, and why; offers to try
/// again. The pre-rendered content itself stays as it is.
#[component]
pub fn StaticCopyNotice() -> impl IntoView {
    let handoff = expect_context::<Handoff>();
    let navigation = expect_context::<Navigation>();
    let reason = handoff.kept();
    let api = expect_context::<Api>();
    let trying = RwSignal::new(false);
    // Each answer to a retry, failed again or not, ends the attempt.
    Effect::new(move |_| {
        reason.track();
        trying.set(false);
    });
    let retry = move |_| {
        trying.set(true);
        navigation.refocus_on_next_ready();
        api.refresh();
    };
    // Made once, not per failure, so that a failed retry leaves focus on its button.
    let shown = Memo::new(move |_| reason.with(Option::is_some));
    let title = move || reason.with(|error| error.as_ref().map(ApiError::title));
    move || {
        if !shown.get() {
            return None;
        }
        let slot = handoff.notice_slot()?;
        let controls = handoff
            .static_has(".digest-steps, .digest-takeaways")
            .then_some(" Ticking steps and copying takeaways work once it loads.");
        Some(view! {
            <Portal mount=slot>
                <div class="digest-static-notice__inner" role="status">
                    <p>
                        <strong>{title}</strong>
                        ": the live version of this page could not be loaded, so you are reading the copy published with it."
                        {controls}
                    </p>
                    <button
                        type="button"
                        class="digest-button digest-button--quiet"
                        aria-disabled=move || trying.get().to_string()
                        on:click=retry
                    >
                        {move || if trying.get() { "Trying again…" } else { "Try again" }}
                    </button>
                </div>
            </Portal>
        })
    }
}
