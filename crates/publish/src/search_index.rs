//! The search index (`search/` under the data folder): every article's words, folded and stemmed,
//! in shards split by prefix until each is small, so that a query fetches only the few it needs
//! (`digest_model::search` defines the layout, which the app reads).

use crate::index::Published;
use crate::output::Output;
use digest_model::search::encoding::{Postings, Shard};
use digest_model::search::manifest::{self, Manifest};
use digest_model::search::text::{is_term, stem, words};
use digest_model::Article;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

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

/// Every term with its postings, terms ascending. Ids count from the oldest article.
fn postings(published: &Published) -> Result<Vec<(String, Postings)>, String> {
    let total = u32::try_from(published.len()).map_err(|_| "too many articles to index".to_owned())?;
    let mut index: FxHashMap<String, Postings> = FxHashMap::default();
    let ids: Vec<u32> = (0..total).collect();
    for chunk in ids.chunks(CHUNK) {
        let terms: Vec<Terms> = chunk
            .par_iter()
            .map_init(FxHashMap::default, |stems, &id| {
                let rank = total - 1 - id;
                let article = published.article(rank)?;
                Ok(terms_of(article, published.site.category_name(&article.category), stems))
            })
            .collect::<Result<_, String>>()?;
        for (&id, terms) in chunk.iter().zip(terms) {
            for term in terms.any {
                let postings = index.entry(term).or_default();
                postings.any.push(id);
            }
            for term in terms.title {
                if let Some(postings) = index.get_mut(&term) {
                    postings.title.push(id);
                }
            }
        }
    }
    let mut sorted: Vec<(String, Postings)> = index.into_iter().collect();
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

/// Writes the index under `prefix` (`data/` in a deployment).
pub fn write(out: &Output, prefix: &str, published: &Published) -> Result<(), String> {
    let terms = postings(published)?;
    let sizes: Vec<(&str, usize)> = terms
        .iter()
        .map(|(term, postings)| (term.as_str(), Shard::encode([(term.as_str(), postings)]).len() - 1))
        .collect();
    let shards = split(&sizes, SHARD_TARGET);
    let folder = format!("{prefix}{}", manifest::FOLDER);
    shards.par_iter().try_for_each(|(key, range)| {
        out.file(&format!("{folder}/{}", manifest::shard_file(key)), None, || {
            let shard = terms.get(range.clone()).unwrap_or_default();
            Ok::<_, String>(Shard::encode(shard.iter().map(|(t, p)| (t.as_str(), p))))
        })
    })?;
    let manifest = Manifest {
        version: manifest::VERSION,
        articles: u32::try_from(published.len()).unwrap_or(u32::MAX),
        page_size: published.site.page_size,
        shards: shards.into_iter().map(|(key, _)| key).collect(),
    };
    out.file(&format!("{folder}/{}", manifest::MANIFEST), None, || {
        serde_json::to_vec(&manifest).map_err(|err| format!("cannot write JSON: {err}"))
    })
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
