// The benchmark: `make bench` (not part of `make test`: it measures, it does not assert timings).
//
// Builds the release app for a local origin, serves it the way a production host does (pre-compressed
// files, hashed assets cached for a year) and prints:
//   - wasm, JS and CSS sizes, raw / gzip / brotli;
//   - the bytes of a first visit to the feed and to an article deep link, as the browser received them;
//   - Lighthouse (mobile and desktop) for the feed, an article and a category page, median of N runs,
//     beside the floor: the same article as plain static HTML with the same CSS and no script;
//   - the time from clicking a feed card to the article's content being painted, with the article
//     prefetched and without;
// then checks the budgets (README, "Speed and size") and appends the figures to bench/history.jsonl.
// Exits 1 when a budget is missed.
//
// Usage: node scripts/bench.mjs [--runs N] [--sizes | --no-lighthouse]
//   --sizes: build and print the sizes only; --no-lighthouse: skip the slow part, for quick iterations
//   (nothing is appended to the history then).
import { execFileSync, spawn } from "node:child_process";
import { appendFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/chromium.mjs";

// Trunk finds wasm-opt (npm's binaryen) and wasm-bindgen on PATH, as the Makefile arranges.
process.env.PATH = [join(process.cwd(), "node_modules/.bin"), join(process.env.HOME ?? "", ".cargo/bin"), process.env.PATH].join(":");

const argument = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const RUNS = Number(argument("--runs", 3));
const SIZES_ONLY = process.argv.includes("--sizes");
const LIGHTHOUSE = !process.argv.includes("--no-lighthouse");
const PORT = 8140;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIST = "target/bench/dist";
const ARTICLE = "eval-sets-before-prompts";
const ROUTES = { feed: "/", article: `/articles/${ARTICLE}`, category: "/categories/tools-workflows" };
const BUDGET = {
  firstVisitBytes: 150 * 1000,
  performance: 95,
  accessibility: 100,
  bestPractices: 100,
  seo: 95,
  lcpOverFloor: 1.5,
  cls: 0,
  clickPrefetchedMs: 100,
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const pad = (value, width) => String(value).padStart(width);

// ---- build --------------------------------------------------------------------------------------

function build() {
  console.log(`building the release app into ${DIST} for ${ORIGIN} ...`);
  execFileSync("trunk", ["build", "--release", "--dist", DIST], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DIGEST_SITE_URL: ORIGIN },
  });
  // The floor: the article's pre-rendered page without any script, the best a page of ours can do.
  const page = readFileSync(join(DIST, "articles", `${ARTICLE}.html`), "utf8");
  mkdirSync(join(DIST, "floor"), { recursive: true });
  writeFileSync(join(DIST, "floor", `${ARTICLE}.html`), page.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "").replace(/<link[^>]+rel="(modulepreload|preload)"[^>]*>/g, ""));
  execFileSync("node", ["scripts/precompress.mjs", DIST], { stdio: "inherit" });
}

// ---- sizes --------------------------------------------------------------------------------------

