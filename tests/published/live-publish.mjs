// Publishing into a folder that nginx serves (deploy/nginx.conf), as an operator republishes an
// archive: while every article is published again with a new title (digest-content publish, then
// scripts/precompress.mjs, as make publish runs them), two readers fetch article pages from nginx in a
// loop, plain and gzip, and every answer must be a whole page of the old publish or of the new one:
// never empty, never cut, never a compressed copy of other bytes than its page's. Once the publish is
// done, every page and every compressed copy is the new one. `make test-live` runs it at 1,000
// articles (precompressing 10,000 pages at brotli's highest level takes about 14 minutes here). A
// reader catches a page replaced in place only by chance at this scale; that each page is replaced
// whole is held by crates/publish/tests/interrupted.rs, which reads a page opened before the publish.
// Usage: node tests/published/live-publish.mjs [articles]
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";

const count = Number(process.argv[2] ?? 1_000);
const port = 8120;
const work = resolve("target/live");
const [content, site, cache] = ["content", "site", "cache"].map((name) => join(work, name));
const bin = resolve("crates/publish/target/release");

function run(command, args) {
  const result = spawnSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")}: ${result.stderr}`);
  return result.stdout;
}

/** The release app's own files (as make publish copies them), into the site. */
function copyApp() {
  for (const name of readdirSync("dist")) {
    if (/^(digest-|standalone-|favicon)|^_headers$|^_redirects$/.test(name) && !/\.(br|gz)$/.test(name)) {
      cpSync(join("dist", name), join(site, name), { preserveTimestamps: true });
    }
  }
}

const PUBLISH = ["publish", "--offline", "--template", "dist/index.html", "--cache", cache, content, site];

/** The same, as child processes this process waits for without blocking (its readers go on). */
function runAsync(command, args) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => (code === 0 ? done() : fail(new Error(`${command} ${args.join(" ")}: ${stderr}`))));
  });
}

/** One GET, as bytes, with the encoding asked for. */
function get(path, encoding) {
  return new Promise((done, fail) => {
    const req = request({ host: "127.0.0.1", port, path, headers: { "accept-encoding": encoding } }, (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () => done({ status: res.statusCode, encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
      res.on("error", fail);
    });
    req.on("error", fail);
    req.end();
  });
}

/** What is wrong with an answer for `slug`, or null: a whole page, of the old title or the new one. */
function problem(answer, slug, titles) {
  if (answer.status !== 200) return `status ${answer.status}`;
  let html;
  try {
    html = (answer.encoding === "gzip" ? gunzipSync(answer.body) : answer.body).toString("utf8");
  } catch (error) {
    return `a ${answer.encoding} copy that does not decode (${error.message})`;
  }
  if (html.length === 0) return "an empty page";
  if (!html.trimEnd().endsWith("</html>")) return `a cut page (${html.length} bytes)`;
  if (!html.includes(`data-route="/articles/${slug}"`)) return "another page's bytes";
  if (!titles.some((title) => html.includes(`<h1 tabindex="-1" dir="auto" class="digest-article__title">${title}`))) {
    return "a page of neither publish";
  }
  return null;
}

rmSync(work, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
run(join(bin, "digest-synth"), [String(count), content]);
const slugs = readdirSync(join(content, "articles")).map((file) => file.replace(/\.json$/, ""));
const titleOf = (slug) => JSON.parse(readFileSync(join(content, "articles", `${slug}.json`), "utf8")).title;
const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const oldTitles = new Map(slugs.map((slug) => [slug, escape(titleOf(slug))]));
copyApp();
run(join(bin, "digest-content"), PUBLISH);
run("node", ["scripts/precompress.mjs", site]);

const nginx = spawn("bash", ["tests/e2e/nginx.sh", site, String(port)], { stdio: ["ignore", "ignore", "pipe"] });
try {
  for (let i = 0; i < 100 && !(await get("/", "identity").then(() => true, () => false)); i++) {
    await new Promise((wait) => setTimeout(wait, 100));
  }
  // Every article gets a new title, then the whole archive is published again, as readers read.
  const newTitles = new Map();
  for (const slug of slugs) {
    const file = join(content, "articles", `${slug}.json`);
    const article = JSON.parse(readFileSync(file, "utf8"));
    article.title = `Again: ${article.title}`.slice(0, 200).trimEnd();
    newTitles.set(slug, escape(article.title));
    writeFileSync(file, JSON.stringify(article));
  }
  let publishing = true;
  const bad = [];
  let reads = 0;
  const reader = async (seed) => {
    for (let i = seed; publishing; i += 7919) {
      const slug = slugs[i % slugs.length];
      const encoding = i % 2 === 0 ? "gzip" : "identity";
      const answer = await get(`/articles/${slug}`, encoding);
      reads += 1;
      const wrong = problem(answer, slug, [oldTitles.get(slug), newTitles.get(slug)]);
      if (wrong) bad.push(`/articles/${slug} (${encoding}): ${wrong}`);
    }
  };
  const readers = [reader(1), reader(2)];
  try {
    await runAsync(join(bin, "digest-content"), PUBLISH);
    await runAsync("node", ["scripts/precompress.mjs", site]);
  } finally {
    publishing = false;
  }
  await Promise.all(readers);
  console.log(`live-publish: ${reads} reads of ${count} articles' pages during the republish, ${bad.length} bad`);
  if (bad.length > 0) throw new Error(`${bad.length} bad reads, the first: ${bad.slice(0, 5).join("; ")}`);
  if (reads < 1000) throw new Error(`only ${reads} reads: the readers did not read during the republish`);
  // Done: every page and every compressed copy is the new one.
  for (const slug of slugs.filter((_, i) => i % 97 === 0)) {
    for (const encoding of ["gzip", "identity"]) {
      const answer = await get(`/articles/${slug}`, encoding);
      const wrong = problem(answer, slug, [newTitles.get(slug)]);
      if (wrong) throw new Error(`after the republish, /articles/${slug} (${encoding}): ${wrong}`);
      if (encoding === "gzip" && answer.encoding !== "gzip") throw new Error(`/articles/${slug} has no gzip copy`);
    }
  }
} finally {
  nginx.kill();
}
