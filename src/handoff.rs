//! Taking over a page the content command pre-rendered. While the app starts, its static content
//! stays on screen and the app renders off-document; once the app's first page has rendered, one
//! replaces the other in a single step: readers see the content at once, then the same content, live,
//! and never two copies at once. Static content made for another route (a `?page=2` link served the
//! page-1 file) is dropped at once instead.
//!
//! When the app cannot load its page (the server fails, the network is gone, the data is broken),
//! the pre-rendered content stays: what the reader can already read is never taken away. The app
//! then says so in a notice at the top of that content ([`KeptStatic`]).

use crate::api::ApiError;
use leptos::prelude::*;
use std::cell::RefCell;
use web_sys::Element;

thread_local! {
    /// The app's container, off-document until the swap.
    static WAITING: RefCell<Option<Element>> = const { RefCell::new(None) };
    /// What the app's page will do to the document once it is on screen (set its title).
    static WHEN_LIVE: RefCell<Option<Box<dyn FnOnce()>>> = const { RefCell::new(None) };
}

/// Why the app's page could not replace the pre-rendered one, while that one stays on screen; `None`
/// when the app is live (or there was nothing pre-rendered). Provided by the app's shell.
#[derive(Clone, Copy)]
pub struct KeptStatic(pub RwSignal<Option<ApiError>>);

/// The class of the pre-rendered content's container (the content command writes it).
const STATIC_SELECTOR: &str = ".digest-static";

fn static_content() -> Option<Element> {
    document().query_selector(STATIC_SELECTOR).ok().flatten()
}

/// The address on screen, as route pages record theirs in `data-route`: path and query.
fn here() -> String {
    let location = window().location();
    format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default())
}

/// Puts `app` (the element the app mounts into) into `root`, now or, when `root` holds static content
/// for this very route, at [`finish`].
pub fn attach(root: &Element, app: Element) {
    if let Ok(Some(placeholder)) = root.query_selector(".digest-boot") {
        placeholder.remove();
    }
    match root.query_selector(STATIC_SELECTOR) {
        Ok(Some(content)) if content.get_attribute("data-route").as_deref() == Some(here().as_str()) => {
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

/// Whether the page still shows pre-rendered content made for the address on screen, waiting for
/// the app: then a failed load keeps it rather than showing an error in its place.
pub fn holds_static_for_here() -> bool {
    WAITING.with_borrow(Option::is_some)
        && static_content().and_then(|c| c.get_attribute("data-route")).is_some_and(|route| route == here())
}

/// Swaps the static content for the app, once the app's page has rendered; nothing when the app is
/// already on screen.
pub fn finish() {
    let Some(app) = WAITING.with_borrow_mut(Option::take) else { return };
    if let Some(content) = static_content() {
        let _ = content.replace_with_with_node_1(&app);
    }
    if let Some(change) = WHEN_LIVE.with_borrow_mut(Option::take) {
        change();
    }
}

/// Runs `change` (to the document, outside the app) now if the app is on screen, else when it
/// replaces the pre-rendered page, in place of what an earlier page asked: a page that is kept
/// off-screen must not retitle the page the reader is reading.
pub fn when_live(change: impl FnOnce() + 'static) {
    if WAITING.with_borrow(Option::is_some) {
        WHEN_LIVE.with_borrow_mut(|pending| *pending = Some(Box::new(change)));
    } else {
        change();
    }
}

/// Whether the pre-rendered content holds an element matching `selector`.
pub fn static_has(selector: &str) -> bool {
    static_content().and_then(|content| content.query_selector(selector).ok().flatten()).is_some()
}

/// A place at the top of the pre-rendered page's main content, for a notice about it: made on the
/// first call, and gone with the static content at the swap.
pub fn notice_slot() -> Option<Element> {
    const SLOT: &str = "digest-static-notice";
    let content = static_content()?;
    if let Ok(Some(slot)) = content.query_selector(&format!(".{SLOT}")) {
        return Some(slot);
    }
    let parent = content.query_selector("main").ok().flatten().unwrap_or(content);
    let slot = document().create_element("div").ok()?;
    slot.set_class_name(SLOT);
    parent.prepend_with_node_1(&slot).ok()?;
    Some(slot)
}