function sizes() {
  const files = readdirSync(DIST);
  const row = (kind) => {
    const matching = files.filter((f) => f.endsWith(`.${kind}`));
    const total = { kind, files: matching.length, raw: 0, gzip: 0, brotli: 0 };
    for (const name of matching) {
      const body = readFileSync(join(DIST, name));
      total.raw += body.length;
      total.gzip += gzipSync(body, { level: 9 }).length;
      total.brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
    return total;
  };
  return ["wasm", "js", "css"].map(row);
}

// ---- first visit --------------------------------------------------------------------------------

/** Opens `path` in a fresh browser profile and sums the bytes received, by kind of file. */
async function firstVisit(browser, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const urls = new Map();
  const received = [];
  cdp.on("Network.responseReceived", (e) => urls.set(e.requestId, { url: e.response.url, encoding: e.response.headers["content-encoding"] ?? "none" }));
  cdp.on("Network.loadingFinished", (e) => received.push({ ...urls.get(e.requestId), bytes: e.encodedDataLength }));
  await page.goto(ORIGIN + path);
  await appReady(page);
  await page.waitForLoadState("networkidle");
  // Cards in view are prefetched when the browser is idle: let that happen, and count it apart.
  await page.waitForTimeout(1500);
  await context.close();
  const prefetch = path === "/" ? received.filter((r) => r.url.includes("/data/articles/")) : [];
  const page_ = received.filter((r) => !prefetch.includes(r));
  const sum = (list) => list.reduce((total, r) => total + r.bytes, 0);
  return { total: sum(page_), requests: page_.length, prefetch: sum(prefetch), prefetchRequests: prefetch.length, encodings: [...new Set(page_.map((r) => r.encoding))] };
}

/** The app has started, taken over the pre-rendered page and rendered its content. */
async function appReady(page) {
  await page.waitForSelector(".digest-app .digest-main h1", { timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector(".digest-static, .digest-skeleton"), null, { timeout: 30_000 });
}

// ---- click to content ---------------------------------------------------------------------------

/** Median milliseconds from a click on the second feed card to its article's content being painted. */
async function clickToContent(browser, { prefetched, cpuSlowdown }) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  if (!prefetched) {
    // The app honours Save-Data by not prefetching: the article is fetched on click.
    await context.addInitScript(() => Object.defineProperty(navigator, "connection", { value: { saveData: true, effectiveType: "4g" } }));
  }
  const times = [];
  for (let run = 0; run < 5; run += 1) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // The second card links to the benchmark's article; in view, it is prefetched when idle, or at
    // once when pointed at.
    const prefetch = page.waitForResponse((r) => r.url().endsWith(`/data/articles/${ARTICLE}.json`));
    await page.goto(`${ORIGIN}/`);
    await appReady(page);
    if (prefetched) {
      await page.locator(".digest-card").nth(1).dispatchEvent("pointerenter");
      await prefetch;
    }
    await page.waitForTimeout(300);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    times.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const start = performance.now();
            const painted = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
            const shown = () => document.querySelector(".digest-app .digest-article__summary");
            new MutationObserver((_, observer) => {
              if (shown()) {
                observer.disconnect();
                painted();
              }
            }).observe(document.body, { childList: true, subtree: true });
            document.querySelectorAll(".digest-card__link")[1].click();
          }),
      ),
    );
    await page.close();
  }
  await context.close();
  return median(times);
}

// ---- Lighthouse ---------------------------------------------------------------------------------

async function lighthouseRuns(chrome, url, formFactor) {
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] },
      formFactor === "desktop" ? desktopConfig : undefined,
    );
    runs.push(result.lhr);
  }
  const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const audit = (lhr, id) => lhr.audits[id]?.numericValue ?? NaN;
  const failing = new Set();
  for (const lhr of runs) {
    for (const id of ["accessibility", "best-practices", "seo"]) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) failing.add(`${id}: ${ref.id}`);
      }
    }
  }
  return {
    performance: median(runs.map((l) => score(l, "performance"))),
    accessibility: median(runs.map((l) => score(l, "accessibility"))),
    bestPractices: median(runs.map((l) => score(l, "best-practices"))),
    seo: median(runs.map((l) => score(l, "seo"))),
    lcp: median(runs.map((l) => audit(l, "largest-contentful-paint"))),
    tbt: median(runs.map((l) => audit(l, "total-blocking-time"))),
    cls: median(runs.map((l) => audit(l, "cumulative-layout-shift"))),
    failing: [...failing],
  };
}

// ---- main ---------------------------------------------------------------------------------------

function startServer() {
  const server = spawn("node", ["tests/e2e/server.mjs", DIST, String(PORT), "--compress"], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve) => server.stdout.once("data", () => resolve(server)));
}

function printSizes(rows) {
  console.log("\nsizes (bytes)            raw       gzip     brotli");
  for (const r of rows) console.log(`${`${r.kind} (${r.files} file${r.files === 1 ? "" : "s"})`.padEnd(18)} ${pad(r.raw, 10)} ${pad(r.gzip, 10)} ${pad(r.brotli, 10)}`);
}

