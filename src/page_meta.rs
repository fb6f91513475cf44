//! The document's title and description for the page on screen, as a page load would set them.

use crate::start::Handoff;
use digest_ui::service::use_service;
use leptos::prelude::*;
use web_sys::Document;

/// Sets `document.title` and the `<meta name="description">` when the page's content renders and is
/// on screen. Rendered next to the content, so a page keeps the previous title while it loads, as a
/// browser does. The description tag is updated in place: the pre-rendered page's tag (or the host's)
/// and the app's never both exist.
#[component]
pub fn PageMeta(
    /// The whole document title, site name included.
    #[prop(into)]
    title: String,
    /// What search results and link previews show for the page.
    #[prop(into)]
    description: String,
) -> impl IntoView {
    use_service::<Handoff>().when_live(move || {
        let document = document();
        document.set_title(&title);
        set_description(&document, &description);
    });
}

fn set_description(document: &Document, description: &str) {
    let existing = document.query_selector("meta[name=description]").ok().flatten();
    let tag = existing.or_else(|| {
        let tag = document.create_element("meta").ok()?;
        tag.set_attribute("name", "description").ok()?;
        document.head()?.append_child(&tag).ok()?;
        Some(tag)
    });
    if let Some(tag) = tag {
        let _ = tag.set_attribute("content", description);
    }
}
