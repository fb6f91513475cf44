//! Whether this page asks for learning records (docs/embedding.md, "Recording learning"), and the
//! loading of their code, a chunk of its own (`crate::xapi`): the start module holds no more of them.

use crate::lazy::learning_records;
use crate::xapi::cmi5;
use crate::xapi::setup::FRAME_PARAM;
use digest_ui::i18n::labels::use_labels;
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::Element;

/// Loads and starts learning records if this page asks for them: `data-xapi-endpoint` on the root,
/// a cmi5 launch (`fetch` in the address, or this tab's session of one), or the embed script's
/// `xapi` parameter in a frame.
pub fn install(root: &Element, embed_origin: Option<String>) {
    let search = window().location().search().unwrap_or_default();
    let query = web_sys::UrlSearchParams::new_with_str(&search).ok();
    let has = |name: &str| query.as_ref().is_some_and(|q| q.has(name));
    let session = window().session_storage().ok().flatten();
    let asked = root.has_attribute("data-xapi-endpoint")
        || has("fetch")
        || (embed_origin.is_some() && has(FRAME_PARAM))
        || session.is_some_and(|s| s.get_item(cmi5::KEY).ok().flatten().is_some());
    if !asked {
        return;
    }
    // Read here, not in the chunk: a context the chunk looked up would be code both modules share.
    let language = use_labels().locale();
    let (root, owner) = (root.clone(), Owner::current());
    spawn_local(async move {
        match learning_records().await {
            Ok(start) => match owner {
                Some(owner) => owner.with(|| start(root, embed_origin, language)),
                None => start(root, embed_origin, language),
            },
            Err(_) => web_sys::console::error_1(
                &"digest learning records are off: their code could not be loaded (see the error above); reading goes on"
                    .into(),
            ),
        }
    });
}
