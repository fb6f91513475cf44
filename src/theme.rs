//! Light, dark, or whatever the system prefers. `index.html` applies the stored choice before the app
//! loads (see `public/theme-init.js`) so there is no flash; this module keeps it afterwards.

use crate::{config, storage};
use web_sys::Element;

const KEY: &str = "theme";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    fn from_stored(value: Option<&str>) -> Self {
        match value {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::System,
        }
    }

    /// The `data-theme` value, or `None` to follow `prefers-color-scheme`.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }

    /// The toggle cycles system -> light -> dark -> system.
    pub fn next(self) -> Self {
        match self {
            Theme::System => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::System,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "System",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }
}

/// The reader's stored choice.
pub fn stored() -> Theme {
    Theme::from_stored(storage::get(KEY).as_deref())
}

/// Stores `theme` and applies it to the app's root element.
pub fn choose(theme: Theme) {
    match theme.attribute() {
        Some(value) => {
            storage::set(KEY, value);
        }
        None => storage::remove(KEY),
    }
    if let Some(root) = leptos::prelude::document().get_element_by_id(config::ROOT_ID) {
        apply(&root, theme);
    }
}

pub fn apply(root: &Element, theme: Theme) {
    let _ = match theme.attribute() {
        Some(value) => root.set_attribute("data-theme", value),
        None => root.remove_attribute("data-theme"),
    };
}
