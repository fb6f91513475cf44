//! Where a reading aloud is, and what the speech engine is told next: plain logic, so that pausing,
//! resuming, stopping and the engine's late answers are tested natively. A pause cancels the
//! utterance and a resume says its sentence again from its start: Chrome's own pause and resume
//! lose their place with some voices. Every utterance carries a number; the engine's "ended" for
//! one that was cancelled since is ignored.

/// What the reading is doing, as the controls and the host's `digest:listen` say it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Stopped,
    Playing,
    Paused,
    Finished,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            Self::Stopped => "stopped",
            Self::Playing => "playing",
            Self::Paused => "paused",
            Self::Finished => "finished",
        }
    }
}

/// What to tell the speech engine.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Say sentence `index`, as utterance number `utterance`.
    Say { index: usize, utterance: u32 },
    /// Cancel what is being said.
    Cancel,
    /// Nothing.
    None,
}

#[derive(Clone, Debug)]
pub struct Playback {
    total: usize,
    at: usize,
    state: State,
    utterance: u32,
}

impl Playback {
    /// A reading of `total` sentences, not started.
    pub fn new(total: usize) -> Self {
        Self { total, at: 0, state: State::Stopped, utterance: 0 }
    }

    pub fn state(&self) -> State {
        self.state
    }

    /// The sentence being read (or paused at).
    pub fn at(&self) -> usize {
        self.at
    }

    fn say(&mut self) -> Command {
        if self.at >= self.total {
            self.state = State::Finished;
            self.at = 0;
            return Command::None;
        }
        self.state = State::Playing;
        self.utterance = self.utterance.wrapping_add(1);
        Command::Say { index: self.at, utterance: self.utterance }
    }

    /// Play from the start, or go on from a pause.
    pub fn play(&mut self) -> Command {
        match self.state {
            State::Playing => Command::None,
            State::Stopped | State::Finished => {
                self.at = 0;
                self.say()
            }
            State::Paused => self.say(),
        }
    }

    pub fn pause(&mut self) -> Command {
        if self.state != State::Playing {
            return Command::None;
        }
        self.state = State::Paused;
        Command::Cancel
    }

    pub fn stop(&mut self) -> Command {
        let speaking = self.state == State::Playing;
        self.state = State::Stopped;
        self.at = 0;
        if speaking {
            Command::Cancel
        } else {
            Command::None
        }
    }

    /// Utterance number `utterance` was said to its end: the next sentence, if it is the current one.
    pub fn ended(&mut self, utterance: u32) -> Command {
        if self.state != State::Playing || utterance != self.utterance {
            return Command::None;
        }
        self.at += 1;
        self.say()
    }

    /// The engine could not say utterance number `utterance`: the reading stops there.
    pub fn failed(&mut self, utterance: u32) -> bool {
        if self.state != State::Playing || utterance != self.utterance {
            return false;
        }
        self.state = State::Stopped;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_sentence_in_turn_then_finishes() {
        let mut p = Playback::new(3);
        assert_eq!(p.play(), Command::Say { index: 0, utterance: 1 });
        assert_eq!(p.ended(1), Command::Say { index: 1, utterance: 2 });
        assert_eq!(p.ended(2), Command::Say { index: 2, utterance: 3 });
        assert_eq!(p.ended(3), Command::None);
        assert_eq!(p.state(), State::Finished);
        assert_eq!(p.play(), Command::Say { index: 0, utterance: 4 }, "playing again starts over");
    }

    #[test]
    fn pause_cancels_and_resume_says_the_same_sentence_again() {
        let mut p = Playback::new(3);
        p.play();
        p.ended(1);
        assert_eq!(p.pause(), Command::Cancel);
        assert_eq!(p.state(), State::Paused);
        // The cancelled utterance's late "ended" does not move on.
        assert_eq!(p.ended(2), Command::None);
        assert_eq!(p.play(), Command::Say { index: 1, utterance: 3 });
        assert_eq!(p.ended(2), Command::None, "an old utterance");
        assert_eq!(p.ended(3), Command::Say { index: 2, utterance: 4 });
    }

    #[test]
    fn stop_starts_over_and_ignores_what_comes_after() {
        let mut p = Playback::new(2);
        p.play();
        assert_eq!(p.stop(), Command::Cancel);
        assert_eq!(p.ended(1), Command::None);
        assert_eq!(p.state(), State::Stopped);
        assert_eq!(p.stop(), Command::None);
        assert_eq!(p.play(), Command::Say { index: 0, utterance: 2 });
        assert!(!p.failed(1));
        assert!(p.failed(2));
        assert_eq!(p.state(), State::Stopped);
    }

    #[test]
    fn nothing_to_read_finishes_at_once() {
        let mut p = Playback::new(0);
        assert_eq!(p.play(), Command::None);
        assert_eq!(p.state(), State::Finished);
    }
}
