//! Where statements go and about whom, as the host or a cmi5 launch gives them, checked before
//! anything is sent: a hostile or malformed value gets a message saying what is wrong, and nothing is
//! recorded.

use super::uuid::is_uuid;
use digest_model::validate::is_web_url;
use serde_json::{Map, Value};

/// The LRS's base endpoint (`https://lrs.example/xapi/`), resolved against the page: http(s) only,
/// without credentials in it, ending with `/` so that `statements` can follow.
pub fn endpoint(resolved: &str) -> Result<String, String> {
    if !is_web_url(resolved) {
        return Err(format!(
            "the xAPI endpoint {resolved:?} is not an http(s) address (credentials belong in the host's callback, \
             never in the address)"
        ));
    }
    let base = resolved.split(['?', '#']).next().unwrap_or(resolved);
    Ok(if base.ends_with('/') { base.to_owned() } else { format!("{base}/") })
}

/// The learner, as an xAPI Agent: a JSON object with exactly one identifier (`mbox`, `mbox_sha1sum`,
/// `openid` or `account`). cmi5 also asks that it be an `account`.
pub fn actor(raw: &str, account_only: bool) -> Result<Value, String> {
    let problem = |why: &str| Err(format!("the xAPI actor {raw:?} {why}"));
    let Ok(Value::Object(agent)) = serde_json::from_str::<Value>(raw) else {
        return problem("is not a JSON object");
    };
    if agent.get("objectType").is_some_and(|kind| kind != "Agent") {
        return problem("is not an Agent (its objectType must be \"Agent\")");
    }
    let ids: Vec<&str> =
        ["mbox", "mbox_sha1sum", "openid", "account"].into_iter().filter(|id| agent.contains_key(*id)).collect();
    let [id] = ids.as_slice() else {
        return problem("must have exactly one of mbox, mbox_sha1sum, openid and account");
    };
    if account_only && *id != "account" {
        return problem("must be identified by an account, as cmi5 requires");
    }
    let text = |value: Option<&Value>| value.and_then(Value::as_str).unwrap_or_default().to_owned();
    let valid = match *id {
        "mbox" => text(agent.get("mbox")).strip_prefix("mailto:").is_some_and(|address| address.contains('@')),
        "mbox_sha1sum" => {
            let sum = text(agent.get("mbox_sha1sum"));
            sum.len() == 40 && sum.chars().all(|c| c.is_ascii_hexdigit())
        }
        "openid" => is_web_url(&text(agent.get("openid"))),
        _ => agent.get("account").and_then(Value::as_object).is_some_and(|account| {
            is_web_url(&text(account.get("homePage"))) && !text(account.get("name")).trim().is_empty()
        }),
    };
    if !valid {
        return problem(&format!("has an invalid {id}"));
    }
    if agent.get("name").is_some_and(|name| !name.is_string()) {
        return problem("has a name that is not text");
    }
    let mut clean = Map::new();
    clean.insert("objectType".to_owned(), Value::from("Agent"));
    for key in ["name", id] {
        if let Some(value) = agent.get(key) {
            clean.insert(key.to_owned(), value.clone());
        }
    }
    Ok(Value::Object(clean))
}

/// The names of the query parameters an LMS launches a cmi5 assignable unit with.
pub const LAUNCH_PARAMS: [&str; 5] = ["endpoint", "fetch", "actor", "registration", "activityId"];

/// A cmi5 launch: what the LMS put in the address.
#[derive(Clone, Debug, PartialEq)]
pub struct Launch {
    pub endpoint: String,
    /// Where the session's token is fetched, once.
    pub fetch: String,
    pub actor: Value,
    pub registration: String,
    /// The assignable unit's id: the object of the statements cmi5 defines.
    pub activity_id: String,
}

