//! Keyboard shortcuts, as the readers daily readers use have them (Gmail, Feedly, Miniflux): `j`/`k`
//! move between cards, `o` or Enter opens one, `s` saves, `/` searches, `g h` and `g s` go home and to
//! the saved articles, `?` lists them. What a key means is plain logic ([`Keys`]); when keys may act
//! is [`gate`]; what they do to the page is [`shortcuts`].

pub mod cards;
pub mod gate;
pub mod shortcuts;

/// What a shortcut does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Next,
    Previous,
    Open,
    Save,
    Search,
    Home,
    Saved,
    Help,
}

impl Action {
    /// Its name in the host's `digest:shortcut` event.
    pub fn name(self) -> &'static str {
        match self {
            Self::Next => "next",
            Self::Previous => "previous",
            Self::Open => "open",
            Self::Save => "save",
            Self::Search => "search",
            Self::Home => "home",
            Self::Saved => "saved",
            Self::Help => "help",
        }
    }
}

/// The keys pressed so far: a `g` waits for the key after it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Keys {
    after_g: bool,
}

impl Keys {
    /// What pressing `key` (a `KeyboardEvent.key`) does, if anything. Enter opens only where the focus
    /// is not already on something Enter activates.
    pub fn press(&mut self, key: &str, on_control: bool) -> Option<Action> {
        if std::mem::take(&mut self.after_g) {
            return match key {
                "h" => Some(Action::Home),
                "s" => Some(Action::Saved),
                _ => None,
            };
        }
        match key {
            "j" => Some(Action::Next),
            "k" => Some(Action::Previous),
            "o" => Some(Action::Open),
            "Enter" if !on_control => Some(Action::Open),
            "s" => Some(Action::Save),
            "/" => Some(Action::Search),
            "?" => Some(Action::Help),
            "g" => {
                self.after_g = true;
                None
            }
            _ => None,
        }
    }

    /// Whether a `g` waits for its second key.
    pub fn waiting(self) -> bool {
        self.after_g
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press_all(keys: &[&str]) -> Vec<Option<Action>> {
        let mut state = Keys::default();
        keys.iter().map(|key| state.press(key, false)).collect()
    }

    #[test]
    fn single_keys() {
        assert_eq!(
            press_all(&["j", "k", "o", "Enter", "s", "/", "?", "x", "J"]),
            [
                Some(Action::Next),
                Some(Action::Previous),
                Some(Action::Open),
                Some(Action::Open),
                Some(Action::Save),
                Some(Action::Search),
                Some(Action::Help),
                None,
                None
            ]
        );
    }

    #[test]
    fn g_then_a_key_goes_somewhere_and_anything_else_cancels_it() {
        assert_eq!(press_all(&["g", "h"]), [None, Some(Action::Home)]);
        assert_eq!(press_all(&["g", "s"]), [None, Some(Action::Saved)]);
        assert_eq!(press_all(&["g", "x", "s"]), [None, None, Some(Action::Save)]);
        assert_eq!(press_all(&["g", "g", "h"]), [None, None, None]);
        let mut keys = Keys::default();
        keys.press("g", false);
        assert!(keys.waiting());
    }

    #[test]
    fn enter_on_a_link_or_button_is_the_browser_s() {
        let mut keys = Keys::default();
        assert_eq!(keys.press("Enter", true), None);
        assert_eq!(keys.press("Enter", false), Some(Action::Open));
    }
}
