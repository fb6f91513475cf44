//! Taking over a page the content command pre-rendered. While the app starts, its static content
//! stays on screen and the app renders off-document; once the app's first page has rendered, one
//! replaces the other in a single step: readers see the content at once, then the same content, live,
//! and never two copies at once. Static content made for another route (an old `?page=2` link served
//! the page-1 file) is dropped at once instead.
//!
//! When the app cannot load its page (the server fails, the network is gone, the data is broken),
//! the pre-rendered content stays: what the reader can already read is never taken away. The app
//! then says so in a notice at the top of that content ([`Handoff::kept`]).
//!
//! What the reader did to the pre-rendered page's controls before the app took it over is not lost:
//! the page's `<head>` script (index.html) records each click on a button or checkbox there (without
//! letting it act), and at the swap the app clicks the same controls of its own page, focuses what had focus, and types
//! into its text fields what the reader typed into the page's (the search box).

use super::Start;
use crate::api::ApiError;
use crate::embed::host_route;
use crate::ready::{ReadyPage, ReadyPages, Shown};
use digest_ui::service::Service;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::time::Duration;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// The class of the pre-rendered content's container (the content command writes it).
const STATIC_SELECTOR: &str = ".digest-static";

/// The controls whose clicks the `<head>` script records, in document order, by their index; and what
/// may hold focus. The kept-page notice is the app's own, not the page's.
const CONTROLS: &str = "button:not(.digest-static-notice *), input:not(.digest-static-notice *)";
const FOCUSABLE: &str = "a[href]:not(.digest-static-notice *), button:not(.digest-static-notice *), \
                         input:not(.digest-static-notice *)";
/// The same in the app, without the controls only the app has (`data-digest-live`: Listen, the
/// continue-reading offer, the keys' help), which the pre-rendered page's indices do not count.
const APP_CONTROLS: &str = "button:not([data-digest-live], [data-digest-live] *), \
                            input:not([data-digest-live], [data-digest-live] *)";
const APP_FOCUSABLE: &str = "a[href]:not([data-digest-live], [data-digest-live] *), \
                             button:not([data-digest-live], [data-digest-live] *), \
                             input:not([data-digest-live], [data-digest-live] *)";

/// A change to the document outside the app, waiting for the app to be on screen.
type DocumentChange = SendWrapper<Box<dyn FnOnce()>>;

/// The app's side of the handoff. Made by the app's shell, which provides it.
#[derive(Clone, Copy)]
pub struct Handoff {
    /// The app's container, off-document until the swap.
    waiting: StoredValue<Option<SendWrapper<Element>>>,
    /// What the app's page will do to the document once it is on screen (set its title).
    when_live: StoredValue<Option<DocumentChange>>,
    /// Why the app's page could not replace the pre-rendered one, while that one stays on screen;
    /// `None` when the app is live (or there was nothing pre-rendered).
    kept: RwSignal<Option<ApiError>>,
    /// The app's start in short tasks; the swap waits until every part is built.
    start: Start,
}

fn static_content() -> Option<Element> {
    document().query_selector(STATIC_SELECTOR).ok().flatten()
}

/// The address on screen, as route pages record theirs in `data-route`: path and query, without the
/// parameters the embed script adds to a frame's first address (the frame shows that route's page).
fn here() -> String {
    let location = window().location();
    host_route(&format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default()))
}

impl Handoff {
    /// Puts `app` (the element the app mounts into) into `root`, now or, when `root` holds static
    /// content for this very route, when the app's page is ready; `ready` says when.
    pub fn attach(root: &Element, app: Element, ready: ReadyPages) -> Self {
        if let Ok(Some(placeholder)) = root.query_selector(".digest-boot") {
            placeholder.remove();
        }
        let mut waiting = None;
        match root.query_selector(STATIC_SELECTOR) {
            Ok(Some(content)) if content.get_attribute("data-route").as_deref() == Some(here().as_str()) => {
                waiting = Some(SendWrapper::new(app));
            }
            Ok(Some(content)) => {
                content.remove();
                let _ = root.append_child(&app);
            }
            _ => {
                let _ = root.append_child(&app);
            }
        }
        let handoff = Self::new(waiting);
        ready.on_ready(move |page| handoff.settle(page));
        handoff
    }

    fn new(waiting: Option<SendWrapper<Element>>) -> Self {
        let start = Start::new(waiting.is_some());
        Self { waiting: StoredValue::new(waiting), when_live: StoredValue::new(None), kept: RwSignal::new(None), start }
    }

    /// Why the pre-rendered page is kept, if it is.
    pub fn kept(&self) -> RwSignal<Option<ApiError>> {
        self.kept
    }

    /// Whether the app is being built off-screen, to replace a pre-rendered page when ready.
    pub fn is_waiting(&self) -> bool {
        self.waiting.with_value(Option::is_some)
    }

    /// Keeps the pre-rendered page when the app's page for the same address failed; otherwise puts
    /// the app on screen.
    fn settle(&self, page: &ReadyPage) -> Shown {
        match &page.failure {
            Some(error) if self.holds_static_for_here() => {
                self.kept.set(Some(error.clone()));
                return Shown::Kept;
            }
            _ if self.kept.with_untracked(Option::is_some) => self.kept.set(None),
            _ => {}
        }
        self.finish();
        Shown::Live
    }

    /// Whether the page still shows pre-rendered content made for the address on screen, waiting for
    /// the app.
    fn holds_static_for_here(&self) -> bool {
        self.is_waiting()
            && static_content().and_then(|c| c.get_attribute("data-route")).is_some_and(|route| route == here())
    }

