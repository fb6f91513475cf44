//! Where the `Authorization` header comes from: the host page's callback (mount mode), the host page
//! through the embed script (iframe mode), the cmi5 session's token, or nowhere (an LRS proxied under
//! the host's origin, which adds it). Credentials are asked for each request and never stored.

use super::lrs::describe;
use crate::embed;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How long the host page may take to answer.
const HOST_TIMEOUT: Duration = Duration::from_secs(10);

pub enum Credentials {
    /// The LRS is reached without credentials of ours.
    None,
    /// A cmi5 session's token.
    Token(String),
    /// The host page's function (`data-xapi-auth` names it), which returns the header or a promise
    /// of it.
    Callback(String, js_sys::Function),
    /// The host page at this origin, which the frame asks.
    Host(String),
}

impl Credentials {
    /// The `Authorization` header for the next request.
    pub async fn header(&self) -> Result<Option<String>, String> {
        let value = match self {
            Self::None => return Ok(None),
            Self::Token(_) => return Ok(self.known()),
            Self::Callback(name, callback) => {
                let returned =
                    callback.call0(&JsValue::UNDEFINED).map_err(|e| format!("{name}() failed: {}", describe(e)))?;
                let resolved = JsFuture::from(js_sys::Promise::resolve(&returned))
                    .await
                    .map_err(|e| format!("{name}() failed: {}", describe(e)))?;
                resolved.as_string().ok_or_else(|| format!("{name}() gave no text for the Authorization header"))?
            }
            Self::Host(origin) => {
                let answer = ask_host(origin).await?;
                field(&answer, "authorization").unwrap_or_default()
            }
        };
        let value = value.trim().to_owned();
        if value.is_empty() {
            return Ok(None);
        }
        if value.chars().any(char::is_control) {
            return Err("the Authorization header from the host holds control characters".to_owned());
        }
        Ok(Some(value))
    }

    /// The header when it needs no one asked (a cmi5 token's): all a closing page has time for.
    pub fn known(&self) -> Option<String> {
        match self {
            Self::Token(token) => Some(format!("Basic {token}")),
            _ => None,
        }
    }
}

/// A text field of a JavaScript object.
pub fn field(object: &JsValue, name: &str) -> Option<String> {
    js_sys::Reflect::get(object, &JsValue::from_str(name)).ok()?.as_string()
}

/// Asks the host page (through `digest-embed.js`) for its learning-record settings: `endpoint`,
/// `actor`, `registration` and a fresh `authorization`.
pub async fn ask_host(origin: &str) -> Result<JsValue, String> {
    let from = origin.to_owned();
    let listener = std::rc::Rc::new(std::cell::RefCell::new(None::<Closure<dyn Fn(web_sys::MessageEvent)>>));
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let (resolve_late, origin) = (resolve.clone(), from.clone());
        let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            if let Some(data) = embed::from_host(&event, &origin, "xapi") {
                let _ = resolve.call1(&JsValue::UNDEFINED, &data);
            }
        });
        let _ = window().add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
        *listener.borrow_mut() = Some(on_message);
        let _ = set_timeout_with_handle(move || drop(resolve_late.call0(&JsValue::UNDEFINED)), HOST_TIMEOUT);
    });
    embed::post(origin, &[("type", JsValue::from_str("xapi"))]);
    let answer = JsFuture::from(promise).await.unwrap_or(JsValue::UNDEFINED);
    if let Some(on_message) = listener.borrow_mut().take() {
        let _ = window().remove_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    }
    if answer.is_undefined() {
        return Err(format!(
            "the host page ({origin}) did not answer for its learning-record settings within {} s: \
             is its digest-embed.js up to date?",
            HOST_TIMEOUT.as_secs()
        ));
    }
    Ok(answer)
}
