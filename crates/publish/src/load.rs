//! Reading a content folder (`site.json` + `articles/*.json`) and checking all of it: every problem
//! in every file, not just the first. Files are read and checked on every core; what compares files
//! with each other (duplicate slugs, unknown and empty categories) is one pass over what was learnt of
//! each, with a hash map, so checking grows linearly with the archive. A file the content cache
//! vouches for (unchanged since it passed) is not read at all.

use crate::content_cache::{stamp, ContentCache};
use crate::diagnostics::{closest, Problem, Severity};
use crate::error::Error;
use crate::files::{json_files, read_text};
use crate::fingerprint;
use crate::meta::ArticleMeta;
use digest_model::validate::{Normalize, Validate};
use digest_model::{decode, Article, Site};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::fs;
use std::path::{Path, PathBuf};

/// An article file that passed its own checks.
#[derive(Clone, Debug)]
pub struct Checked {
    pub file: PathBuf,
    /// The file's length and modification time before it was read.
    pub stamp: (u64, u128),
    pub meta: ArticleMeta,
    /// The article, when its file was read in this run (one the cache vouches for is not). Boxed: a
    /// check keeps none, and inline it would make every one of an archive's entries 350 bytes larger.
    pub article: Option<Box<Article>>,
}

/// A content folder that passed every check.
#[derive(Clone, Debug)]
pub struct Content {
    pub site: Site,
    /// In the order of their file names.
    pub articles: Vec<Checked>,
    /// What is allowed but probably unintended.
    pub warnings: Vec<Problem>,
}

