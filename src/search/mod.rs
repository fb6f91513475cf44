//! Searching the published index: which shards a query needs (fetched at once, through [`Api`], so
//! they are cached, retried and shared like any content), what it matches, and the cards of the
//! results, found in the feed's pages. The box in the header and `/search` use it.

pub mod hooks;

use crate::api::{Api, ApiError};
use digest_model::search::encoding::Shard;
use digest_model::search::manifest::Manifest;
use digest_model::search::query::{rank, Query};
use digest_model::ArticleSummary;
use futures::future::join_all;
use std::collections::BTreeMap;

/// What a query matched, best first.
#[derive(Clone, Debug, PartialEq)]
pub struct Matches {
    pub manifest: Manifest,
    pub ids: Vec<u32>,
}

fn damaged(what: &str) -> ApiError {
    ApiError::Invalid {
        url: "search index".to_owned(),
        path: what.to_owned(),
        message: "does not match the index's manifest".to_owned(),
    }
}

/// The articles `query` finds.
pub async fn search(api: Api, query: &Query) -> Result<Matches, ApiError> {
    let manifest = api.search_manifest().await?;
    let keys = query.shard_keys(&manifest);
    let shards =
        join_all(keys.iter().map(|key| api.search_shard(key))).await.into_iter().collect::<Result<Vec<_>, _>>()?;
    let shards: Vec<&Shard> = shards.iter().map(|shard| &**shard).collect();
    let ids = rank(&query.postings(&shards));
    if ids.iter().any(|&id| id >= manifest.articles) {
        return Err(damaged("an article id"));
    }
    Ok(Matches { manifest, ids })
}

/// The cards of `ids`, in order, from the feed's pages (each fetched once).
pub async fn cards(api: Api, manifest: &Manifest, ids: &[u32]) -> Result<Vec<ArticleSummary>, ApiError> {
    let places: Vec<(u32, usize)> = ids
        .iter()
        .map(|&id| manifest.feed_place(id).ok_or_else(|| damaged("an article id")))
        .collect::<Result<_, _>>()?;
    let mut pages: Vec<u32> = places.iter().map(|(page, _)| *page).collect();
    pages.sort_unstable();
    pages.dedup();
    let loaded = join_all(pages.iter().map(|&page| api.feed(page))).await;
    let mut by_page = BTreeMap::new();
    for (page, listing) in pages.into_iter().zip(loaded) {
        by_page.insert(page, listing?);
    }
    places
        .into_iter()
        .map(|(page, at)| {
            by_page.get(&page).and_then(|listing| listing.items.get(at)).cloned().ok_or_else(|| damaged("a feed page"))
        })
        .collect()
}
