//! `search/index.json`: how many articles the index covers, how the feed pages them (an article's
//! card is found there), and the keys of its shards.

use crate::validate::{Issue, Path, Rule, Validate};
use serde::{Deserialize, Serialize};

/// The folder under the data folder that holds the index.
pub const FOLDER: &str = "search";
/// The manifest's file name in it.
pub const MANIFEST: &str = "index.json";
/// The layout's version: an app reads only an index it knows.
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub version: u32,
    /// Ids run from 0 (the oldest) to `articles - 1` (the newest).
    pub articles: u32,
    /// The feed's page size: the newest article is the first card of `feed/1.json`.
    pub page_size: u32,
    /// Every shard's key, ascending. A term is in the shard of the longest key it starts with.
    pub shards: Vec<String>,
}

impl Manifest {
    /// The key of the shard that holds `term`, if any key is a prefix of it.
    pub fn shard_of(&self, term: &str) -> Option<&str> {
        self.shards.iter().filter(|key| term.starts_with(key.as_str())).max_by_key(|key| key.len()).map(String::as_str)
    }

    /// The keys longer than `prefix` that start with it: shards of terms that start with `prefix`.
    pub fn shards_under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a str> {
        self.shards.iter().filter(move |key| key.len() > prefix.len() && key.starts_with(prefix)).map(String::as_str)
    }

    /// Where article `id`'s card is: the feed's page (from 1) and the place on it.
    pub fn feed_place(&self, id: u32) -> Option<(u32, usize)> {
        let rank = self.articles.checked_sub(id)?.checked_sub(1)?;
        let size = self.page_size.max(1);
        Some((rank / size + 1, (rank % size) as usize))
    }
}

impl Validate for Manifest {
    fn check(&self, at: &Path, issues: &mut Vec<Issue>) {
        if self.version != VERSION {
            at.field("version").issue(
                issues,
                Rule::Version,
                format!("is {}; this app reads version {VERSION}", self.version),
            );
        }
        if self.page_size == 0 {
            at.field("page_size").issue(issues, Rule::Range, "must be at least 1");
        }
        if !self.shards.iter().zip(self.shards.iter().skip(1)).all(|(a, b)| a < b) {
            at.field("shards").issue(issues, Rule::Range, "must be ascending, each key once");
        }
    }
}

/// The file name of the shard `key`, under [`FOLDER`]: letters and digits as they are, anything else
/// as `_` and its code in hex, so that any key is one safe file name. `.txt`, because a shard is
/// text (see [`super::encoding`]): every static host serves and compresses it as such.
pub fn shard_file(key: &str) -> String {
    let mut name = String::from("k-");
    for c in key.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            name.push(c);
        } else {
            name.push_str(&format!("_{:x}", u32::from(c)));
        }
    }
    name.push_str(".txt");
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(keys: &[&str]) -> Manifest {
        Manifest {
            version: VERSION,
            articles: 25,
            page_size: 10,
            shards: keys.iter().map(|k| (*k).to_owned()).collect(),
        }
    }

    #[test]
    fn a_term_lives_in_the_shard_of_its_longest_key() {
        let m = manifest(&["", "m", "mo", "mod", "r"]);
        assert_eq!(m.shard_of("model"), Some("mod"));
        assert_eq!(m.shard_of("mo"), Some("mo"));
        assert_eq!(m.shard_of("agent"), Some(""));
        assert_eq!(m.shards_under("mo").collect::<Vec<_>>(), ["mod"]);
        assert_eq!(manifest(&["m"]).shard_of("agent"), None);
    }

    #[test]
    fn ids_count_from_the_oldest_and_cards_from_the_newest() {
        let m = manifest(&[]);
        assert_eq!(m.feed_place(24), Some((1, 0)));
        assert_eq!(m.feed_place(15), Some((1, 9)));
        assert_eq!(m.feed_place(14), Some((2, 0)));
        assert_eq!(m.feed_place(0), Some((3, 4)));
        assert_eq!(m.feed_place(25), None);
    }

    #[test]
    fn a_manifest_of_another_version_or_out_of_order_is_refused() {
        assert!(manifest(&["a", "b"]).issues().is_empty());
        assert_eq!(manifest(&["b", "a"]).issues().len(), 1);
        assert_eq!(Manifest { version: 2, page_size: 0, ..manifest(&[]) }.issues().len(), 2);
    }

    #[test]
    fn shard_files_are_safe_names() {
        assert_eq!(shard_file(""), "k-.txt");
        assert_eq!(shard_file("mo"), "k-mo.txt");
        assert_eq!(shard_file("σ/."), "k-_3c3_2f_2e.txt");
    }
}
