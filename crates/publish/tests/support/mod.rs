//! What the integration tests share.

use std::fs;
use std::path::{Path, PathBuf};

/// Every file below `dir`, sorted.
pub fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files(&path));
        } else {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// A fresh `dist` as Trunk leaves it before publishing: the fixture's index.html, the stylesheets it
/// links and its start script.
pub fn fixture_dist(dist: &Path) {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let _ = fs::remove_dir_all(dist);
    fs::create_dir_all(dist).unwrap();
    for file in ["index.html", "app-0000.css", "standalone-0000.css", "digest-start.js"] {
        fs::copy(fixtures.join(file), dist.join(file)).unwrap();
    }
}
