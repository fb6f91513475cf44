use crate::host_events::{HostEvent, HostEvents};
use crate::i18n::labels::{ui_lang, use_labels, Label, Plural};
use crate::progress::StepProgress;
use crate::storage;
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
        let t = use_labels();
        let key = format!("steps:{slug}");
        let notice = RwSignal::new(None);
        let progress = RwSignal::new(StepProgress::default());
        let changed = RwSignal::new(false);
        // What the reader ticked before, from storage: in the browser only, before anything is saved.
        let restored = RwSignal::new(false);
        Effect::new({
            let key = key.clone();
            move |_| {
                match storage::get(&key).as_deref().map(StepProgress::from_stored) {
                    Some(Some(stored)) => progress.set(stored),
                    Some(None) => {
                        notice.set(Some(Label::TicksUnreadable))
                    }
                    None => {}
                }
                restored.set(true);
            }
        });
        Effect::new(move |_| {
            if !restored.get() {
                return;
            }
            let saved = progress.with(|p| {
                if p.is_empty() {
                    storage::remove(&key);
                    true
                } else {
                    storage::set(&key, &p.to_stored())
                }
            });
            if !saved && changed.get_untracked() {
                notice.set(Some(Label::TicksNotStored));
            }
        });
        let total = steps.len();
        let events = HostEvents::use_context();
        let article = StoredValue::new(slug);
        let change = move |edit: &dyn Fn(&mut StepProgress)| {
            changed.set(true);
            progress.update(|p| edit(p));
            let done = progress.with_untracked(|p| p.done_count(total));
            events.report(&HostEvent::Step { article: article.get_value(), done, total });
        };
        let toggle = move |i: usize| change(&|p| p.toggle(i));
        let done = move || progress.with(|p| p.done_count(total));
        view! {
            <section class="digest-steps" aria-labelledby="digest-steps-heading">
                <div class="digest-section-head" lang=ui_lang()>
                    <h2 id="digest-steps-heading">{t.text(Label::Steps)}</h2>
                    <button
                        type="button"
                        class="digest-button digest-button--quiet digest-app-only"
                        disabled=move || done() == 0
                        on:click=move |_| change(&StepProgress::reset)
                    >
                        {t.text(Label::Reset)}
                    </button>
                </div>
                <p class="digest-steps__progress digest-app-only" aria-live="polite" lang=ui_lang()>
                    // A <progress> rather than a width: no inline style, which the Content-Security-
                    // Policy forbids in the pre-rendered page.
                    <progress class="digest-steps__bar" max=total value=done aria-hidden="true"></progress>
                    <span class="digest-steps__label">{move || {
                        let done = progress.with(|p| p.done_count(total)).to_string();
                        t.count(Plural::StepsDone, total, &[("done", &done)])
                    }}</span>
                </p>
                {move || {
                    notice.get().map(|label| view! { <p class="digest-steps__notice" role="status">{t.text(label)}</p> })
                }}
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
                                        <span dir="auto">{text}</span>
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
