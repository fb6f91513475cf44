//! A cmi5 launch: the session's token from the LMS's one-time fetch URL, its `LMS.LaunchData` (the
//! context template, the session id, the launch mode), kept in this tab's session storage so that
//! the unit's other pages and a reload stay in the same session.

use super::lrs::{self, VERSION};
use super::settings::Launch;
use super::statement::{iri, Learner, Session};
use super::uuid;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Where this tab keeps its cmi5 session (sessionStorage).
pub const KEY: &str = "digest:cmi5";

/// A cmi5 session as this tab keeps it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Cmi5 {
    pub endpoint: String,
    pub fetch: String,
    pub actor: Value,
    pub registration: String,
    pub activity_id: String,
    pub token: String,
    pub session: String,
    pub template: Value,
    /// `Normal`, or `Browse` and `Review`, in which nothing is completed.
    pub mode: String,
    /// When the session began (milliseconds since the epoch): `terminated` gives its length.
    pub started: f64,
    pub initialized: bool,
    /// The article the unit was launched on, if it was launched on one.
    #[serde(default)]
    pub article: Option<String>,
    pub terminated: bool,
}

impl Cmi5 {
    pub fn learner(&self) -> Learner {
        Learner {
            actor: self.actor.clone(),
            registration: Some(self.registration.clone()),
            session: Some(Session {
                id: self.session.clone(),
                activity_id: self.activity_id.clone(),
                template: self.template.clone(),
            }),
        }
    }

    /// Whether the session may record completion (cmi5: not in Browse or Review mode).
    pub fn may_complete(&self) -> bool {
        self.mode == "Normal"
    }

    pub fn save(&self) {
        if let (Some(storage), Ok(text)) = (window().session_storage().ok().flatten(), serde_json::to_string(self)) {
            let _ = storage.set_item(KEY, &text);
        }
    }

    /// This tab's session, if a launch started one.
    pub fn stored() -> Option<Self> {
        let storage = window().session_storage().ok().flatten()?;
        serde_json::from_str(&storage.get_item(KEY).ok().flatten()?).ok()
    }

    /// Starts the session `launch` asks for, or goes on with this tab's if it is the same launch (a
    /// reload: the fetch URL gives its token once).
    pub async fn begin(launch: Launch) -> Result<Self, String> {
        if let Some(stored) =
            Self::stored().filter(|s| s.fetch == launch.fetch && s.registration == launch.registration)
        {
            return Ok(stored);
        }
        let token = fetch_token(&launch.fetch).await?;
        let data = launch_data(&launch, &token).await;
        let template = data.get("contextTemplate").filter(|t| t.is_object()).cloned().unwrap_or(Value::Null);
        let lms_session = template.pointer(&format!("/extensions/{}", iri::SESSION.replace('/', "~1")));
        let session = lms_session.and_then(Value::as_str).map(str::to_owned).unwrap_or_else(uuid::new);
        let mode = data.get("launchMode").and_then(Value::as_str).unwrap_or("Normal").to_owned();
        let session = Self {
            endpoint: launch.endpoint,
            fetch: launch.fetch,
            actor: launch.actor,
            registration: launch.registration,
            activity_id: launch.activity_id,
            token,
            session,
            template,
            mode,
            started: js_sys::Date::now(),
            initialized: false,
            article: None,
            terminated: false,
        };
        session.save();
        Ok(session)
    }
}

/// The session's token: the fetch URL answers `{"auth-token": …}` once, or `{"error-code": …}`.
async fn fetch_token(fetch: &str) -> Result<String, String> {
    let answer = lrs::send("POST", fetch, &[], None, false)
        .await
        .map_err(|e| format!("the cmi5 fetch URL could not be reached: {e}"))?;
    let json: Value = serde_json::from_str(&answer.text).unwrap_or(Value::Null);
    match json.get("auth-token").and_then(Value::as_str) {
        Some(token) if answer.status == 200 && !token.is_empty() => Ok(token.to_owned()),
        _ => {
            let said = json.get("error-text").and_then(Value::as_str).unwrap_or(&answer.text);
            Err(format!("the cmi5 fetch URL gave no token ({}: {said})", answer.status))
        }
    }
}

/// `LMS.LaunchData` from the LMS's State API; an empty object when it has none (the console says so).
async fn launch_data(launch: &Launch, token: &str) -> Value {
    let params = web_sys::UrlSearchParams::new().ok();
    for (name, value) in [
        ("stateId", "LMS.LaunchData".to_owned()),
        ("activityId", launch.activity_id.clone()),
        ("agent", launch.actor.to_string()),
        ("registration", launch.registration.clone()),
    ] {
        if let Some(params) = &params {
            params.append(name, &value);
        }
    }
    let params = params.and_then(|p| p.to_string().as_string()).unwrap_or_default();
    let url = format!("{}activities/state?{params}", launch.endpoint);
    let auth = format!("Basic {token}");
    let answer = lrs::send("GET", &url, &[VERSION, ("Authorization", &auth)], None, false).await;
    match answer {
        Ok(answer) if answer.status == 200 => {
            serde_json::from_str(&answer.text).ok().filter(Value::is_object).unwrap_or(Value::Null)
        }
        other => {
            let why = other.map_or_else(|e| e, |a| format!("it answered {}", a.status));
            web_sys::console::info_1(
                &format!("digest: the LMS gave no LMS.LaunchData ({why}): statements carry a session id of our own")
                    .into(),
            );
            Value::Null
        }
    }
}
