//! The last line of defence: should a panic still happen, WebAssembly stops and the app with it. The
//! hook logs it and replaces the dead page's silence with a notice and a reload link, which works
//! without any of our code running.

use crate::config::ROOT_ID;
use digest_ui::i18n::labels::{Label, Labels};
use leptos::prelude::*;
use std::cell::Cell;

thread_local! {
    /// The reader's language, once known: the notice cannot ask the app, which has stopped.
    static WORDS: Cell<Labels> = Cell::new(Labels::english());
}

/// Sets the language the notice speaks.
pub fn speak(labels: Labels) {
    WORDS.with(|words| words.set(labels));
}

/// Installs the panic hook: the console message of `console_error_panic_hook`, then the notice.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_notice();
    }));
}

/// Puts "Something went wrong" with a reload link at the top of the app (or the page).
pub fn show_notice() {
    let document = document();
    let Ok(notice) = document.create_element("div") else { return };
    notice.set_class_name("digest-crash");
    let _ = notice.set_attribute("role", "alert");
    let t = WORDS.with(Cell::get);
    notice.set_text_content(Some(&format!("{} ", t.get(Label::Crashed))));
    if let Ok(link) = document.create_element("a") {
        let here = window().location().href().unwrap_or_default();
        let _ = link.set_attribute("href", &here);
        link.set_text_content(Some(t.get(Label::Reload)));
        let _ = notice.append_child(&link);
    }
    let parent = document.get_element_by_id(ROOT_ID).or_else(|| document.body().map(Into::into));
    if let Some(parent) = parent {
        let _ = parent.prepend_with_node_1(&notice);
    }
}
