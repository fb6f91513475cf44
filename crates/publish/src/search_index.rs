//! The search index (`search/` under the data folder): every article's words, folded and stemmed,
//! in shards split by prefix until each is small, so that a query fetches only the few it needs
//! (`digest_model::search` defines the layout, which the app reads).
//!
//! Building it reads every article, so the cache keeps, for the next publish, each article's terms (by
//! the article's bytes and its category's name) and which shards the index has: a publish that
//! changed nothing the index depends on leaves it as it is, and one that changed a few articles reads
//! and stems only those.

use crate::error::{Error, Result};
use crate::fingerprint;
use crate::index::Published;
use crate::output::Output;
use digest_model::search::encoding::{Postings, Shard};
use digest_model::search::manifest::{self, Manifest};
use digest_model::search::text::{is_term, stem, words};
use digest_model::Article;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

/// A shard is split once its terms take more than this many bytes (before compression).
pub const SHARD_TARGET: usize = 16 * 1024;
/// Articles read at once: enough for both cores, few enough that their words never fill memory.
const CHUNK: usize = 2048;

/// An article's terms: those of its title, and all of them.
#[derive(Default)]
struct Terms {
    title: FxHashSet<String>,
    any: FxHashSet<String>,
}

/// Stems each word once per thread: an archive repeats its vocabulary endlessly.
fn add_words(text: &str, into: &mut FxHashSet<String>, stems: &mut FxHashMap<String, String>) {
    words(text, |word, _| {
        if !is_term(word) {
            return;
        }
        let term = match stems.get(word) {
            Some(term) => term.clone(),
            None => {
                let term = stem(word);
                stems.insert(word.to_owned(), term.clone());
                term
            }
        };
        into.insert(term);
    });
}

/// What is searched: title, summary, why it matters, steps, who benefits, takeaways, the quote, its
/// author, the tags and the category's name.
fn terms_of(article: &Article, category_name: &str, stems: &mut FxHashMap<String, String>) -> Terms {
    let mut terms = Terms::default();
    add_words(&article.title, &mut terms.title, stems);
    let rest = [&article.summary, &article.why_it_matters, &article.source.quote, &article.source.author]
        .into_iter()
        .chain(&article.steps)
        .chain(&article.who_benefits)
        .chain(&article.takeaways)
        .chain(&article.tags);
    for text in rest {
        add_words(text, &mut terms.any, stems);
    }
    add_words(category_name, &mut terms.any, stems);
    terms.any.extend(terms.title.iter().cloned());
    terms
}

/// An article's terms, as places in [`Record::terms`].
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct ArticleTerms {
    title: Vec<u32>,
    any: Vec<u32>,
}

/// What one publish keeps for the next (in the cache folder).
#[derive(Debug, Default, Serialize, Deserialize)]
struct Record {
    /// What the index written depends on ([`key`]), and its shards' keys.
    key: u128,
    shards: Vec<String>,
    /// Every term seen, in the order first seen: an article's terms are places here.
    terms: Vec<String>,
    /// By [`article_key`].
    articles: FxHashMap<u128, ArticleTerms>,
}

/// What an article's terms depend on: its file's bytes and its category's name.
fn article_key(fingerprint: u128, category_name: &str) -> u128 {
    crate::fingerprint::combine([fingerprint, crate::fingerprint::of(category_name.as_bytes())])
}

