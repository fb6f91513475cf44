//! `digest-search-cost <data-dir> <query>...`: the files the app fetches to answer each query on a
//! published data folder (the manifest, the shards its terms need, the feed pages that hold its first
//! results), decided by the app's own search code (`digest_model::search`). One JSON line a query;
//! `scripts/search-bytes.mjs` weighs the files as a browser receives them.

use clap::Parser;
use digest_model::search::encoding::Shard;
use digest_model::search::manifest::{self, Manifest};
use digest_model::search::query::{rank, Query};
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The cards the search page shows first (src/pages/search.rs).
const FIRST_RESULTS: usize = 10;

#[derive(Parser)]
struct Args {
    /// A published data folder (`dist/data`).
    data: PathBuf,
    queries: Vec<String>,
}

fn cost(data: &Path, manifest: &Manifest, text: &str) -> Result<serde_json::Value, String> {
    let query = Query::parse(text);
    let folder = Path::new(manifest::FOLDER);
    let mut files = vec![folder.join(manifest::MANIFEST)];
    let mut shards = Vec::new();
    for key in query.shard_keys(manifest) {
        let file = folder.join(manifest::shard_file(&key));
        let text = fs::read_to_string(data.join(&file)).map_err(|e| format!("{}: {e}", file.display()))?;
        shards.push(Shard::decode(&text, manifest.articles).map_err(|e| format!("{}: {e}", file.display()))?);
        files.push(file);
    }
    let ids = rank(&query.postings(&shards.iter().collect::<Vec<_>>()));
    let pages: BTreeSet<u32> =
        ids.iter().take(FIRST_RESULTS).filter_map(|&id| manifest.feed_place(id)).map(|(page, _)| page).collect();
    files.extend(pages.into_iter().map(|page| PathBuf::from(format!("feed/{page}.json"))));
    let files: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    Ok(serde_json::json!({ "query": text, "results": ids.len(), "files": files }))
}

fn main() -> ExitCode {
    let args = Args::parse();
    let manifest_file = args.data.join(manifest::FOLDER).join(manifest::MANIFEST);
    let manifest: Manifest = match fs::read_to_string(&manifest_file)
        .map_err(|e| e.to_string())
        .and_then(|text| serde_json::from_str(&text).map_err(|e| e.to_string()))
    {
        Ok(manifest) => manifest,
        Err(err) => {
            eprintln!("digest-search-cost: {}: {err}", manifest_file.display());
            return ExitCode::FAILURE;
        }
    };
    for query in &args.queries {
        match cost(&args.data, &manifest, query) {
            Ok(line) => println!("{line}"),
            Err(err) => {
                eprintln!("digest-search-cost: {err}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
