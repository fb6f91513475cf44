//! A search query: its terms, the shards they need, which indexed terms they match, how the matched
//! articles rank, and which words of a text to highlight. Work is bounded whatever is typed.

use super::encoding::{Postings, Shard};
use super::manifest::Manifest;
use super::text::{is_term, stem, words};
use std::collections::BTreeSet;
use std::ops::Range;

/// Only so much of a query is read.
pub const MAX_CHARS: usize = 200;
pub const MAX_TERMS: usize = 8;
/// A prefix matches at most this many indexed terms.
pub const MAX_EXPANSIONS: usize = 256;
/// A prefix needs this many letters; shorter words match whole terms only.
pub const MIN_PREFIX: usize = 3;
/// A word being typed also matches the terms it extends by up to this many letters ("retrieva"
/// finds "retriev", the stem of "retrieval").
const TYPED_SUFFIX: usize = 3;

/// One word of a query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// Folded, as typed.
    pub word: String,
    pub stem: String,
    /// Whether it matches the terms it begins (the last word, which may still be being typed).
    pub prefix: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub terms: Vec<Term>,
}

impl Query {
    pub fn parse(text: &str) -> Self {
        let text = text.char_indices().nth(MAX_CHARS).and_then(|(end, _)| text.get(..end)).unwrap_or(text);
        let mut terms: Vec<Term> = Vec::new();
        words(text, |word, _| {
            if terms.len() < MAX_TERMS && is_term(word) {
                let stem = stem(word);
                if !terms.iter().any(|t| t.stem == stem) {
                    terms.push(Term { word: word.to_owned(), stem, prefix: false });
                }
            }
        });
        if let Some(last) = terms.last_mut() {
            last.prefix = last.word.chars().count() >= MIN_PREFIX;
        }
        Self { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The keys of the shards the terms need.
    pub fn shard_keys(&self, manifest: &Manifest) -> BTreeSet<String> {
        let mut keys = BTreeSet::new();
        for term in &self.terms {
            keys.extend(manifest.shard_of(&term.stem).map(str::to_owned));
            if term.prefix {
                keys.extend(manifest.shards_under(&term.stem).map(str::to_owned));
                for cut in typed_cuts(&term.word) {
                    keys.extend(manifest.shard_of(cut).map(str::to_owned));
                }
            }
        }
        keys
    }

    /// For each term, the articles that have it (or, for a prefix, any term it begins), from the
    /// shards it needs.
    pub fn postings(&self, shards: &[&Shard]) -> Vec<Postings> {
        self.terms
            .iter()
            .map(|term| {
                let mut found = Postings::default();
                let matched = shards
                    .iter()
                    .flat_map(|shard| &shard.terms)
                    .filter(|(indexed, _)| term.matches(indexed))
                    .take(if term.prefix { MAX_EXPANSIONS } else { 1 });
                for (_, postings) in matched {
                    found.title.extend(&postings.title);
                    found.any.extend(&postings.any);
                }
                for ids in [&mut found.title, &mut found.any] {
                    ids.sort_unstable();
                    ids.dedup();
                }
                found
            })
            .collect()
    }

    /// The words of `text` to highlight, as byte ranges, in order.
    pub fn highlights(&self, text: &str) -> Vec<Range<usize>> {
        let mut found = Vec::new();
        if self.terms.is_empty() {
            return found;
        }
        words(text, |word, at| {
            let stemmed = stem(word);
            if self.terms.iter().any(|term| term.matches(&stemmed) || (term.prefix && word.starts_with(&term.word))) {
                found.push(at);
            }
        });
        found
    }
}

/// The beginnings of a word being typed that a term of its own may be: itself less 1 to 3 letters,
/// keeping at least [`MIN_PREFIX`].
fn typed_cuts(word: &str) -> impl Iterator<Item = &str> {
    let ends: Vec<usize> = word.char_indices().map(|(at, _)| at).skip(MIN_PREFIX).collect();
    ends.into_iter().rev().take(TYPED_SUFFIX).filter_map(move |end| word.get(..end))
}

impl Term {
    /// Whether the indexed term `indexed` is one this term finds.
    pub fn matches(&self, indexed: &str) -> bool {
        if !self.prefix {
            return indexed == self.stem;
        }
        indexed.starts_with(&self.stem)
            || (self.word.starts_with(indexed)
                && indexed.chars().count() >= MIN_PREFIX
                && self.word.chars().count() - indexed.chars().count() <= TYPED_SUFFIX)
    }
}

/// The articles that have every term, best first: those with more of the terms in their title
/// first, then the newest (the highest id).
pub fn rank(per_term: &[Postings]) -> Vec<u32> {
    let Some((first, rest)) = per_term.split_first() else { return Vec::new() };
    let mut hits: Vec<u32> = first.any.clone();
    for postings in rest {
        hits.retain(|id| postings.any.binary_search(id).is_ok());
    }
    let mut scored: Vec<(usize, u32)> = hits
        .into_iter()
        .map(|id| (per_term.iter().filter(|p| p.title.binary_search(&id).is_ok()).count(), id))
        .collect();
    scored.sort_unstable_by(|a, b| b.cmp(a));
    scored.into_iter().map(|(_, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::manifest::VERSION;

    fn words_of(query: &Query) -> Vec<(&str, &str, bool)> {
        query.terms.iter().map(|t| (t.word.as_str(), t.stem.as_str(), t.prefix)).collect()
    }

    #[test]
    fn a_query_is_its_folded_stemmed_words_the_last_a_prefix() {
        // "retriev" stems as "retrieval" does: one term, the last, so a prefix.
        let query = Query::parse("Naïve RETRIEVAL, a b retriev");
        assert_eq!(words_of(&query), [("naive", "naiv", false), ("retrieval", "retriev", true)]);
        assert!(Query::parse("retriev").terms[0].prefix);
        assert!(!Query::parse("ai").terms[0].prefix, "two letters match whole terms only");
        assert!(Query::parse(" , ; a ").is_empty());
    }

    #[test]
    fn a_huge_or_hostile_query_is_bounded() {
        let huge = "word ".repeat(2000) + &(0..2000).map(|i| format!("w{i} ")).collect::<String>();
        assert!(Query::parse(&huge).terms.len() <= MAX_TERMS);
        let markup = Query::parse("<script>alert(1)</script>");
        assert_eq!(words_of(&markup).iter().map(|t| t.0).collect::<Vec<_>>(), ["script", "alert", "script"][..2]);
    }

    #[test]
    fn prefixes_find_longer_terms_and_typed_words_their_stems() {
        let term = |text: &str| Query::parse(text).terms.remove(0);
        assert!(term("retriev").matches("retriev"));
        assert!(term("retri").matches("retriev"));
        assert!(term("retrieva").matches("retriev"), "typing on past the stem");
        assert!(!term("retrieva").matches("ret"));
        assert!(!term("retrieval model").matches("retrievals"));
        assert!(term("model").matches("model") && !term("models x").matches("modal"));
    }

    #[test]
    fn the_shards_a_query_needs() {
        let manifest = Manifest {
            version: VERSION,
            articles: 1,
            page_size: 10,
            shards: ["", "r", "re", "ret", "retr", "retriev"].map(str::to_owned).to_vec(),
        };
        let keys: Vec<String> = Query::parse("agents retri").shard_keys(&manifest).into_iter().collect();
        // "retri" may also extend a term "ret" or "retr".
        assert_eq!(keys, ["", "ret", "retr", "retriev"]);
    }

    fn p(title: &[u32], any: &[u32]) -> Postings {
        Postings { title: title.to_vec(), any: any.to_vec() }
    }

    #[test]
    fn every_term_must_match_and_title_matches_rank_first_then_the_newest() {
        let agents = p(&[2], &[1, 2, 3, 5]);
        let undo = p(&[2, 3], &[2, 3, 5, 9]);
        assert_eq!(rank(&[agents.clone(), undo]), [2, 3, 5]);
        assert_eq!(rank(&[agents]), [2, 5, 3, 1]);
        assert_eq!(rank(&[]), Vec::<u32>::new());
    }

    #[test]
    fn highlights_are_the_matching_words() {
        let text = "Retrieval for naïve models: retrieving data";
        let query = Query::parse("naive retriev");
        let marked: Vec<&str> = query.highlights(text).into_iter().filter_map(|r| text.get(r)).collect();
        assert_eq!(marked, ["Retrieval", "naïve", "retrieving"]);
    }
}
