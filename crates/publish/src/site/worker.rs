//! `digest-sw.js`, the service worker for offline reading (`publish --offline`), made for the build in
//! the deployment folder: it precaches that build's hashed assets and the pages every visit needs.
//! Without `--offline` the file is a worker that removes itself and its caches, so that turning
//! offline reading off also turns it off for readers who installed it (docs/deploy.md).

use crate::error::{Error, Result};
use crate::fingerprint;
use digest_model::routes::data;
use digest_model::search::manifest;
use digest_model::Paths;
use std::fs;
use std::path::Path;

pub const FILE: &str = "digest-sw.js";
/// The start script every page loads: named the same in every build, so not among the hashed assets.
const START: &str = "digest-start.js";
const OFFLINE: &str = include_str!("worker/offline.js");
const OFF: &str = include_str!("worker/off.js");

/// Whether `name` is one of Trunk's hashed assets: `digest-0123abcdef_bg.wasm`, `favicon-….svg`.
fn is_hashed(name: &str) -> bool {
    let Some((stem, extension)) = name.rsplit_once('.') else { return false };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let hash = stem.rsplit_once('-').map_or("", |(_, hash)| hash);
    matches!(extension, "js" | "wasm" | "css" | "svg")
        && (10..=16).contains(&hash.len())
        && hash.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The start of the name of the chunk that learning records load (`scripts/build-wasm.mjs` names
/// chunks `digest-<chunk>-<hash>.wasm`).
const ONLY_WHEN_ASKED: &str = "digest-xapi-";

/// The worker's script: for offline reading of the build in `dist`, or the one that removes itself.
/// `language` is the site's: the app loads its texts before it starts.
pub fn script(offline: bool, dist: &Path, paths: &Paths, language: &str) -> Result<String> {
    if !offline {
        return Ok(OFF.to_owned());
    }
    let entries = fs::read_dir(dist).map_err(Error::io("list", dist))?;
    // Learning records' code is for the pages of hosts that ask for them (docs/embedding.md): a reader
    // who needs it caches it on its first load, like any hashed file; no one else downloads it.
    let mut assets: Vec<String> = entries
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| is_hashed(name) && !name.starts_with(ONLY_WHEN_ASKED))
        .collect();
    assets.sort_unstable();
    let mut precache = vec![
        paths.home(),
        paths.saved(),
        paths.search(""),
        paths.file(&format!("data/{}", data::SITE)),
        paths.file(&format!("data/{}", data::feed(1))),
        paths.file(&format!("data/{}/{}", manifest::FOLDER, manifest::MANIFEST)),
        paths.file(&format!("data/{}", data::locale(language))),
    ];
    if dist.join(START).is_file() {
        precache.push(paths.file(START));
    }
    precache.extend(assets.iter().map(|name| paths.file(name)));
    let list = serde_json::to_string(&precache).map_err(|err| Error::json(&err))?;
    let build = format!("{:016x}", fingerprint::of(list.as_bytes()) as u64);
    // The comments are for whoever reads this source, not for every reader's browser.
    let code: String =
        OFFLINE.lines().filter(|line| !line.trim_start().starts_with("//")).map(|line| format!("{line}\n")).collect();
    Ok(code.replacen("__BUILD__", &build, 1).replacen("__PRECACHE__", &list, 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_assets_are_told_from_other_files() {
        for name in ["digest-0123456789abcdef_bg.wasm", "digest-a1b2c3d4e5.js", "favicon-0123456789ab.svg"] {
            assert!(is_hashed(name), "{name}");
        }
        for name in ["digest-start.js", "digest-sw.js", "index.html", "digest-XYZ0123456789.js", "a-0123.css"] {
            assert!(!is_hashed(name), "{name}");
        }
    }

    #[test]
    fn the_offline_worker_precaches_the_build_under_its_base_path() {
        let scratch = tempfile::tempdir().unwrap();
        let dist = scratch.path();
        for name in [
            "digest-0123456789abcdef_bg.wasm",
            "digest-0123456789abcdef.js",
            "index.html",
            "digest-start.js",
            "digest-xapi-0123456789abcdef.wasm",
        ] {
            fs::write(dist.join(name), "x").unwrap();
        }
        let paths = Paths::new("/learn");
        let script = script(true, dist, &paths, "en").unwrap();
        assert!(script.contains(r#""/learn/data/locales/en.json""#), "the texts the app loads before it starts");
        assert!(script.contains(r#"["/learn/","/learn/saved","/learn/search","/learn/data/site.json","#));
        assert!(script.contains(
            r#""/learn/digest-start.js","/learn/digest-0123456789abcdef.js","/learn/digest-0123456789abcdef_bg.wasm"]"#
        ));
        assert!(!script.contains("__BUILD__") && !script.contains("index.html"));
        assert!(!script.contains("xapi"), "learning records' chunk is for the hosts that ask for it");
        assert!(super::script(false, dist, &paths, "en").unwrap().contains("unregister"));
    }
}
