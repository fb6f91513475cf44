// The benchmark: `make bench` (not part of `make test`: it measures, it does not assert timings).
//
// Builds the release app for a local origin, serves it the way a production host does (pre-compressed
// files, hashed assets cached for a year) and prints:
//   - wasm, JS and CSS sizes, raw / gzip / brotli, and the start module and each chunk of the wasm;
//   - the critical bytes of each route page: its HTML and whatever blocks its first render; and the
//     CSS each kind of route page inlines;
//   - the bytes of a first visit, as Chromium received them: before the load event, then what the
//     browser fetches when idle (the app), then what starting the app fetches; and a Save-Data visit
//     that only reads;
//   - Lighthouse (mobile and desktop) for the feed, an article and a category page beside two floors
//     each (scripts/floors.mjs, made with an HTML parser): (a) the page without scripts or preloads,
//     CSS as shipped; (b) the physical floor, all CSS in one <style>. Median of N runs;
//   - the bytes of a first search (the search chunk, the index, the cards' feed pages);
//   - the app's start on the reader's first interaction (a deep link, CPU 4 x slower): its long tasks;
//   - the time from clicking a feed card to the article's content being painted, prefetched or not;
// then checks the budgets (docs/performance.md) and appends the figures to bench/history.jsonl.
// Exits 1 when a budget is missed.
//
// Usage: node scripts/bench.mjs [--runs N] [--sizes | --no-lighthouse]
//   --sizes: build and print the sizes only; --no-lighthouse: skip the slow part, for quick iterations
//   (nothing is appended to the history then).
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { appendFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { parse } from "parse5";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/chromium.mjs";
import { asShipped, find, physical } from "./floors.mjs";
import { longTasksSince, median, phoneWatchingLongTasks } from "./long-tasks.mjs";

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
const ROUTES = {
  feed: { path: "/", file: "index.html" },
  article: { path: `/articles/${ARTICLE}`, file: `articles/${ARTICLE}.html` },
  category: { path: "/categories/tools-workflows", file: "categories/tools-workflows.html" },
};
/** A page of each kind, for the CSS it inlines (crates/publish/src/site/critical/). */
const KINDS = {
  article: ROUTES.article.file,
  listing: ROUTES.feed.file,
  search: "search.html",
  saved: "saved.html",
  "not found": "404.html",
};
const BUDGET = {
  performance: 100,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  lcpOverFloor: 1.05,
  cls: 0,
  criticalBytes: 14 * 1000,
  // Issue 29 (raw bytes; bench/sizes.json holds the same for `make test`).
  inlineCss: { article: 8_000, listing: 6_000 },
  // Issue 26: the start module (start wasm and its JS glue) and all modules together, brotli.
  startModule: 200_000,
  allModules: 280_000,
  saveDataReadBytes: 30 * 1000,
  clickPrefetchedMs: 100,
  longTaskMs: 50,
};

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const pad = (value, width) => String(value).padStart(width);
const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (body) => gzipSync(body, { level: 9 }).length;

// ---- build --------------------------------------------------------------------------------------

function build() {
  console.log(`building the release app into ${DIST} for ${ORIGIN} ...`);
  execFileSync("trunk", ["build", "--release", "--dist", DIST], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DIGEST_SITE_URL: ORIGIN },
  });
  const read = (href) => readFileSync(join(DIST, href.split("/").pop()), "utf8");
  for (const [name, route] of Object.entries(ROUTES)) {
    const page = readFileSync(join(DIST, route.file), "utf8");
    for (const [floor, html] of [["floor-a", asShipped(page)], ["floor-b", physical(page, read)]]) {
      mkdirSync(join(DIST, floor), { recursive: true });
      writeFileSync(join(DIST, floor, `${name}.html`), html);
    }
  }
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
      total.gzip += gzip(body);
      total.brotli += brotli(body);
    }
    return total;
  };
  return ["wasm", "js", "css"].map(row);
}

/** The start module and each chunk, brotli, as `make check-sizes` weighs them (over its budgets or
 * not: the budgets here are the issue's). */
