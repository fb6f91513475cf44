use crate::api::Api;
use crate::navigation::Navigation;
use crate::start::Handoff;
use digest_ui::i18n::labels::{use_labels, Label};
use digest_ui::service::use_service;
use leptos::portal::Portal;
use leptos::prelude::*;

/// Says, at the top of a pre-rendered page the app could not replace, that the reader is reading the
/// copy published with the page because the live version could not be loaded, and why; offers to try
/// again. The pre-rendered content itself stays as it is.
#[component]
pub fn StaticCopyNotice() -> impl IntoView {
    let handoff = use_service::<Handoff>();
    let navigation = use_service::<Navigation>();
    let reason = handoff.kept();
    let api = use_service::<Api>();
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
    let t = use_labels();
    let title = move || reason.with(|error| error.as_ref().map(|e| e.title(&t)));
    // The problem is in bold: the words around it come from the locale's sentence.
    let (before, after) = t.around(Label::StaticCopy, "problem", &[]);
    move || {
        if !shown.get() {
            return None;
        }
        let slot = handoff.notice_slot()?;
        let controls = handoff
            .static_has(".digest-steps, .digest-takeaways")
            .then(|| format!(" {}", t.get(Label::StaticCopyControls)));
        let (before, after) = (before.clone(), after.clone());
        Some(view! {
            <Portal mount=slot>
                <div class="digest-static-notice__inner" role="status">
                    <p>
                        {before.clone()}
                        <strong>{title}</strong>
                        {after.clone()}
                        {controls.clone()}
                    </p>
                    <button
                        type="button"
                        class="digest-button digest-button--quiet"
                        aria-disabled=move || trying.get().to_string()
                        on:click=retry
                    >
                        {move || t.text(if trying.get() { Label::TryingAgain } else { Label::TryAgain })}
                    </button>
                </div>
            </Portal>
        })
    }
}
