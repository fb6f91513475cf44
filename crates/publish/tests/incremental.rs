//! Publishing again after an edit: the folder must end up exactly as a fresh publish of the edited
//! content would leave it, and the run must have written exactly the files whose bytes changed (so
//! that rsync or an S3 sync uploads those alone), keeping every other file's modification time.

// Helpers outside #[test]: a failed read here is a failed test.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

mod support;

use digest_publish::{run, Report, Target};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;
use support::{files, fixture_dist};

/// Every file below `dir` by relative path: its bytes and modification time.
type Snapshot = BTreeMap<String, (Vec<u8>, SystemTime)>;

fn snapshot(dir: &Path) -> Snapshot {
    files(dir)
        .into_iter()
        .map(|file| {
            let name = file.strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
            (name, (fs::read(&file).unwrap(), fs::metadata(&file).unwrap().modified().unwrap()))
        })
        .collect()
}

fn bytes(snapshot: &Snapshot) -> BTreeMap<&str, &[u8]> {
    snapshot.iter().map(|(name, (bytes, _))| (name.as_str(), bytes.as_slice())).collect()
}

/// The files of `after` that are new or whose bytes differ from `before`.
fn changed<'a>(before: &Snapshot, after: &'a Snapshot) -> BTreeSet<&'a str> {
    after
        .iter()
        .filter(|(name, (bytes, _))| before.get(*name).is_none_or(|(old, _)| old != bytes))
        .map(|(n, _)| n.as_str())
        .collect()
}

/// The files of `after` whose modification time moved.
fn touched<'a>(before: &Snapshot, after: &'a Snapshot) -> BTreeSet<&'a str> {
    after
        .iter()
        .filter(|(name, (_, time))| before.get(*name).is_none_or(|(_, old)| old != time))
        .map(|(n, _)| n.as_str())
        .collect()
}

/// A content folder, a published site made from it with a cache, and a scratch folder for the
/// fresh publishes it is compared with.
struct Site {
    root: PathBuf,
    /// Removes the folder when the test ends.
    _scratch: tempfile::TempDir,
}

impl Site {
    fn new(name: &str) -> Self {
        let scratch = tempfile::Builder::new().prefix(&format!("digest-incremental-{name}-")).tempdir().unwrap();
        let root = scratch.path().to_owned();
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        fs::create_dir_all(root.join("content/articles")).unwrap();
        fs::copy(content.join("site.json"), root.join("content/site.json")).unwrap();
        for file in files(&content.join("articles")) {
            fs::copy(&file, root.join("content/articles").join(file.file_name().unwrap())).unwrap();
        }
        fixture_dist(&root.join("dist"));
        Self { root, _scratch: scratch }
    }

    fn article(&self, slug: &str) -> PathBuf {
        self.root.join(format!("content/articles/{slug}.json"))
    }

    fn edit(&self, slug: &str, change: impl FnOnce(&mut Value)) {
        let file = self.article(slug);
        let mut value: Value = serde_json::from_slice(&fs::read(&file).unwrap()).unwrap();
        change(&mut value);
        fs::write(&file, serde_json::to_vec_pretty(&value).unwrap()).unwrap();
    }

    fn publish_into(&self, dist: &Path, cache: Option<&Path>) -> Report {
        run(&self.root.join("content"), Target::Site { dist, site_url: None, offline: false, template: None }, cache)
            .unwrap()
    }

    fn publish(&self) -> Report {
        self.publish_into(&self.root.join("dist"), Some(&self.root.join("cache")))
    }

    /// A fresh publish of the content as it is now, without a cache, into a new folder.
    fn fresh(&self) -> Snapshot {
        let dist = self.root.join("fresh");
        fixture_dist(&dist);
        self.publish_into(&dist, None);
        snapshot(&dist)
    }

    /// Publishes again after `edit`, and checks the run against a fresh publish; returns the files
    /// written and the snapshots before and after.
    fn republish(&self, edit: impl FnOnce(&Self)) -> (Report, Snapshot, Snapshot) {
        let before = snapshot(&self.root.join("dist"));
        edit(self);
        let report = self.publish();
        let after = snapshot(&self.root.join("dist"));
        assert_eq!(bytes(&after), bytes(&self.fresh()), "publishing again differs from a fresh publish");
        let changed = changed(&before, &after);
        assert_eq!(touched(&before, &after), changed, "a file was rewritten with the same bytes, or not rewritten");
        assert_eq!(report.output.written, changed.len(), "the summary's written count");
        // Every file but Trunk's own (its index.html becomes the home page) is the publisher's.
        let trunk = after
            .keys()
            .filter(|name| (name.ends_with(".css") || name.ends_with(".js")) && name.as_str() != "digest-sw.js")
            .count();
        assert_eq!(report.output.unchanged + report.output.written, after.len() - trunk);
        assert_eq!(report.output.removed, before.keys().filter(|name| !after.contains_key(*name)).count());
        (report, before, after)
    }
}

/// The files of `snapshot` whose text contains `text`.
fn containing<'a>(snapshot: &'a Snapshot, text: &str) -> BTreeSet<&'a str> {
    snapshot
        .iter()
        .filter(|(_, (bytes, _))| String::from_utf8_lossy(bytes).contains(text))
        .map(|(name, _)| name.as_str())
        .collect()
}

