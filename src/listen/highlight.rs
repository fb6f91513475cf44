//! The sentence being read, highlighted with the CSS Custom Highlight API (`::highlight(digest-listen)`
//! in style/components/listen.css): a range over the page's text, so the article's markup is left
//! as it is. Where the browser has no such API, nothing is highlighted and reading goes on.

use super::script::{utf16_len, Sentence};
use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Node, Range};

const NAME: &str = "digest-listen";

/// `CSS.highlights`, where the browser has it.
fn registry() -> Option<JsValue> {
    let css = Reflect::get(&js_sys::global(), &"CSS".into()).ok().filter(|v| !v.is_undefined())?;
    Reflect::get(&css, &"highlights".into()).ok().filter(|v| !v.is_undefined())
}

fn call(target: &JsValue, method: &str, args: &[JsValue]) {
    if let Some(function) = Reflect::get(target, &method.into()).ok().and_then(|f| f.dyn_into::<Function>().ok()) {
        let _ = function.apply(target, &args.iter().collect::<Array>());
    }
}

/// Highlights `sentence`, in place of the one before, and brings it into view.
pub fn show(sentence: &Sentence) {
    let view = web_sys::ScrollIntoViewOptions::new();
    view.set_block(web_sys::ScrollLogicalPosition::Nearest);
    sentence.element.scroll_into_view_with_scroll_into_view_options(&view);
    let (Some(registry), Some(range)) = (registry(), range_of(sentence)) else { return };
    let Some(Ok(highlight)) = Reflect::get(&js_sys::global(), &"Highlight".into())
        .ok()
        .and_then(|c| c.dyn_into::<Function>().ok())
        .map(|constructor| Reflect::construct(&constructor, &Array::of1(&range)))
    else {
        return;
    };
    call(&registry, "set", &[NAME.into(), highlight]);
}

/// No sentence highlighted.
pub fn clear() {
    if let Some(registry) = registry() {
        call(&registry, "delete", &[NAME.into()]);
    }
}

/// The range of the sentence's text, across the text nodes of its element.
fn range_of(sentence: &Sentence) -> Option<Range> {
    let document = web_sys::window()?.document()?;
    // NodeFilter.SHOW_TEXT
    let walker = document.create_tree_walker_with_what_to_show(&sentence.element, 4).ok()?;
    let range = document.create_range().ok()?;
    let (mut passed, mut started) = (0u32, false);
    while let Some(node) = walker.next_node().ok().flatten() {
        let length = node.text_content().map_or(0, |t| utf16_len(&t));
        if !started && sentence.start < passed + length {
            range.set_start(&node, sentence.start - passed).ok()?;
            started = true;
        }
        if started && sentence.end <= passed + length {
            range.set_end(&node as &Node, sentence.end - passed).ok()?;
            return Some(range);
        }
        passed += length;
    }
    None
}
