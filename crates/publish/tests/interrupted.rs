//! Publishing as operators run it, as real processes: killed at any point and run again, the folder is
//! byte for byte what a fresh publish writes; two runs into one folder at once, the second refuses and
//! names the first; a run that was killed never blocks the next one.

#![allow(clippy::unwrap_used)]

mod support;

use std::fs;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};
use support::{files, fixture_dist};

const LOCK: &str = ".digest-publish.lock";

/// A content folder of `count` articles made from the sample ones; with `edited`, the first 50 are
/// gone, 50 new ones are there, and the next 100 have new titles.
fn content(root: &Path, count: usize, edited: bool) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let _ = fs::remove_dir_all(root);
    fs::create_dir_all(root.join("articles")).unwrap();
    fs::copy(repo.join("content/site.json"), root.join("site.json")).unwrap();
    let model = fs::read_to_string(repo.join("content/articles/agents-need-undo.json")).unwrap();
    let range = if edited { 50..count + 50 } else { 0..count };
    for i in range {
        let slug = format!("article-{i:05}");
        let mut article = model.replace("agents-need-undo", &slug);
        if edited && i < 150 {
            article = article.replace("Agents that act need an undo button", &format!("Edited title {i}"));
        }
        fs::write(root.join(format!("articles/{slug}.json")), article).unwrap();
    }
}

fn publish(content: &Path, dist: &Path, cache: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_digest-content"));
    command.arg("publish").arg(content).arg(dist).arg("--cache").arg(cache);
    command.stdout(Stdio::piped()).stderr(Stdio::piped());
    command
}

fn finished(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{stderr}");
    stderr
}

/// A scratch folder with the content `v1` of `count` articles, its edited version `v2`, and a published
/// site `site` of `v1` (cache in `cache`).
fn published_v1(count: usize) -> tempfile::TempDir {
    let scratch = tempfile::tempdir().unwrap();
    let at = |name: &str| scratch.path().join(name);
    content(&at("v1"), count, false);
    content(&at("v2"), count, true);
    fixture_dist(&at("site"));
    finished(&publish(&at("v1"), &at("site"), &at("cache")).output().unwrap());
    scratch
}

/// Every file below `dir` with its bytes.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    files(dir)
        .into_iter()
        .map(|file| (file.strip_prefix(dir).unwrap().display().to_string(), fs::read(&file).unwrap()))
        .collect()
}

#[test]
fn killed_runs_then_a_finished_one_leave_what_a_fresh_publish_writes() {
    let scratch = published_v1(1_500);
    let at = |name: &str| scratch.path().join(name);
    fixture_dist(&at("fresh"));
    finished(&publish(&at("v1"), &at("fresh"), &at("fresh-cache")).output().unwrap());
    // Killed at every stage: as soon as it holds the folder (still loading), and at points while it
    // writes files (`.digest-tmp` exists from its first write to its end), one of them once it has
    // written a page that only the edited content has; publishing the edited content, or the first
    // content again.
    let stages: [(&str, &str, u64); 6] = [
        ("v2", LOCK, 0),
        // Once it has written a page of an article only the edited content has.
        ("v2", "articles/article-01520.html", 0),
        ("v1", ".digest-tmp", 20),
        ("v2", ".digest-tmp", 150),
        ("v1", LOCK, 300),
        ("v2", ".digest-tmp", 400),
    ];
    let mut killed_writing = 0;
    for (version, sign, delay) in stages {
        let mut run: Child = publish(&at(version), &at("site"), &at("cache")).spawn().unwrap();
        let started = Instant::now();
        while !at("site").join(sign).exists() && run.try_wait().unwrap().is_none() {
            assert!(started.elapsed() < Duration::from_secs(120), "the run never reached {sign}");
            sleep(Duration::from_millis(1));
        }
        sleep(Duration::from_millis(delay));
        if run.try_wait().unwrap().is_none() {
            run.kill().unwrap();
            killed_writing += usize::from(sign != LOCK && at("site").join(sign).exists());
        }
        run.wait().unwrap();
        assert!(at("site").join(LOCK).exists(), "a killed run leaves its lock file");
    }
    assert!(killed_writing >= 3, "only {killed_writing} runs were killed while writing");
    // The lock of a killed run does not block: the next run takes the folder and finishes.
    finished(&publish(&at("v1"), &at("site"), &at("cache")).output().unwrap());

    let (fresh, site) = (snapshot(&at("fresh")), snapshot(&at("site")));
    let names = |files: &[(String, Vec<u8>)]| files.iter().map(|(name, _)| name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&site), names(&fresh), "no file more, none less");
    for ((name, got), (_, want)) in site.iter().zip(&fresh) {
        assert!(got == want, "{name} differs from a fresh publish");
    }
}

#[test]
fn a_second_run_into_the_same_folder_refuses_and_names_the_first() {
    let scratch = tempfile::tempdir().unwrap();
    let at = |name: &str| scratch.path().join(name);
    content(&at("content"), 3_000, false);
    fixture_dist(&at("site"));
    let mut first = publish(&at("content"), &at("site"), &at("cache")).spawn().unwrap();
    let started = Instant::now();
    let naming = format!("process {}", first.id());
    while !fs::read_to_string(at("site").join(LOCK)).is_ok_and(|holder| holder.contains(&naming)) {
        assert!(first.try_wait().unwrap().is_none(), "the first run finished before it was seen holding the folder");
        assert!(started.elapsed() < Duration::from_secs(60), "the first run never took the folder");
        sleep(Duration::from_millis(2));
    }
    let second = publish(&at("content"), &at("site"), &at("other-cache")).output().unwrap();
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert_eq!(second.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("another publish is writing into"), "{stderr}");
    assert!(stderr.contains(&naming), "the second run names the first: {stderr}");
    finished(&first.wait_with_output().unwrap());
    assert!(!at("site").join(LOCK).exists(), "a finished run leaves no lock file");
    assert!(!at("site").join(".digest-tmp").exists(), "nor anything half written");
}

#[test]
fn a_folder_without_the_app_says_what_to_run_instead() {
    let scratch = tempfile::tempdir().unwrap();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let output = publish(&repo.join("content"), &scratch.path().join("some/folder"), &scratch.path().join("cache"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("has no index.html"), "{stderr}");
    assert!(stderr.contains("make publish CONTENT="), "{stderr}");
    assert!(stderr.contains("digest-content build"), "{stderr}");
}

#[test]
fn a_page_being_read_while_it_is_published_again_is_read_whole() {
    let scratch = published_v1(200);
    let at = |name: &str| scratch.path().join(name);
    let page = at("site").join("articles/article-00120.html");
    let before = fs::read(&page).unwrap();
    // A server that has opened the page, as nginx does for a reader, when the new publish begins.
    let mut reading = fs::File::open(&page).unwrap();
    finished(&publish(&at("v2"), &at("site"), &at("cache")).output().unwrap());
    let mut read = Vec::new();
    std::io::Read::read_to_end(&mut reading, &mut read).unwrap();
    assert_eq!(read, before, "the page already opened is read whole, as it was: the new one took its place");
    let after = fs::read_to_string(&page).unwrap();
    assert!(after.contains("Edited title 120") && after.trim_end().ends_with("</html>"));
}
