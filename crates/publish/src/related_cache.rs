//! The related lists of the last publish, kept for the next: they depend only on each article's
//! slug, category, date and tags, so when none of those changed anywhere in the archive (an edited
//! title or text, the usual change), the lists are read back instead of computed again. Computing them
//! is the largest cost of republishing 100,000 articles after one edit.

use crate::meta::ArticleMeta;
use std::io;
use std::path::PathBuf;

/// What the related lists of `sorted` (in rank order) depend on.
pub fn key<'a>(sorted: impl Iterator<Item = &'a ArticleMeta>) -> u128 {
    crate::fingerprint::combine(sorted.map(|meta| {
        let mut bytes = Vec::with_capacity(128);
        for part in [meta.slug.as_str(), meta.category.as_str(), meta.published.as_str()]
            .into_iter()
            .chain(meta.tags.iter().map(String::as_str))
        {
            // A separator no slug or date holds, so that parts cannot run into each other.
            bytes.extend_from_slice(part.as_bytes());
            bytes.push(0);
        }
        crate::fingerprint::of(&bytes)
    }))
}

/// Where the lists are kept, for one build of the program.
#[derive(Debug, Default)]
pub struct RelatedCache {
    file: Option<PathBuf>,
    program: u128,
}

impl RelatedCache {
    /// No record: the lists are always computed.
    pub fn none() -> Self {
        Self::default()
    }

    pub fn open(file: PathBuf, program: u128) -> Self {
        Self { file: Some(file), program }
    }

    /// The lists kept under `key` for `count` articles, if any (and only if every rank is one).
    pub fn get(&self, key: u128, count: usize) -> Option<Vec<Vec<u32>>> {
        let (kept_key, lists): (u128, Vec<Vec<u32>>) = crate::cache::read(self.file.as_ref()?, self.program)?;
        let valid = kept_key == key
            && lists.len() == count
            && lists.iter().flatten().all(|&rank| usize::try_from(rank).is_ok_and(|r| r < count));
        valid.then_some(lists)
    }

    pub fn put(&self, key: u128, lists: &[Vec<u32>]) -> io::Result<()> {
        let Some(file) = &self.file else { return Ok(()) };
        crate::cache::write(file, self.program, &(key, lists))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn meta(slug: &str, tags: &[&str]) -> ArticleMeta {
        ArticleMeta {
            slug: slug.into(),
            category: "news".into(),
            published: "2026-11-20T09:30:00Z".into(),
            time: Some(1),
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            reading_minutes: 2,
            fingerprint: 1,
            has_steps: true,
            has_takeaways: true,
        }
    }

    #[test]
    fn the_key_follows_what_related_lists_depend_on_only() {
        let key = |metas: &[ArticleMeta]| key(metas.iter());
        let base = [meta("a", &["x"]), meta("b", &["y"])];
        let mut edited = base.clone();
        edited[0].fingerprint = 2;
        edited[0].reading_minutes = 9;
        assert_eq!(key(&base), key(&edited), "text changes do not change related lists");
        let mut retagged = base.clone();
        retagged[1].tags = vec!["x".into()];
        assert_ne!(key(&base), key(&retagged));
        let mut moved = base.clone();
        moved[0].category = "tools".into();
        assert_ne!(key(&base), key(&moved));
        assert_ne!(key(&base), key(&[meta("ax", &[]), meta("b", &["y"])]), "parts do not run together");
        assert_ne!(key(&base), key(&[base[1].clone(), base[0].clone()]));
    }

    #[test]
    fn keeps_lists_for_the_same_program_key_and_count() {
        let scratch = tempfile::tempdir().unwrap();
        let file = scratch.path().join("related-cache");
        let lists = vec![vec![1], vec![0]];
        RelatedCache::open(file.clone(), 7).put(5, &lists).unwrap();
        assert_eq!(RelatedCache::open(file.clone(), 7).get(5, 2), Some(lists.clone()));
        assert_eq!(RelatedCache::open(file.clone(), 7).get(6, 2), None, "another key");
        assert_eq!(RelatedCache::open(file.clone(), 8).get(5, 2), None, "another program");
        assert_eq!(RelatedCache::open(file.clone(), 7).get(5, 3), None, "another count");
        RelatedCache::open(file.clone(), 7).put(5, &[vec![2], vec![0]]).unwrap();
        assert_eq!(RelatedCache::open(file.clone(), 7).get(5, 2), None, "a rank out of range");
        fs::write(&file, "not a record").unwrap();
        assert_eq!(RelatedCache::open(file.clone(), 7).get(5, 2), None);
        assert_eq!(RelatedCache::none().get(5, 2), None);
    }
}
