// The features loaded when first used (src/lazy.rs): their chunk failing, by the test server's faults
// (server.mjs --faults, a server of their own). Nothing on screen is lost and nothing panics (the fixture fails a test on any
// console error but the browser's own "Failed to load resource" and the loader's report of the failed
// chunk): the reader gets the feature by a full load of its page, or an error with a retry, and has it
// once the fault is lifted.
import { readdirSync } from "node:fs";
import { test, expect, loaded, wake, staticNotice, withoutPrefetch } from "./fixtures.mjs";

test.describe.configure({ mode: "serial" });

/** The built chunk of `feature` (scripts/build-wasm.mjs names it), as the server serves it. */
function chunk(feature) {
  const name = readdirSync("dist").find((file) => new RegExp(`^digest-${feature}-[0-9a-f]{16}\\.wasm$`).test(file));
  expect(name, `dist/ holds the ${feature} chunk`).toBeTruthy();
  return `/${name}`;
}

async function fault(request, path, kind, times) {
  const query = new URLSearchParams({ path, kind, ...(times ? { times: String(times) } : {}) });
  expect((await request.get(`/__fault/set?${query}`)).status()).toBe(204);
}

/** What the browser and the chunk loader log for a chunk that fails. */
const CHUNK_LOGS = [/Failed to load resource/, /WebAssembly|Failed to fetch|ERR_|Compil|instantiat|TypeError/];

test.beforeEach(async ({ page, request }) => {
  page.allowedConsoleErrors = CHUNK_LOGS;
  await withoutPrefetch(page);
  await request.get("/__fault/clear");
});

/** Searches from the feed's box, as a reader does: a navigation within the app. */
async function searchFromFeed(page, query) {
  await page.goto("/");
  await loaded(page);
  const box = page.getByRole("searchbox", { name: "Search articles" });
  await box.fill(query);
  await box.press("Enter");
}

const results = (page) => page.locator(".digest-app .digest-card h2");

// The saved page's chunk: nothing loads it before the reader goes there (focusing the search box
// loads search's ahead, and a failure there is only tried again).
for (const kind of ["500", "404", "reset-mid-body", "truncated"]) {
  test(`the saved page's chunk failing once (${kind}): a full load of the page brings it`, async ({ page, request }) => {
    await fault(request, chunk("saved"), kind, 1);
    await page.goto("/");
    await loaded(page);
    await page.evaluate(() => (window.__samePage = true));
    const reloaded = page.waitForEvent("domcontentloaded");
    await page.getByRole("link", { name: "Saved" }).first().click();
    // It comes from a page load of its own, not from the page the reader was on.
    await reloaded;
    await expect(page).toHaveURL(/\/saved$/);
    await expect(page.locator(".digest-app .digest-main h1")).toHaveText("Saved articles", { timeout: 15_000 });
    expect(await page.evaluate(() => window.__samePage)).toBeUndefined();
  });
}

test("search's chunk failing every time: an error with a retry, the header still works, and the retry brings it", async ({ page, request }) => {
  await fault(request, chunk("search"), "500");
  await searchFromFeed(page, "irreversible");
  const error = page.locator(".digest-app .digest-error");
  await expect(error).toContainText("Could not reach the server", { timeout: 15_000 });
  await expect(page.locator(".digest-app .digest-main h1")).toBeVisible();
  // The rest of the app works: a link in the header navigates.
  await page.getByRole("link", { name: "Saved" }).first().click();
  await expect(page).toHaveURL(/\/saved$/);
  await page.goBack();
  await expect(error).toBeVisible();
  await request.get("/__fault/clear");
  await error.getByRole("button", { name: "Try again" }).click();
  await expect(results(page)).toHaveText(["Agents that act need an undo button"]);
});

test("the saved page's chunk failing on a deep link: the pre-rendered page stays, with a notice, and the retry brings it", async ({ page, request }) => {
  await fault(request, chunk("saved"), "500");
  await page.goto("/saved");
  await wake(page);
  const notice = staticNotice(page);
  await expect(notice).toContainText("the live version of this page could not be loaded", { timeout: 15_000 });
  await expect(page.locator("h1")).toHaveText("Saved articles");
  await request.get("/__fault/clear");
  await notice.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator(".digest-app .digest-main h1")).toHaveText("Saved articles");
  await expect(page.locator(".digest-static")).toHaveCount(0);
});

test("a slow chunk: the page holds its place until it comes", async ({ page, request }) => {
  await fault(request, chunk("saved"), "delay", 1);
  await page.goto("/");
  await loaded(page);
  await page.getByRole("link", { name: "Saved" }).first().click();
  await expect(page.locator(".digest-app .digest-main h1")).toHaveText("Saved articles", { timeout: 20_000 });
});

test("a chunk that stalls: after 15 s the page is loaded in full, which brings it", async ({ page, request }) => {
  test.setTimeout(60_000);
  const warned = [];
  page.on("console", (message) => message.type() === "warning" && warned.push(message.text()));
  await fault(request, chunk("saved"), "stall", 1);
  await page.goto("/");
  await loaded(page);
  await page.evaluate(() => (window.__samePage = true));
  const clicked = Date.now();
  const reloaded = page.waitForEvent("domcontentloaded", { timeout: 30_000 });
  await page.getByRole("link", { name: "Saved" }).first().click();
  // Meanwhile the page waits, as for any slow page.
  await expect(page.locator(".digest-app .digest-skeleton")).toBeVisible();
  await reloaded;
  expect(Date.now() - clicked).toBeGreaterThan(14_000);
  expect(warned.some((text) => text.includes("the app's code for the saved articles did not arrive within 15 s"))).toBe(true);
  await expect(page).toHaveURL(/\/saved$/);
  await expect(page.locator(".digest-app .digest-main h1")).toHaveText("Saved articles", { timeout: 15_000 });
  expect(await page.evaluate(() => window.__samePage)).toBeUndefined();
});

test("an article reader downloads no chunk, and focusing the search box loads search's", async ({ page }) => {
  const chunks = [];
  page.on("request", (r) => /digest-[a-z0-9]+-[0-9a-f]{16}\.wasm$/.test(r.url()) && chunks.push(r.url()));
  await page.goto("/articles/agents-need-undo");
  await loaded(page);
  await page.locator(".digest-related a").first().click();
  await expect(page.locator(".digest-app .digest-main h1")).not.toHaveText("Agents that act need an undo button");
  await page.locator(".digest-header__nav a").first().click();
  await expect(page).toHaveURL(/\/categories\//);
  await expect(page.locator(".digest-app .digest-card").first()).toBeVisible();
  await page.goBack();
  await page.goBack();
  await expect(page.locator(".digest-app .digest-main h1")).toHaveText("Agents that act need an undo button");
  expect(chunks).toEqual([]);
  // Focusing the search box loads search's code, and the index's manifest, ahead of a search.
  const manifest = page.waitForResponse((r) => r.url().endsWith("/data/search/index.json"));
  await page.getByRole("searchbox", { name: "Search articles" }).focus();
  await manifest;
  expect(chunks.some((url) => /digest-search-[0-9a-f]{16}\.wasm$/.test(url))).toBe(true);
});
