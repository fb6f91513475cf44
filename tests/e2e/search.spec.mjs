// Search (issue 15): the header's box, /search?q=, the index loaded lazily from data/search/, and
// what a missing or broken index, or a hostile query, does.
import { test, expect, holdRequests, loaded, wake, NOT_FOUND_LOG } from "./fixtures.mjs";

const box = (page) => page.getByRole("searchbox", { name: "Search articles" });
const titles = (page) => page.locator(".digest-app .digest-card h2");

/** Opens `path` and waits until the app has answered the search there (not "Searching…"). */
async function searched(page, path) {
  await page.goto(path);
  await wake(page);
  await expect(page.locator('.digest-app .digest-search-results[aria-busy="false"] .digest-search-count')).toBeVisible();
}

test("a word found only in an article's body finds it, and nothing of the index loads before", async ({ page }) => {
  const index = [];
  page.on("request", (request) => request.url().includes("/data/search/") && index.push(request.url()));
  await page.goto("/");
  await loaded(page);
  expect(index, "the first visit fetches no index").toEqual([]);
  await expect(page.getByRole("search")).toBeVisible();
  await box(page).fill("irreversible");
  await box(page).press("Enter");
  await expect(page).toHaveURL(/\/search\?q=irreversible$/);
  await expect(titles(page)).toHaveText(["Agents that act need an undo button"]);
  await expect(page.locator(".digest-search-count")).toHaveText("1 result for “irreversible”");
  await expect(page).toHaveTitle(/^Search: irreversible · /);
  expect(index.some((url) => url.endsWith("/data/search/index.json"))).toBe(true);
});

test("a search address reloads to the same results, and back and forward move between searches", async ({ page }) => {
  await searched(page, "/search?q=retriev");
  const first = await titles(page).allTextContents();
  expect(first.length).toBeGreaterThan(0);
  // A prefix finds the longer word, and the matched words are marked, as text.
  await expect(page.locator(".digest-card mark").first()).toHaveText(/^retriev/i);
  await page.reload();
  await wake(page);
  await expect(titles(page)).toHaveText(first);
  await expect(box(page)).toHaveValue("retriev");

  await box(page).fill("undo");
  await box(page).press("Enter");
  await expect(titles(page).first()).toHaveText("Agents that act need an undo button");
  await page.goBack();
  await expect(page).toHaveURL(/q=retriev$/);
  await expect(titles(page)).toHaveText(first);
  await expect(box(page)).toHaveValue("retriev");
});

test("typing searches after a pause; / focuses the box and Escape clears it", async ({ page }) => {
  await page.goto("/");
  await loaded(page);
  await page.locator("body").press("/");
  await expect(box(page)).toBeFocused();
  await page.keyboard.type("naïve", { delay: 30 });
  await expect(page).toHaveURL(/\/search\?q=na%C3%AFve$/);
  // Typing on does not add an entry to history for each pause, and keeps focus in the box.
  await page.keyboard.type(" agents", { delay: 30 });
  await expect(page).toHaveURL(/\/search\?q=na%C3%AFve\+agents$/);
  await expect(box(page)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(box(page)).toHaveValue("");
  await expect(page).toHaveURL(/\/search$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
});

test("diacritics and case are folded: modele and MODÈLE find the quote's modèle", async ({ page }) => {
  await searched(page, "/search?q=modele");
  const folded = await titles(page).allTextContents();
  expect(folded.some((title) => title.startsWith("Why your retrieval quietly fails"))).toBe(true);
  await searched(page, "/search?q=" + encodeURIComponent("MODÈLE"));
  await expect(titles(page)).toHaveText(folded);
});

test("no results says so and offers the categories", async ({ page }) => {
  await page.goto("/search?q=zzzqqq");
  await wake(page);
  await expect(page.locator(".digest-search-count")).toHaveText("No results for “zzzqqq”.");
  await expect(page.locator(".digest-search-browse a")).toHaveText(["Models & Research", "Tools & Workflows", "Policy & Practice"]);
});

test("a query of 10,000 characters, or of markup, is text", async ({ page }) => {
  await page.goto("/search?q=" + encodeURIComponent("<img src=x onerror=alert(1)> " + "agents ".repeat(1500)));
  await wake(page);
  await expect(page.locator(".digest-search-count")).toBeVisible();
  await expect(page.locator(".digest-main img")).toHaveCount(0);
  await expect(page.locator(".digest-search-count")).toContainText("<img src=x");
});

test("a missing index says search is unavailable, with a retry that works; the rest of the app works", async ({ page }) => {
  page.allowedConsoleErrors = [NOT_FOUND_LOG];
  let broken = true;
  await page.route("**/data/search/index.json", (route) =>
    broken ? route.fulfill({ status: 404, body: "not found" }) : route.continue());
  await page.goto("/search?q=undo");
  await wake(page);
  await expect(page.locator(".digest-error")).toContainText("Search is unavailable right now");
  await expect(page.locator(".digest-header__brand")).toBeVisible();
  broken = false;
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(titles(page).first()).toHaveText("Agents that act need an undo button");
});

test("a damaged shard says the index is broken, not a crash", async ({ page }) => {
  await page.route("**/data/search/k-*.txt", (route) => route.fulfill({ status: 200, contentType: "text/plain", body: "\u0001garbage" }));
  await page.goto("/search?q=undo");
  await wake(page);
  await expect(page.locator(".digest-error")).toContainText("Search is unavailable right now");
  await expect(page.locator(".digest-error")).toContainText("damaged");
});

test("text typed into the pre-rendered page's box before the app started is searched", async ({ page }) => {
  await page.goto("/articles/agents-need-undo");
  await expect(page.locator(".digest-static")).toHaveCount(1);
  await page.locator(".digest-static #digest-search-input").fill("undo");
  await expect(page).toHaveURL(/\/search\?q=undo$/);
  await expect(titles(page).first()).toHaveText("Agents that act need an undo button");
});

test("while the index loads, the page says it is searching, in the place the results will take", async ({ page }) => {
  const release = await holdRequests(page, "**/data/search/k-*.txt");
  await page.goto("/search?q=undo");
  await wake(page);
  await expect(page.locator(".digest-search-count")).toHaveText("Searching…");
  await expect(page.locator(".digest-skeleton")).not.toHaveCount(0);
  await expect(page.locator(".digest-search-results")).toHaveAttribute("aria-busy", "true");
  release();
  await expect(titles(page).first()).toHaveText("Agents that act need an undo button");
  await expect(page.locator(".digest-search-results")).toHaveAttribute("aria-busy", "false");
  await expect(page.locator(".digest-main > [role=status].digest-visually-hidden")).toHaveText(/results? for “undo”/);
});
