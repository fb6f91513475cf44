//! Records what the reader does as statements and delivers them: it hears the app's own `digest:*`
//! events on the root, keeps the statements in an outbox in local storage, and sends them in
//! batches, again with backoff after a network error or a 5xx, never again after a 4xx (the console
//! says why, once). Reading never waits on any of it.

use super::clock::ActiveTime;
use super::duration::iso8601;
use super::lrs;
use super::outbox::{answer, backoff_ms, Answer, Outbox};
use super::setup::Setup;
use super::statement::{self, about_article, about_unit, stamp, ArticleActivity, Verb};
use super::tracker::{Happening, Reading};
use crate::api::Api;
use crate::config::Config;
use crate::events::{announce, reader_route};
use crate::start::tasks::sleep;
use crate::window_events::on_window;
use digest_model::Paths;
use digest_ui::service::use_service;
use digest_ui::storage;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::{json, Value};
use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

/// What the recorder does with a `digest:*` event's detail.
type OnEvent = Box<dyn Fn(&Rc<Recorder>, Value)>;

/// The article on screen, as far as statements go.
struct Open {
    reading: Reading,
    time: ActiveTime,
    activity: ArticleActivity,
}

pub struct Recorder {
    setup: Setup,
    root: Element,
    embed_origin: Option<String>,
    api: Api,
    paths: Paths,
    language: &'static str,
    key: String,
    outbox: RefCell<Outbox>,
    open: RefCell<Option<Open>>,
    /// The path of the last page the reader went to, so that a page reported twice counts once.
    route: RefCell<String>,
    /// The `Authorization` header last used: a closing page has no time to ask for another.
    last_header: RefCell<Option<String>>,
    /// The article the cmi5 launch opened, whose completion completes the unit (any article's, when
    /// it was launched on a list).
    launched: Option<String>,
    sending: Cell<bool>,
    /// Whether the cmi5 session was terminated: nothing may follow, even on a page the browser
    /// brings back from its cache.
    ended: Cell<bool>,
    failures: Cell<u32>,
    /// What was already said in the console (each refusal or outage once).
    said: RefCell<BTreeSet<String>>,
}

impl Recorder {
    /// Starts recording; what it listens to goes with the calling owner.
    pub fn start(setup: Setup, root: Element, embed_origin: Option<String>, language: &'static str) {
        // One outbox per LRS, learner and registration (stored as `digest:xapi …`): what is
        // completed is completed in one of them.
        let registration = setup.learner.registration.as_deref().unwrap_or_default();
        let key = format!("xapi {} {} {registration}", setup.endpoint, setup.learner.actor);
        let outbox = match storage::get(&key).map(|stored| Outbox::from_stored(&stored)) {
            Some(Ok(outbox)) => outbox,
            Some(Err(why)) => {
                warn(&format!("the statements kept for the LRS were dropped: {why}"));
                Outbox::default()
            }
            None => Outbox::default(),
        };
        let paths = Paths::new(&use_service::<Config>().base_path);
        let route = reader_route(&window().location().pathname().unwrap_or_default(), paths.base());
        // The article the unit was launched on: this page's at the launch, the session's after it.
        let launched = match &setup.cmi5 {
            Some(session) if session.initialized => session.article.clone(),
            _ => slug_of(&route),
        };
        let recorder = Rc::new(Self {
            launched,
            setup,
            root,
            embed_origin,
            api: use_service::<Api>(),
            paths,
            language,
            key,
            outbox: RefCell::new(outbox),
            open: RefCell::new(None),
            route: RefCell::new(String::new()),
            last_header: RefCell::new(None),
            sending: Cell::new(false),
            ended: Cell::new(false),
            failures: Cell::new(0),
            said: RefCell::new(BTreeSet::new()),
        });
        if let Some(session) = recorder.setup.cmi5.clone().filter(|s| !s.initialized) {
            if let Some(started) = about_unit(&recorder.setup.learner, Verb::Initialized, None, language) {
                recorder.record(started, None);
            }
            let mut session = session;
            session.initialized = true;
            session.article = recorder.launched.clone();
            session.save();
        }
        recorder.listen();
        // The page on screen now: its `digest:navigate` may have come before this code was loaded.
        recorder.went_to(route);
        recorder.flush_soon();
    }

