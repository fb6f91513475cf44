// The app's idle work at the schema's limits (issue 26): the warm-up builds an article's parts and
// lays out the article a reader points at, in idle tasks. Their length grows with the article, so
// this measures them with the article of tests/e2e/limits-content.mjs (every text and list as long as
// the schema allows) beside a sample article, on the feed of target/dist-limits (make build-limits):
// once the app has started and warmed up, with the CPU 4 x slower, the reader points at the article's
// card; the longest task from then until that article is laid out (or only built, when a part is too
// long to lay out in an idle task) and 3 s more. Median of 5 runs.
//
//   node scripts/bench-idle.mjs [--runs N] [--detail]
//   --detail: when each long task began, from the article's data arriving
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/chromium.mjs";
import { SLUG } from "../tests/e2e/limits-content.mjs";
import { longTasksSince, median, phoneWatchingLongTasks } from "./long-tasks.mjs";

const PORT = 8151;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;
const DETAIL = process.argv.includes("--detail");
const SAMPLE = "agents-need-undo";
const WARM_WITH = "multilingual-retrieval-quirks";

/** The marks that ended the runs of one article: `digest:laid-out` or `digest:built-ahead`. */
const outcomes = new Set();

async function run(browser, slug) {
  const { context, page, cdp } = await phoneWatchingLongTasks(browser);
  await page.goto(`${ORIGIN}/`, { waitUntil: "load" });
  // The app starts and warms up at full speed (its start is measured by make bench), with a third
  // article: the warm-up lays out the one pointed at, and the measured one must be left.
  await page.locator(`.digest-card[data-digest-prefetch="${WARM_WITH}"] .digest-card__link`).hover();
  await page.waitForFunction(() => performance.getEntriesByName("digest:warmed").length > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(1000);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const woke = await page.evaluate(() => performance.now());
  // Then the reader points at the card: its article is fetched (if it was not), built and laid out.
  await page.locator(`.digest-card[data-digest-prefetch="${slug}"] .digest-card__link`).hover();
  // Laid out, or only built when a part is too long to lay out in an idle task (src/start/warm.rs).
  const done = (slug) => performance.getEntriesByType("mark").find((m) => m.name === `digest:laid-out ${slug}` || m.name === `digest:built-ahead ${slug}`);
  await page.waitForFunction(done, slug, { timeout: 60_000 });
  await page.waitForTimeout(3000);
  const mark = await page.evaluate(`(${done})(${JSON.stringify(slug)})`);
  if (mark.startTime < woke) throw new Error(`${slug} was laid out before it was pointed at: the run measures nothing`);
  outcomes.add(mark.name.split(" ")[0]);
  const long = await longTasksSince(page, woke);
  const tasks = long.map((t) => Math.round(t.duration));
  if (DETAIL) {
    // When each long task began, from the article's data having arrived.
    const from = await page.evaluate(
      ({ after, slug }) => performance.getEntriesByType("resource").find((r) => r.name.endsWith(`/data/articles/${slug}.json`))?.responseEnd ?? after,
      { after: woke, slug },
    );
    const detail = long.map((t) => `${Math.round(t.duration)} ms at +${Math.round(t.start - from)} ms`);
    console.log(`    ${slug}: ${detail.join(", ") || "no long task"} (from the article's data arriving)`);
  }
  await context.close();
  return tasks;
}

const server = spawn("node", ["tests/e2e/server.mjs", "target/dist-limits", String(PORT), "--compress"], { stdio: ["ignore", "pipe", "inherit"] });
await new Promise((resolve) => server.stdout.once("data", resolve));
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  console.log(`longest task from pointing at the card to its article laid out (and 3 s more), CPU x4, after the warm-up (median of ${RUNS})`);
  for (const slug of [SAMPLE, SLUG]) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await run(browser, slug));
    const longest = median(runs.map((tasks) => Math.max(0, ...tasks)));
    console.log(`  ${slug.padEnd(20)} ${String(longest).padStart(4)} ms   (${[...outcomes].join(", ")}; long tasks of each run: ${runs.map((r) => r.join("+") || "none").join(", ")})`);
    outcomes.clear();
  }
  await browser.close();
} finally {
  server.kill();
}
