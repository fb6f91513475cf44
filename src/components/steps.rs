use crate::storage;
use digest_core::progress::StepProgress;
use leptos::prelude::*;

/// The numbered "how to implement this in your domain" steps. Each can be ticked off; the ticks are
/// remembered per article and survive a reload. Nothing renders when there are no steps.
#[component]
pub fn Steps(
    /// The article the steps belong to: ticks are stored under it.
    #[prop(into)]
    slug: String,
    /// The steps, in order.
    steps: Vec<String>,
) -> impl IntoView {
    (!steps.is_empty()).then(|| {
        let key = format!("steps:{slug}");
        let stored = storage::get(&key);
        let restored = stored.as_deref().map(StepProgress::from_stored);
        let notice = RwSignal::new(
            matches!(restored, Some(None))
                .then_some("Your saved ticks for this article could not be read, so they were reset."),
        );
        let progress = RwSignal::new(restored.flatten().unwrap_or_default());
        let changed = RwSignal::new(false);
        Effect::new(move |_| {
            let saved = progress.with(|p| {
                if p.is_empty() {
                    storage::remove(&key);
                    true
                } else {
                    storage::set(&key, &p.to_stored())
                }
            });
            if !saved && changed.get_untracked() {
                notice.set(Some(
                    "Your browser is not saving ticks (storage is full or blocked): they will be lost on reload.",
                ));
            }
        });
        let toggle = move |i: usize| {
            changed.set(true);
            progress.update(|p| p.toggle(i));
        };
        let total = steps.len();
        let done = move || progress.with(|p| p.done_count(total));
        view! {
            <section class="digest-steps" aria-labelledby="digest-steps-heading">
                <div class="digest-section-head">
                    <h2 id="digest-steps-heading">"How to implement this in your domain"</h2>
                    <button
                        type="button"
                        class="digest-button digest-button--quiet"
                        disabled=move || done() == 0
                        on:click=move |_| progress.update(StepProgress::reset)
                    >
                        "Reset"
                    </button>
                </div>
                <p class="digest-steps__progress" aria-live="polite">
                    <span class="digest-steps__bar" aria-hidden="true">
                        <span
                            class="digest-steps__bar-fill"
                            style:width=move || format!("{}%", done() * 100 / total)
                        ></span>
                    </span>
                    <span class="digest-steps__label">{move || progress.with(|p| p.label(total))}</span>
                </p>
                {move || notice.get().map(|text| view! { <p class="digest-steps__notice" role="status">{text}</p> })}
                <ol class="digest-steps__list">
                    {steps
                        .into_iter()
                        .enumerate()
                        .map(|(i, text)| {
                            let is_done = move || progress.with(|p| p.is_done(i));
                            view! {
                                <li class="digest-steps__item" class:digest-steps__item--done=is_done>
                                    <label class="digest-steps__check">
                                        <input
                                            type="checkbox"
                                            prop:checked=is_done
                                            on:change=move |_| toggle(i)
                                        />
                                        <span>{text}</span>
                                    </label>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </section>
        }
    })
}