function modules() {
  const { stdout } = spawnSync("node", ["scripts/check-sizes.mjs", DIST, "--json"], { encoding: "utf8" });
  // It weighs the inline CSS too, which this script reads itself (inlineCss below).
  return Object.fromEntries(Object.entries(JSON.parse(stdout)).filter(([what]) => !what.startsWith("inline CSS")));
}

/** The bytes of the CSS a route page inlines (its `<style>` elements' text). */
function inlineCss(file) {
  const styles = find(parse(readFileSync(join(DIST, file), "utf8")), (node) => node.nodeName === "style");
  return Buffer.byteLength(styles.flatMap((style) => style.childNodes.map((text) => text.value ?? "")).join(""));
}

/** A route page's critical bytes: its HTML and what blocks its first render (stylesheet links and
 * scripts in <head> that are neither deferred, async nor modules), compressed. */
function critical(file) {
  const html = readFileSync(join(DIST, file));
  const blocking = [];
  const walk = (node, inHead) => {
    const attrs = Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value]));
    if (node.nodeName === "link" && (attrs.rel ?? "").split(/\s+/).includes("stylesheet")) blocking.push(attrs.href);
    if (inHead && node.nodeName === "script" && attrs.src && !("defer" in attrs) && !("async" in attrs) && attrs.type !== "module") blocking.push(attrs.src);
    (node.childNodes ?? []).forEach((child) => walk(child, inHead || node.nodeName === "head"));
  };
  walk(parse(html.toString()), false);
  const bodies = [html, ...blocking.map((href) => readFileSync(join(DIST, href.split("/").pop())))];
  return { blocking, brotli: bodies.reduce((t, b) => t + brotli(b), 0), gzip: bodies.reduce((t, b) => t + gzip(b), 0) };
}

// ---- a visit, as received -----------------------------------------------------------------------

/** Records the bytes Chromium receives for a page, by phase: until the load event, while idle after
 * it, and (when `wake`) after the reader's first interaction, which starts the app. */
async function visit(browser, path, { saveData = false, wake = true } = {}) {
  const context = await browser.newContext();
  if (saveData) await context.addInitScript(() => Object.defineProperty(navigator, "connection", { value: { saveData: true, effectiveType: "4g" } }));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  let phase = "load";
  const urls = new Map();
  const received = [];
  cdp.on("Network.responseReceived", (e) => urls.set(e.requestId, { url: e.response.url, encoding: e.response.headers["content-encoding"] ?? "none", phase }));
  cdp.on("Network.loadingFinished", (e) => received.push({ ...urls.get(e.requestId), bytes: e.encodedDataLength }));
  await page.goto(ORIGIN + path, { waitUntil: "load" });
  phase = "idle";
  await page.waitForTimeout(3000);
  if (saveData) {
    // A reader who only reads: moves the pointer, scrolls, presses keys off the controls.
    await page.mouse.move(200, 300);
    await page.mouse.wheel(0, 800);
    await page.keyboard.press("End");
    await page.waitForTimeout(2000);
  } else if (wake) {
    phase = "app";
    await page.locator("html").dispatchEvent("pointermove");
    await appReady(page);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(1500);
  }
  await context.close();
  const sum = (which) => received.filter((r) => r.phase === which).reduce((t, r) => t + r.bytes, 0);
  const count = (which) => received.filter((r) => r.phase === which).length;
  return {
    load: sum("load"),
    loadRequests: count("load"),
    idle: sum("idle"),
    idleRequests: count("idle"),
    app: sum("app"),
    appRequests: count("app"),
    total: received.reduce((t, r) => t + r.bytes, 0),
    encodings: [...new Set(received.map((r) => r.encoding))],
  };
}

/** The bytes a reader's first search costs, from the feed with the app started: what is received
 * from typing a word to its results on screen (the search chunk, the index, the feed pages of the
 * cards), each file's bytes as received (brotli), for a reader whose files are not precached. */
