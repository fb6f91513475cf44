//! Components mounted in headless Chromium (wasm-bindgen-test), asserted on the real DOM and on
//! localStorage. Run by `make test-browser`.

// Test helpers outside #[test] functions: a failed lookup here is a failed test, which is the point.
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

use digest_model::{ArticlePage, Paths, Site};
use digest_ui::components::{ArticleView, Promo, SaveButton, SavedLink, ShareButton, Steps, Takeaways};
use digest_ui::host_events::{HostEvent, HostEvents};
use digest_ui::later::LaterGate;
use digest_ui::saved_store::{self, SavedStore};
use digest_ui::share::ShareBase;
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `view` into a fresh element, with the context pages provide, and returns the element. The
/// mount handle is kept alive for the rest of the test run.
fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> HtmlElement {
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = mount_to(host.clone(), move || {
        provide_context(Paths::new(""));
        view()
    });
    std::mem::forget(handle);
    host
}

fn find(root: &HtmlElement, selector: &str) -> HtmlElement {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).unchecked_into()
}

fn all(root: &HtmlElement, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length()).filter_map(|i| list.get(i)).map(|n| n.unchecked_into()).collect()
}

fn text(root: &HtmlElement, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn stored(key: &str) -> Option<String> {
    window().local_storage().unwrap().unwrap().get_item(key).unwrap()
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn button(root: &HtmlElement, label: &str) -> HtmlElement {
    all(root, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button {label:?}"))
}

#[wasm_bindgen_test]
async fn ticking_steps_shows_progress_and_persists_across_reloads() {
    window().local_storage().unwrap().unwrap().remove_item("digest:steps:ticks").unwrap();
    let steps = strings(&["Collect examples", "Write criteria", "Score them"]);
    let first = mount({
        let steps = steps.clone();
        move || view! { <Steps slug="ticks" steps /> }
    });
    assert_eq!(all(&first, "ol.digest-steps__list > li").len(), 3);
    assert_eq!(text(&first, ".digest-steps__label"), "0 of 3 done");

    find(&first, "li:nth-child(2) input").click();
    tick().await;
    assert_eq!(text(&first, ".digest-steps__label"), "1 of 3 done");
    assert_eq!(stored("digest:steps:ticks").as_deref(), Some("[1]"));

    // A second mount reads what the first stored, as a reload would, once its effects have run.
    let reloaded = mount(move || view! { <Steps slug="ticks" steps /> });
    tick().await;
    let boxes: Vec<bool> =
        all(&reloaded, "input").into_iter().map(|i| i.unchecked_into::<HtmlInputElement>().checked()).collect();
    assert_eq!(boxes, [false, true, false]);
    assert_eq!(text(&reloaded, ".digest-steps__label"), "1 of 3 done");

    button(&reloaded, "Reset").click();
    tick().await;
    assert_eq!(text(&reloaded, ".digest-steps__label"), "0 of 3 done");
    assert_eq!(stored("digest:steps:ticks"), None);
}

#[wasm_bindgen_test]
async fn ticking_and_resetting_steps_tells_the_host_how_many_are_done() {
    window().local_storage().unwrap().unwrap().remove_item("digest:steps:told").unwrap();
    let heard = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let root = mount({
        let heard = heard.clone();
        move || {
            HostEvents::provide(move |event| heard.borrow_mut().push(event.clone()));
            view! { <Steps slug="told" steps=strings(&["One", "Two", "Three"]) /> }
        }
    });
    tick().await;
    find(&root, "li:nth-child(3) input").click();
    find(&root, "li:nth-child(1) input").click();
    find(&root, "li:nth-child(3) input").click();
    tick().await;
    button(&root, "Reset").click();
    tick().await;
    let step = |done| HostEvent::Step { article: "told".into(), done, total: 3 };
    assert_eq!(heard.borrow().as_slice(), [step(1), step(2), step(1), step(0)]);
}

#[wasm_bindgen_test]
async fn corrupted_stored_ticks_read_as_none() {
    let storage = window().local_storage().unwrap().unwrap();
    storage.set_item("digest:steps:corrupt", "{not json").unwrap();
    let root = mount(|| view! { <Steps slug="corrupt" steps=strings(&["One", "Two"]) /> });
    tick().await;
    assert_eq!(text(&root, ".digest-steps__label"), "0 of 2 done");
    assert_eq!(
        text(&root, ".digest-steps__notice"),
        "Your saved ticks for this article could not be read, so they were reset."
    );
    tick().await;
    // The unreadable value is cleared; other keys are left alone.
    assert_eq!(stored("digest:steps:corrupt"), None);
}

/// Runs `script` in the page: to break browser APIs the way private modes and full disks do, or to
/// stand in for ones headless Chromium lacks.
fn run_js(script: &str) {
    js_sys::Function::new_no_args(script).call0(&wasm_bindgen::JsValue::NULL).unwrap();
}

#[wasm_bindgen_test]
async fn full_or_blocked_storage_is_reported_not_fatal() {
    window().local_storage().unwrap().unwrap().set_item("host-key", "kept").unwrap();
    run_js("window.__setItem = Storage.prototype.setItem; Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };");
    let root = mount(|| view! { <Steps slug="full" steps=strings(&["One", "Two"]) /> });
    tick().await;
    find(&root, "input").click();
    tick().await;
    run_js("Storage.prototype.setItem = window.__setItem;");
    assert_eq!(text(&root, ".digest-steps__label"), "1 of 2 done");
    assert!(text(&root, ".digest-steps__notice").starts_with("Your browser is not saving ticks"));
    assert_eq!(stored("host-key").as_deref(), Some("kept"));
}

#[wasm_bindgen_test]
async fn unreadable_storage_reads_as_nothing_stored() {
    run_js("window.__getItem = Storage.prototype.getItem; Storage.prototype.getItem = () => { throw new DOMException('denied', 'SecurityError'); };");
    let root = mount(|| view! { <Steps slug="blocked" steps=strings(&["One"]) /> });
    tick().await;
    run_js("Storage.prototype.getItem = window.__getItem;");
    assert_eq!(text(&root, ".digest-steps__label"), "0 of 1 done");
}

#[wasm_bindgen_test]
fn the_crash_notice_offers_a_reload_that_needs_no_wasm() {
    digest::crash::show_notice();
    let notice = document().query_selector(".digest-crash").unwrap().unwrap();
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    assert!(notice.text_content().unwrap_or_default().starts_with("Something went wrong"));
    let link = notice.query_selector("a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href"), window().location().href().ok());
    assert_eq!(link.text_content().as_deref(), Some("Reload"));
}

/// Replaces `navigator.clipboard` with a stub that records what is written to `window.__copied`.
fn stub_clipboard() {
    js_sys::Function::new_no_args(
        "Object.defineProperty(navigator, 'clipboard', { configurable: true, value: {
            writeText: (text) => { window.__copied = text; return Promise.resolve(); } } });",
    )
    .call0(&wasm_bindgen::JsValue::NULL)
    .unwrap();
}

