use crate::storage;
use leptos::prelude::*;

const DISMISSED_KEY: &str = "promo-dismissed";

/// "Want to go deeper? … Explore courses": sends readers to the hosting site's courses. The reader can
/// dismiss it; the dismissal is remembered until the promo itself changes.
#[component]
pub fn Promo(
    promo: digest_model::Promo,
    /// The host's own courses URL (`data-courses-url`), which wins over site.json's.
    #[prop(default = None)]
    url_override: Option<String>,
) -> impl IntoView {
    let url = url_override.unwrap_or(promo.url);
    // External: the courses live on the host site, outside our router; another origin gets no opener.
    let rel = if url.starts_with('/') { "external" } else { "external noopener noreferrer" };
    let fingerprint = format!("{}|{url}", promo.heading);
    let dismissed = RwSignal::new(false);
    Effect::new({
        let fingerprint = fingerprint.clone();
        move |_| dismissed.set(storage::get(DISMISSED_KEY).as_deref() == Some(fingerprint.as_str()))
    });
    let dismiss = move |_| {
        storage::set(DISMISSED_KEY, &fingerprint);
        dismissed.set(true);
    };
    let digest_model::Promo { heading, text, cta, .. } = promo;
    view! {
        <aside class="digest-promo" aria-labelledby="digest-promo-heading" hidden=move || dismissed.get()>
            <h2 id="digest-promo-heading" class="digest-promo__heading">{heading}</h2>
            <p class="digest-promo__text">{text}</p>
            <a class="digest-button digest-promo__cta" href=url rel=rel>{cta}</a>
            <button
                type="button"
                class="digest-promo__dismiss"
                aria-label="Dismiss the courses suggestion"
                on:click=dismiss
            >
                "×"
            </button>
        </aside>
    }
}
