//! Reading a content folder (`site.json` + `articles/*.json`) and checking all of it: every problem
//! in every file, not just the first.

use crate::diagnostics::{Problem, Severity};
use digest_model::validate::{Normalize, Validate};
use digest_model::{decode, Article, Site};
use std::fs;
use std::path::{Path, PathBuf};

/// A content folder that passed every check.
#[derive(Clone, Debug)]
pub struct Content {
    pub site: Site,
    pub articles: Vec<Article>,
    /// What is allowed but probably unintended.
    pub warnings: Vec<Problem>,
}

fn read_and_decode<T: serde::de::DeserializeOwned + Validate + Normalize>(
    file: &Path,
    problems: &mut Vec<Problem>,
) -> Option<(T, String)> {
    let text = match fs::read_to_string(file) {
        Ok(text) => text,
        Err(err) => {
            problems.push(Problem::new(file, "read", format!("cannot read the file: {err}")));
            return None;
        }
    };
    match decode::<T>(&text) {
        Ok(mut value) => {
            value.normalize();
            let issues = value.issues();
            let valid = issues.is_empty();
            problems.extend(issues.into_iter().map(|issue| Problem::from_issue(file, &text, issue)));
            valid.then_some((value, text))
        }
        Err(err) => {
            problems.push(Problem::from_decode(file, err));
            None
        }
    }
}

/// Loads and checks `dir`, reporting every problem in every file rather than stopping at the first.
pub fn load(dir: &Path) -> Result<Content, Vec<Problem>> {
    let mut problems = Vec::new();
    let site_file = dir.join("site.json");
    let site = read_and_decode::<Site>(&site_file, &mut problems).map(|(site, _)| site);

    let articles_dir = dir.join("articles");
    let mut files: Vec<PathBuf> = match fs::read_dir(&articles_dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|ext| ext == "json"))
            .collect(),
        Err(err) => {
            problems.push(Problem::new(&articles_dir, "read", format!("cannot read the articles folder: {err}")));
            Vec::new()
        }
    };
    files.sort();

    let mut articles: Vec<(PathBuf, Article)> = Vec::new();
    for file in files {
        let Some((article, text)) = read_and_decode::<Article>(&file, &mut problems) else { continue };
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        if stem != article.slug {
            problems.push(
                Problem::in_field(
                    &file,
                    "slug",
                    "file-name",
                    format!("{:?} does not match the file name", article.slug),
                )
                .with_fix("name the file after the slug, or change the slug")
                .located_in(&text),
            );
        }
        if let Some((first, _)) = articles.iter().find(|(_, a)| a.slug == article.slug) {
            problems.push(
                Problem::in_field(
                    &file,
                    "slug",
                    "duplicate",
                    format!("{:?} is already used by {}", article.slug, first.display()),
                )
                .with_fix("give each article its own slug")
                .located_in(&text),
            );
        }
        if let Some(site) = &site {
            if site.category(&article.category).is_none() {
                problems.push(
                    Problem::in_field(&file, "category", "unknown-category", unknown_category(site, &article.category))
                        .located_in(&text),
                );
            }
        }
        if article.takeaways.is_empty() {
            problems.push(Problem::warning(&file, "no-takeaways", "the article has no key takeaways"));
        }
        if article.steps.is_empty() {
            problems.push(Problem::warning(&file, "no-steps", "the article has no steps: the section will not show"));
        }
        articles.push((file, article));
    }

    if let Some(site) = &site {
        for category in &site.categories {
            if !articles.iter().any(|(_, a)| a.category == category.slug) {
                let message = format!("category {:?} has no articles: its page will say so", category.slug);
                problems.push(Problem::warning(&site_file, "empty-category", message));
            }
        }
    }
    let has_errors = problems.iter().any(|p| p.severity == Severity::Error);
    match site {
        Some(site) if !has_errors => {
            Ok(Content { site, articles: articles.into_iter().map(|(_, a)| a).collect(), warnings: problems })
        }
        _ => Err(problems),
    }
}