    fn listen(self: &Rc<Self>) {
        let on_root = |name: &'static str, handler: OnEvent| {
            let recorder = Rc::clone(self);
            let listener = Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
                let detail = js_sys::JSON::stringify(&event.detail()).ok().and_then(|s| s.as_string());
                handler(&recorder, detail.and_then(|d| serde_json::from_str(&d).ok()).unwrap_or(Value::Null));
            });
            let _ = self.root.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
            let (root, listener) =
                (send_wrapper::SendWrapper::new(self.root.clone()), send_wrapper::SendWrapper::new(listener));
            on_cleanup(move || {
                let _ = root.remove_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
            });
        };
        on_root("digest:navigate", Box::new(|r, detail| r.went_to(text(&detail, "path"))));
        on_root(
            "digest:progress",
            Box::new(|r, detail| {
                let percent = detail.get("percent").and_then(Value::as_u64).unwrap_or(0).min(100) as u8;
                r.on_article(&text(&detail, "article"), |reading| reading.read(percent));
            }),
        );
        on_root(
            "digest:step",
            Box::new(|r, detail| {
                let count = |name: &str| detail.get(name).and_then(Value::as_u64).unwrap_or(0) as usize;
                r.on_article(&text(&detail, "article"), |reading| reading.steps(count("done"), count("total")));
            }),
        );
        // Signs of the reader, for the active reading time; in a frame the host's scrolling arrives
        // as messages.
        for name in ["scroll", "keydown", "pointerdown", "message"] {
            let recorder = Rc::clone(self);
            on_window(name, move |_| recorder.touch(false));
        }
        let recorder = Rc::clone(self);
        on_window("visibilitychange", move |_| recorder.touch(document().hidden()));
        let recorder = Rc::clone(self);
        on_window("online", move |_| recorder.flush_soon());
        let recorder = Rc::clone(self);
        on_window("pagehide", move |_| recorder.leave());
    }

    /// The reader went to `route`: a new article is experienced.
    fn went_to(self: &Rc<Self>, route: String) {
        let route = route.split(['?', '#']).next().unwrap_or_default().to_owned();
        if *self.route.borrow() == route {
            return;
        }
        self.route.replace(route.clone());
        let Some(slug) = slug_of(&route) else {
            self.open.replace(None);
            return;
        };
        self.open.replace(None);
        let recorder = Rc::clone(self);
        spawn_local(async move {
            let activity = match recorder.activity(&slug).await {
                Ok(activity) => activity,
                Err(why) => return warn(&format!("no statement about {slug}: {why}")),
            };
            // The reader may have gone on while the article was looked up.
            if slug_of(&recorder.route.borrow()).as_deref() != Some(slug.as_str()) {
                return;
            }
            let completed = recorder.outbox.borrow().is_completed(&slug);
            let (reading, _) = Reading::open(&slug, completed);
            let statement =
                about_article(&recorder.setup.learner, Verb::Experienced, &activity, None, recorder.language);
            recorder.open.replace(Some(Open { reading, time: ActiveTime::starting(js_sys::Date::now()), activity }));
            recorder.record(statement, Some(&slug));
        });
    }

    /// What happened to `article`, if it is the one open.
    fn on_article(self: &Rc<Self>, article: &str, happened: impl FnOnce(&mut Reading) -> Option<Happening>) {
        let now = js_sys::Date::now();
        let made = {
            let mut open = self.open.borrow_mut();
            let Some(open) = open.as_mut().filter(|open| open.reading.slug == article) else { return };
            open.time.touch(now);
            happened(&mut open.reading).map(|happening| {
                let result = match happening {
                    Happening::Progressed(percent) => Some(statement::progress(percent)),
                    _ => Some(statement::completion(&iso8601(open.time.ms(now)))),
                };
                let verb = if happening == Happening::Completed { Verb::Completed } else { Verb::Progressed };
                (happening, about_article(&self.setup.learner, verb, &open.activity, result, self.language))
            })
        };
        let Some((happening, statement)) = made else { return };
        self.record(statement, Some(article));
        if happening == Happening::Completed {
            self.outbox.borrow_mut().complete(article);
            self.completed_unit(article);
            self.save();
        }
    }

    /// In cmi5, the unit is completed with the article it was launched on (or the first one
    /// completed, when it was launched on a list), once per registration.
    fn completed_unit(self: &Rc<Self>, article: &str) {
        let Some(session) = &self.setup.cmi5 else { return };
        if !session.may_complete() || self.launched.as_deref().is_some_and(|launched| launched != article) {
            return;
        }
        if self.outbox.borrow_mut().complete_unit() {
            let length = iso8601((js_sys::Date::now() - session.started).max(0.0) as u64);
            let result = Some(statement::completion(&length));
            if let Some(done) = about_unit(&self.setup.learner, Verb::Completed, result, self.language) {
                self.record(done, None);
            }
        }
    }

    fn touch(&self, hidden: bool) {
        if let Some(open) = self.open.borrow_mut().as_mut() {
            let now = js_sys::Date::now();
            if hidden {
                open.time.pause(now);
            } else {
                open.time.touch(now);
            }
        }
    }

    /// The page is closing: in cmi5 the session is terminated, and whatever waits goes in one
    /// request that outlives the page.
    fn leave(self: &Rc<Self>) {
        if let Some(mut session) = self.setup.cmi5.clone().filter(|_| !self.ended.get()) {
            let length = iso8601((js_sys::Date::now() - session.started).max(0.0) as u64);
            let result = Some(statement::session_length(&length));
            if let Some(ended) = about_unit(&self.setup.learner, Verb::Terminated, result, self.language) {
                self.record(ended, None);
            }
            session.terminated = true;
            session.save();
            self.ended.set(true);
        }
        let Some(body) = self.outbox.borrow().closing() else { return };
        let header = self.last_header.borrow().clone().or_else(|| self.setup.credentials.known());
        let recorder = Rc::clone(self);
        // Polled at once, in this very task: the request is made before the page goes.
        spawn_local(async move {
            // The answer, if the page lives to see it, settles the outbox like any other.
            let endpoint = &recorder.setup.endpoint;
            if let Ok(reply) = lrs::post_statements(endpoint, header.as_deref(), &body.0, true).await {
                if answer(reply.status) == Answer::Stored {
                    let sent = recorder.outbox.borrow().first(body.1);
                    recorder.outbox.borrow_mut().settle(&sent);
                    recorder.save();
                }
            }
        });
    }

    /// Stamps `statement`, queues and keeps it, and announces it on the root.
    fn record(self: &Rc<Self>, statement: Value, article: Option<&str>) {
        if self.ended.get() {
            return;
        }
        let id = super::uuid::new();
        let timestamp = js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default();
        let statement = stamp(statement, &id, &timestamp);
        let dropped = self.outbox.borrow_mut().push(&statement);
        if dropped > 0 {
            warn(&format!("{dropped} statement(s) the LRS never got were dropped: the outbox is full"));
        }
        self.save();
        let verb = statement.pointer("/verb/display/en-US").cloned().unwrap_or(Value::Null);
        let object = statement.pointer("/object/id").cloned().unwrap_or(Value::Null);
        let detail = json!({ "id": id, "verb": verb, "object": object, "article": article });
        let detail = js_sys::JSON::parse(&detail.to_string()).unwrap_or(JsValue::NULL);
        announce(&self.root, self.embed_origin.as_deref(), "digest:statement", &detail);
        self.flush_soon();
    }

    fn save(&self) {
        if !storage::set(&self.key, &self.outbox.borrow().to_stored()) {
            self.say_once(
                "storage",
                "the statements for the LRS cannot be kept across reloads (storage is full or off)",
            );
        }
    }

    fn flush_soon(self: &Rc<Self>) {
        let recorder = Rc::clone(self);
        spawn_local(async move {
            sleep(1_000).await;
            recorder.flush().await;
        });
    }

    /// Sends batches until the outbox is empty, the browser is offline, or the LRS keeps failing
    /// (then it tries again after a backoff).
    async fn flush(self: Rc<Self>) {
        if self.sending.replace(true) {
            return;
        }
        let url = &self.setup.endpoint;
        loop {
            let Some((body, count)) = self.outbox.borrow().batch() else { break };
            if !window().navigator().on_line() {
                break;
            }
            let sent = self.outbox.borrow().first(count);
            let header = match self.setup.credentials.header().await {
                Ok(header) => {
                    self.last_header.replace(header.clone());
                    header
                }
                Err(why) => {
                    self.say_once(&why, &format!("no credentials for the LRS: {why}"));
                    self.wait().await;
                    continue;
                }
            };
            match lrs::post_statements(url, header.as_deref(), &body, false).await {
                Ok(reply) => match answer(reply.status) {
                    Answer::Stored => {
                        self.failures.set(0);
                        self.outbox.borrow_mut().settle(&sent);
                        self.save();
                    }
                    Answer::Refused => {
                        let said = reply.text.chars().take(300).collect::<String>();
                        self.say_once(
                            &format!("refused {}", reply.status),
                            &format!(
                                "the LRS at {url} refused {count} statement(s), which are not sent again: {} {said}",
                                reply.status
                            ),
                        );
                        self.outbox.borrow_mut().settle(&sent);
                        self.save();
                    }
                    Answer::Retry => {
                        let why =
                            format!("the LRS at {url} answered {}: statements are kept and sent again", reply.status);
                        self.say_once(&format!("status {}", reply.status), &why);
                        self.wait().await;
                    }
                },
                Err(error) => {
                    let why =
                        format!("the LRS at {url} could not be reached ({error}): statements are kept and sent again");
                    self.say_once("network", &why);
                    self.wait().await;
                }
            }
        }
        self.sending.set(false);
    }

    async fn wait(&self) {
        let failures = self.failures.get() + 1;
        self.failures.set(failures);
        sleep(backoff_ms(failures)).await;
    }

    fn say_once(&self, kind: &str, message: &str) {
        if self.said.borrow_mut().insert(kind.to_owned()) {
            warn(message);
        }
    }

    /// `slug` as an Activity: its canonical address, title, category and tags.
    async fn activity(&self, slug: &str) -> Result<ArticleActivity, String> {
        let page = self.api.article(slug).await.map_err(|e| e.to_string())?;
        let site = self.api.site().await.map_err(|e| e.to_string())?;
        let origin = window().location().origin().unwrap_or_default();
        let address = |path: String| match &site.url {
            Some(url) => {
                format!("{}{}", url.trim_end_matches('/'), path.strip_prefix(self.paths.base()).unwrap_or(&path))
            }
            None => format!("{origin}{path}"),
        };
        let article = page.article;
        let category = site.categories.iter().find(|c| c.slug == article.category);
        Ok(ArticleActivity {
            id: address(self.paths.article(slug)),
            lang: article.lang.clone().or(site.locale.clone()).unwrap_or_else(|| "en".to_owned()),
            category: category.map(|c| (address(self.paths.category(&c.slug)), c.name.clone())),
            tags: article.tags,
            site: address(self.paths.home()),
            title: article.title,
        })
    }
}

/// The article a route shows, if it shows one.
fn slug_of(route: &str) -> Option<String> {
    let path = route.split(['?', '#']).next()?;
    let slug = path.strip_prefix("/articles/")?;
    (!slug.is_empty() && !slug.contains('/')).then(|| slug.to_owned())
}

fn text(detail: &Value, name: &str) -> String {
    detail.get(name).and_then(Value::as_str).unwrap_or_default().to_owned()
}

fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("digest learning records: {message}")));
}

/// Reports what stops learning records, clearly: the reader's page goes on.
pub fn refuse(message: &str) {
    web_sys::console::error_1(&JsValue::from_str(&format!("digest learning records are off: {message}")));
}
