//! The learning-record settings of this page: a cmi5 launch in the address (or this tab's session
//! of one), the host's `data-xapi-*` on the root (mount mode), or the host page's, asked through the
//! embed script (iframe mode). None of these, and nothing is recorded.

use super::cmi5::Cmi5;
use super::credentials::{ask_host, field, Credentials};
use super::settings::{actor, endpoint, launch};
use super::statement::Learner;
use super::uuid::is_uuid;
use leptos::prelude::*;
use web_sys::{Element, UrlSearchParams};

/// Where statements go, about whom, with which credentials.
pub struct Setup {
    pub endpoint: String,
    pub learner: Learner,
    pub credentials: Credentials,
    pub cmi5: Option<Cmi5>,
}

/// The query parameter the embed script adds to the frame's address when its container has
/// `data-xapi-endpoint`.
pub const FRAME_PARAM: &str = "xapi";

/// This page's settings: `Ok(None)` when it has none, an error saying what is wrong with them.
pub async fn from_page(root: &Element, embed_origin: Option<&str>) -> Result<Option<Setup>, String> {
    let query = window().location().search().ok().and_then(|s| UrlSearchParams::new_with_str(&s).ok());
    let param = |name: &str| {
        let value = query.as_ref().and_then(|q| q.get(name)).filter(|v| !v.trim().is_empty())?;
        Some(if matches!(name, "endpoint" | "fetch") { resolve(&value) } else { value })
    };
    let session = match launch(param) {
        Some(launched) => Some(Cmi5::begin(launched?).await?),
        None => Cmi5::stored(),
    };
    // A session that has ended (a reload of the launch, say) records nothing more: then the page's
    // own settings, if it has any.
    let ended = session.as_ref().is_some_and(|s| s.terminated);
    let session = session.filter(|s| !s.terminated);
    if let Some(session) = session {
        return Ok(Some(Setup {
            endpoint: session.endpoint.clone(),
            learner: session.learner(),
            credentials: Credentials::Token(session.token.clone()),
            cmi5: Some(session),
        }));
    }
    let attr = |name: &str| root.get_attribute(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
    if let Some(raw) = attr("data-xapi-endpoint") {
        let credentials = match attr("data-xapi-auth") {
            Some(name) => {
                let callback = js_sys::Reflect::get(&window(), &name.as_str().into()).ok();
                match callback.and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok()) {
                    Some(function) => Credentials::Callback(name, function),
                    None => return Err(format!("data-xapi-auth names {name}, which is not a function of the page")),
                }
            }
            None => Credentials::None,
        };
        let setup = host_setup(&resolve(&raw), attr("data-xapi-actor"), attr("data-xapi-registration"), credentials)?;
        return Ok(Some(setup));
    }
    match embed_origin {
        Some(origin) if query.as_ref().and_then(|q| q.get(FRAME_PARAM)).is_some() => {
            let answer = ask_host(origin).await?;
            let raw = field(&answer, "endpoint").unwrap_or_default();
            let credentials = Credentials::Host(origin.to_owned());
            let given = |name: &str| field(&answer, name).filter(|value| !value.trim().is_empty());
            host_setup(&raw, given("actor"), given("registration"), credentials).map(Some)
        }
        _ if ended => {
            Err("this tab's cmi5 session has ended (terminated): the LMS must launch the unit again".to_owned())
        }
        _ => Ok(None),
    }
}

fn host_setup(
    raw_endpoint: &str,
    raw_actor: Option<String>,
    registration: Option<String>,
    credentials: Credentials,
) -> Result<Setup, String> {
    let endpoint = endpoint(raw_endpoint)?;
    let actor = actor(&raw_actor.ok_or("data-xapi-actor is missing: whose reading is it?")?, false)?;
    if let Some(registration) = registration.as_deref().filter(|r| !is_uuid(r)) {
        return Err(format!("data-xapi-registration {registration:?} is not a UUID"));
    }
    Ok(Setup { endpoint, learner: Learner { actor, registration, session: None }, credentials, cmi5: None })
}

/// `url` resolved against the page (an LRS proxied under the host's own origin may be a path).
fn resolve(url: &str) -> String {
    let page = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base(url, &page).map_or_else(|_| url.to_owned(), |u| u.href())
}
