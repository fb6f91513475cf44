//! The cards of the page on screen, as `j`, `k`, `o` and `s` see them: the current card is the one
//! holding the focus, so a click, Tab and the keys agree on it, and its focus ring is the mark.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

const CARDS: &str = ".digest-main .digest-card";

fn cards(root: &Element) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(CARDS) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

/// The card holding the focus.
fn current(root: &Element) -> Option<Element> {
    let active = web_sys::window()?.document()?.active_element()?;
    let card = active.closest(".digest-card").ok().flatten()?;
    root.contains(Some(&card)).then_some(card)
}

fn link(card: &Element) -> Option<HtmlElement> {
    card.query_selector(".digest-card__link").ok().flatten()?.dyn_into().ok()
}

/// Focuses the card after the current one (`step` 1) or before it (-1), the first card when none is
/// current, and scrolls it into view. Returns whether a card took the focus.
pub fn move_by(root: &Element, step: isize) -> bool {
    let cards = cards(root);
    let at = current(root).and_then(|card| cards.iter().position(|c| *c == card));
    let next = match (at, step) {
        (None, s) if s > 0 => Some(0),
        (None, _) => None,
        (Some(i), s) => i.checked_add_signed(s).filter(|n| *n < cards.len()),
    };
    let Some(card) = next.and_then(|n| cards.get(n)) else { return false };
    let Some(link) = link(card) else { return false };
    // The whole card in view, not just its link (which focusing alone would scroll to).
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = link.focus_with_options(&options);
    let view = web_sys::ScrollIntoViewOptions::new();
    view.set_block(web_sys::ScrollLogicalPosition::Nearest);
    card.scroll_into_view_with_scroll_into_view_options(&view);
    true
}

/// Opens the current card's article.
pub fn open(root: &Element) -> bool {
    current(root).and_then(|card| link(&card)).map(|link| link.click()).is_some()
}

/// Presses the Save button of the current card, or else of the article on screen.
pub fn save(root: &Element) -> bool {
    let button = current(root)
        .and_then(|card| card.query_selector(".digest-save").ok().flatten())
        .or_else(|| root.query_selector(".digest-main .digest-article .digest-save").ok().flatten());
    button.and_then(|b| b.dyn_into::<HtmlElement>().ok()).map(|b| b.click()).is_some()
}