/// The cmi5 launch in the address, whose parameters `param` gives (`endpoint`, `fetch` resolved
/// against the page): `None` when the address has none, an error saying what is wrong or missing.
pub fn launch(param: impl Fn(&str) -> Option<String>) -> Option<Result<Launch, String>> {
    let values: Vec<Option<String>> = LAUNCH_PARAMS.iter().map(|name| param(name)).collect();
    let [Some(endpoint_raw), Some(fetch), Some(actor_raw), Some(registration), Some(activity_id)] = values.as_slice()
    else {
        // An address may well have an `endpoint` or an `actor` of its own: a launch has `fetch` too.
        let missing: Vec<&str> =
            LAUNCH_PARAMS.iter().zip(&values).filter(|(_, value)| value.is_none()).map(|(name, _)| *name).collect();
        return values.get(1).is_some_and(Option::is_some).then(|| {
            Err(format!(
                "the cmi5 launch lacks {}: the LMS must launch with all of {}",
                missing.join(", "),
                LAUNCH_PARAMS.join(", ")
            ))
        });
    };
    Some((|| {
        if !is_web_url(fetch) {
            return Err(format!("the cmi5 fetch URL {fetch:?} is not an http(s) address"));
        }
        if !is_uuid(registration) {
            return Err(format!("the cmi5 registration {registration:?} is not a UUID"));
        }
        if activity_id.trim().is_empty() || activity_id.chars().any(char::is_whitespace) {
            return Err(format!("the cmi5 activityId {activity_id:?} is not an IRI"));
        }
        Ok(Launch {
            endpoint: endpoint(endpoint_raw)?,
            fetch: fetch.clone(),
            actor: actor(actor_raw, true)?,
            registration: registration.to_ascii_lowercase(),
            activity_id: activity_id.clone(),
        })
    })())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn endpoints_are_http_addresses_without_credentials() {
        assert_eq!(endpoint("https://lrs.example/xapi").as_deref(), Ok("https://lrs.example/xapi/"));
        assert_eq!(endpoint("http://127.0.0.1:8100/xAPI/").as_deref(), Ok("http://127.0.0.1:8100/xAPI/"));
        assert_eq!(endpoint("https://lrs.example/xapi/?x=1#y").as_deref(), Ok("https://lrs.example/xapi/"));
        for hostile in [
            "javascript:alert(1)",
            "data:text/html,x",
            "ftp://lrs.example/",
            "https://user:pw@lrs.example/",
            "",
            "//lrs.example/x",
        ] {
            let error = endpoint(hostile).expect_err(hostile);
            assert!(error.contains("not an http(s) address"), "{error}");
        }
    }

    #[test]
    fn actors_need_exactly_one_valid_identifier() {
        let agent = actor(r#"{"mbox":"mailto:ada@example.org","name":"Ada","extra":1}"#, false);
        assert_eq!(agent, Ok(json!({"objectType":"Agent","mbox":"mailto:ada@example.org","name":"Ada"})));
        let account = r#"{"account":{"homePage":"https://lms.example","name":"u-1"}}"#;
        assert!(actor(account, true).is_ok());
        for (raw, why) in [
            ("not json", "is not a JSON object"),
            ("[1]", "is not a JSON object"),
            (r#"{"name":"Ada"}"#, "exactly one"),
            (r#"{"mbox":"mailto:a@b.c","openid":"https://id.example/a"}"#, "exactly one"),
            (r#"{"mbox":"ada@example.org"}"#, "invalid mbox"),
            (r#"{"mbox_sha1sum":"abc"}"#, "invalid mbox_sha1sum"),
            (r#"{"openid":"javascript:alert(1)"}"#, "invalid openid"),
            (r#"{"account":{"homePage":"https://lms.example","name":" "}}"#, "invalid account"),
            (r#"{"objectType":"Group","mbox":"mailto:a@b.c"}"#, "not an Agent"),
            (r#"{"mbox":"mailto:a@b.c","name":7}"#, "name that is not text"),
        ] {
            let error = actor(raw, false).expect_err(raw);
            assert!(error.contains(why), "{raw}: {error}");
        }
        assert!(actor(r#"{"mbox":"mailto:a@b.c"}"#, true).expect_err("cmi5").contains("account"));
    }

    fn params<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| pairs.iter().find(|(key, _)| *key == name).map(|(_, value)| (*value).to_owned())
    }

    const ACTOR: &str = r#"{"objectType":"Agent","account":{"homePage":"https://lms.example","name":"u-1"}}"#;

    #[test]
    fn a_cmi5_launch_needs_all_its_parameters() {
        assert_eq!(launch(params(&[])), None);
        assert_eq!(launch(params(&[("endpoint", "https://x.example/")])), None, "an address's own endpoint");
        let partial = launch(params(&[("fetch", "https://lms.example/f"), ("endpoint", "https://lms.example/x")]));
        let error = partial.and_then(Result::err).unwrap_or_default();
        assert!(error.contains("lacks actor, registration, activityId"), "{error}");
        let full = [
            ("endpoint", "https://lms.example/xapi"),
            ("fetch", "https://lms.example/fetch/1"),
            ("actor", ACTOR),
            ("registration", "6F1C0A5E-1111-4A2B-8C3D-123456789ABC"),
            ("activityId", "https://lms.example/au/1"),
        ];
        let launched = launch(params(&full)).and_then(Result::ok).map(|l| (l.endpoint, l.registration));
        assert_eq!(
            launched,
            Some(("https://lms.example/xapi/".to_owned(), "6f1c0a5e-1111-4a2b-8c3d-123456789abc".to_owned()))
        );
        for (name, bad, why) in [
            ("endpoint", "javascript:alert(1)", "not an http(s) address"),
            ("fetch", "file:///etc/passwd", "fetch URL"),
            ("registration", "1", "not a UUID"),
            ("activityId", "a b", "not an IRI"),
            ("actor", r#"{"mbox":"mailto:a@b.c"}"#, "account"),
        ] {
            let changed: Vec<(&str, &str)> =
                full.iter().map(|&(key, value)| (key, if key == name { bad } else { value })).collect();
            let error = launch(params(&changed)).and_then(Result::err).unwrap_or_default();
            assert!(error.contains(why), "{name}: {error}");
        }
    }
}
