//! The browser's speech synthesis, driven by [`Playback`]: one utterance a sentence, in the sentence's
//! language, the sentence highlighted while it is said.

use super::highlight;
use super::playback::{Command, Playback, State};
use super::script::Sentence;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisErrorCode, SpeechSynthesisErrorEvent, SpeechSynthesisUtterance};

type Handler = Closure<dyn Fn(web_sys::Event)>;

/// An utterance given to the engine and its handlers, which live as long as it may call them.
struct Said {
    utterance: SpeechSynthesisUtterance,
    _handlers: (Handler, Handler),
}

impl Drop for Said {
    /// The engine may still answer for it (a cancelled utterance's "interrupted" comes later): it then
    /// finds no handler, instead of one that was freed.
    fn drop(&mut self) {
        self.utterance.set_onend(None);
        self.utterance.set_onerror(None);
    }
}

struct Inner {
    synth: SpeechSynthesis,
    script: Vec<Sentence>,
    playback: Playback,
    /// Told of every change of state.
    changed: Rc<dyn Fn(State)>,
    /// The last two utterances: the one being said, and the one whose handler may be running now (a
    /// handler is never dropped while it runs).
    said: Vec<Said>,
}

/// A reading aloud of `script`. Cheap to clone: every clone drives the same reading.
#[derive(Clone)]
pub struct Player(Rc<RefCell<Inner>>);

impl Player {
    /// `None` where the browser has no speech synthesis.
    pub fn new(script: Vec<Sentence>, changed: impl Fn(State) + 'static) -> Option<Self> {
        let synth = web_sys::window()?.speech_synthesis().ok()?;
        let playback = Playback::new(script.len());
        let inner = Inner { synth, script, playback, changed: Rc::new(changed), said: Vec::new() };
        Some(Self(Rc::new(RefCell::new(inner))))
    }

    pub fn play(&self) {
        let command = self.0.borrow_mut().playback.play();
        self.run(command);
    }

    pub fn pause(&self) {
        let command = self.0.borrow_mut().playback.pause();
        self.run(command);
    }

    pub fn stop(&self) {
        let command = self.0.borrow_mut().playback.stop();
        self.run(command);
    }

    /// Stops without a word to anyone: the page that owned the reading is going.
    pub fn halt(&self) {
        let inner = &mut *self.0.borrow_mut();
        if inner.playback.stop() == Command::Cancel {
            inner.synth.cancel();
        }
        highlight::clear();
    }

    pub fn state(&self) -> State {
        self.0.borrow().playback.state()
    }

    fn run(&self, command: Command) {
        match command {
            Command::Say { index, utterance } => self.say(index, utterance),
            Command::Cancel => {
                let inner = self.0.borrow();
                inner.synth.cancel();
            }
            Command::None => {}
        }
        let state = self.state();
        if state != State::Playing {
            highlight::clear();
        }
        // Called with nothing borrowed: the callback may drive the player again.
        let changed = Rc::clone(&self.0.borrow().changed);
        changed(state);
    }

    fn say(&self, index: usize, utterance: u32) {
        let weak = Rc::downgrade(&self.0);
        let Some(sentence) = self.0.borrow().script.get(index).map(|s| (s.text.clone(), s.lang.clone())) else {
            return;
        };
        let Ok(spoken) = SpeechSynthesisUtterance::new_with_text(&sentence.0) else { return };
        spoken.set_lang(&sentence.1);
        let on_end = handler(weak.clone(), move |player| player.0.borrow_mut().playback.ended(utterance));
        let on_error = {
            let weak = weak.clone();
            Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
                let Some(player) = upgrade(&weak) else { return };
                let code = event.dyn_ref::<SpeechSynthesisErrorEvent>().map(SpeechSynthesisErrorEvent::error);
                // Our own cancel (a pause, a stop) interrupts the utterance: that is not a failure.
                if matches!(code, Some(SpeechSynthesisErrorCode::Interrupted | SpeechSynthesisErrorCode::Canceled)) {
                    return;
                }
                if player.0.borrow_mut().playback.failed(utterance) {
                    let why = code.map_or_else(|| "no reason given".to_owned(), |code| format!("{code:?}"));
                    web_sys::console::warn_1(
                        &format!("digest: the browser's voice could not read this aloud ({why})").into(),
                    );
                    player.run(Command::None);
                }
            })
        };
        spoken.set_onend(Some(on_end.as_ref().unchecked_ref()));
        spoken.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let inner = &mut *self.0.borrow_mut();
        if inner.said.len() == 2 {
            inner.said.remove(0);
        }
        inner.said.push(Said { utterance: spoken.clone(), _handlers: (on_end, on_error) });
        if let Some(sentence) = inner.script.get(index) {
            highlight::show(sentence);
        }
        inner.synth.speak(&spoken);
    }
}

fn upgrade(weak: &Weak<RefCell<Inner>>) -> Option<Player> {
    weak.upgrade().map(Player)
}

/// A handler that asks the playback what comes next and does it.
fn handler(weak: Weak<RefCell<Inner>>, next: impl Fn(&Player) -> Command + 'static) -> Handler {
    Closure::new(move |_: web_sys::Event| {
        if let Some(player) = upgrade(&weak) {
            let command = next(&player);
            player.run(command);
        }
    })
}