/// Every term with its postings, terms ascending, ids counting from the oldest article. The terms of
/// articles `record` knows are taken from it; the others are read and stemmed, and `record` keeps
/// the terms of every article there is now.
fn postings(published: &Published, record: &mut Record) -> Result<Vec<(String, Postings)>> {
    let total = u32::try_from(published.len()).map_err(|_| Error::Internal("too many articles to index".to_owned()))?;
    let mut known = std::mem::take(&mut record.articles);
    let mut places: FxHashMap<String, u32> =
        (0u32..).zip(&record.terms).map(|(place, term)| (term.clone(), place)).collect();
    let mut postings: Vec<Postings> = vec![Postings::default(); record.terms.len()];
    let ids: Vec<u32> = (0..total).collect();
    for chunk in ids.chunks(CHUNK) {
        // Known articles' terms are taken out of the last record below, on one thread, without a copy.
        let found: Vec<(u128, Option<Terms>)> = chunk
            .par_iter()
            .map_init(FxHashMap::default, |stems, &id| {
                let rank = total - 1 - id;
                let meta = published.meta(rank).ok_or_else(|| Error::Internal(format!("no article of rank {rank}")))?;
                let category_name = published.site.category_name(&meta.category);
                let key = article_key(meta.fingerprint, category_name);
                if known.contains_key(&key) {
                    return Ok((key, None));
                }
                let article = published.article(rank)?;
                Ok((key, Some(terms_of(article, category_name, stems))))
            })
            .collect::<Result<_>>()?;
        for (&id, (key, fresh)) in chunk.iter().zip(found) {
            let terms = match fresh {
                Some(fresh) => {
                    let mut place_of = |term: String| {
                        *places.entry(term).or_insert_with_key(|term| {
                            record.terms.push(term.clone());
                            postings.push(Postings::default());
                            u32::try_from(record.terms.len() - 1).unwrap_or(u32::MAX)
                        })
                    };
                    let mut title: Vec<u32> = fresh.title.into_iter().map(&mut place_of).collect();
                    let mut any: Vec<u32> = fresh.any.into_iter().map(&mut place_of).collect();
                    title.sort_unstable();
                    any.sort_unstable();
                    ArticleTerms { title, any }
                }
                // Each file's bytes hold its slug, so each key is one article's.
                None => known.remove(&key).unwrap_or_default(),
            };
            for &place in &terms.title {
                if let Some(p) = postings.get_mut(place as usize) {
                    p.title.push(id);
                }
            }
            for &place in &terms.any {
                if let Some(p) = postings.get_mut(place as usize) {
                    p.any.push(id);
                }
            }
            record.articles.insert(key, terms);
        }
    }
    let mut sorted: Vec<(String, Postings)> = record
        .terms
        .iter()
        .zip(postings)
        .filter(|(_, postings)| !postings.any.is_empty())
        .map(|(term, postings)| (term.clone(), postings))
        .collect();
    sorted.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
    Ok(sorted)
}

/// Splits `terms` (ascending, with their encoded sizes) into shards of at most `target` bytes where
/// a prefix allows: a group too big is split by its next letter, its key itself keeping the term
/// equal to it. Returns each shard's key and its terms.
fn split(terms: &[(&str, usize)], target: usize) -> Vec<(String, Range<usize>)> {
    /// `group` is `terms[from..]` of one prefix, `key`.
    fn go(group: &[(&str, usize)], from: usize, key: String, target: usize, out: &mut Vec<(String, Range<usize>)>) {
        let size: usize = group.iter().map(|t| t.1).sum();
        if size <= target || group.len() <= 1 {
            if !group.is_empty() {
                out.push((key, from..from + group.len()));
            }
            return;
        }
        let depth = key.chars().count();
        let next_char = |term: &(&str, usize)| term.0.chars().nth(depth);
        // Ascending order puts the term equal to the key (if there is one) first.
        let own = usize::from(group.first().is_some_and(|term| next_char(term).is_none()));
        if own == 1 {
            out.push((key.clone(), from..from + 1));
        }
        let mut rest = group.get(own..).unwrap_or_default();
        let mut at = from + own;
        while let Some(first) = rest.first() {
            let next = next_char(first);
            let len = rest.iter().position(|term| next_char(term) != next).unwrap_or(rest.len());
            let (same, after) = rest.split_at(len);
            let child = next.map_or_else(|| key.clone(), |c| format!("{key}{c}"));
            go(same, at, child, target, out);
            at += len;
            rest = after;
        }
    }
    let mut out = Vec::new();
    go(terms, 0, String::new(), target, &mut out);
    out
}

/// The index, made: every term with its postings, and the shards as keys and ranges of terms.
struct Index {
    terms: Vec<(String, Postings)>,
    shards: Vec<(String, Range<usize>)>,
}

