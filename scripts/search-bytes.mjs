// Bytes a search costs a reader: for each query, the files the app fetches to answer it (listed by
// the app's own search code, crates/publish/src/bin/digest-search-cost.rs) weighed as a browser
// receives them from a static host, brotli-compressed (quality 11, as scripts/precompress.mjs).
// Prints one line a query and the largest. Run by scripts/bench-content.sh at each size.
//
//   node scripts/search-bytes.mjs <dist> [query ...]
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const [dist, ...given] = process.argv.slice(2);
// Common words, a rare one, a prefix being typed, two and three words, and a word with a diacritic
// (the synthetic archive's vocabulary: crates/publish/src/bin/digest-synth.rs).
const queries = given.length ? given : ["model", "retrieval evaluation", "retri", "agent prompt latency", "coût", "tag-399", "nothing-matches"];
const bin = "crates/publish/target/release/digest-search-cost";
const lines = execFileSync(bin, [join(dist, "data"), ...queries], { encoding: "utf8", maxBuffer: 1 << 26 })
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line));

const weights = new Map();
const brotli = (file) => {
  if (!weights.has(file)) {
    const bytes = readFileSync(join(dist, "data", file));
    weights.set(file, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
  }
  return weights.get(file);
};

let largest = 0;
for (const { query, results, files } of lines) {
  const bytes = files.reduce((sum, file) => sum + brotli(file), 0);
  largest = Math.max(largest, bytes);
  console.log(`  ${JSON.stringify(query).padEnd(26)} ${String(results).padStart(7)} results  ${String(files.length).padStart(2)} files  ${String(bytes).padStart(7)} B`);
}
console.log(`  largest: ${largest} B brotli a query`);
