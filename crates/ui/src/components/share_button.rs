use crate::clipboard;
use crate::host_events::{HostEvent, HostEvents, ShareMethod};
use crate::i18n::labels::{use_labels, Label};
use crate::service::use_service;
use crate::share::{ShareBase, Shared};
use digest_model::Paths;
use js_sys::{Function, Object, Promise, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// "Share" for an article: the browser's share sheet (Web Share API) with its title, summary and
/// link where there is one; elsewhere the link is copied to the clipboard, which a live region says.
/// The link is the article's own address, or in iframe mode the host page's with `?digest=` (from a
/// [`ShareBase`] in context; without one, this page's origin).
#[component]
pub fn ShareButton(
    /// The article's slug, for its link.
    slug: String,
    /// Shared as the title.
    title: String,
    /// Shared as the text.
    summary: String,
) -> impl IntoView {
    let paths = use_service::<Paths>();
    let base = use_context::<ShareBase>();
    let status = RwSignal::new(String::new());
    let events = HostEvents::use_context();
    let t = use_labels();
    let label = t.text(Label::Share);
    let click = move |_| {
        let base = base.clone().unwrap_or_else(|| ShareBase::Origin(window().location().origin().unwrap_or_default()));
        let url = base.article_url(&paths, &slug);
        let (slug, title, summary) = (slug.clone(), title.clone(), summary.clone());
        status.set(String::new());
        spawn_local(async move {
            let shared = share(&title, &summary, url).await;
            let method = match shared {
                Shared::Sent => Some(ShareMethod::ShareSheet),
                Shared::Copied => Some(ShareMethod::Clipboard),
                Shared::Cancelled | Shared::NotCopied(_) => None,
            };
            if let Some(method) = method {
                events.report(&HostEvent::Share { article: slug, method });
            }
            status.set(shared.message(&t));
        });
    };
    view! {
        <div class="digest-share digest-app-only">
            <button type="button" class="digest-button digest-button--quiet" on:click=click>
                {label}
            </button>
            <p class="digest-share__status" role="status">{move || status.get()}</p>
        </div>
    }
}

async fn share(title: &str, summary: &str, url: String) -> Shared {
    if let Some(outcome) = share_sheet(title, summary, &url).await {
        return outcome;
    }
    match clipboard::write(&url).await {
        Ok(()) => Shared::Copied,
        Err(()) => Shared::NotCopied(url),
    }
}

/// The browser's share sheet: `None` where there is none, or it refused for another reason than the
/// reader closing it (then the link is copied instead).
async fn share_sheet(title: &str, summary: &str, url: &str) -> Option<Shared> {
    let navigator = window().navigator();
    let method = |name: &str| Reflect::get(&navigator, &JsValue::from_str(name)).ok()?.dyn_into::<Function>().ok();
    let share = method("share")?;
    let data = Object::new();
    for (key, value) in [("title", title), ("text", summary), ("url", url)] {
        Reflect::set(&data, &JsValue::from_str(key), &JsValue::from_str(value)).ok()?;
    }
    if let Some(can_share) = method("canShare") {
        if !can_share.call1(&navigator, &data).is_ok_and(|ok| ok.is_truthy()) {
            return None;
        }
    }
    let promise: Promise = share.call1(&navigator, &data).ok()?.dyn_into().ok()?;
    match JsFuture::from(promise).await {
        Ok(_) => Some(Shared::Sent),
        Err(error) => {
            let name = Reflect::get(&error, &JsValue::from_str("name")).ok().and_then(|name| name.as_string());
            (name.as_deref() == Some("AbortError")).then_some(Shared::Cancelled)
        }
    }
}