    /// Swaps the static content for the app, replaying the reader's clicks and focus on the app's
    /// controls; nothing when the app is already on screen. While the reader is pressing one of the
    /// static page's controls (a key or a pointer held down on it), the swap waits for the release:
    /// swapped in between, the press would end on the app's control and the click would be lost.
    fn finish(&self) {
        let handoff = *self;
        self.start.when_built(move || handoff.finish_after(PRESS_WAIT_LIMIT));
    }

    /// How the app's start is split, for the shell to hand its parts to.
    pub fn start(&self) -> Start {
        self.start
    }

    fn finish_after(&self, patience: Duration) {
        if self.is_waiting() && static_content().is_some_and(|content| is_pressed(&content)) && !patience.is_zero() {
            let handoff = *self;
            set_timeout(move || handoff.finish_after(patience.saturating_sub(PRESS_POLL)), PRESS_POLL);
            return;
        }
        let Some(app) = self.waiting.try_update_value(Option::take).flatten() else { return };
        let app = app.take();
        self.start.stop_splitting();
        if let Some(content) = static_content() {
            let clicked = recorded_clicks(&content);
            let focused = focused_index(&content);
            let typed = typed_text(&content);
            let _ = content.replace_with_with_node_1(&app);
            replay(&app, &clicked, focused, &typed);
        }
        if let Some(change) = self.when_live.try_update_value(Option::take).flatten() {
            (change.take())();
        }
    }

    /// Runs `change` (to the document, outside the app) now if the app is on screen, else when it
    /// replaces the pre-rendered page, in place of what an earlier page asked: a page that is kept
    /// off-screen must not retitle the page the reader is reading.
    pub fn when_live(&self, change: impl FnOnce() + 'static) {
        if self.is_waiting() {
            self.when_live.set_value(Some(SendWrapper::new(Box::new(change))));
        } else {
            change();
        }
    }

    /// A place at the top of the pre-rendered page's main content, for a notice about it: made on the
    /// first call, and gone with the static content at the swap.
    pub fn notice_slot(&self) -> Option<Element> {
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

    /// Whether the pre-rendered content holds an element matching `selector`.
    pub fn static_has(&self, selector: &str) -> bool {
        static_content().and_then(|content| content.query_selector(selector).ok().flatten()).is_some()
    }
}

/// How often a press on the static page is looked at again, and how long the swap waits for it at most.
const PRESS_POLL: Duration = Duration::from_millis(30);
const PRESS_WAIT_LIMIT: Duration = Duration::from_secs(3);

/// Whether a control of `content` is being pressed: Chromium, Firefox and Safari give a control
/// `:active` from pointer or Space down to up (Enter clicks on key down, so it never waits).
fn is_pressed(content: &Element) -> bool {
    content.query_selector("button:active, input:active, label:active").ok().flatten().is_some()
}

/// The indices of the controls the reader clicked on the pre-rendered page, in order.
fn recorded_clicks(content: &Element) -> Vec<u32> {
    content
        .get_attribute("data-digest-clicked")
        .unwrap_or_default()
        .split(',')
        .filter_map(|index| index.trim().parse().ok())
        .collect()
}

/// The index among the focusable elements of the one that has focus, if it is in `content`.
fn focused_index(content: &Element) -> Option<u32> {
    let active = document().active_element()?;
    let focusable = content.query_selector_all(FOCUSABLE).ok()?;
    (0..focusable.length()).find(|&i| focusable.item(i).is_some_and(|node| node == active.clone().into()))
}

/// What the reader typed into the text fields of `content`, by the field's place among its controls.
fn typed_text(content: &Element) -> Vec<(u32, String)> {
    let Ok(controls) = content.query_selector_all(CONTROLS) else { return Vec::new() };
    (0..controls.length())
        .filter_map(|index| {
            let field = controls.item(index)?.dyn_into::<Element>().ok()?;
            let text_field = matches!(field.get_attribute("type").as_deref(), Some("search" | "text"));
            let value = js_sys::Reflect::get(&field, &"value".into()).ok()?.as_string()?;
            (text_field && !value.is_empty()).then_some((index, value))
        })
        .collect()
}

/// Clicks the app's controls at `clicked`, focuses its focusable element at `focused`, and types
/// `typed` into its fields (an `input` event each, so the app acts on the text as on typing).
fn replay(app: &Element, clicked: &[u32], focused: Option<u32>, typed: &[(u32, String)]) {
    let nth = |selector: &str, index: u32| -> Option<HtmlElement> {
        app.query_selector_all(selector).ok()?.item(index)?.dyn_into::<HtmlElement>().ok()
    };
    for &index in clicked {
        if let Some(control) = nth(APP_CONTROLS, index) {
            control.click();
        }
    }
    if let Some(element) = focused.and_then(|index| nth(APP_FOCUSABLE, index)) {
        let _ = element.focus();
    }
    for (index, text) in typed {
        let Some(field) = nth(APP_CONTROLS, *index) else { continue };
        let _ = js_sys::Reflect::set(&field, &"value".into(), &text.as_str().into());
        if let Ok(event) = web_sys::Event::new("input") {
            let _ = field.dispatch_event(&event);
        }
    }
}

impl Service for Handoff {
    /// Nothing pre-rendered to take over: the app is on screen.
    fn missing() -> Self {
        Self::new(None)
    }
}
