//! Taking over a page the content command pre-rendered. While the app starts, its static content
//! stays on screen and the app renders off-document; once the app's first page has rendered, one
//! replaces the other in a single step: readers see the content at once, then the same content, live,
//! and never two copies at once. Static content made for another route (a `?page=2` link served the
//! page-1 file) is dropped at once instead.

use leptos::prelude::*;
use std::cell::RefCell;
use web_sys::Element;

thread_local! {
    /// The app's container, off-document until the swap.
    static WAITING: RefCell<Option<Element>> = const { RefCell::new(None) };
}

/// Puts `app` (the element the app mounts into) into `root`, now or, when `root` holds static content
/// for this very route, at [`finish`].
pub fn attach(root: &Element, app: Element) {
    if let Ok(Some(placeholder)) = root.query_selector(".digest-boot") {
        placeholder.remove();
    }
    let location = window().location();
    let here = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    match root.query_selector(".digest-static") {
        Ok(Some(content)) if content.get_attribute("data-route").as_deref() == Some(here.as_str()) => {
            WAITING.with_borrow_mut(|waiting| *waiting = Some(app));
        }
        Ok(Some(content)) => {
            content.remove();
            let _ = root.append_child(&app);
        }
        _ => {
            let _ = root.append_child(&app);
        }
    }
}

/// Swaps the static content for the app, once the app's first page has rendered.
pub fn finish() {
    let Some(app) = WAITING.with_borrow_mut(Option::take) else { return };
    if let Ok(Some(content)) = document().query_selector(".digest-static") {
        let _ = content.replace_with_with_node_1(&app);
    }
}