#[test]
fn a_new_title_rewrites_every_file_that_shows_it_and_nothing_else() {
    let site = Site::new("title");
    site.publish();
    let unchanged = site.publish();
    assert_eq!((unchanged.output.written, unchanged.output.removed), (0, 0));

    let (_, before, after) = site.republish(|site| {
        site.edit("agents-need-undo", |article| article["title"] = "Agents that act need a rewind".into());
    });
    let shown = containing(&after, "Agents that act need a rewind");
    // Its page and data, the listing and category pages and their data, the articles that name it as
    // related, the feeds.
    for file in [
        "articles/agents-need-undo.html",
        "data/articles/agents-need-undo.json",
        "index.html",
        "categories/tools-workflows.html",
        "feed.xml",
        "feed.json",
    ] {
        assert!(shown.contains(file), "{file} does not show the new title");
    }
    assert!(shown.iter().any(|file| file.starts_with("articles/") && *file != "articles/agents-need-undo.html"));
    // And the search index's shard that holds the title's words (a small site has one).
    let index = "data/search/k-.txt";
    assert!(containing(&after, "rewind").contains(index), "the new word is not searchable");
    let mut written = shown.clone();
    written.insert(index);
    assert_eq!(changed(&before, &after), written, "written: exactly the files that show the title");
    assert!(containing(&after, "Agents that act need an undo button").is_empty(), "the old title is still published");
}

#[test]
fn a_new_date_moves_the_article_in_every_listing_the_feeds_and_the_sitemap() {
    let site = Site::new("date");
    site.publish();
    let oldest = "teachers-ai-feedback";
    let (_, before, after) = site.republish(|site| {
        site.edit(oldest, |article| article["published"] = "2026-12-01T08:00:00Z".into());
    });
    let changed = changed(&before, &after);
    for file in ["sitemap.xml", "feed.xml", "feed.json", "index.html", "page/2.html", "data/feed/1.json"] {
        assert!(changed.contains(file), "{file} was not rewritten");
    }
}

#[test]
fn a_removed_article_leaves_nothing_behind_and_an_added_one_appears_everywhere() {
    let site = Site::new("remove");
    site.publish();
    let (report, _, after) = site.republish(|site| fs::remove_file(site.article("agents-need-undo")).unwrap());
    assert!(report.output.removed >= 2);
    assert!(containing(&after, "agents-need-undo").is_empty(), "a published file still names the removed article");
    assert!(!after.keys().any(|name| name.contains("agents-need-undo")));

    let (_, before, after) = site.republish(|site| {
        let copy = site.root.join("content/articles/prompt-caching-latency.json");
        let mut value: Value = serde_json::from_slice(&fs::read(copy).unwrap()).unwrap();
        value["slug"] = "prompt-caching-again".into();
        value["title"] = "Prompt caching, measured again".into();
        fs::write(site.article("prompt-caching-again"), serde_json::to_vec(&value).unwrap()).unwrap();
    });
    let added = changed(&before, &after);
    assert!(
        added.contains("articles/prompt-caching-again.html")
            && added.contains("data/articles/prompt-caching-again.json")
    );
    assert!(
        containing(&after, "Prompt caching, measured again").contains("sitemap.xml")
            || containing(&after, "prompt-caching-again").contains("sitemap.xml")
    );
}

#[test]
fn compressed_copies_of_a_rewritten_file_are_removed() {
    let site = Site::new("compressed");
    site.publish();
    let dist = site.root.join("dist");
    fs::write(dist.join("articles/agents-need-undo.html.br"), "old bytes, compressed").unwrap();
    fs::write(dist.join("articles/open-weights-fine-tuning.html.br"), "still current").unwrap();
    site.edit("agents-need-undo", |article| article["summary"] = "A shorter summary of the same post.".into());
    site.publish();
    assert!(!dist.join("articles/agents-need-undo.html.br").exists());
    assert!(dist.join("articles/open-weights-fine-tuning.html.br").exists());
}

#[test]
fn new_tags_and_a_new_category_change_the_related_lists_that_follow_them() {
    let site = Site::new("tags");
    site.publish();
    let (_, before, after) = site.republish(|site| {
        site.edit("teachers-ai-feedback", |article| {
            article["tags"] = serde_json::json!(["agents", "ux", "evaluation"])
        });
    });
    let changed = changed(&before, &after);
    let others = changed.iter().filter(|f| f.starts_with("articles/") && !f.contains("teachers-ai-feedback")).count();
    assert!(others > 0, "no other article's related list changed: {changed:?}");

    site.republish(|site| site.edit("agents-need-undo", |article| article["category"] = "policy-practice".into()));
}

#[test]
fn an_unchanged_archive_keeps_its_search_index_and_a_lost_shard_is_made_again() {
    let site = Site::new("search");
    site.publish();
    let shard = site.root.join("dist/data/search/k-.txt");
    let original = fs::read(&shard).unwrap();
    // Nothing changed: nothing of the index is written again.
    let (report, ..) = site.republish(|_| {});
    assert_eq!(report.output.written, 0);
    // A shard deleted behind the publisher's back is made again, from the same content.
    fs::remove_file(&shard).unwrap();
    assert_eq!(site.publish().output.written, 1);
    assert_eq!(fs::read(&shard).unwrap(), original);
}
