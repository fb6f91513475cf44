//! Golden files: every kind of output the content command writes, from a small fixture whose text
//! carries markup and quotes (so escaping is pinned down), compared byte for byte with
//! `tests/golden/`. After an intended change: `UPDATE_GOLDEN=1 cargo test --manifest-path crates/publish/Cargo.toml --test golden`,
//! then read the diff.

// A helper outside #[test]: a failed read here is a failed test.
#![allow(clippy::unwrap_used)]

mod support;

use digest_publish::{run, Target};
use std::fs;
use std::path::{Path, PathBuf};
use support::{files, fixture_dist};

#[test]
fn every_output_matches_its_golden_file() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let scratch = tempfile::tempdir().unwrap();
    let dist = scratch.path();
    fixture_dist(dist);
    let publish = || {
        run(&here.join("fixtures/content"), Target::Site { dist, site_url: None, offline: true, template: None }, None)
            .unwrap()
    };
    let first = publish();
    // Publishing again over the result (index.html is now a route page) gives the same files, and
    // so writes none.
    let again = publish();
    assert_eq!((again.output.written, again.output.unchanged), (0, first.output.written + first.output.unchanged));

    let golden = here.join("golden");
    let produced: Vec<PathBuf> = files(dist).into_iter().map(|p| p.strip_prefix(dist).unwrap().to_owned()).collect();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let _ = fs::remove_dir_all(&golden);
        for file in &produced {
            fs::create_dir_all(golden.join(file).parent().unwrap()).unwrap();
            fs::copy(dist.join(file), golden.join(file)).unwrap();
        }
    }
    let expected: Vec<PathBuf> =
        files(&golden).into_iter().map(|p| p.strip_prefix(&golden).unwrap().to_owned()).collect();
    assert_eq!(produced, expected, "the set of files differs from tests/golden");
    for file in &produced {
        // Bytes: the search index's shards are binary.
        let (got, want) = (fs::read(dist.join(file)).unwrap(), fs::read(golden.join(file)).unwrap());
        let (got, want) = (String::from_utf8_lossy(&got), String::from_utf8_lossy(&want));
        assert!(got == want, "{} differs from its golden file:\n--- got\n{got}\n--- want\n{want}", file.display());
    }
}