fn unknown_category(site: &Site, slug: &str) -> String {
    let known: Vec<&str> = site.categories.iter().map(|c| c.slug.as_str()).collect();
    let closest = known
        .iter()
        .map(|k| (strsim::levenshtein(k, slug), k))
        .min()
        .filter(|(distance, _)| *distance <= 3)
        .map(|(_, k)| k);
    match closest {
        Some(k) => format!("{slug:?} is not a category in site.json; did you mean {k:?}?"),
        None => format!("{slug:?} is not a category in site.json; add it there or use one of {known:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Severity;
    use digest_model::decode;
    use std::sync::atomic::{AtomicUsize, Ordering};

    const SITE: &str = r#"{"version":1,"title":"T","description":"D","page_size":2,
        "categories":[{"slug":"news","name":"News"},{"slug":"tools","name":"Tools"}]}"#;

    fn article(slug: &str, category: &str) -> String {
        format!(
            r#"{{"slug":"{slug}","title":"Title {slug}","category":"{category}","published":"2026-11-20T09:30:00Z",
            "summary":"S","why_it_matters":"W","source":{{"author":"a","platform":"x","quote":"q","url":"https://x.com/a"}}}}"#
        )
    }

    fn temp_dir() -> PathBuf {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "digest-content-test-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("articles")).unwrap();
        dir
    }

    fn content(files: &[(&str, String)]) -> PathBuf {
        let dir = temp_dir();
        fs::write(dir.join("site.json"), SITE).unwrap();
        for (name, text) in files {
            fs::write(dir.join("articles").join(name), text).unwrap();
        }
        dir
    }

    fn build(dir: &Path, out: &Path) -> Result<(crate::index::Published, Vec<Problem>), Vec<Problem>> {
        crate::run(dir, crate::Target::Data(out))
    }

    fn messages(dir: &Path) -> Vec<String> {
        let base = dir.display().to_string();
        load(dir)
            .unwrap_err()
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .map(|p| p.to_string().replace(&base, ""))
            .collect()
    }

    #[test]
    fn builds_every_output_file() {
        let dir = content(&[
            ("a.json", article("a", "news")),
            ("b.json", article("b", "news")),
            ("c.json", article("c", "tools")),
        ]);
        let out = dir.join("out");
        build(&dir, &out).unwrap();
        for file in [
            "site.json",
            "feed/1.json",
            "feed/2.json",
            "categories/news/1.json",
            "categories/tools/1.json",
            "articles/a.json",
        ] {
            assert!(out.join(file).is_file(), "{file}");
        }
        let page: digest_model::ListingPage = decode(&fs::read_to_string(out.join("feed/2.json")).unwrap()).unwrap();
        assert_eq!((page.page, page.pages, page.total, page.items.len()), (2, 2, 3, 1));
    }

    #[test]
    fn reports_every_problem_of_every_file() {
        let dir = content(&[
            ("broken.json", "{\n  \"slug\": \"broken\",\n}".to_owned()),
            ("typed.json", article("typed", "news").replace("\"S\"", "42")),
            ("wrong-name.json", article("other", "news")),
            ("unknown.json", article("unknown", "newz")),
            ("unsafe.json", article("unsafe", "tools").replace("https://x.com/a", "javascript:alert(1)")),
            ("control.json", article("control", "tools").replace("Title control", "Title\\u0007control")),
        ]);
        assert_eq!(messages(&dir), [
            "/articles/broken.json:3:1: error[json]: invalid JSON: trailing comma (fix: look just before this place for a missing comma, quote or bracket)",
            "/articles/control.json:1:27: error[character]: title: character 6 is U+0007, a control character (fix: delete it: it cannot be shown, and feed readers reject a feed that contains it)",
            "/articles/typed.json:2:24: error[type]: summary: invalid type: integer `42`, expected a string (fix: see docs/content.md for the field's type)",
            "/articles/unknown.json:1:54: error[unknown-category]: category: \"newz\" is not a category in site.json; did you mean \"news\"?",
            "/articles/unsafe.json:2:104: error[url]: source.url: must be an http:// or https:// URL with a host, without spaces (fix: copy the full https:// address of the page)",
            "/articles/wrong-name.json:1:9: error[file-name]: slug: \"other\" does not match the file name (fix: name the file after the slug, or change the slug)",
        ]);
    }

    #[test]
    fn warnings_are_reported_but_do_not_stop_publishing() {
        let dir = content(&[("a.json", article("a", "news"))]);
        let (_, warnings) = build(&dir, &dir.join("out")).unwrap();
        let base = dir.display().to_string();
        let shown: Vec<String> = warnings.iter().map(|w| w.to_string().replace(&base, "")).collect();
        assert_eq!(
            shown,
            [
                "/articles/a.json: warning[no-takeaways]: the article has no key takeaways",
                "/articles/a.json: warning[no-steps]: the article has no steps: the section will not show",
                "/site.json: warning[empty-category]: category \"tools\" has no articles: its page will say so",
            ]
        );
    }

    #[test]
    fn duplicate_slugs_name_the_first_file() {
        let dir = content(&[("a.json", article("a", "news")), ("b.json", article("a", "news"))]);
        let found = messages(&dir);
        assert!(found.iter().any(|m| m.contains("\"a\" is already used by") && m.contains("a.json")), "{found:?}");
    }

    #[test]
    fn a_missing_site_file_is_reported() {
        let dir = temp_dir();
        assert!(messages(&dir)[0].contains("site.json: error[read]: cannot read the file"));
    }

    #[test]
    fn suggests_the_closest_category_only_when_close() {
        let site: Site = decode(SITE).unwrap();
        assert!(unknown_category(&site, "tool").ends_with("did you mean \"tools\"?"));
        assert!(unknown_category(&site, "philosophy").contains("use one of [\"news\", \"tools\"]"));
    }
}