impl Index {
    fn build(published: &Published, record: &mut Record) -> Result<Self> {
        let terms = postings(published, record)?;
        let sizes: Vec<(&str, usize)> = terms
            .iter()
            .map(|(term, postings)| (term.as_str(), Shard::encode([(term.as_str(), postings)]).len() - 1))
            .collect();
        let shards = split(&sizes, SHARD_TARGET);
        Ok(Self { terms, shards })
    }

    fn shard(&self, key: &str) -> Result<Vec<u8>> {
        let (_, range) = self
            .shards
            .iter()
            .find(|(k, _)| k == key)
            .ok_or_else(|| Error::Internal(format!("the search index has no shard {key:?}")))?;
        let terms = self.terms.get(range.clone()).unwrap_or_default();
        Ok(Shard::encode(terms.iter().map(|(t, p)| (t.as_str(), p))))
    }
}

/// What the index depends on: every article's bytes, in order, the categories' names, the page size.
fn key(published: &Published) -> u128 {
    let site = &published.site;
    let categories = serde_json::to_vec(&(&site.categories, site.page_size)).unwrap_or_default();
    fingerprint::combine(published.metas().map(|meta| meta.fingerprint).chain([fingerprint::of(&categories)]))
}

/// Writes the index under `prefix` (`data/` in a deployment). `record`: where the last publish kept
/// what it knew of the index, for `program`.
pub fn write(out: &Output, prefix: &str, published: &Published, record: Option<(&Path, u128)>) -> Result<()> {
    let key = key(published);
    let kept: Record = record.and_then(|(file, program)| crate::cache::read(file, program)).unwrap_or_default();
    let unchanged = kept.key == key && !kept.shards.is_empty();
    // Made when a file needs it: never, when nothing changed and every file is as it was written.
    let built = OnceLock::new();
    let kept = std::sync::Mutex::new(kept);
    let index = || {
        built
            .get_or_init(|| {
                let mut record =
                    kept.lock().map_err(|_| Error::Internal("the search index's record is unusable".to_owned()))?;
                Index::build(published, &mut record)
            })
            .as_ref()
            .map_err(Clone::clone)
    };
    let shards = if unchanged {
        kept.lock().map(|record| record.shards.clone()).unwrap_or_default()
    } else {
        index()?.shards.iter().map(|(key, _)| key.clone()).collect()
    };
    let folder = format!("{prefix}{}", manifest::FOLDER);
    shards.par_iter().try_for_each(|shard| {
        out.file(&format!("{folder}/{}", manifest::shard_file(shard)), Some(key), || index()?.shard(shard))
    })?;
    let manifest = Manifest {
        version: manifest::VERSION,
        articles: u32::try_from(published.len()).unwrap_or(u32::MAX),
        page_size: published.site.page_size,
        shards: shards.clone(),
    };
    out.file(&format!("{folder}/{}", manifest::MANIFEST), Some(key), || {
        serde_json::to_vec(&manifest).map_err(|err| Error::json(&err))
    })?;
    if let (false, Some((file, program)), Ok(mut record)) = (unchanged, record, kept.into_inner()) {
        record.key = key;
        record.shards = shards;
        // Only a faster next run depends on it.
        let _ = crate::cache::write(file, program, &record);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_split_by_prefix_until_small_and_each_term_is_in_its_longest_key() {
        let names = ["ai", "mo", "mod", "model", "modul", "mount", "zeta"];
        let terms: Vec<(&str, usize)> = names.iter().map(|t| (*t, 10)).collect();
        let shards = split(&terms, 25);
        let keys: Vec<&str> = shards.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["a", "mo", "mod", "mode", "modu", "mou", "z"]);
        let manifest =
            Manifest { version: 1, articles: 0, page_size: 10, shards: keys.iter().map(|k| (*k).to_owned()).collect() };
        for (key, range) in &shards {
            for (term, _) in &terms[range.clone()] {
                assert_eq!(manifest.shard_of(term), Some(key.as_str()), "{term}");
            }
        }
        assert_eq!(split(&terms, 1000).len(), 1, "a small index is one shard");
        assert_eq!(split(&[], 10), []);
    }
}
