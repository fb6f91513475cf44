//! Features whose code is a chunk of the wasm of its own, downloaded the first time a reader uses
//! them: a reader of articles, the feed and categories never pays for search or the saved page.
//! `scripts/build-wasm.mjs` splits the build at the functions marked `#[wasm_split]` here; elsewhere
//! (native tests) they are plain calls.
//!
//! A chunk that cannot be loaded (offline, a 404 after a redeploy, a 5xx, a cut response, or none
//! within [`CHUNK_TIMEOUT_MS`]) never breaks the page: its page fails like a page whose content
//! failed (an error with a retry, and a pre-rendered page on screen stays there with a notice), and
//! coming back online loads it again.
//! Reached from within the app while online, the page is first loaded once in full instead: a
//! redeploy has replaced the chunk, and the new build's pre-rendered page and app have the feature.

use crate::api::{use_content, Api, ApiError};
use crate::components::CardListSkeleton;
use crate::config::Config;
use crate::listen::controls::ListenControls;
use crate::listen::playback::State;
use crate::pages::region::page_region;
use crate::pages::{SavedPage, SearchPage};
use crate::start::tasks::sleep;
use crate::start::Handoff;
use digest_ui::service::use_service;
use futures::future::{select, Either, LocalBoxFuture};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

/// Makes a page's view; its code is in the chunk that returned it.
type MakeView = fn() -> AnyView;

/// A chunk that could not be loaded; the browser's console has why.
pub struct ChunkFailed;

impl From<SplitLoaderError> for ChunkFailed {
    fn from(_: SplitLoaderError) -> Self {
        ChunkFailed
    }
}

/// How long a page's or Listen's chunk may take to arrive. Over a connection that has stalled the
/// reader is told then, instead of facing a skeleton or a busy button for good. Longer than a
/// content file's timeout (`crate::http::TIMEOUT_MS`): the largest chunk is several times the size.
const CHUNK_TIMEOUT_MS: u32 = 15_000;

/// What `load` brings, or [`ChunkFailed`] once [`CHUNK_TIMEOUT_MS`] have passed. The download goes
/// on: the loader keeps it, and the next try waits for it instead of starting another.
async fn in_time<T>(feature: &str, load: impl Future<Output = Result<T, ChunkFailed>>) -> Result<T, ChunkFailed> {
    match select(std::pin::pin!(load), std::pin::pin!(sleep(CHUNK_TIMEOUT_MS))).await {
        Either::Left((loaded, _)) => loaded,
        Either::Right(_) => {
            let seconds = CHUNK_TIMEOUT_MS / 1000;
            web_sys::console::warn_1(
                &format!("digest: the app's code for {feature} did not arrive within {seconds} s").into(),
            );
            Err(ChunkFailed)
        }
    }
}

#[wasm_split(search, fallible)]
fn search_page() -> Result<MakeView, ChunkFailed> {
    Ok(|| view! { <SearchPage /> }.into_any())
}

#[wasm_split(saved, fallible)]
fn saved_page() -> Result<MakeView, ChunkFailed> {
    Ok(|| view! { <SavedPage /> }.into_any())
}

/// Makes the controls of an article read aloud (`slug`, and what to call once it has stopped or
/// finished); their code is in the chunk that returned it.
pub type MakeListen = fn(String, Callback<State>) -> AnyView;

#[wasm_split(listen, fallible)]
fn listen_chunk() -> Result<MakeListen, ChunkFailed> {
    Ok(|slug, done| view! { <ListenControls slug done /> }.into_any())
}

/// Listen's code: sentences, the speech engine's driver, the highlight and the controls.
pub async fn listen_controls() -> Result<MakeListen, ChunkFailed> {
    in_time("Listen", listen_chunk()).await
}

/// Starts learning records on `root` (in a frame of the host at the origin given), in the reader's
/// language.
pub type StartRecords = fn(web_sys::Element, Option<String>, &'static str);

/// Learning records' code: settings, statements, the outbox and the LRS's requests.
#[wasm_split(xapi, fallible)]
pub fn learning_records() -> Result<StartRecords, ChunkFailed> {
    Ok(crate::xapi::start)
}

/// The index's manifest, fetched by search's own code: the box asks for both when it gets focus.
#[wasm_split(search, fallible)]
fn fetch_manifest(api: Api) -> Result<LocalBoxFuture<'static, ()>, ChunkFailed> {
    Ok(Box::pin(async move { drop(api.search_manifest().await) }))
}

/// Loads search's chunk and the index's manifest ahead of a search, so that its first results come
/// sooner; a failure is for the search page to say, if the reader searches.
pub fn prepare_search(api: Api) {
    spawn_local(async move {
        if let Ok(fetch) = fetch_manifest(api).await {
            fetch.await;
        }
    });
}

/// `/search`, with its engine, loaded on first use.
#[component]
pub fn LazySearchPage() -> impl IntoView {
    lazy_page("search", search_page)
}

/// `/saved`, loaded on first use.
#[component]
pub fn LazySavedPage() -> impl IntoView {
    lazy_page("the saved articles", saved_page)
}

/// The page `load` makes once its chunk is there: a skeleton meanwhile, the page's error (with a
/// retry) if the chunk cannot be loaded. `feature` names it in the error's details.
fn lazy_page<F>(feature: &'static str, load: fn() -> F) -> impl IntoView
where
    F: Future<Output = Result<MakeView, ChunkFailed>> + 'static,
{
    let handoff = use_service::<Handoff>();
    let embedded = use_service::<Config>().embed_origin.is_some();
    let loaded = use_content(move |_| async move {
        match in_time(feature, load()).await {
            Ok(make) => Ok(make),
            Err(ChunkFailed) => {
                // A frame's address alone has lost the host's settings, and a pre-rendered page on
                // screen would only come back as it is. While the page loads again, its skeleton stays.
                if !embedded && !handoff.is_waiting() && reload_once() {
                    std::future::pending::<()>().await;
                }
                Err(failed(feature))
            }
        }
    });
    page_region(move || loaded.get(), || view! { <CardListSkeleton /> }.into_any(), |make: MakeView| make())
}

/// Why `feature` is missing, as the reader is told of content that could not be fetched.
fn failed(feature: &str) -> ApiError {
    let url = format!("the app's code for {feature}");
    if window().navigator().on_line() {
        ApiError::Network { url, message: "the file could not be loaded".to_owned() }
    } else {
        ApiError::Offline { url }
    }
}

/// Loads the address on screen in full, once per address in this tab (a second failure is said in
/// the page); whether it does.
fn reload_once() -> bool {
    const KEY: &str = "digest:reloaded-for-code";
    let location = window().location();
    let Ok(href) = location.href() else { return false };
    let Some(session) = window().session_storage().ok().flatten() else { return false };
    if session.get_item(KEY).ok().flatten().as_deref() == Some(href.as_str()) || session.set_item(KEY, &href).is_err() {
        return false;
    }
    location.reload().is_ok()
}
