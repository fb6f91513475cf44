//! Which other articles an article points to: those of the same category first, then those sharing
//! the most (distinct) tags, then the newest, then by slug so the choice is stable across builds.
//!
//! [`RelatedIndex`] finds them in time close to linear in the number of articles, where comparing
//! every pair is quadratic: articles are numbered by rank (newest first, then by slug, the ranking's own
//! tie-breaks), each (category, tag) and each tag keeps the ranks of its articles in order, and a merge
//! of an article's few lists in rank order counts shared tags as it goes, reading only the lists an
//! article must be in to still rank among the first few.

use crate::meta::ArticleMeta;
use rustc_hash::FxHashMap as HashMap;
use std::cmp::Reverse;

/// How many related articles an article view shows.
pub const RELATED_COUNT: usize = 3;

/// The ranking key of `other` for `article`: smaller ranks first.
type Rank<'a> = (Reverse<bool>, Reverse<usize>, (Reverse<Option<i64>>, &'a str));

fn rank<'a>(article: &ArticleMeta, other: &'a ArticleMeta) -> Rank<'a> {
    // Tags are distinct (`ArticleMeta::new`): this counts shared tags, not repetitions.
    let shared = other.tags.iter().filter(|tag| article.tags.contains(tag)).count();
    (Reverse(other.category == article.category), Reverse(shared), other.newest_first_key())
}

/// The reference definition: rank every other article. Quadratic; the index must agree with it.
pub fn related<'a>(article: &ArticleMeta, all: &'a [ArticleMeta], limit: usize) -> Vec<&'a ArticleMeta> {
    let mut candidates: Vec<&ArticleMeta> = all.iter().filter(|other| other.slug != article.slug).collect();
    candidates.sort_by_cached_key(|other| rank(article, other));
    candidates.truncate(limit);
    candidates
}

/// The articles of a sorted list (by [`ArticleMeta::newest_first_key`]), indexed by category and tag.
pub struct RelatedIndex {
    /// Each article's category, as a number.
    category: Vec<u32>,
    /// Each article's distinct tags, as numbers.
    tags: Vec<Vec<u32>>,
    /// Ranks of each category's articles, in order.
    by_category: Vec<Vec<u32>>,
    /// Ranks of each (category, tag)'s articles, in order.
    by_category_tag: HashMap<(u32, u32), Vec<u32>>,
    /// Ranks of each tag's articles, in order.
    by_tag: Vec<Vec<u32>>,
}

fn intern<'a>(names: &mut HashMap<&'a str, u32>, name: &'a str) -> u32 {
    let next = u32::try_from(names.len()).unwrap_or(u32::MAX);
    *names.entry(name).or_insert(next)
}

impl RelatedIndex {
    /// `sorted` must be in the order of [`ArticleMeta::newest_first_key`]: an article's rank is its
    /// position.
    pub fn new<'a>(sorted: impl IntoIterator<Item = &'a ArticleMeta>) -> Self {
        let mut categories = HashMap::default();
        let mut tag_names = HashMap::default();
        let mut index = Self {
            category: Vec::new(),
            tags: Vec::new(),
            by_category: Vec::new(),
            by_category_tag: HashMap::default(),
            by_tag: Vec::new(),
        };
        for (rank, article) in sorted.into_iter().enumerate() {
            let rank = u32::try_from(rank).unwrap_or(u32::MAX);
            let category = intern(&mut categories, &article.category);
            let tags: Vec<u32> = article.tags.iter().map(|t| intern(&mut tag_names, t)).collect();
            let list = |lists: &mut Vec<Vec<u32>>, at: u32| {
                let at = usize::try_from(at).unwrap_or(usize::MAX);
                if lists.len() <= at {
                    lists.resize_with(at + 1, Vec::new);
                }
                if let Some(list) = lists.get_mut(at) {
                    list.push(rank);
                }
            };
            list(&mut index.by_category, category);
            for &tag in &tags {
                list(&mut index.by_tag, tag);
                index.by_category_tag.entry((category, tag)).or_default().push(rank);
            }
            index.category.push(category);
            index.tags.push(tags);
        }
        index
    }

    fn category_of(&self, rank: u32) -> Option<u32> {
        self.category.get(usize::try_from(rank).ok()?).copied()
    }

    /// The ranks of the articles related to the article of rank `me`, best first: the same as
    /// [`related`] on the sorted list.
    pub fn related(&self, me: usize, limit: usize) -> Vec<u32> {
        let (Some(&category), Some(tags)) = (self.category.get(me), self.tags.get(me)) else { return Vec::new() };
        let me = u32::try_from(me).unwrap_or(u32::MAX);
        let same_category = |rank: u32| self.category_of(rank) == Some(category);
        let empty = Vec::new();
        // Same category, sharing tags; then the rest of the category, newest first (when the first
        // part came up short, it saw every article of the category that shares a tag).
        let lists: Vec<&[u32]> =
            tags.iter().map(|&t| self.by_category_tag.get(&(category, t)).unwrap_or(&empty).as_slice()).collect();
        let mut chosen = best_sharing(&lists, |rank| rank == me, limit);
        let own = self.by_category.get(usize::try_from(category).unwrap_or(usize::MAX)).unwrap_or(&empty);
        fill(&mut chosen, own.iter().copied(), |rank| rank == me, limit);
        // Other categories, the same way.
        if chosen.len() < limit {
            let lists: Vec<&[u32]> = tags
                .iter()
                .map(|&t| self.by_tag.get(usize::try_from(t).unwrap_or(usize::MAX)).unwrap_or(&empty).as_slice())
                .collect();
            let others = best_sharing(&lists, same_category, limit - chosen.len());
            chosen.extend(others);
            let all = 0..u32::try_from(self.category.len()).unwrap_or(u32::MAX);
            fill(&mut chosen, all, same_category, limit);
        }
        chosen
    }
}

