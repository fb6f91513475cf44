//! Whole content folders, generated: random mixes of valid and broken articles whose text is random
//! Unicode (control characters, direction overrides, emoji, right-to-left scripts, combining marks,
//! markup, lone surrogates; 0 to 100,000 characters), and random site files. `publish` never panics:
//! it refuses with problems that each name a file of the folder, or it writes output in which every
//! XML file parses with an XML parser, every JSON file with serde_json, and every HTML file with an
//! HTML5 parser, without a parse error; and no `<script>` holds our content except the JSON-LD, which
//! is JSON. 256 cases per run; longer: `PROPTEST_CASES=5000 cargo test -p digest-core --release --test
//! publish_well_formed`.

// Helpers outside #[test] functions: a failed setup step here is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

mod support;

use digest_publish::{run, Target};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::fs;
use std::path::Path;
use support::{files, fixture_dist};

/// Stands for an escaped lone surrogate, which a Rust string cannot hold: swapped in after the JSON
/// text is made.
const LONE_SURROGATE: char = '\u{E000}';

/// A random character: anything a hostile author might paste. `forbidden` adds what cannot be
/// published (control characters, noncharacters, lone surrogates).
fn character(forbidden: bool) -> BoxedStrategy<char> {
    let publishable = prop_oneof![
        12 => prop::char::range(' ', '~'),
        3 => prop::sample::select(vec!['<', '>', '&', '"', '\'', '/', ']', '-', '!']),
        2 => prop::sample::select(vec!['😀', '👩', '\u{200D}', '💻', '✨', '🇫', '🇷']),
        2 => prop::char::range('\u{0600}', '\u{06FF}'),
        1 => prop::char::range('\u{05D0}', '\u{05EA}'),
        2 => prop::char::range('\u{0300}', '\u{036F}'),
        2 => prop::sample::select(vec!['\u{202A}', '\u{202B}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2069}', '\u{200B}', '\u{200F}', '\u{FEFF}']),
        2 => prop::sample::select(vec!['\t', '\n', '\r', '\u{0B}', '\u{0C}', '\u{85}', '\u{2028}', '\u{2029}']),
        1 => prop::char::range('\u{4E00}', '\u{4FFF}'),
    ];
    if forbidden {
        prop_oneof![
            10 => publishable,
            1 => prop::sample::select(vec!['\u{0}', '\u{1}', '\u{8}', '\u{1B}', '\u{1F}', '\u{7F}', '\u{80}', '\u{9F}', '\u{FFFE}', '\u{FFFF}', '\u{FDD0}', LONE_SURROGATE]),
        ]
        .boxed()
    } else {
        publishable.boxed()
    }
}

/// Text of 0 to 100,000 characters: a random piece, repeated (long texts are rare and cheap).
fn long_text(forbidden: bool) -> BoxedStrategy<String> {
    prop_oneof![
        20 => prop::collection::vec(character(forbidden), 0..40).prop_map(|c| c.into_iter().collect::<String>()),
        1 => (prop::collection::vec(character(forbidden), 1..20), 1usize..20_000).prop_map(|(c, n)| {
            c.into_iter().collect::<String>().repeat(n).chars().take(100_000).collect()
        }),
    ]
    .boxed()
}

/// A text field. In a `clean` folder it is hostile but publishable (within every limit, not blank);
/// otherwise anything at all.
fn field(clean: bool) -> BoxedStrategy<String> {
    let publishable = ("[A-Za-z]", prop::collection::vec(character(false), 0..60))
        .prop_map(|(first, rest)| first + &rest.into_iter().collect::<String>());
    if clean {
        publishable.boxed()
    } else {
        prop_oneof![3 => publishable, 2 => long_text(true)].boxed()
    }
}

fn list(clean: bool) -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(field(clean), 0..4)
}

const CATEGORIES: [&str; 3] = ["news", "tools", "policy-practice"];

fn article(slug: String, clean: bool) -> impl Strategy<Value = Value> {
    (
        (field(clean), prop::sample::select(CATEGORIES.to_vec()), 0u32..28, field(clean), field(clean)),
        (list(clean), list(clean), list(clean)),
        (prop::sample::select(vec!["someone", "@dana_w", "名前"]), prop::sample::select(vec!["x", "linkedin", "blog", "<b>"]), field(clean)),
        prop::collection::vec(prop::sample::select(vec!["evals", "rag", "agents"]), 0..3),
    )
        .prop_map(move |((title, category, day, summary, why), (steps, who, takeaways), (author, platform, quote), tags)| {
            json!({
                "slug": slug,
                "title": title,
                "category": category,
                "published": format!("2026-11-{:02}T09:30:00+01:00", day + 1),
                "summary": summary,
                "why_it_matters": why,
                "steps": steps,
                "who_benefits": who,
                "takeaways": takeaways,
                "source": { "author": author, "platform": platform, "quote": quote, "url": "https://social.example/p/1?q=a&b=<c>" },
                "tags": tags,
            })
        })
}

