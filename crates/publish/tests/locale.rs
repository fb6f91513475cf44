//! A site in another locale: the golden fixture with site.json's `locale` set to Arabic, a label of
//! its own, and one article marked as English. Its pages are read with an HTML5 parser and its feeds
//! with an XML parser and serde_json, as the clients that read them would.

// Helpers outside #[test] functions: a failed setup step here is a failed test.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

mod support;

use digest_publish::{run, Target};
use scraper::{Html, Selector};
use serde_json::Value;
use std::fs;
use std::path::Path;
use support::{files, fixture_dist};

fn arabic_site() -> tempfile::TempDir {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content");
    let scratch = tempfile::tempdir().unwrap();
    let root = scratch.path();
    let content = root.join("content");
    fs::create_dir_all(content.join("articles")).unwrap();
    let mut site: Value = serde_json::from_str(&fs::read_to_string(fixtures.join("site.json")).unwrap()).unwrap();
    site["locale"] = "ar".into();
    site["labels"] = serde_json::json!({ "back_to_latest": "إلى أحدث ما نشرناه" });
    fs::write(content.join("site.json"), site.to_string()).unwrap();
    for name in ["first", "second", "third"] {
        let mut article: Value =
            serde_json::from_str(&fs::read_to_string(fixtures.join(format!("articles/{name}.json"))).unwrap()).unwrap();
        if name == "first" {
            article["lang"] = "en".into();
        }
        fs::write(content.join(format!("articles/{name}.json")), article.to_string()).unwrap();
    }
    let dist = root.join("dist");
    fixture_dist(&dist);
    run(&content, Target::Site { dist: &dist, site_url: None, offline: false, template: None }, None).unwrap();
    scratch
}

fn page(dist: &Path, file: &str) -> Html {
    let html = Html::parse_document(&fs::read_to_string(dist.join(file)).unwrap());
    assert!(html.errors.is_empty(), "{file}: {:?}", html.errors);
    html
}

fn texts(html: &Html, selector: &str) -> Vec<String> {
    let selector = Selector::parse(selector).unwrap();
    html.select(&selector).map(|e| e.text().collect::<String>().trim().to_owned()).collect()
}

fn attr(html: &Html, selector: &str, name: &str) -> Option<String> {
    let selector = Selector::parse(selector).unwrap();
    html.select(&selector).next().and_then(|e| e.value().attr(name)).map(str::to_owned)
}

#[test]
fn pages_feeds_and_texts_speak_the_sites_locale() {
    let site = arabic_site();
    let dist = site.path().join("dist");
    for file in files(&dist).iter().filter(|f| f.extension().is_some_and(|e| e == "html")) {
        page(&dist, file.strip_prefix(&dist).unwrap().to_str().unwrap());
    }

    let article = page(&dist, "articles/first.html");
    assert_eq!(attr(&article, "html", "lang").as_deref(), Some("ar"));
    assert_eq!(attr(&article, "html", "dir").as_deref(), Some("rtl"));
    assert_eq!(attr(&article, "#digest", "data-locale").as_deref(), Some("ar"));
    // The site has texts of its own: the app must load them (an English site without any need not).
    assert_eq!(attr(&article, "#digest", "data-site-labels"), None);
    assert_eq!(texts(&article, "main h2")[..2], ["لماذا يهم هذا", "كيف تطبّق هذا في مجالك"]);
    assert_eq!(texts(&article, ".digest-article__meta time"), ["20 نوفمبر 2026"]);
    assert_eq!(texts(&article, ".digest-source__link"), ["عرض على X"]);
    // The article is in English: its element says so, and the interface's words inside say theirs.
    assert_eq!(attr(&article, "article.digest-article", "lang").as_deref(), Some("en"));
    assert_eq!(attr(&article, "#digest-why-heading", "lang").as_deref(), Some("ar"));
    assert_eq!(attr(&article, ".digest-steps .digest-section-head", "lang").as_deref(), Some("ar"));
    assert_eq!(attr(&article, ".digest-article__summary", "lang"), None);

    let not_found = page(&dist, "404.html");
    assert_eq!(texts(&not_found, "h1"), ["الصفحة غير موجودة"]);
    // The site's own words win over ours.
    assert_eq!(texts(&not_found, "main .digest-button"), ["إلى أحدث ما نشرناه"]);

    let feed = page(&dist, "index.html");
    assert_eq!(texts(&feed, ".digest-pagination__status"), ["الصفحة 1 من 2"]);
    assert_eq!(texts(&feed, ".digest-card__title[lang=en]").len(), 1, "the English article's card says so");

    let rss = fs::read_to_string(dist.join("feed.xml")).unwrap();
    let rss = roxmltree::Document::parse(&rss).unwrap();
    let language = rss.descendants().find(|n| n.has_tag_name("language")).and_then(|n| n.text());
    assert_eq!(language, Some("ar"));
    let xml_lang = ("http://www.w3.org/XML/1998/namespace", "lang");
    let item_langs: Vec<Option<&str>> =
        rss.descendants().filter(|n| n.has_tag_name("item")).map(|n| n.attribute(xml_lang)).collect();
    assert!(item_langs.contains(&Some("en")), "{item_langs:?}");

    let json: Value = serde_json::from_str(&fs::read_to_string(dist.join("feed.json")).unwrap()).unwrap();
    assert_eq!(json["language"], "ar");
    let first = json["items"].as_array().unwrap().iter().find(|i| i["url"].as_str().unwrap().ends_with("/first"));
    assert_eq!(first.unwrap()["language"], "en");

    let table: Value = serde_json::from_str(&fs::read_to_string(dist.join("data/locales/de.json")).unwrap()).unwrap();
    assert_eq!(table["share"], "Teilen");
    assert_eq!(table["back_to_latest"], "إلى أحدث ما نشرناه", "the site's labels hold in every locale");
}
