use crate::lazy::{listen_controls, MakeListen};
use crate::listen::playback::State;
use digest_ui::i18n::labels::{use_labels, Label};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// Where Listen is: the button, its code loading, or the controls of a reading.
#[derive(Clone, Copy)]
enum Mode {
    Button,
    Loading,
    Reading(MakeListen),
}

/// "Listen": reads the article on screen aloud. Its controls are the app's alone (`data-digest-live`:
/// the takeover's replay of clicks on the pre-rendered page does not count them). Only where the browser has speech synthesis (and
/// only in the app: the pre-rendered pages have no such button). Its code is loaded on the first
/// press; it never starts by itself.
#[component]
pub fn ListenButton(
    /// The article on screen.
    slug: String,
) -> impl IntoView {
    let window = window();
    let speaks = ["speechSynthesis", "SpeechSynthesisUtterance"]
        .iter()
        .all(|name| js_sys::Reflect::get(&window, &(*name).into()).is_ok_and(|api| api.is_truthy()));
    if !speaks {
        return None;
    }
    let t = use_labels();
    let mode = RwSignal::new(Mode::Button);
    let status = RwSignal::new(None::<Label>);
    let button = NodeRef::<leptos::html::Button>::new();
    let done = Callback::new(move |how: State| {
        status.set((how == State::Finished).then_some(Label::ListenFinished));
        mode.set(Mode::Button);
        // The control that had the focus (Stop) is gone: the focus goes back to Listen.
        request_animation_frame(move || {
            let lost = document().active_element().is_none_or(|e| e.tag_name() == "BODY");
            if let (true, Some(button)) = (lost, button.get_untracked()) {
                let _ = button.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    });
    let listen = move |_| {
        status.set(None);
        mode.set(Mode::Loading);
        spawn_local(async move {
            match listen_controls().await {
                Ok(make) => mode.set(Mode::Reading(make)),
                Err(_) => {
                    status.set(Some(Label::ListenUnavailable));
                    mode.set(Mode::Button);
                }
            }
        });
    };
    Some(view! {
        {move || match mode.get() {
            Mode::Reading(make) => make(slug.clone(), done),
            waiting => {
                let loading = matches!(waiting, Mode::Loading);
                view! {
                    <button
                        type="button"
                        class="digest-button digest-button--quiet digest-listen-button"
                        data-digest-live=""
                        node_ref=button
                        aria-busy=loading.then_some("true")
                        disabled=loading
                        on:click=listen
                    >
                        <span aria-hidden="true">"▶ "</span>
                        {t.text(Label::Listen)}
                    </button>
                }
                    .into_any()
            }
        }}
        <span class="digest-listen__status" role="status" data-digest-live="">
            {move || status.get().map(|label| t.text(label))}
        </span>
    })
}
