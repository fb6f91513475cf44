//! xAPI statements about what a reader did, as plain JSON: the verbs, activity types and extensions
//! are the ADL, Activity Streams and cmi5 IRIs that docs/embedding.md lists in one table.

use serde_json::{json, Map, Value};

/// The IRIs statements are made of.
pub mod iri {
    pub const EXPERIENCED: &str = "http://adlnet.gov/expapi/verbs/experienced";
    pub const PROGRESSED: &str = "http://adlnet.gov/expapi/verbs/progressed";
    pub const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
    pub const INITIALIZED: &str = "http://adlnet.gov/expapi/verbs/initialized";
    pub const TERMINATED: &str = "http://adlnet.gov/expapi/verbs/terminated";
    pub const ARTICLE: &str = "http://activitystrea.ms/schema/1.0/article";
    pub const CATEGORY: &str = "http://id.tincanapi.com/activitytype/category";
    pub const SITE: &str = "http://activitystrea.ms/schema/1.0/page";
    pub const TAGS: &str = "http://id.tincanapi.com/extension/tags";
    pub const PROGRESS: &str = "https://w3id.org/xapi/cmi5/result/extensions/progress";
    pub const CMI5: &str = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    pub const MOVE_ON: &str = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    pub const SESSION: &str = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
}

/// What the reader did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verb {
    Experienced,
    Progressed,
    Completed,
    Initialized,
    Terminated,
}

impl Verb {
    pub fn iri(self) -> &'static str {
        match self {
            Self::Experienced => iri::EXPERIENCED,
            Self::Progressed => iri::PROGRESSED,
            Self::Completed => iri::COMPLETED,
            Self::Initialized => iri::INITIALIZED,
            Self::Terminated => iri::TERMINATED,
        }
    }

    /// The verb's English name, as the ADL registry displays it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Experienced => "experienced",
            Self::Progressed => "progressed",
            Self::Completed => "completed",
            Self::Initialized => "initialized",
            Self::Terminated => "terminated",
        }
    }
}

/// Who the statements are about, and in which registration and cmi5 session.
#[derive(Clone, Debug, PartialEq)]
pub struct Learner {
    pub actor: Value,
    /// The enrolment the LMS gave (cmi5), or the host's.
    pub registration: Option<String>,
    pub session: Option<Session>,
}

/// A cmi5 session: the assignable unit, the LMS's session id and its context template.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub id: String,
    pub activity_id: String,
    /// `LMS.LaunchData`'s `contextTemplate`: every statement carries it.
    pub template: Value,
}

/// An article as an xAPI Activity.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleActivity {
    /// The article's canonical URL.
    pub id: String,
    pub title: String,
    /// The language its title is in.
    pub lang: String,
    /// The category's page and name.
    pub category: Option<(String, String)>,
    pub tags: Vec<String>,
    /// The digest's home page.
    pub site: String,
}

/// A statement about `article`, without its id and timestamp (see [`stamp`]); `language` is the
/// reader's interface's.
pub fn about_article(
    learner: &Learner,
    verb: Verb,
    article: &ArticleActivity,
    result: Option<Value>,
    language: &str,
) -> Value {
    let lang = article.lang.as_str();
    let object = json!({
        "objectType": "Activity",
        "id": article.id,
        "definition": { "type": iri::ARTICLE, "name": { lang: article.title } },
    });
    let mut context = context(learner, language);
    with_map(&mut context, "contextActivities", |activities| {
        if let Some((id, name)) = &article.category {
            let definition = json!({ "type": iri::CATEGORY, "name": { lang: name } });
            push(activities, "parent", json!({ "objectType": "Activity", "id": id, "definition": definition }));
        }
        let site = json!({ "objectType": "Activity", "id": article.site, "definition": { "type": iri::SITE } });
        push(activities, "grouping", site);
    });
    if !article.tags.is_empty() {
        with_map(&mut context, "extensions", |extensions| {
            extensions.insert(iri::TAGS.to_owned(), json!(article.tags));
        });
    }
    statement(learner, verb, object, result, context)
}