async fn settle() {
    // The copy resolves a promise, then updates a signal, then the DOM.
    for _ in 0..5 {
        tick().await;
    }
}

#[wasm_bindgen_test]
async fn takeaways_copy_as_a_plain_text_list_and_confirm() {
    stub_clipboard();
    let root = mount(|| view! { <Takeaways items=strings(&["First point", "Second point"]) /> });
    button(&root, "Copy all").click();
    settle().await;
    let copied = js_sys::Reflect::get(&window(), &"__copied".into()).unwrap().as_string();
    assert_eq!(copied.as_deref(), Some("- First point\n- Second point"));
    assert_eq!(text(&root, "[role=status]"), "Copied 2 takeaways to the clipboard.");
}

#[wasm_bindgen_test]
async fn a_refused_copy_says_so() {
    js_sys::Function::new_no_args(
        "Object.defineProperty(navigator, 'clipboard', { configurable: true, value: {
            writeText: () => Promise.reject(new Error('denied')) } });",
    )
    .call0(&wasm_bindgen::JsValue::NULL)
    .unwrap();
    let root = mount(|| view! { <Takeaways items=strings(&["Only point"]) /> });
    button(&root, "Copy all").click();
    settle().await;
    assert!(text(&root, "[role=status]").starts_with("Your browser did not allow copying"));
}

