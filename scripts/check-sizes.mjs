// Weighs the app's wasm in a build against bench/sizes.json, in brotli bytes (quality 11, as
// scripts/precompress.mjs serves them): the start module (the start wasm with its JS glue, which every
// reader who gets the app downloads before it takes over), each chunk loaded when its feature is first
// used (src/lazy.rs, scripts/build-wasm.mjs) with the loader of chunks, and all of them together;
// and, raw, the CSS an article page and a listing page inline (crates/publish/src/site/critical/),
// read by an HTML5 parser.
// Bytes are deterministic, so this is no timing test: growth fails `make test` until the budget file
// is edited, where a reviewer sees it. A chunk the file does not name fails too.
//
//   node scripts/check-sizes.mjs <dist> [--json]
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { parse } from "parse5";

const [dist, flag] = process.argv.slice(2);
if (!dist) {
  console.error("usage: node scripts/check-sizes.mjs <dist> [--json]");
  process.exit(2);
}
const budgets = JSON.parse(readFileSync(new URL("../bench/sizes.json", import.meta.url), "utf8"));
const brotli = (name) => brotliCompressSync(readFileSync(join(dist, name)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The app's parts in `dist`, by the names scripts/build-wasm.mjs gives them. */
function parts(files) {
  const hashed = /^digest-(?:([a-z0-9]+)-)?[0-9a-f]{16}(_bg)?\.(js|wasm)$/;
  const found = { start: [], loader: [], chunks: {} };
  for (const name of files) {
    const match = hashed.exec(name);
    if (!match) continue;
    const [, part, bg, ext] = match;
    if (!part) found.start.push(name);
    else if (part === "split" && ext === "js") found.loader.push(name);
    else if (ext === "wasm" && !bg) found.chunks[part] = name;
  }
  return found;
}

const found = parts(readdirSync(dist));
if (found.start.length !== 2 || found.loader.length !== 1) {
  console.error(`check-sizes: ${dist} does not hold one split build (start: ${found.start.join(", ") || "none"}; loader: ${found.loader.join(", ") || "none"}): run make build`);
  process.exit(1);
}
const rows = [["start module (wasm + JS)", found.start.reduce((sum, name) => sum + brotli(name), 0), budgets.start]];
rows.push(["loader of chunks", brotli(found.loader[0]), budgets.loader]);
for (const [chunk, name] of Object.entries(found.chunks).sort()) rows.push([`chunk ${chunk}`, brotli(name), budgets.chunks[chunk]]);
rows.push(["all together", rows.reduce((sum, [, bytes]) => sum + bytes, 0), budgets.all]);

/** The text of the `<style>` elements of the page `file`, in bytes. */
function inlineCss(file) {
  const styles = [];
  const walk = (node) => {
    if (node.nodeName === "style") styles.push(node.childNodes.map((text) => text.value ?? "").join(""));
    (node.childNodes ?? []).forEach(walk);
    if (node.content) walk(node.content);
  };
  walk(parse(readFileSync(join(dist, file), "utf8")));
  return Buffer.byteLength(styles.join(""));
}
// Every page of a kind inlines the same rules: the first article and the feed stand for theirs.
const article = readdirSync(join(dist, "articles")).filter((name) => name.endsWith(".html")).sort()[0];
const pages = { article: `articles/${article}`, listing: "index.html" };
for (const [kind, file] of Object.entries(pages)) rows.push([`inline CSS, ${kind} (raw)`, inlineCss(file), budgets.inlineCss?.[kind]]);

const failures = [];
for (const [what, bytes, budget] of rows) {
  if (budget === undefined) failures.push(`${what}: ${bytes} B has no budget in bench/sizes.json`);
  else if (bytes > budget) failures.push(`${what}: ${bytes} B is over its budget of ${budget} B`);
}
for (const chunk of Object.keys(budgets.chunks)) {
  if (!(chunk in found.chunks)) failures.push(`chunk ${chunk}: in bench/sizes.json but not in the build`);
}
if (flag === "--json") {
  console.log(JSON.stringify(Object.fromEntries(rows.map(([what, bytes]) => [what, bytes]))));
} else {
  console.log("bytes (wasm: brotli)              budget");
  for (const [what, bytes, budget] of rows) console.log(`  ${what.padEnd(26)} ${String(bytes).padStart(8)} ${String(budget ?? "-").padStart(8)}`);
}
if (failures.length) {
  for (const failure of failures) console.error(`check-sizes: ${failure}`);
  process.exit(1);
}