/// A statement cmi5 defines (`initialized`, `completed`, `terminated`), about the assignable unit of
/// the learner's session; `None` outside cmi5.
pub fn about_unit(learner: &Learner, verb: Verb, result: Option<Value>, language: &str) -> Option<Value> {
    let session = learner.session.as_ref()?;
    let mut context = context(learner, language);
    let decides = result.as_ref().is_some_and(|r| r.get("completion").is_some() || r.get("success").is_some());
    with_map(&mut context, "contextActivities", |activities| {
        push(activities, "category", json!({ "id": iri::CMI5 }));
        if decides {
            push(activities, "category", json!({ "id": iri::MOVE_ON }));
        }
    });
    let object = json!({ "objectType": "Activity", "id": session.activity_id });
    Some(statement(learner, verb, object, result, context))
}

/// The result of `progressed` at `percent`.
pub fn progress(percent: u8) -> Value {
    json!({ "extensions": { iri::PROGRESS: percent } })
}

/// The result of `completed`, after `duration` (ISO 8601) of active reading.
pub fn completion(duration: &str) -> Value {
    json!({ "completion": true, "duration": duration })
}

/// The result of `terminated`: the session's length.
pub fn session_length(duration: &str) -> Value {
    json!({ "duration": duration })
}

/// `statement` with its `id` and `timestamp` (ISO 8601, UTC): a statement sent again keeps both, so
/// the LRS knows it for the same one.
pub fn stamp(mut statement: Value, id: &str, timestamp: &str) -> Value {
    if let Some(fields) = statement.as_object_mut() {
        fields.insert("id".to_owned(), json!(id));
        fields.insert("timestamp".to_owned(), json!(timestamp));
    }
    statement
}

fn statement(
    learner: &Learner,
    verb: Verb,
    object: Value,
    result: Option<Value>,
    context: Map<String, Value>,
) -> Value {
    let mut statement = Map::new();
    statement.insert("actor".to_owned(), learner.actor.clone());
    statement.insert("verb".to_owned(), json!({ "id": verb.iri(), "display": { "en-US": verb.name() } }));
    statement.insert("object".to_owned(), object);
    if let Some(result) = result {
        statement.insert("result".to_owned(), result);
    }
    statement.insert("context".to_owned(), Value::Object(context));
    Value::Object(statement)
}

/// The session's context template, with the registration, the language and the session id.
fn context(learner: &Learner, language: &str) -> Map<String, Value> {
    let template = learner.session.as_ref().and_then(|session| session.template.as_object());
    let mut context = template.cloned().unwrap_or_default();
    if let Some(registration) = &learner.registration {
        context.insert("registration".to_owned(), json!(registration));
    }
    context.insert("language".to_owned(), json!(language));
    if let Some(session) = &learner.session {
        with_map(&mut context, "extensions", |extensions| {
            extensions.entry(iri::SESSION).or_insert_with(|| json!(session.id));
        });
    }
    context
}

/// Changes the object `fields[key]` (made one if it is missing or anything else).
fn with_map(fields: &mut Map<String, Value>, key: &str, change: impl FnOnce(&mut Map<String, Value>)) {
    let mut map = match fields.remove(key) {
        Some(Value::Object(map)) => map,
        _ => Map::new(),
    };
    change(&mut map);
    fields.insert(key.to_owned(), Value::Object(map));
}

