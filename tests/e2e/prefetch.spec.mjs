// Prefetching: the article behind a card is fetched before the click (cards in view when the browser
// is idle, a card pointed at or focused at once), never more than two requests at once, and not at
// all when the reader asked to save data.
import { test, expect, loaded, withSaveData, withoutPrefetch } from "./fixtures.mjs";

/** Records the article files the page requests, and how many were in flight at most. */
function watchArticles(page) {
  const seen = { urls: [], inFlight: 0, maxInFlight: 0 };
  const isArticle = (request) => /\/data\/articles\/[^/]+\.json$/.test(request.url());
  page.on("request", (request) => {
    if (!isArticle(request)) return;
    seen.urls.push(new URL(request.url()).pathname);
    seen.inFlight += 1;
    seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight);
  });
  const done = (request) => {
    if (isArticle(request)) seen.inFlight -= 1;
  };
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  return seen;
}

const slugOf = (href) => href.split("/").pop();

test("cards in view are prefetched, two at a time, and opening one needs no request", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 2000 });
  const seen = watchArticles(page);
  await page.goto("/");
  await loaded(page);
  const hrefs = await page.locator(".digest-card__link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  await expect.poll(() => seen.urls.length).toBe(hrefs.length);
  expect(seen.urls.sort()).toEqual(hrefs.map((h) => `/data/articles/${slugOf(h)}.json`).sort());
  expect(seen.maxInFlight).toBeLessThanOrEqual(2);

  await page.locator(".digest-card__link").nth(2).click();
  await loaded(page);
  expect(seen.urls).toHaveLength(hrefs.length);
});

test("only cards scrolled into view are prefetched", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const seen = watchArticles(page);
  await page.goto("/");
  await loaded(page);
  const last = page.locator(".digest-card").last();
  const lastFile = `/data/articles/${slugOf(await last.locator("a").first().getAttribute("href"))}.json`;
  await expect.poll(() => seen.urls.length).toBeGreaterThan(0);
  await page.waitForTimeout(500);
  expect(seen.urls).not.toContain(lastFile);
  expect(seen.urls.length).toBeLessThan(6);

  await last.scrollIntoViewIfNeeded();
  await expect.poll(() => seen.urls).toContain(lastFile);
});

test("pointing at or focusing a card prefetches its article at once", async ({ page }) => {
  // Cards below the fold are not prefetched for being visible, so only the pointer or focus can.
  await page.setViewportSize({ width: 320, height: 640 });
  const seen = watchArticles(page);
  await page.goto("/");
  await loaded(page);
  await page.waitForTimeout(500);
  const before = seen.urls.length;
  const card = page.locator(".digest-card").nth(4);
  const file = `/data/articles/${slugOf(await card.locator("a").first().getAttribute("href"))}.json`;
  expect(seen.urls).not.toContain(file);
  // Neither focusing nor pointing scrolls here, so only the card's own handlers can prefetch.
  await card.locator(".digest-card__link").evaluate((link) => link.focus({ preventScroll: true }));
  await expect.poll(() => seen.urls).toContain(file);
  expect(seen.urls.length).toBeGreaterThan(before);

  const other = page.locator(".digest-card").nth(5);
  const otherFile = `/data/articles/${slugOf(await other.locator("a").first().getAttribute("href"))}.json`;
  await other.dispatchEvent("pointerover");
  await expect.poll(() => seen.urls).toContain(otherFile);
});

for (const [why, setUp] of [
  ["the reader asks to save data", withSaveData],
  ["the host turns it off", withoutPrefetch],
]) test(`nothing is prefetched when ${why}`, async ({ page }) => {
  await setUp(page);
  await page.setViewportSize({ width: 1280, height: 2000 });
  const seen = watchArticles(page);
  // An old link to page 2 is served the home page's file, made for "/", so the app starts at once,
  // Save-Data or not.
  await page.goto("/?page=2");
  await loaded(page);
  await page.locator(".digest-card").nth(1).hover();
  await page.waitForTimeout(1000);
  expect(seen.urls).toEqual([]);

  await page.locator(".digest-card__link").nth(1).click();
  await loaded(page);
  expect(seen.urls).toHaveLength(1);
});

// The app compiles the article page's code before the first article is opened, by building a
// prefetched article off-screen when the browser is idle, and lays out the article of a card the
// reader points at (src/warm.rs): that must leave no trace.
test("a prefetched article is built off-screen when idle, a pointed one laid out, leaving no trace", async ({ page }) => {
  const problems = [];
  // (The test browser blocks service workers, and says so.)
  const harness = /^Service Worker registration blocked by Playwright/;
  page.on("console", (message) => ["error", "warning"].includes(message.type()) && !harness.test(message.text()) && problems.push(message.text()));
  page.on("pageerror", (error) => problems.push(String(error)));
  await page.addInitScript(() => {
    window.__digestEvents = [];
    for (const type of ["navigate", "promo", "share", "save", "search"]) {
      document.addEventListener(`digest:${type}`, (event) => window.__digestEvents.push({ type, detail: event.detail }));
    }
  });
  await page.goto("/");
  await loaded(page);
  const before = await page.evaluate(() => ({ title: document.title, stored: { ...localStorage }, main: document.querySelector("main").innerHTML }));
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName("digest:warmed").length), { timeout: 15_000 }).toBe(1);
  const after = await page.evaluate(() => ({ title: document.title, stored: { ...localStorage }, main: document.querySelector("main").innerHTML }));
  expect(after).toEqual(before);

  const card = page.locator(".digest-card").nth(2);
  const slug = slugOf(await card.locator(".digest-card__link").getAttribute("href"));
  await card.hover();
  const laidOut = `digest:laid-out ${slug}`;
  await expect.poll(() => page.evaluate((name) => performance.getEntriesByName(name).length, laidOut), { timeout: 15_000 }).toBe(1);
  const pointed = await page.evaluate(() => ({ title: document.title, stored: { ...localStorage }, main: document.querySelector("main").innerHTML }));
  expect(pointed).toEqual(before);
  await expect(page.locator(".digest-offscreen, .digest-article")).toHaveCount(0);
  expect(await page.evaluate(() => window.__digestEvents.map((e) => e.type))).toEqual(["navigate"]);
  expect(problems).toEqual([]);

  // Pointing at it again lays nothing out again; opening it shows it whole.
  await page.mouse.move(0, 0);
  await card.hover();
  await card.locator(".digest-card__link").click();
  await loaded(page);
  await expect(page.locator(".digest-article__summary")).toHaveCount(1);
  await expect(page.locator("#digest-why-heading")).toHaveCount(1);
  expect(await page.evaluate((name) => performance.getEntriesByName(name).length, laidOut)).toBe(1);
});

test("after an article page, the feed's prefetched articles are not built off-screen again", async ({ page }) => {
  const seen = watchArticles(page);
  await page.goto("/articles/agents-need-undo");
  await loaded(page);
  await page.locator(".digest-header__brand").click();
  await expect(page.locator(".digest-app h1")).toHaveText("Latest");
  await expect.poll(() => seen.urls.length).toBeGreaterThan(0);
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 1500))));
  expect(await page.evaluate(() => performance.getEntriesByName("digest:warmed").length)).toBe(0);
});
