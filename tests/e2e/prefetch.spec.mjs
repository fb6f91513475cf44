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