/// A file's value when it decodes and validates, and its problems either way.
fn read_and_decode<T: serde::de::DeserializeOwned + Validate + Normalize>(
    file: &Path,
    problems: &mut Vec<Problem>,
) -> Option<(T, String)> {
    let text = match read_text(file) {
        Ok(text) => text,
        Err(problem) => {
            problems.push(*problem);
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

/// The article in `file`, which passed its checks when it was loaded: for making its pages.
pub fn reread(file: &Path) -> crate::error::Result<Article> {
    let text = read_text(file).map_err(Error::Reread)?;
    let mut article: Article = decode(&text).map_err(|_| Error::Changed(file.to_owned()))?;
    article.normalize();
    Ok(article)
}

/// What is allowed but probably unintended in an article.
fn warnings(file: &Path, meta: &ArticleMeta) -> Vec<Problem> {
    let mut warnings = Vec::new();
    if !meta.has_takeaways {
        warnings.push(Problem::warning(file, "no-takeaways", "the article has no key takeaways"));
    }
    if !meta.has_steps {
        warnings.push(Problem::warning(file, "no-steps", "the article has no steps: the section will not show"));
    }
    warnings
}

/// One article file on its own: what it holds, and what is wrong with it.
struct FileCheck {
    checked: Option<Checked>,
    problems: Vec<Problem>,
}

/// Reads and checks `file`, which had `stamp` before it was read; keeps the article when `keep`.
fn check_file(file: PathBuf, stamp: (u64, u128), keep: Keep) -> FileCheck {
    let mut problems = Vec::new();
    let Some((article, text)) = read_and_decode::<Article>(&file, &mut problems) else {
        return FileCheck { checked: None, problems };
    };
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    if stem != article.slug {
        problems.push(
            Problem::in_field(&file, "slug", "file-name", format!("{:?} does not match the file name", article.slug))
                .with_fix("name the file after the slug, or change the slug")
                .located_in(&text),
        );
    }
    let meta = ArticleMeta::new(&article, fingerprint::of(text.as_bytes()));
    problems.extend(warnings(&file, &meta));
    let article = (keep == Keep::Articles).then(|| Box::new(article));
    FileCheck { checked: Some(Checked { file, stamp, meta, article }), problems }
}

/// Every file checked: those the cache vouches for from it, the rest read on every core.
fn check_files(files: Vec<PathBuf>, cache: &mut ContentCache, keep: Keep) -> Vec<FileCheck> {
    let stamped: Vec<(PathBuf, (u64, u128))> = files
        .into_par_iter()
        .map(|file| {
            let stamp = fs::metadata(&file).map(|m| stamp(&m)).unwrap_or_default();
            (file, stamp)
        })
        .collect();
    let known: Vec<(PathBuf, (u64, u128), Option<ArticleMeta>)> = stamped
        .into_iter()
        .map(|(file, stamp)| {
            let meta = file.file_name().and_then(|n| n.to_str()).and_then(|name| cache.take(name, stamp));
            (file, stamp, meta)
        })
        .collect();
    known
        .into_par_iter()
        .map(|(file, stamp, meta)| match meta {
            Some(meta) => {
                let problems = warnings(&file, &meta);
                FileCheck { checked: Some(Checked { file, stamp, meta, article: None }), problems }
            }
            None => check_file(file, stamp, keep),
        })
        .collect()
}

/// A problem with the field `field` of `file`, placed at the field: the file is read again for it
/// (such problems are rare; keeping every file's text for them would double a run's memory).
fn in_field(file: &Path, field: &str, rule: &'static str, message: String) -> Problem {
    let problem = Problem::in_field(file, field, rule, message);
    match read_text(file) {
        Ok(text) => problem.located_in(&text),
        Err(_) => problem,
    }
}

/// What a load keeps of the articles it read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// Each article read, for the publish that follows (it would read them again otherwise).
    Articles,
    /// What is known of each (`ArticleMeta`) only: a check holds a bounded part of a large archive.
    Metadata,
}

/// Loads and checks `dir`, reporting every problem in every file rather than stopping at the first.
pub fn load(dir: &Path, cache: &mut ContentCache, keep: Keep) -> Result<Content, Vec<Problem>> {
    let mut problems = Vec::new();
    let site_file = dir.join("site.json");
    let site = read_and_decode::<Site>(&site_file, &mut problems).map(|(site, _)| site);
    if let Some(site) = &site {
        for (field, rule, message) in crate::locales::problems(site) {
            problems.push(in_field(&site_file, &field, rule, message));
        }
    }
    let files = json_files(&dir.join("articles"), &mut problems);
    let mut checks = check_files(files, cache, keep);

    let own: Vec<Vec<Problem>> = checks.iter_mut().map(|check| std::mem::take(&mut check.problems)).collect();
    let mut first_file: FxHashMap<&str, &Path> = FxHashMap::default();
    for (check, own) in checks.iter().zip(own) {
        problems.extend(own);
        let Some(Checked { file, meta, .. }) = &check.checked else { continue };
        if let Some(site) = &site {
            if site.category(&meta.category).is_none() {
                problems.push(in_field(file, "category", "unknown-category", unknown_category(site, &meta.category)));
            }
        }
        match first_file.get(meta.slug.as_str()) {
            Some(first) => {
                let message = format!("{:?} is already used by {}", meta.slug, first.display());
                problems.push(in_field(file, "slug", "duplicate", message).with_fix("give each article its own slug"));
            }
            None => {
                first_file.insert(&meta.slug, file);
            }
        }
    }
    drop(first_file);
    let every_article_read = checks.iter().all(|check| check.checked.is_some());
    let articles: Vec<Checked> = checks.into_iter().filter_map(|check| check.checked).collect();

    if let Some(site) = &site {
        let used: FxHashSet<&str> = articles.iter().map(|c| c.meta.category.as_str()).collect();
        for category in &site.categories {
            if !used.contains(category.slug.as_str()) {
                let message = format!("category {:?} has no articles: its page will say so", category.slug);
                problems.push(Problem::warning(&site_file, "empty-category", message));
            }
        }
        problems.extend(unknown_promo_categories(site, &site_file));
        // A tag is known by the articles that carry it, so a file that could not be read would make
        // its tags look unknown.
        if every_article_read {
            problems.extend(unknown_promo_tags(site, &site_file, &articles));
        }
    }
    let has_errors = problems.iter().any(|p| p.severity == Severity::Error);
    match site {
        Some(site) if !has_errors => Ok(Content { site, articles, warnings: problems }),
        _ => Err(problems),
    }
}

fn unknown_category(site: &Site, slug: &str) -> String {
    let known: Vec<&str> = site.categories.iter().map(|c| c.slug.as_str()).collect();
    match closest(&known, slug) {
        Some(k) => format!("{slug:?} is not a category in site.json; did you mean {k:?}?"),
        None => format!("{slug:?} is not a category in site.json; add it there or use one of {known:?}"),
    }
}

/// `category_promos` keys that are not categories: their promos could never show.
fn unknown_promo_categories(site: &Site, site_file: &Path) -> Vec<Problem> {
    site.category_promos
        .keys()
        .filter(|slug| site.category(slug).is_none())
        .map(|slug| {
            let field = format!("category_promos.{slug}");
            in_field(site_file, &field, "unknown-category", unknown_category(site, slug))
        })
        .collect()
}

/// Tags in `tag_promos` that no article carries: an error when it looks misspelt, else a warning.
fn unknown_promo_tags(site: &Site, site_file: &Path, articles: &[Checked]) -> Vec<Problem> {
    // Most sites have no tag promos: no reason then to gather every article's tags.
    if site.tag_promos.is_empty() {
        return Vec::new();
    }
    let used: FxHashSet<&str> = articles.iter().flat_map(|c| c.meta.tags.iter().map(String::as_str)).collect();
    let mut known: Vec<&str> = used.iter().copied().collect();
    known.sort_unstable();
    let mut problems = Vec::new();
    for (i, promo) in site.tag_promos.iter().enumerate() {
        for (j, tag) in promo.tags.iter().enumerate().filter(|(_, tag)| !used.contains(tag.as_str())) {
            let field = format!("tag_promos[{i}].tags[{j}]");
            // A near miss is a typo; a tag no article carries (yet, or any more: its last article
            // was taken out) only means the promo waits.
            let problem = match closest(&known, tag) {
                Some(k) => {
                    let message = format!("no article has the tag {tag:?}; did you mean {k:?}?");
                    in_field(site_file, &field, "unknown-tag", message).with_fix("use a tag that articles carry")
                }
                None => {
                    let message = format!("no article has the tag {tag:?} yet: its promo shows once one does");
                    Problem { severity: Severity::Warning, ..in_field(site_file, &field, "unknown-tag", message) }
                }
            };
            problems.push(problem);
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Severity;
    use digest_model::decode;
    use std::fs;

    const SITE: &str = r#"{"version":1,"title":"T","description":"D","page_size":2,
        "categories":[{"slug":"news","name":"News"},{"slug":"tools","name":"Tools"}]}"#;

    fn article(slug: &str, category: &str) -> String {
        format!(
            r#"{{"slug":"{slug}","title":"Title {slug}","category":"{category}","published":"2026-11-20T09:30:00Z",
            "summary":"S","why_it_matters":"W","source":{{"author":"a","platform":"x","quote":"q","url":"https://x.com/a"}}}}"#
        )
    }

    fn temp_dir() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("articles")).unwrap();
        dir
    }

    fn content(files: &[(&str, String)]) -> tempfile::TempDir {
        let dir = temp_dir();
        fs::write(dir.path().join("site.json"), SITE).unwrap();
        for (name, text) in files {
            fs::write(dir.path().join("articles").join(name), text).unwrap();
        }
        dir
    }

    fn build(dir: &Path, out: &Path) -> Result<crate::Report, Vec<Problem>> {
        crate::run(dir, crate::Target::Data(out), None)
    }

    fn messages(dir: &Path) -> Vec<String> {
        let base = dir.display().to_string();
        load(dir, &mut ContentCache::none(), Keep::Articles)
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
        let dir = dir.path();
        let out = dir.join("out");
        build(dir, &out).unwrap();
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
    fn promos_must_name_categories_and_tags_that_exist() {
        let promo = r#"{"heading":"H","text":"T","cta":"C","url":"/courses"}"#;
        let site = SITE.replace(
            "\"page_size\"",
            &format!(
                r#""category_promos":{{"tools":{promo},"toolz":{promo}}},
                "tag_promos":[{{"tags":["agents","agentz"],"promo":{promo}}},{{"tags":["philosophy"],"promo":{promo}}}],
                "page_size""#
            ),
        );
        let tagged = article("a", "tools").replace("\"source\"", "\"tags\":[\"agents\"],\"source\"");
        let dir = content(&[("a.json", tagged), ("b.json", article("b", "news"))]);
        let dir = dir.path();
        fs::write(dir.join("site.json"), site).unwrap();
        assert_eq!(messages(dir), [
            "/site.json:1:133: error[unknown-category]: category_promos.toolz: \"toolz\" is not a category in site.json; did you mean \"tools\"?",
            "/site.json:2:49: error[unknown-tag]: tag_promos[0].tags[1]: no article has the tag \"agentz\"; did you mean \"agents\"? (fix: use a tag that articles carry)",
        ]);
        let warnings: Vec<String> = load(dir, &mut ContentCache::none(), Keep::Articles)
            .unwrap_err()
            .iter()
            .filter(|p| p.severity == Severity::Warning && p.rule == "unknown-tag")
            .map(|p| p.to_string().replace(&dir.display().to_string(), ""))
            .collect();
        assert_eq!(warnings, [
            "/site.json:2:131: warning[unknown-tag]: tag_promos[1].tags[0]: no article has the tag \"philosophy\" yet: its promo shows once one does",
        ]);
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
        let dir = dir.path();
        assert_eq!(messages(dir), [
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
        let dir = dir.path();
        let warnings = build(dir, &dir.join("out")).unwrap().warnings;
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
        let dir = dir.path();
        let found = messages(dir);
        assert!(found.iter().any(|m| m.contains("\"a\" is already used by") && m.contains("a.json")), "{found:?}");
    }

    #[test]
    fn a_missing_site_file_is_reported() {
        let dir = temp_dir();
        let dir = dir.path();
        assert!(messages(dir)[0].contains("site.json: error[read]: cannot read the file"));
    }

    #[test]
    fn suggests_the_closest_category_only_when_close() {
        let site: Site = decode(SITE).unwrap();
        assert!(unknown_category(&site, "tool").ends_with("did you mean \"tools\"?"));
        assert!(unknown_category(&site, "philosophy").contains("use one of [\"news\", \"tools\"]"));
    }
}
