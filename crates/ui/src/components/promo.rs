use crate::host_events::{HostEvent, HostEvents};
use crate::i18n::labels::{use_labels, Label};
use crate::share::ShareBase;
use crate::storage;
use leptos::prelude::*;

const DISMISSED_KEY: &str = "promo-dismissed";

/// "Want to go deeper? … Explore courses": sends readers to the hosting site's courses. The reader can
/// dismiss it; the dismissal is remembered until the promo itself changes.
#[component]
pub fn Promo(
    promo: digest_model::Promo,
    /// The article it is shown on, and its category: what the host is told when the reader follows it.
    #[prop(into)]
    article: String,
    #[prop(into)] category: String,
    /// The host's own courses URL (`data-courses-url`), which wins over site.json's.
    #[prop(default = None)]
    url_override: Option<String>,
) -> impl IntoView {
    // In a frame, a path on the hosting site is on the host page's origin.
    let host = use_context::<ShareBase>();
    let url = url_override.unwrap_or_else(|| host.map_or_else(|| promo.url.clone(), |host| host.host_link(&promo.url)));
    // External: the courses live on the host site, outside our router; another origin gets no opener.
    let rel = if url.starts_with('/') { "external" } else { "external noopener noreferrer" };
    let fingerprint = format!("{}|{url}", promo.heading);
    let dismissed = RwSignal::new(false);
    Effect::new({
        let fingerprint = fingerprint.clone();
        move |_| dismissed.set(storage::get(DISMISSED_KEY).as_deref() == Some(fingerprint.as_str()))
    });
    let events = HostEvents::use_context();
    let followed = {
        let url = url.clone();
        move |_| {
            events.report(&HostEvent::Promo { url: url.clone(), article: article.clone(), category: category.clone() })
        }
    };
    let id = fingerprint.clone();
    let dismiss = move |_| {
        storage::set(DISMISSED_KEY, &fingerprint);
        dismissed.set(true);
    };
    let digest_model::Promo { heading, text, cta, .. } = promo;
    view! {
        <aside
            class="digest-promo"
            aria-labelledby="digest-promo-heading"
            data-digest-promo=id
            hidden=move || dismissed.get()
        >
            <h2 id="digest-promo-heading" class="digest-promo__heading">{heading}</h2>
            <p class="digest-promo__text">{text}</p>
            // A middle click opens it too.
            <a
                class="digest-button digest-promo__cta"
                href=url
                rel=rel
                on:click=followed.clone()
                on:auxclick=followed
            >
                {cta}
            </a>
            <button
                type="button"
                class="digest-promo__dismiss digest-app-only"
                aria-label=use_labels().text(Label::PromoDismiss)
                on:click=dismiss
            >
                "×"
            </button>
        </aside>
    }
}