fn share_button() -> HtmlElement {
    mount(|| {
        view! { <ShareButton slug="agents-undo".to_owned() title="Agents need undo".to_owned() summary="Why & how".to_owned() /> }
    })
}

fn global(name: &str) -> wasm_bindgen::JsValue {
    js_sys::Reflect::get(&window(), &name.into()).unwrap()
}

#[wasm_bindgen_test]
async fn share_opens_the_share_sheet_with_the_title_summary_and_link() {
    run_js(
        "window.__shared = null; window.__copied = null;
         Object.defineProperty(navigator, 'share', { configurable: true,
             value: (data) => { window.__shared = data; return Promise.resolve(); } });",
    );
    stub_clipboard();
    run_js("window.__copied = null;");
    let root = share_button();
    button(&root, "Share").click();
    settle().await;
    let shared = global("__shared");
    let field = |name: &str| js_sys::Reflect::get(&shared, &name.into()).unwrap().as_string();
    let origin = window().location().origin().unwrap();
    assert_eq!(field("title").as_deref(), Some("Agents need undo"));
    assert_eq!(field("text").as_deref(), Some("Why & how"));
    assert_eq!(field("url"), Some(format!("{origin}/articles/agents-undo")));
    assert!(global("__copied").is_null(), "copied as well as shared");
    assert_eq!(text(&root, "[role=status]"), "");
}

#[wasm_bindgen_test]
async fn closing_the_share_sheet_is_not_an_error_and_copies_nothing() {
    run_js(
        "Object.defineProperty(navigator, 'share', { configurable: true,
             value: () => Promise.reject(new DOMException('closed', 'AbortError')) });",
    );
    stub_clipboard();
    run_js("window.__copied = null;");
    let root = share_button();
    button(&root, "Share").click();
    settle().await;
    assert!(global("__copied").is_null());
    assert_eq!(text(&root, "[role=status]"), "");
}

#[wasm_bindgen_test]
async fn without_a_share_sheet_the_link_is_copied_or_shown() {
    run_js("Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });");
    stub_clipboard();
    let root = share_button();
    button(&root, "Share").click();
    settle().await;
    let origin = window().location().origin().unwrap();
    assert_eq!(global("__copied").as_string(), Some(format!("{origin}/articles/agents-undo")));
    assert_eq!(text(&root, "[role=status]"), "Link copied to the clipboard.");

    run_js(
        "Object.defineProperty(navigator, 'clipboard', { configurable: true, value: {
            writeText: () => Promise.reject(new Error('denied')) } });",
    );
    let refused = share_button();
    button(&refused, "Share").click();
    settle().await;
    let said = text(&refused, "[role=status]");
    assert!(said.ends_with(&format!("The link is {origin}/articles/agents-undo")), "{said}");
}

#[wasm_bindgen_test]
async fn long_takeaway_lists_collapse_behind_show_all() {
    let items: Vec<String> = (1..=7).map(|i| format!("Point {i}")).collect();
    let root = mount(move || view! { <Takeaways items /> });
    let hidden = |root: &HtmlElement| all(root, "li").iter().filter(|li| li.hidden()).count();
    assert_eq!(hidden(&root), 2);
    let toggle = button(&root, "Show all 7");
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("false"));
    toggle.click();
    tick().await;
    assert_eq!(hidden(&root), 0);
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(toggle.text_content().unwrap_or_default(), "Show fewer");
}

fn promo(heading: &str) -> digest_model::Promo {
    digest_model::Promo {
        heading: heading.into(),
        text: "Hands-on courses.".into(),
        cta: "Explore courses".into(),
        url: "/courses".into(),
    }
}

