use crate::api::use_content;
use crate::components::CardListSkeleton;
use crate::navigation::PageReady;
use crate::page_meta::PageMeta;
use crate::pages::region::page_region;
use digest_ui::components::SavedView;
use digest_ui::i18n::labels::{use_labels, Label};
use digest_ui::saved_store::SavedStore;
use digest_ui::service::use_service;
use digest_ui::titles;
use leptos::prelude::*;

/// `/saved`: the articles the reader saved, as they were when the page opened. Taking one out leaves
/// its card in place with "Save" unpressed, so that a slip is undone with one more press and focus
/// never jumps; it is gone the next time the page opens.
#[component]
pub fn SavedPage() -> impl IntoView {
    let store = use_service::<SavedStore>();
    let items: Vec<_> = store.snapshot().items().iter().map(|saved| saved.article.clone()).collect();
    let loaded = use_content(move |api| async move { api.site().await });
    page_region(
        move || loaded.get(),
        || view! { <CardListSkeleton /> }.into_any(),
        move |site| {
            let t = use_labels();
            view! {
                <PageMeta title=titles::saved(&t, &site) description=t.text(Label::SavedDescription) />
                <SavedView site items=Some(items.clone()) />
                <PageReady />
            }
            .into_any()
        },
    )
}
