//! Learning records (docs/embedding.md, "Recording learning"): what a learner reads reaches the
//! learning site's Learning Record Store as xAPI statements, or its LMS's as a cmi5 assignable unit.
//! All of it is a chunk of its own, which `crate::learning_records` loads only on a page whose host
//! asked for it.

pub mod clock;
pub mod cmi5;
pub mod credentials;
pub mod duration;
pub mod lrs;
pub mod outbox;
pub mod recorder;
pub mod settings;
pub mod setup;
pub mod statement;
pub mod tracker;
pub mod uuid;

use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::Element;

/// Reads the page's settings and starts recording, in the reader's `language`; the chunk's entry.
pub fn start(root: Element, embed_origin: Option<String>, language: &'static str) {
    let owner = Owner::current();
    spawn_local(async move {
        match setup::from_page(&root, embed_origin.as_deref()).await {
            Ok(Some(setup)) => {
                let begin = move || recorder::Recorder::start(setup, root, embed_origin, language);
                match owner {
                    Some(owner) => owner.with(begin),
                    None => begin(),
                }
            }
            Ok(None) => {}
            Err(why) => recorder::refuse(&why),
        }
    });
}
