use super::playback::State;
use super::player::Player;
use super::script;
use crate::read_position;
use digest_ui::host_events::{HostEvent, HostEvents};
use digest_ui::i18n::labels::{use_labels, Label};
use leptos::prelude::*;
use send_wrapper::SendWrapper;

/// Pause or Resume, and Stop, for the article on screen read aloud: it starts reading at once (the
/// reader pressed Listen), stops when the page goes, and calls `done` with how it ended (stopped or
/// finished), for the Listen button to come back. Escape stops too.
#[component]
pub fn ListenControls(
    /// The article read, for the host's events.
    slug: String,
    /// Called once reading has stopped or finished, with which.
    done: Callback<State>,
) -> impl IntoView {
    let t = use_labels();
    let events = HostEvents::use_context();
    let state = RwSignal::new(State::Stopped);
    let article = read_position::article();
    let script = article.map(|a| script::collect(&a, t.locale())).unwrap_or_default();
    let reported = slug.clone();
    let player = Player::new(script, move |now| {
        if state.try_get_untracked() != Some(now) {
            state.try_set(now);
            events.report(&HostEvent::Listen { article: reported.clone(), state: now.name() });
        }
        if matches!(now, State::Stopped | State::Finished) {
            done.run(now);
        }
    });
    let Some(player) = player.map(SendWrapper::new) else {
        return view! { <p class="digest-listen__status" role="status">{t.text(Label::ListenFailed)}</p> }.into_any();
    };
    let player = StoredValue::new(player);
    Effect::new(move |_| player.with_value(|p| p.play()));
    // Reading stops with its page: a route change, or the page closed.
    let article = slug.clone();
    on_cleanup(move || {
        let stopped = player.try_with_value(|p| {
            let reading = matches!(p.state(), State::Playing | State::Paused);
            p.halt();
            reading
        });
        if stopped == Some(true) {
            events.report(&HostEvent::Listen { article, state: State::Stopped.name() });
        }
    });
    let stop = move || player.with_value(|p| p.stop());
    let toggle = move |_| {
        player.with_value(|p| if p.state() == State::Playing { p.pause() } else { p.play() });
    };
    view! {
        <div
            class="digest-listen"
            data-digest-live=""
            role="group"
            aria-label=t.text(Label::Listen)
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    stop();
                }
            }
        >
            <button type="button" class="digest-button digest-button--quiet digest-listen__toggle" on:click=toggle>
                {move || match state.get() {
                    State::Playing => t.text(Label::ListenPause),
                    _ => t.text(Label::ListenResume),
                }}
            </button>
            <button type="button" class="digest-button digest-button--quiet" on:click=move |_| stop()>
                {t.text(Label::ListenStop)}
            </button>
            <span class="digest-listen__status" role="status">
                {move || match state.get() {
                    State::Playing => t.text(Label::ListenReading),
                    State::Paused => t.text(Label::ListenPaused),
                    State::Finished | State::Stopped => String::new(),
                }}
            </span>
        </div>
    }
    .into_any()
}