/// Adds `activity` to the context activities' list `kind` (an object alone is made a list).
fn push(activities: &mut Map<String, Value>, kind: &str, activity: Value) {
    let list = activities.entry(kind).or_insert_with(|| json!([]));
    match list {
        Value::Array(items) => items.push(activity),
        other => *other = json!([other.take(), activity]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> ArticleActivity {
        ArticleActivity {
            id: "https://news.example/articles/evals".into(),
            title: "Evals first".into(),
            lang: "en".into(),
            category: Some(("https://news.example/categories/tools".into(), "Tools".into())),
            tags: vec!["evals".into(), "rag".into()],
            site: "https://news.example/".into(),
        }
    }

    fn reader() -> Learner {
        Learner {
            actor: json!({"objectType":"Agent","mbox":"mailto:ada@example.org"}),
            registration: None,
            session: None,
        }
    }

    #[test]
    fn an_article_statement_names_the_article_its_category_and_tags() {
        let s = about_article(&reader(), Verb::Progressed, &article(), Some(progress(50)), "de");
        assert_eq!(s["verb"], json!({"id": iri::PROGRESSED, "display": {"en-US": "progressed"}}));
        assert_eq!(s["object"]["id"], "https://news.example/articles/evals");
        assert_eq!(s["object"]["definition"], json!({"type": iri::ARTICLE, "name": {"en": "Evals first"}}));
        assert_eq!(s["context"]["contextActivities"]["parent"][0]["id"], "https://news.example/categories/tools");
        assert_eq!(s["context"]["contextActivities"]["grouping"][0]["id"], "https://news.example/");
        assert_eq!(s["context"]["extensions"][iri::TAGS], json!(["evals", "rag"]));
        assert_eq!(s["context"]["language"], "de");
        assert_eq!(s["result"]["extensions"][iri::PROGRESS], 50);
        assert!(s.get("id").is_none() && s["context"].get("registration").is_none());
        let stamped = stamp(s, "6f1c0a5e-1111-4a2b-8c3d-123456789abc", "2026-12-03T10:00:00.000Z");
        assert_eq!(stamped["id"], "6f1c0a5e-1111-4a2b-8c3d-123456789abc");
        assert_eq!(stamped["timestamp"], "2026-12-03T10:00:00.000Z");
    }

    fn in_session() -> Learner {
        let template = json!({
            "contextActivities": { "grouping": [{ "id": "https://course.example/au/7" }] },
            "extensions": { iri::SESSION: "lms-session-1" }
        });
        Learner {
            registration: Some("6f1c0a5e-1111-4a2b-8c3d-123456789abc".into()),
            session: Some(Session { id: "ours".into(), activity_id: "https://lms.example/au/7?r=1".into(), template }),
            ..reader()
        }
    }

    #[test]
    fn cmi5_statements_carry_the_template_registration_and_session() {
        let learner = in_session();
        let started = about_unit(&learner, Verb::Initialized, None, "en").unwrap_or_default();
        assert_eq!(started["object"]["id"], "https://lms.example/au/7?r=1");
        assert_eq!(started["context"]["registration"], "6f1c0a5e-1111-4a2b-8c3d-123456789abc");
        assert_eq!(started["context"]["extensions"][iri::SESSION], "lms-session-1", "the LMS's session id wins");
        assert_eq!(started["context"]["contextActivities"]["category"], json!([{ "id": iri::CMI5 }]));
        assert_eq!(started["context"]["contextActivities"]["grouping"][0]["id"], "https://course.example/au/7");
        assert!(started.get("result").is_none());
        let done = about_unit(&learner, Verb::Completed, Some(completion("PT1M")), "en").unwrap_or_default();
        assert_eq!(
            done["context"]["contextActivities"]["category"],
            json!([{ "id": iri::CMI5 }, { "id": iri::MOVE_ON }])
        );
        assert_eq!(done["result"], json!({"completion": true, "duration": "PT1M"}));
        let ended = about_unit(&learner, Verb::Terminated, Some(session_length("PT2M")), "en").unwrap_or_default();
        assert_eq!(ended["context"]["contextActivities"]["category"], json!([{ "id": iri::CMI5 }]), "no moveOn");
        // An article's statements are cmi5 "allowed" ones: the session, never the cmi5 category.
        let read = about_article(&learner, Verb::Completed, &article(), Some(completion("PT1M")), "en");
        assert_eq!(read["context"]["extensions"][iri::SESSION], "lms-session-1");
        assert!(read["context"]["contextActivities"].get("category").is_none());
        let groups = read["context"]["contextActivities"]["grouping"].as_array().map(Vec::len);
        assert_eq!(groups, Some(2), "the template's grouping and the site");
        assert_eq!(about_unit(&reader(), Verb::Initialized, None, "en"), None, "no unit outside cmi5");
    }

    #[test]
    fn a_template_that_is_not_an_object_is_left_out() {
        let mut learner = in_session();
        if let Some(session) = learner.session.as_mut() {
            session.template = json!("hostile");
        }
        let s = about_unit(&learner, Verb::Initialized, None, "en").unwrap_or_default();
        assert_eq!(s["context"]["extensions"][iri::SESSION], "ours");
    }
}