#[wasm_bindgen_test]
async fn the_promo_can_be_dismissed_and_stays_dismissed_until_it_changes() {
    window().local_storage().unwrap().unwrap().remove_item("digest:promo-dismissed").unwrap();
    let root = mount(|| view! { <Promo promo=promo("Want to go deeper?") article="a" category="tools" /> });
    let aside = find(&root, "aside.digest-promo");
    assert!(!aside.hidden());
    assert_eq!(find(&root, "a").get_attribute("href").as_deref(), Some("/courses"));
    find(&root, "button[aria-label='Dismiss the courses suggestion']").click();
    tick().await;
    assert!(aside.hidden());

    let again = mount(|| view! { <Promo promo=promo("Want to go deeper?") article="a" category="tools" /> });
    let changed = mount(|| view! { <Promo promo=promo("New: agents course") article="a" category="tools" /> });
    tick().await;
    assert!(find(&again, "aside").hidden());
    assert!(!find(&changed, "aside").hidden());
}

#[wasm_bindgen_test]
async fn the_hosts_courses_url_wins_over_the_promos() {
    let root = mount(|| {
        view! { <Promo promo=promo("Host override") url_override=Some("https://learn.example/courses".to_owned()) article="a" category="tools" /> }
    });
    assert_eq!(find(&root, "a").get_attribute("href").as_deref(), Some("https://learn.example/courses"));
}

#[wasm_bindgen_test]
async fn following_the_promo_tells_the_host_and_a_framed_one_links_to_the_host() {
    let heard = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let root = mount({
        let heard = heard.clone();
        move || {
            HostEvents::provide(move |event| heard.borrow_mut().push(event.clone()));
            provide_context(ShareBase::HostPage("https://learn.example/embed/?digest=/".to_owned()));
            view! { <Promo promo=promo("Agents") article="agents-need-undo" category="tools" /> }
        }
    });
    let link = find(&root, "a");
    assert_eq!(link.get_attribute("href").as_deref(), Some("https://learn.example/courses"));
    let stay = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| event.prevent_default());
    link.add_event_listener_with_callback("click", stay.as_ref().unchecked_ref()).unwrap();
    link.click();
    tick().await;
    assert_eq!(
        heard.borrow().as_slice(),
        [HostEvent::Promo {
            url: "https://learn.example/courses".into(),
            article: "agents-need-undo".into(),
            category: "tools".into(),
        }]
    );
}

fn site() -> Site {
    digest_model::decode(
        r#"{"version":1,"title":"AI News & Tools","description":"d","categories":[{"slug":"tools","name":"Tools & Workflows"}],
            "promo":{"heading":"Want to go deeper?","text":"t","cta":"Explore courses","url":"/courses"}}"#,
    )
    .unwrap()
}

fn article_page(json_overrides: &str) -> ArticlePage {
    let text = format!(
        r#"{{"reading_minutes":3,"related":[],"article":{{"slug":"sample","title":"Sample title","category":"tools",
            "published":"2026-11-20T09:30:00Z","summary":"Summary text.","why_it_matters":"Because.",
            "source":{{"author":"@someone","platform":"x","quote":"<script>alert(1)</script> quoted","url":"https://x.com/someone/status/1"}}
            {json_overrides}}}}}"#
    );
    digest_model::decode(&text).unwrap()
}

