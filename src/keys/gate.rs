//! When a key press is a shortcut: never while typing, with Ctrl, Alt or Meta held, inside a dialog,
//! or while an input method composes; and in a host page only once the reader is what the reader is
//! using (focus or the last click inside it). A page that is the reader alone (the published site,
//! the iframe's page) is always the reader's.

use send_wrapper::SendWrapper;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};

#[derive(Clone)]
pub struct Gate {
    root: SendWrapper<Element>,
    /// Whether the page holds nothing but the reader.
    whole_page: bool,
    /// Whether the reader's last focus or click was inside it.
    in_use: SendWrapper<Rc<Cell<bool>>>,
}

impl Gate {
    pub fn new(root: &Element) -> Self {
        Self {
            root: SendWrapper::new(root.clone()),
            whole_page: is_whole_page(root),
            in_use: SendWrapper::new(Rc::new(Cell::new(false))),
        }
    }

    /// Follows where the reader's focus and clicks go (from a `focusin` or `pointerdown`).
    pub fn follow(&self, target: Option<web_sys::EventTarget>) {
        let inside =
            target.and_then(|t| t.dyn_into::<web_sys::Node>().ok()).is_some_and(|n| self.root.contains(Some(&n)));
        self.in_use.set(inside);
    }

    /// `None` when `event` may not act as a shortcut; else whether it comes from a link, a button or
    /// another control, where Enter is the browser's.
    pub fn admits(&self, event: &KeyboardEvent) -> Option<bool> {
        if event.ctrl_key() || event.meta_key() || event.alt_key() || event.is_composing() || event.default_prevented()
        {
            return None;
        }
        let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
        let Some(target) = target else { return (self.whole_page || self.in_use.get()).then_some(false) };
        let tag = target.tag_name();
        if matches!(tag.as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || target.closest("[contenteditable]:not([contenteditable=false]), dialog").ok().flatten().is_some()
        {
            return None;
        }
        let on_control = matches!(tag.as_str(), "A" | "BUTTON" | "SUMMARY") || target.has_attribute("role");
        if self.root.contains(Some(&target)) {
            return Some(on_control);
        }
        let nothing_focused = matches!(tag.as_str(), "BODY" | "HTML");
        (nothing_focused && (self.whole_page || self.in_use.get())).then_some(on_control)
    }
}

/// Whether the reader is the page: the body holds it and nothing else a reader sees.
fn is_whole_page(root: &Element) -> bool {
    let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) else { return false };
    if root.parent_element().as_ref() != Some(body.as_ref()) {
        return false;
    }
    let children = body.children();
    (0..children.length()).filter_map(|i| children.item(i)).all(|child| {
        child == *root || matches!(child.tag_name().as_str(), "SCRIPT" | "TEMPLATE" | "NOSCRIPT" | "STYLE" | "LINK")
    })
}