async function firstSearch(browser) {
  // Without the offline worker: it precaches every hashed file once the app has started, so the
  // search's files would come from its cache (0 bytes here) after being paid for at idle.
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await page.goto(`${ORIGIN}/`, { waitUntil: "load" });
  await page.locator("html").dispatchEvent("pointermove");
  await appReady(page);
  await page.waitForLoadState("networkidle");
  const urls = new Map();
  const requests = [];
  cdp.on("Network.responseReceived", (e) => urls.set(e.requestId, e.response.url));
  cdp.on("Network.loadingFinished", (e) => urls.has(e.requestId) && requests.push({ file: new URL(urls.get(e.requestId)).pathname, bytes: e.encodedDataLength }));
  const box = page.getByRole("searchbox", { name: "Search articles" });
  await box.fill("retrieval");
  await box.press("Enter");
  await page.waitForSelector('.digest-search-results[aria-busy="false"] .digest-card', { timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  await context.close();
  return { total: requests.reduce((t, r) => t + r.bytes, 0), requests };
}

/** The app has started, taken over the pre-rendered page and rendered its content. */
async function appReady(page) {
  await page.waitForSelector(".digest-app .digest-main h1", { timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector(".digest-static, .digest-skeleton"), null, { timeout: 30_000 });
}

// ---- the app's start ----------------------------------------------------------------------------

/** The long tasks (over 50 ms) from the reader's first interaction on a deep link until the app has
 * taken the page over, with the CPU 4 x slower; median of 5 of the longest one. */
async function takeover(browser, path) {
  const runs = [];
  for (let run = 0; run < 5; run += 1) {
    const { context, page, cdp } = await phoneWatchingLongTasks(browser);
    await page.goto(ORIGIN + path, { waitUntil: "load" });
    await page.waitForTimeout(3000);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const woke = await page.evaluate(() => performance.now());
    await page.locator("html").dispatchEvent("pointermove");
    await appReady(page);
    await page.waitForTimeout(1000);
    const tasks = (await longTasksSince(page, woke)).map((t) => Math.round(t.duration));
    runs.push(tasks);
    await context.close();
  }
  const longest = median(runs.map((tasks) => Math.max(0, ...tasks)));
  return { longest, runs };
}

// ---- click to content ---------------------------------------------------------------------------

/** Median milliseconds from a click on the second feed card to its article's content being painted.
 * `pointed`: the card is pointed at before the click, as with a mouse (the app then lays its article
 * out ahead); otherwise it is prefetched only because it is in view, as before a tap on a phone. */
async function clickToContent(browser, { prefetched, cpuSlowdown, pointed = true }) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  if (!prefetched) {
    // The host's switch: the article is fetched on click.
    await context.addInitScript(() =>
      document.addEventListener("DOMContentLoaded", () => document.getElementById("digest")?.setAttribute("data-prefetch", "off")),
    );
  }
  const times = [];
  for (let run = 0; run < 5; run += 1) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // The second card links to the benchmark's article; in view, it is prefetched when idle, or at
    // once when pointed at.
    const prefetch = page.waitForResponse((r) => r.url().endsWith(`/data/articles/${ARTICLE}.json`));
    await page.goto(`${ORIGIN}/`);
    await page.locator("html").dispatchEvent("pointermove");
    await appReady(page);
    if (prefetched) {
      if (pointed) await page.locator(".digest-card").nth(1).dispatchEvent("pointerover");
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
    for (const id of ["performance", "accessibility", "best-practices", "seo"]) {
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1 && id !== "performance") failing.add(`${id}: ${ref.id}`);
      }
    }
  }
  return {
    performance: median(runs.map((l) => score(l, "performance"))),
    accessibility: median(runs.map((l) => score(l, "accessibility"))),
    bestPractices: median(runs.map((l) => score(l, "best-practices"))),
    seo: median(runs.map((l) => score(l, "seo"))),
    fcp: median(runs.map((l) => audit(l, "first-contentful-paint"))),
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
  const wasmModules = modules();
  console.log("\nwasm modules (brotli bytes)");
  for (const [what, bytes] of Object.entries(wasmModules)) console.log(`  ${what.padEnd(52)} ${pad(bytes, 8)}`);
  const criticalBytes = Object.fromEntries(Object.entries(ROUTES).map(([name, route]) => [name, critical(route.file)]));
  console.log("\ncritical bytes (HTML and what blocks its first render)   brotli      gzip   blocking");
  for (const [name, c] of Object.entries(criticalBytes)) console.log(`  ${name.padEnd(52)} ${pad(c.brotli, 8)} ${pad(c.gzip, 9)}   ${c.blocking.join(" ") || "nothing"}`);
  const inline = Object.fromEntries(Object.entries(KINDS).map(([kind, file]) => [kind, inlineCss(file)]));
  console.log("\ninline CSS (bytes, raw)");
  for (const [kind, bytes] of Object.entries(inline)) console.log(`  ${kind.padEnd(52)} ${pad(bytes, 8)}`);
  if (SIZES_ONLY) return;

  const server = await startServer();
  const failures = [];
  const check = (ok, what) => {
    console.log(`  ${ok ? "ok  " : "MISS"} ${what}`);
    if (!ok) failures.push(what);
  };
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const visits = {
      feed: await visit(browser, ROUTES.feed.path),
      article: await visit(browser, ROUTES.article.path),
      "article, Save-Data, reading only": await visit(browser, ROUTES.article.path, { saveData: true }),
    };
    console.log("\nfirst visit, bytes received (fresh profile)   to load    idle after     app start");
    for (const [name, v] of Object.entries(visits)) {
      console.log(`  ${name.padEnd(40)} ${pad(v.load, 8)} (${v.loadRequests}) ${pad(v.idle, 8)} (${v.idleRequests}) ${pad(v.app, 8)} (${v.appRequests})   ${v.encodings.join(", ")}`);
    }
    const search = await firstSearch(browser);
    console.log(`\nfirst search from the feed, bytes received: ${search.total} (${search.requests.map((r) => `${r.file} ${r.bytes}`).join(", ")})`);
    const start = await takeover(browser, ROUTES.article.path);
    console.log(`\napp start on the first interaction, article deep link, CPU x4: longest task ${start.longest} ms (median of 5; tasks: ${start.runs.map((r) => r.join("+")).join(", ")})`);
    const clicks = {};
    for (const cpuSlowdown of [1, 4]) {
      for (const prefetched of [true, false]) {
        clicks[`${prefetched ? "prefetched" : "fetched on click"}, CPU x${cpuSlowdown}`] = await clickToContent(browser, { prefetched, cpuSlowdown });
      }
    }
    // Not a budget (the budget's click points first), but what a reader who taps gets.
    clicks["in view, not pointed at, CPU x4"] = await clickToContent(browser, { prefetched: true, cpuSlowdown: 4, pointed: false });
    await browser.close();
    console.log("\nfeed card click to article content painted (median of 5)");
    for (const [name, ms] of Object.entries(clicks)) console.log(`  ${name.padEnd(31)} ${pad(ms.toFixed(0), 5)} ms`);

    if (!LIGHTHOUSE) return;
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
    const lh = {};
    try {
      for (const formFactor of ["mobile", "desktop"]) {
        for (const [name, route] of Object.entries(ROUTES)) {
          lh[`${name} ${formFactor}`] = await lighthouseRuns(chrome, ORIGIN + route.path, formFactor);
          lh[`${name} floor (b) ${formFactor}`] = await lighthouseRuns(chrome, `${ORIGIN}/floor-b/${name}.html`, formFactor);
        }
      }
      lh["article floor (a) mobile"] = await lighthouseRuns(chrome, `${ORIGIN}/floor-a/article.html`, "mobile");
    } finally {
      await chrome.kill();
    }
    console.log(`\nLighthouse 13, median of ${RUNS}              perf  a11y  b.p.   seo    FCP ms    LCP ms   TBT ms    CLS`);
    for (const [name, r] of Object.entries(lh)) {
      console.log(`  ${name.padEnd(34)} ${pad(r.performance, 4)} ${pad(r.accessibility, 5)} ${pad(r.bestPractices, 5)} ${pad(r.seo, 5)} ${pad(r.fcp.toFixed(0), 9)} ${pad(r.lcp.toFixed(0), 9)} ${pad(r.tbt.toFixed(0), 8)} ${pad(r.cls.toFixed(3), 6)}`);
      for (const f of r.failing) console.log(`      below 100: ${f}`);
    }
    const ratios = Object.fromEntries(Object.keys(ROUTES).map((name) => [name, lh[`${name} mobile`].lcp / lh[`${name} floor (b) mobile`].lcp]));
    console.log(`  LCP / physical floor's LCP (mobile): ${Object.entries(ratios).map(([n, r]) => `${n} ${r.toFixed(2)}`).join(", ")}`);

    console.log("\nbudgets");
    for (const name of Object.keys(ROUTES)) {
      const r = lh[`${name} mobile`];
      check(ratios[name] <= BUDGET.lcpOverFloor, `${name}: LCP ${ratios[name].toFixed(2)} x the physical floor's <= ${BUDGET.lcpOverFloor}`);
      check(r.performance >= BUDGET.performance, `${name}: mobile performance ${r.performance} = ${BUDGET.performance}`);
      check(r.accessibility >= BUDGET.accessibility, `${name}: mobile accessibility ${r.accessibility} = ${BUDGET.accessibility}`);
      check(r.bestPractices >= BUDGET.bestPractices, `${name}: mobile best practices ${r.bestPractices} = ${BUDGET.bestPractices}`);
      check(r.seo >= BUDGET.seo, `${name}: mobile SEO ${r.seo} = ${BUDGET.seo}`);
      for (const formFactor of ["mobile", "desktop"]) {
        const cls = lh[`${name} ${formFactor}`].cls;
        check(cls <= BUDGET.cls, `${name}: ${formFactor} CLS ${cls.toFixed(3)} = 0`);
      }
    }
    for (const [kind, budget] of Object.entries(BUDGET.inlineCss)) check(inline[kind] <= budget, `inline CSS, ${kind} page: ${inline[kind]} B <= ${budget} B`);
    check(criticalBytes.article.brotli <= BUDGET.criticalBytes, `article critical bytes ${kb(criticalBytes.article.brotli)} brotli <= ${kb(BUDGET.criticalBytes)}`);
    const startModule = wasmModules["start module (wasm + JS)"];
    check(startModule <= BUDGET.startModule, `start module ${startModule} B brotli <= ${BUDGET.startModule} B`);
    check(wasmModules["all together"] <= BUDGET.allModules, `all modules ${wasmModules["all together"]} B brotli <= ${BUDGET.allModules} B`);
    const reading = visits["article, Save-Data, reading only"].total;
    check(reading < BUDGET.saveDataReadBytes, `Save-Data visit that only reads ${kb(reading)} < ${kb(BUDGET.saveDataReadBytes)}`);
    for (const [name, ms] of Object.entries(clicks).filter(([n]) => n.startsWith("prefetched"))) {
      check(ms < BUDGET.clickPrefetchedMs, `card to article, ${name}: ${ms.toFixed(0)} ms < ${BUDGET.clickPrefetchedMs} ms`);
    }
    check(start.longest <= BUDGET.longTaskMs, `app start on first interaction, CPU x4: longest task ${start.longest} ms <= ${BUDGET.longTaskMs} ms`);

    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"]).toString().trim();
    const dirty = execFileSync("git", ["status", "--porcelain"]).toString().trim() !== "";
    mkdirSync(dirname("bench/history.jsonl"), { recursive: true });
    const entry = { date: new Date().toISOString(), commit: dirty ? `${commit}+changes` : commit, runs: RUNS, sizes: sizeRows, wasmModules, firstSearch: search, criticalBytes, inlineCss: inline, visits, appStart: start, clickToContentMs: clicks, lighthouse: lh, lcpOverFloor: ratios, missed: failures };
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
