//! Light, dark, or whatever the system prefers: the reader's choice first, then the host page's
//! `data-theme`, then `prefers-color-scheme`. `index.html` applies the stored choice before the app
//! loads (an inline script in its `<head>`) so there is no flash; this module keeps it afterwards.

use crate::i18n::labels::Label;
use crate::storage;
use send_wrapper::SendWrapper;
use web_sys::Element;

const KEY: &str = "theme";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    /// `light`, `dark` or `system`, as stored and as hosts write `data-theme`.
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            "system" => Some(Theme::System),
            _ => None,
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

    pub fn label(self) -> Label {
        match self {
            Theme::System => Label::ThemeSystem,
            Theme::Light => Label::ThemeLight,
            Theme::Dark => Label::ThemeDark,
        }
    }
}

/// The reader's stored choice; `System` when there is none (or it is unreadable).
pub fn stored() -> Theme {
    storage::get(KEY).as_deref().and_then(Theme::parse).unwrap_or(Theme::System)
}

/// Where a theme shows: the app's root element, and the host page's own theme for when the reader
/// has chosen none. Provided by the app; without it (rendering to HTML) the toggle only shows.
#[derive(Clone, Debug)]
pub struct ThemeTarget {
    pub root: SendWrapper<Element>,
    pub host: Option<Theme>,
}

impl ThemeTarget {
    /// Stores the reader's `theme` and applies it.
    pub fn choose(&self, theme: Theme) {
        match theme.attribute() {
            Some(value) => {
                storage::set(KEY, value);
            }
            None => storage::remove(KEY),
        }
        apply(&self.root, theme, self.host);
    }
}

/// Shows the reader's `theme`, else the host's, else the system's. The mark index.html's inline theme script put on
/// `<html>` for the first paint is the app's to keep from now on.
pub fn apply(root: &Element, theme: Theme, host: Option<Theme>) {
    let shown = if theme == Theme::System { host.unwrap_or(Theme::System) } else { theme };
    let _ = match shown.attribute() {
        Some(value) => root.set_attribute("data-theme", value),
        None => root.remove_attribute("data-theme"),
    };
    if let Some(html) = leptos::prelude::document().document_element() {
        let _ = html.remove_attribute("data-digest-theme");
    }
}
