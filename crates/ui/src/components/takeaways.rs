use crate::clipboard;
use crate::i18n::labels::{ui_lang, use_labels, Label, Plural};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Longer lists collapse to this many behind "Show all".
const COLLAPSED_COUNT: usize = 5;

/// The key takeaways, with a button that copies them all as a plain-text list. Nothing renders when
/// there are none.
#[component]
pub fn Takeaways(items: Vec<String>) -> impl IntoView {
    (!items.is_empty()).then(|| {
        let t = use_labels();
        let total = items.len();
        let expanded = RwSignal::new(false);
        let status = RwSignal::new(String::new());
        let text = plain_text_list(&items);
        let copy = move |_| {
            let text = text.clone();
            spawn_local(async move {
                status.set(match clipboard::write(&text).await {
                    Ok(()) => t.count(Plural::TakeawaysCopied, total, &[]),
                    Err(()) => t.text(Label::CopyRefused),
                });
            });
        };
        view! {
            <section class="digest-takeaways" aria-labelledby="digest-takeaways-heading">
                <div class="digest-section-head" lang=ui_lang()>
                    <h2 id="digest-takeaways-heading">{t.text(Label::Takeaways)}</h2>
                    <button type="button" class="digest-button digest-button--quiet digest-app-only" on:click=copy>
                        {t.text(Label::CopyAll)}
                    </button>
                </div>
                <ul class="digest-takeaways__list" id="digest-takeaways-list">
                    {items
                        .into_iter()
                        .enumerate()
                        .map(|(i, item)| {
                            let collapsed = move || i >= COLLAPSED_COUNT && !expanded.get();
                            view! { <li hidden=collapsed dir="auto">{item}</li> }
                        })
                        .collect_view()}
                </ul>
                {(total > COLLAPSED_COUNT)
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="digest-button digest-button--quiet digest-app-only"
                                aria-expanded=move || expanded.get().to_string()
                                aria-controls="digest-takeaways-list"
                                on:click=move |_| expanded.update(|open| *open = !*open)
                            >
                                {move || {
                                    if expanded.get() { t.text(Label::ShowFewer) } else { t.count(Plural::ShowAll, total, &[]) }
                                }}
                            </button>
                        }
                    })}
                <p class="digest-takeaways__status" role="status">{move || status.get()}</p>
            </section>
        }
    })
}

/// The takeaways as they are pasted: one "- " line each.
pub fn plain_text_list(items: &[String]) -> String {
    items.iter().map(|item| format!("- {item}")).collect::<Vec<_>>().join("\n")
}