async function main() {
  build();
  const sizeRows = sizes();
  printSizes(sizeRows);
  if (SIZES_ONLY) return;

  const server = await startServer();
  const failures = [];
  const check = (ok, what) => {
    console.log(`  ${ok ? "ok  " : "MISS"} ${what}`);
    if (!ok) failures.push(what);
  };
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const visits = { feed: await firstVisit(browser, ROUTES.feed), article: await firstVisit(browser, ROUTES.article) };
    console.log("\nfirst visit, bytes received (fresh profile)");
    for (const [name, v] of Object.entries(visits)) {
      const extra = v.prefetchRequests ? `, then ${v.prefetch} B prefetching ${v.prefetchRequests} articles in view` : "";
      console.log(`  ${name.padEnd(8)} ${pad(v.total, 8)} B in ${v.requests} requests (${v.encodings.join(", ")})${extra}`);
    }
    const clicks = {};
    for (const cpuSlowdown of [1, 4]) {
      for (const prefetched of [true, false]) {
        clicks[`${prefetched ? "prefetched" : "fetched on click"}, CPU x${cpuSlowdown}`] = await clickToContent(browser, { prefetched, cpuSlowdown });
      }
    }
    await browser.close();
    console.log("\nfeed card click to article content painted (median of 5)");
    for (const [name, ms] of Object.entries(clicks)) console.log(`  ${name.padEnd(28)} ${pad(ms.toFixed(0), 5)} ms`);

    if (!LIGHTHOUSE) return;
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
    const lh = {};
    try {
      for (const formFactor of ["mobile", "desktop"]) {
        for (const [name, path] of [...Object.entries(ROUTES), ["floor", `/floor/${ARTICLE}.html`]]) {
          lh[`${name} ${formFactor}`] = await lighthouseRuns(chrome, ORIGIN + path, formFactor);
        }
      }
    } finally {
      await chrome.kill();
    }
    console.log(`\nLighthouse 13, median of ${RUNS}  perf  a11y  b.p.   seo    LCP ms   TBT ms    CLS`);
    for (const [name, r] of Object.entries(lh)) {
      console.log(`  ${name.padEnd(28)} ${pad(r.performance, 4)} ${pad(r.accessibility, 5)} ${pad(r.bestPractices, 5)} ${pad(r.seo, 5)} ${pad(r.lcp.toFixed(0), 9)} ${pad(r.tbt.toFixed(0), 8)} ${pad(r.cls.toFixed(3), 6)}`);
      for (const f of r.failing) console.log(`      below 100: ${f}`);
    }
    const ratio = lh["article mobile"].lcp / lh["floor mobile"].lcp;
    console.log(`  article LCP / floor LCP (mobile): ${ratio.toFixed(2)}`);

    console.log("\nbudgets");
    check(visits.feed.total <= BUDGET.firstVisitBytes, `first visit to the feed ${kb(visits.feed.total)} <= ${kb(BUDGET.firstVisitBytes)}`);
    for (const name of Object.keys(ROUTES)) {
      const r = lh[`${name} mobile`];
      check(r.performance >= BUDGET.performance, `${name}: mobile performance ${r.performance} >= ${BUDGET.performance}`);
      check(r.accessibility >= BUDGET.accessibility, `${name}: mobile accessibility ${r.accessibility} = ${BUDGET.accessibility}`);
      check(r.bestPractices >= BUDGET.bestPractices, `${name}: mobile best practices ${r.bestPractices} = ${BUDGET.bestPractices}`);
      check(r.seo >= BUDGET.seo, `${name}: mobile SEO ${r.seo} >= ${BUDGET.seo}`);
      for (const formFactor of ["mobile", "desktop"]) {
        const cls = lh[`${name} ${formFactor}`].cls;
        check(cls <= BUDGET.cls, `${name}: ${formFactor} CLS ${cls.toFixed(3)} = 0.00`);
      }
    }
    check(ratio <= BUDGET.lcpOverFloor, `article deep-link LCP ${ratio.toFixed(2)} x the floor's <= ${BUDGET.lcpOverFloor}`);
    for (const [name, ms] of Object.entries(clicks).filter(([n]) => n.startsWith("prefetched"))) {
      check(ms < BUDGET.clickPrefetchedMs, `card to article, ${name}: ${ms.toFixed(0)} ms < ${BUDGET.clickPrefetchedMs} ms`);
    }

    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"]).toString().trim();
    const dirty = execFileSync("git", ["status", "--porcelain"]).toString().trim() !== "";
    mkdirSync("bench", { recursive: true });
    const entry = { date: new Date().toISOString(), commit: dirty ? `${commit}+changes` : commit, runs: RUNS, sizes: sizeRows, firstVisit: visits, clickToContentMs: clicks, lighthouse: lh, lcpOverFloor: ratio, missed: failures };
    appendFileSync("bench/history.jsonl", `${JSON.stringify(entry)}\n`);
    console.log(`\nappended to bench/history.jsonl (${commit}${dirty ? ", uncommitted changes" : ""})`);
  } finally {
    server.kill();
  }
  if (failures.length) {
    console.log(`\n${failures.length} budget(s) missed`);
    process.exitCode = 1;
  }
}

await main();