/// Adds ranks from `candidates` (in order) that are not `skip`ped or chosen already, up to `limit`.
fn fill(chosen: &mut Vec<u32>, candidates: impl Iterator<Item = u32>, skip: impl Fn(u32) -> bool, limit: usize) {
    for rank in candidates {
        if chosen.len() >= limit {
            return;
        }
        if !skip(rank) && !chosen.contains(&rank) {
            chosen.push(rank);
        }
    }
}

/// The first place at or after `start` in `list` (in rank order) whose rank is at least `target`.
/// Galloping (1, 2, 4, ... places ahead, then a binary search), as most jumps are short.
fn seek(list: &[u32], start: usize, target: u32) -> usize {
    let rest = list.get(start..).unwrap_or_default();
    let mut bound = 1;
    while rest.get(bound - 1).is_some_and(|&rank| rank < target) {
        bound *= 2;
    }
    let lower = bound / 2;
    let upper = bound.min(rest.len());
    start + lower + rest.get(lower..upper).map_or(0, |window| window.partition_point(|&rank| rank < target))
}

/// The best `limit` ranks found in `lists` (each in rank order), not `skip`ped: in most lists first,
/// then lowest rank. A merge in rank order that reads only the lists a winner must be in: once
/// `limit` ranks are chosen, a rank must be in more lists than the worst of them (`needed`) to
/// replace it, as a later rank loses ties; such a rank is in at least one list other than the
/// `needed - 1` longest, so only those other lists are walked, and the longest are searched (by
/// galloping) for each rank met. The merge ends when the lists walked run out. (DivideSkip, from Li,
/// Lu and Lu, "Efficient Merging and Filtering Algorithms for Approximate String Searches", ICDE 2008.)
fn best_sharing(lists: &[&[u32]], skip: impl Fn(u32) -> bool, limit: usize) -> Vec<u32> {
    // The lists, longest first.
    let mut by_length: Vec<&[u32]> = lists.to_vec();
    by_length.sort_by_key(|list| Reverse(list.len()));
    let mut heads = vec![0usize; by_length.len()];
    // (shared, rank), best first.
    let mut best: Vec<(usize, u32)> = Vec::with_capacity(limit + 1);
    if limit == 0 {
        return Vec::new();
    }
    loop {
        let needed = best.get(limit - 1).map_or(1, |&(worst, _)| worst + 1);
        let walked = by_length.iter().zip(&heads).skip(needed - 1);
        let Some(rank) = walked.filter_map(|(list, &head)| list.get(head).copied()).min() else { break };
        let mut shared = 0;
        for (list, head) in by_length.iter().zip(heads.iter_mut()) {
            *head = seek(list, *head, rank);
            if list.get(*head) == Some(&rank) {
                shared += 1;
                *head += 1;
            }
        }
        if !skip(rank) {
            let at = best.partition_point(|&(s, r)| (Reverse(s), r) < (Reverse(shared), rank));
            if at < limit {
                best.insert(at, (shared, rank));
                best.truncate(limit);
            }
        }
    }
    best.into_iter().map(|(_, rank)| rank).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use digest_model::model::{Article, Source};

    fn article(slug: &str, category: &str, day: u32, tags: &[&str]) -> ArticleMeta {
        let article = Article {
            slug: slug.into(),
            title: slug.into(),
            category: category.into(),
            published: format!("2026-11-{day:02}T00:00:00Z"),
            summary: String::new(),
            why_it_matters: String::new(),
            steps: vec![],
            who_benefits: vec![],
            takeaways: vec![],
            source: Source { author: "a".into(), platform: "x".into(), quote: String::new(), url: String::new() },
            tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            lang: None,
        };
        ArticleMeta::new(&article, 0)
    }

    fn slugs(list: Vec<&ArticleMeta>) -> Vec<&str> {
        list.into_iter().map(|a| a.slug.as_str()).collect()
    }

    /// The index's answer for every article of `all`, as slugs, compared with the definition.
    fn agree(mut all: Vec<ArticleMeta>, limit: usize) -> Result<(), String> {
        all.sort_by(|a, b| a.newest_first_key().cmp(&b.newest_first_key()));
        let index = RelatedIndex::new(&all);
        for (rank, a) in all.iter().enumerate() {
            let fast: Vec<&str> =
                index.related(rank, limit).into_iter().map(|r| all[r as usize].slug.as_str()).collect();
            let slow = slugs(related(a, &all, limit));
            if fast != slow {
                return Err(format!("for {}: index {fast:?}, definition {slow:?}", a.slug));
            }
        }
        Ok(())
    }

    #[test]
    fn same_category_newest_first_never_itself() {
        let all = vec![
            article("me", "tools", 10, &[]),
            article("old", "tools", 1, &[]),
            article("new", "tools", 9, &[]),
            article("other-cat", "news", 11, &[]),
            article("mid", "tools", 5, &[]),
        ];
        assert_eq!(slugs(related(&all[0], &all, 3)), ["new", "mid", "old"]);
        agree(all, 3).unwrap();
    }

    #[test]
    fn shared_tags_rank_before_recency_within_the_category() {
        let all = vec![
            article("me", "tools", 10, &["rag", "evals"]),
            article("new", "tools", 9, &[]),
            article("tagged", "tools", 2, &["evals"]),
            article("both", "tools", 1, &["rag", "evals"]),
            article("elsewhere", "news", 12, &["rag", "evals"]),
        ];
        assert_eq!(slugs(related(&all[0], &all, 3)), ["both", "tagged", "new"]);
        agree(all, 3).unwrap();
    }

    #[test]
    fn other_categories_fill_in_by_shared_tags_then_recency() {
        let all = vec![
            article("me", "tools", 10, &["rag"]),
            article("sibling", "tools", 1, &[]),
            article("newest", "news", 20, &[]),
            article("tagged", "news", 2, &["rag"]),
            article("older", "news", 3, &[]),
        ];
        assert_eq!(slugs(related(&all[0], &all, 3)), ["sibling", "tagged", "newest"]);
        agree(all, 3).unwrap();
    }

    #[test]
    fn a_tag_written_twice_counts_once() {
        let all = vec![
            article("me", "tools", 10, &["rag"]),
            article("twice", "tools", 1, &["rag", "rag"]),
            article("once", "tools", 2, &["rag"]),
        ];
        assert_eq!(slugs(related(&all[0], &all, 2)), ["once", "twice"]);
        agree(all, 2).unwrap();
    }

    #[test]
    fn a_lone_article_has_none() {
        let all = vec![article("me", "tools", 10, &[])];
        assert!(related(&all[0], &all, 3).is_empty());
        agree(all, 3).unwrap();
    }

    proptest::proptest! {
        /// The fast index picks exactly what the quadratic definition picks, for any set of articles.
        #[test]
        fn the_index_always_agrees_with_the_definition(
            specs in proptest::collection::vec(
                (0usize..3, 1u32..28, proptest::collection::vec(0usize..6, 0..5)),
                1..60,
            ),
            limit in 0usize..6,
        ) {
            let all: Vec<ArticleMeta> = specs
                .into_iter()
                .enumerate()
                .map(|(i, (category, day, tags))| {
                    let tags: Vec<String> = tags.into_iter().map(|t| format!("t{t}")).collect();
                    let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
                    article(&format!("a{i}"), &format!("c{category}"), day, &tags)
                })
                .collect();
            proptest::prop_assert!(agree(all, limit).is_ok(), "{:?}", agree(Vec::new(), limit));
        }
    }
}