#[wasm_bindgen_test]
async fn empty_sections_are_not_rendered() {
    let page = article_page(r#","steps":[],"who_benefits":[],"takeaways":[]"#);
    let root = mount(move || view! { <ArticleView page site=site() /> });
    let headings: Vec<String> = all(&root, "h2").iter().map(|h| h.text_content().unwrap_or_default()).collect();
    assert_eq!(headings, ["Why it matters", "The original post", "Want to go deeper?"]);
    assert!(root.query_selector(".digest-steps, .digest-takeaways, .digest-related").unwrap().is_none());
}

// While the app starts behind a pre-rendered page, an article's lower parts are built in later tasks
// (digest_ui::later): nothing of them before the app says so, then all of it, in place, once.
#[wasm_bindgen_test]
async fn the_lower_parts_of_an_article_come_when_the_app_allows_them() {
    let page = article_page(r#","steps":["Ship it"],"who_benefits":["Writers"],"takeaways":["One"]"#);
    let allow = RwSignal::new(false);
    let asked = RwSignal::new(0);
    let root = mount(move || {
        provide_context(LaterGate(Callback::new(move |()| {
            asked.update(|n| *n += 1);
            allow.into()
        })));
        view! { <ArticleView page site=site() /> }
    });
    let headings = || all(&root, "h2").iter().map(|h| h.text_content().unwrap_or_default()).collect::<Vec<_>>();
    assert_eq!(headings(), ["Why it matters"]);
    assert_eq!(asked.get_untracked(), 2);
    allow.set(true);
    tick().await;
    assert_eq!(
        headings(),
        [
            "Why it matters",
            "How to implement this in your domain",
            "Who benefits",
            "Key takeaways",
            "The original post",
            "Want to go deeper?"
        ]
    );
    assert_eq!(all(&root, ".digest-steps li").len(), 1);
    // The promo follows the article, not inside it.
    assert!(root.query_selector(".digest-article .digest-promo").unwrap().is_none());
    allow.set(true);
    tick().await;
    assert_eq!(all(&root, ".digest-takeaways").len(), 1);
}

#[wasm_bindgen_test]
async fn a_full_article_renders_every_section_as_real_lists_and_text() {
    let page =
        article_page(r#","steps":["Support the team","Ship it"],"who_benefits":["Writers"],"takeaways":["One"]"#);
    let root = mount(move || view! { <ArticleView page site=site() /> });
    assert_eq!(text(&root, "h1"), "Sample title");
    // Step numbers come from the ordered list, never glued to the text ("1Support ...").
    let steps: Vec<String> = all(&root, "ol > li").iter().map(|li| li.text_content().unwrap_or_default()).collect();
    assert_eq!(steps, ["Support the team", "Ship it"]);
    assert_eq!(text(&root, "#digest-who-heading"), "Who benefits");
    assert_eq!(find(&root, "time").get_attribute("datetime").as_deref(), Some("2026-11-20T09:30:00Z"));
    assert_eq!(text(&root, ".digest-article__category"), "Tools & Workflows");
    assert_eq!(find(&root, ".digest-article__category").get_attribute("href").as_deref(), Some("/categories/tools"));
    // Markup in content is text: no script element appears.
    assert!(root.query_selector("script").unwrap().is_none());
    assert_eq!(text(&root, "blockquote p"), "<script>alert(1)</script> quoted");
    assert_eq!(find(&root, "blockquote").get_attribute("cite").as_deref(), Some("https://x.com/someone/status/1"));
    assert_eq!(text(&root, ".digest-source__link"), "View on X");
    assert_eq!(text(&root, ".digest-source__author"), "@someone");
}

fn card(slug: &str) -> digest_model::ArticleSummary {
    digest_model::decode(&format!(
        r#"{{"slug":"{slug}","title":"Title {slug}","category":"tools","published":"2026-11-20T09:30:00Z",
            "summary":"Summary.","reading_minutes":2}}"#
    ))
    .unwrap()
}

/// Save buttons for `slugs` and the header's link, sharing one store read from storage, as the app
/// mounts them; a second call reads what the first stored, as a reload would.
fn saved_page(slugs: &[&str]) -> (HtmlElement, SavedStore) {
    let cards: Vec<_> = slugs.iter().map(|slug| card(slug)).collect();
    let store = std::rc::Rc::new(std::cell::Cell::new(None));
    let root = mount({
        let store = store.clone();
        move || {
            let saved = SavedStore::load();
            store.set(Some(saved));
            provide_context(saved);
            view! {
                <SavedLink />
                {cards.into_iter().map(|article| view! { <SaveButton article /> }).collect_view()}
            }
        }
    });
    (root, store.get().unwrap())
}

fn pressed(root: &HtmlElement) -> Vec<(String, String)> {
    all(root, ".digest-save")
        .iter()
        .map(|b| (b.get_attribute("aria-pressed").unwrap_or_default(), b.text_content().unwrap_or_default()))
        .collect()
}

fn clear_saved() {
    let storage = window().local_storage().unwrap().unwrap();
    let keys: Vec<String> = (0..storage.length().unwrap()).filter_map(|i| storage.key(i).unwrap()).collect();
    for key in keys.into_iter().filter(|k| k.starts_with("digest:saved:")) {
        storage.remove_item(&key).unwrap();
    }
}

fn saved_at(slug: &str) -> Option<f64> {
    let value: serde_json::Value = serde_json::from_str(&stored(&format!("digest:saved:{slug}"))?).unwrap();
    value[0].as_f64()
}

#[wasm_bindgen_test]
async fn saving_is_a_toggle_that_is_counted_stored_and_read_back() {
    clear_saved();
    let (root, _) = saved_page(&["a", "b"]);
    let unpressed = || ("false".to_owned(), "☆ Save".to_owned());
    assert_eq!(pressed(&root), [unpressed(), unpressed()]);
    assert!(root.query_selector(".digest-header__count").unwrap().is_none(), "a count of nothing");

    all(&root, ".digest-save")[1].click();
    all(&root, ".digest-save")[0].click();
    tick().await;
    let saved = || ("true".to_owned(), "★ Saved".to_owned());
    assert_eq!(pressed(&root), [saved(), saved()]);
    assert_eq!(text(&root, ".digest-header__count"), "2");
    assert_eq!(text(&root, ".digest-header__saved"), "★Saved: 2");
    assert!(saved_at("a").unwrap() >= saved_at("b").unwrap(), "a was saved last");

    let (reloaded, store) = saved_page(&["a", "b"]);
    assert_eq!(pressed(&reloaded), [saved(), saved()]);
    let order: Vec<String> = store.snapshot().items().iter().map(|i| i.article.slug.clone()).collect();
    assert_eq!(order, ["a", "b"], "most recently saved first");
    all(&reloaded, ".digest-save")[0].click();
    tick().await;
    assert_eq!(pressed(&reloaded), [unpressed(), saved()]);
    assert_eq!(text(&reloaded, ".digest-header__count"), "1");
    assert_eq!(stored("digest:saved:a"), None);
}

#[wasm_bindgen_test]
async fn unreadable_saved_entries_are_dropped_said_and_the_rest_kept() {
    clear_saved();
    let storage = window().local_storage().unwrap().unwrap();
    let good = r#"[1,{"slug":"good","title":"T","category":"tools","published":"2026-11-20T09:30:00Z","summary":"S","reading_minutes":1}]"#;
    storage.set_item("digest:saved:good", good).unwrap();
    storage.set_item("digest:saved:javascript:alert(1)", r#"[1,{"slug":"javascript:alert(1)"}]"#).unwrap();
    storage.set_item("digest:saved:x", "{not json").unwrap();
    let (root, store) = saved_page(&["good"]);
    assert_eq!(pressed(&root)[0].0, "true");
    assert_eq!(store.problem(), Some(saved_store::UNREADABLE));
    assert_eq!(store.count(), 1);
    // What could not be read is removed; the rest stays as it was.
    assert_eq!(stored("digest:saved:x"), None);
    assert_eq!(stored("digest:saved:good").as_deref(), Some(good));
}

#[wasm_bindgen_test]
async fn saving_into_full_storage_says_so_and_keeps_the_article_for_this_visit() {
    clear_saved();
    let (root, store) = saved_page(&["full"]);
    run_js("window.__setItem = Storage.prototype.setItem; Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };");
    find(&root, ".digest-save").click();
    tick().await;
    run_js("Storage.prototype.setItem = window.__setItem;");
    assert_eq!(pressed(&root)[0].0, "true");
    assert_eq!(store.problem(), Some(saved_store::NOT_STORED));
    assert_eq!(stored("digest:saved:full"), None);
}
