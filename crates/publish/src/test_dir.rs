//! Scratch folders for the unit tests: a new, empty one per call, so tests running at once never share.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

#[allow(clippy::unwrap_used)]
pub fn fresh(name: &str) -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "digest-{name}-test-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