/// An article file: in a clean folder, valid; otherwise also cut short, mistyped, or not JSON.
fn article_file(slug: String, clean: bool) -> BoxedStrategy<String> {
    let shaped = article(slug, clean).prop_map(|value| value.to_string()).boxed();
    if clean {
        return shaped;
    }
    prop_oneof![
        8 => shaped.clone(),
        1 => shaped.clone().prop_map(|text| text.chars().take(text.chars().count() / 2).collect()),
        1 => shaped.prop_map(|text| text.replace("\"summary\":", "\"summary\":42,\"x\":")),
        1 => long_text(true),
    ]
    .boxed()
}

fn site_file(clean: bool) -> BoxedStrategy<String> {
    let shaped = (field(clean), field(clean), prop::collection::vec(field(clean), 3), 1u32..4, field(clean)).prop_map(
        |(title, description, names, page_size, promo)| {
            let categories: Vec<Value> =
                CATEGORIES.iter().zip(names).map(|(slug, name)| json!({ "slug": slug, "name": name })).collect();
            json!({
                "version": 1,
                "title": title,
                "description": description,
                "page_size": page_size,
                "categories": categories,
                "promo": { "heading": promo, "text": "Courses.", "cta": "Explore", "url": "/courses?a=1&b=2" },
            })
            .to_string()
        },
    );
    if clean {
        shaped.boxed()
    } else {
        prop_oneof![9 => shaped, 1 => long_text(true)].boxed()
    }
}

/// A site file and its articles. Half the folders are clean (hostile text that may be published), so
/// that both ways out, refusal and output, are exercised.
fn folder() -> impl Strategy<Value = (String, Vec<String>)> {
    (any::<bool>(), 1usize..6).prop_flat_map(|(clean, n)| {
        let articles: Vec<_> = (0..n).map(|i| article_file(format!("article-{i}"), clean)).collect();
        (site_file(clean), articles)
    })
}

fn fresh_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("content/articles")).unwrap();
    dir
}

/// The template's own scripts, whose text is not content.
fn template_scripts(template: &str) -> Vec<String> {
    let html = scraper::Html::parse_document(template);
    html.select(&scraper::Selector::parse("script").unwrap()).map(|s| s.text().collect()).collect()
}

fn check_html(path: &Path, text: &str, allowed_scripts: &[String]) -> Result<(), TestCaseError> {
    let html = scraper::Html::parse_document(text);
    prop_assert!(html.errors.is_empty(), "{}: HTML parse errors {:?}", path.display(), html.errors);
    for script in html.select(&scraper::Selector::parse("script").unwrap()) {
        let body: String = script.text().collect();
        if script.value().attr("type") == Some("application/ld+json") {
            prop_assert!(serde_json::from_str::<Value>(&body).is_ok(), "{}: JSON-LD is not JSON", path.display());
        } else {
            prop_assert!(allowed_scripts.contains(&body), "{}: a script holds {body:?}", path.display());
        }
    }
    Ok(())
}

fn check_output(dist: &Path, allowed_scripts: &[String]) -> Result<(), TestCaseError> {
    for path in files(dist) {
        let text = fs::read_to_string(&path);
        prop_assert!(text.is_ok(), "{} is not UTF-8", path.display());
        let text = text.unwrap_or_default();
        match path.extension().and_then(|e| e.to_str()) {
            Some("xml") => {
                let parsed = roxmltree::Document::parse(&text);
                prop_assert!(parsed.is_ok(), "{}: {:?}", path.display(), parsed.err());
            }
            Some("json") => {
                let parsed = serde_json::from_str::<Value>(&text);
                prop_assert!(parsed.is_ok(), "{}: {:?}", path.display(), parsed.err());
            }
            Some("html") => check_html(&path, &text, allowed_scripts)?,
            _ => {}
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn publish_refuses_with_named_files_or_writes_well_formed_output((site, articles) in folder()) {
        let scratch = fresh_dir();
        let dir = scratch.path();
        let content = dir.join("content");
        let dist = dir.join("dist");
        let surrogate = |text: &str| text.replace(LONE_SURROGATE, "\\ud800");
        fs::write(content.join("site.json"), surrogate(&site)).unwrap();
        for (i, text) in articles.iter().enumerate() {
            fs::write(content.join(format!("articles/article-{i}.json")), surrogate(text)).unwrap();
        }
        fixture_dist(&dist);
        let template = fs::read_to_string(dist.join("index.html")).unwrap();

        match run(&content, Target::Site { dist: &dist, site_url: Some("https://digest.example/news"), offline: false, template: None }, None) {
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for problem in &problems {
                    prop_assert!(problem.file.starts_with(&content), "{problem} names no file of the folder");
                    prop_assert!(problem.to_string().contains(&*problem.file.to_string_lossy()));
                }
            }
            Ok(_) => {
                // The template's own scripts: no page holds any other.
                check_output(&dist, &template_scripts(&template))?;
            }
        }
    }
}
