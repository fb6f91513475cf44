//! The content command as an operator runs it: bad files among many good ones, each named; a long
//! list of errors capped at a readable number with the rest counted; a folder that cannot be read.

// Helpers outside #[test]: a failed read here is a failed test.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn content(good: usize, broken: usize) -> tempfile::TempDir {
    let scratch = tempfile::tempdir().unwrap();
    let root = scratch.path();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    fs::create_dir_all(root.join("articles")).unwrap();
    fs::copy(repo.join("content/site.json"), root.join("site.json")).unwrap();
    let model = fs::read_to_string(repo.join("content/articles/agents-need-undo.json")).unwrap();
    for i in 0..good {
        let article = model.replace("agents-need-undo", &format!("good-{i:03}"));
        fs::write(root.join(format!("articles/good-{i:03}.json")), article).unwrap();
    }
    for i in 0..broken {
        // A comma too many: the file's own line and column.
        let article = model.replace("agents-need-undo", &format!("broken-{i:03}")).replacen("\"ux\"", "\"ux\",", 1);
        fs::write(root.join(format!("articles/broken-{i:03}.json")), article).unwrap();
    }
    scratch
}

fn check(content: &Path, args: &[&str]) -> (Output, String) {
    let output =
        Command::new(env!("CARGO_BIN_EXE_digest-content")).args(args).arg("check").arg(content).output().unwrap();
    let stderr = String::from_utf8(output.stderr.clone()).unwrap();
    (output, stderr)
}

#[test]
fn one_broken_file_among_many_is_named_with_its_line() {
    let site = content(300, 1);
    let (output, stderr) = check(site.path(), &[]);
    assert_eq!(output.status.code(), Some(1));
    let errors: Vec<&str> = stderr.lines().filter(|line| line.contains(": error[")).collect();
    assert_eq!(errors.len(), 1, "{stderr}");
    let file = site.path().join("articles/broken-000.json");
    assert!(errors[0].starts_with(&format!("{}:", file.display())), "{}", errors[0]);
    assert!(errors[0].contains("error[json]"), "{}", errors[0]);
    assert!(stderr.contains("1 error(s)"), "{stderr}");
}

#[test]
fn many_errors_are_capped_and_the_rest_counted() {
    let site = content(10, 75);
    let (output, stderr) = check(site.path(), &[]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr.lines().filter(|line| line.contains(": error[json]")).count(), 50);
    assert!(stderr.contains("... and 25 more errors (--max-problems 0 lists them all)"), "{stderr}");
    assert!(stderr.contains("75 error(s)"), "{stderr}");

    let (_, all) = check(site.path(), &["--max-problems", "0"]);
    let named: Vec<&str> = all.lines().filter(|line| line.contains(": error[json]")).collect();
    assert_eq!(named.len(), 75);
    // In file order, each file once.
    for (i, line) in named.iter().enumerate() {
        assert!(line.contains(&format!("broken-{i:03}.json:")), "{line}");
    }
    assert!(!all.contains("more errors"));
}

#[test]
fn a_folder_that_cannot_be_read_is_an_error_not_a_panic() {
    let missing = tempfile::tempdir().unwrap().path().join("missing");
    let (output, stderr) = check(&missing, &[]);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&missing.display().to_string()), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
