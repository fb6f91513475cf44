//! Requests to the LRS and to a cmi5 LMS's fetch URL: the browser's fetch with a timeout, and
//! `keepalive` for a page that is closing (the request outlives it, with its headers).

use crate::http::Deadline;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, Request, RequestInit, Response};

/// The xAPI version every request says it speaks.
pub const VERSION: (&str, &str) = ("X-Experience-API-Version", "1.0.3");

/// How long an answer may take: a slow LRS is tried again later, never waited on.
const TIMEOUT: Duration = Duration::from_secs(15);

/// An answer, whatever its status.
pub struct Answer {
    pub status: u16,
    pub text: String,
}

/// One request; an error is no answer at all (offline, refused, reset, timed out, blocked by CORS).
pub async fn send(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
    keepalive: bool,
) -> Result<Answer, String> {
    let list = Headers::new().map_err(describe)?;
    for (name, value) in headers {
        list.set(name, value).map_err(describe)?;
    }
    let init = RequestInit::new();
    init.set_method(method);
    init.set_headers(&list);
    if let Some(body) = body {
        init.set_body(&JsValue::from_str(body));
    }
    // web-sys has no setter for it: the dictionary takes it as a plain property.
    let _ = js_sys::Reflect::set(&init, &JsValue::from_str("keepalive"), &JsValue::from_bool(keepalive));
    let deadline = Deadline::after(TIMEOUT);
    init.set_signal(deadline.signal().as_ref());
    let answer = async {
        let request = Request::new_with_str_and_init(url, &init).map_err(describe)?;
        let response: Response = JsFuture::from(window().fetch_with_request(&request))
            .await
            .map_err(describe)?
            .dyn_into()
            .map_err(describe)?;
        let text = JsFuture::from(response.text().map_err(describe)?).await.map_err(describe)?;
        Ok(Answer { status: response.status(), text: text.as_string().unwrap_or_default() })
    }
    .await;
    answer.map_err(|error| if deadline.passed() { format!("no answer within {} s", TIMEOUT.as_secs()) } else { error })
}

/// POSTs `body`, a JSON array of statements, to the LRS's `statements` resource.
pub async fn post_statements(
    endpoint: &str,
    header: Option<&str>,
    body: &str,
    keepalive: bool,
) -> Result<Answer, String> {
    let mut headers = vec![VERSION, ("Content-Type", "application/json")];
    if let Some(header) = header {
        headers.push(("Authorization", header));
    }
    send("POST", &format!("{endpoint}statements"), &headers, Some(body), keepalive).await
}

/// A JavaScript error as text.
pub fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "an unknown error".to_owned())
}
