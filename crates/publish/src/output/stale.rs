//! Finding and removing what an earlier publish wrote that this one did not: the pages of removed
//! articles, categories and listing pages must not stay reachable.

use super::state::Files;
use std::fs;
use std::io;
use std::path::Path;

/// What a host or `scripts/precompress.mjs` writes beside a file, to serve it compressed.
pub const COMPRESSED: [&str; 2] = ["gz", "br"];

/// The file a compressed sibling (`a.html.br`) is of, when `path` is one.
fn original_of(path: &str) -> Option<&str> {
    COMPRESSED.iter().find_map(|ext| path.strip_suffix(ext)?.strip_suffix('.'))
}

/// Every file under `root/dir`, as paths relative to `root` with `/` between names. Symbolic links
/// are listed, never followed, so a loop cannot make this endless.
fn walk(root: &Path, dir: &str, found: &mut Vec<String>) -> io::Result<()> {
    let entries = match fs::read_dir(root.join(dir)) {
        Ok(entries) => entries,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(err) => return Err(err),
    };
    for entry in entries {
        let entry = entry?;
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else { continue };
        let path = format!("{dir}/{name}");
        if entry.file_type()?.is_dir() {
            walk(root, &path, found)?;
        } else {
            found.push(path);
        }
    }
    Ok(())
}

/// The files under `namespaces` (folders of `root` that only the publisher writes into) that are not
/// `produced`, with compressed siblings counted as their original.
pub fn unclaimed(root: &Path, namespaces: &[&str], produced: &Files) -> io::Result<Vec<String>> {
    let mut found = Vec::new();
    for namespace in namespaces {
        walk(root, namespace, &mut found)?;
    }
    found.retain(|path| !produced.contains_key(original_of(path).unwrap_or(path)));
    Ok(found)
}

/// Removes `path` under `root` and its compressed siblings; whether the file itself was there.
pub fn remove(root: &Path, path: &str) -> io::Result<bool> {
    for ext in COMPRESSED {
        ignore_missing(fs::remove_file(root.join(format!("{path}.{ext}"))))?;
    }
    ignore_missing(fs::remove_file(root.join(path)))
}

fn ignore_missing(result: io::Result<()>) -> io::Result<bool> {
    match result {
        Ok(()) => Ok(true),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(err) => Err(err),
    }
}

/// Removes the folders under `root/namespace` left empty, deepest first.
pub fn prune(root: &Path, namespace: &str) {
    fn prune_dir(dir: &Path) -> bool {
        let Ok(entries) = fs::read_dir(dir) else { return false };
        let mut empty = true;
        for entry in entries.flatten() {
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            empty &= is_dir && prune_dir(&entry.path());
        }
        empty && fs::remove_dir(dir).is_ok()
    }
    prune_dir(&root.join(namespace));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressed_siblings_belong_to_their_original() {
        assert_eq!(original_of("articles/a.html.br"), Some("articles/a.html"));
        assert_eq!(original_of("articles/a.html.gz"), Some("articles/a.html"));
        assert_eq!(original_of("articles/a.html"), None);
        assert_eq!(original_of("articles/br"), None);
    }
}
