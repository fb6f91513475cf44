// What the benchmarks share to measure the main thread (scripts/bench.mjs, scripts/bench-idle.mjs): a
// phone-sized page that records every long task (over 50 ms) from its first script on, and the
// median of a benchmark's runs.

/** A new context and page the size of a phone, with a CDP session (to slow the CPU down) and a
 * record of the page's long tasks. */
export async function phoneWatchingLongTasks(browser) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__tasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: "longtask" });
  });
  return { context, page, cdp };
}

/** The long tasks `page` recorded that began at `after` (a `performance.now()`) or later. */
export function longTasksSince(page, after) {
  return page.evaluate((after) => window.__tasks.filter((t) => t.start >= after), after);
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
