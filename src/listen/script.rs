//! What an article says aloud, read from the article on screen: its title, summary, why it matters,
//! its steps and its takeaways, with the headings between them, each in its element's language (the
//! article's own, the headings the interface's), cut into sentences.

use super::sentences;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The parts read aloud, in the order they are on the page (one selector list: the browser returns
/// them in document order).
const PASSAGES: &str = ".digest-article__title, .digest-article__summary, #digest-why-heading, \
     [aria-labelledby=digest-why-heading] > p, #digest-steps-heading, .digest-steps__check > span, \
     #digest-takeaways-heading, .digest-takeaways__list > li";

/// One sentence, and where it is on the page: UTF-16 offsets (the DOM's) into its element's text.
pub struct Sentence {
    pub element: Element,
    pub text: String,
    pub lang: String,
    pub start: u32,
    pub end: u32,
}

/// The sentences of `article`, in reading order.
pub fn collect(article: &Element, fallback_lang: &str) -> Vec<Sentence> {
    let Ok(found) = article.query_selector_all(PASSAGES) else { return Vec::new() };
    let mut script = Vec::new();
    for element in (0..found.length()).filter_map(|i| found.item(i)?.dyn_into::<Element>().ok()) {
        let text = element.text_content().unwrap_or_default();
        let lang = element
            .closest("[lang]")
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute("lang"))
            .filter(|lang| !lang.is_empty())
            .unwrap_or_else(|| fallback_lang.to_owned());
        for range in sentences::split(&text, &lang) {
            let (Some(said), Some(before), Some(through)) =
                (text.get(range.clone()), text.get(..range.start), text.get(..range.end))
            else {
                continue;
            };
            script.push(Sentence {
                element: element.clone(),
                text: said.to_owned(),
                lang: lang.clone(),
                start: utf16_len(before),
                end: utf16_len(through),
            });
        }
    }
    script
}

/// A text's length as the DOM counts it (UTF-16 units).
pub(super) fn utf16_len(text: &str) -> u32 {
    u32::try_from(text.encode_utf16().count()).unwrap_or(u32::MAX)
}
