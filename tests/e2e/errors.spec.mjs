// Loading and error states: a failing region says what failed and offers a retry, and the rest of
// the app keeps working. Pages are opened by a click in the app, where nothing pre-rendered is on
// screen (faults.spec.mjs covers failures under a pre-rendered page).
import { test, expect, holdRequests, loaded, openFromFeed, staticNotice, wake, withoutPrefetch } from "./fixtures.mjs";

const TITLE = "Agents that act need an undo button";

test.beforeEach(async ({ page }) => {
  await withoutPrefetch(page);
});

test("a server error in an article shows a specific message, and retry recovers", async ({ page }) => {
  page.allowedConsoleErrors = [/500/];
  let fail = true;
  await page.route("**/data/articles/agents-need-undo.json", (route) =>
    fail ? route.fulfill({ status: 500, body: "boom" }) : route.continue(),
  );
  await openFromFeed(page, TITLE);
  await expect(page.locator("h1")).toHaveText("The server had a problem");
  await expect(page.locator(".digest-error")).toContainText("error 500");
  await expect(page).toHaveTitle("The server had a problem");
  // The header still works while the article region has failed.
  await expect(page.locator(".digest-header__nav a")).toHaveCount(3);
  fail = false;
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator("h1")).toHaveText("Agents that act need an undo button");
});

test("broken JSON is reported with its line and column", async ({ page }) => {
  await page.route("**/data/feed/2.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{"page": 2,\n  "pages": oops}' }),
  );
  await page.goto("/");
  await loaded(page);
  await page.getByRole("link", { name: "Older →" }).click();
  await expect(page.locator("h1")).toHaveText("This content is broken");
  await expect(page.locator(".digest-error__details")).toContainText("line 2, column 12");
});

test("broken JSON under a pre-rendered page keeps the page, and says the content is broken", async ({ page }) => {
  await page.route("**/data/feed/1.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{"page": 1,\n  "pages": oops}' }),
  );
  await page.goto("/");
  await wake(page);
  await expect(staticNotice(page)).toContainText("This content is broken: the live version of this page could not be loaded");
  await expect(page.locator(".digest-card")).toHaveCount(6);
});

test("content with a wrong field type names the field", async ({ page }) => {
  await page.route("**/data/articles/agents-need-undo.json", async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    json.article.steps = 42;
    await route.fulfill({ response, json });
  });
  await openFromFeed(page, TITLE);
  await expect(page.locator("h1")).toHaveText("This content is broken");
  await expect(page.locator(".digest-error__details")).toContainText("article.steps: invalid type: integer `42`, expected a sequence");
});

test("a javascript: URL in content is refused, never rendered as a link", async ({ page }) => {
  await page.route("**/data/articles/agents-need-undo.json", async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    json.article.source.url = "javascript:alert(document.domain)";
    await route.fulfill({ response, json });
  });
  await openFromFeed(page, TITLE);
  await expect(page.locator(".digest-error__details")).toContainText("article.source.url: must be an http:// or https:// URL");
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
});

test("an unreachable network says so, and the header keeps working", async ({ page }) => {
  page.allowedConsoleErrors = [/ERR_FAILED|Failed to load resource/];
  await page.goto("/");
  await loaded(page);
  await page.route("**/data/categories/**", (route) => route.abort("internetdisconnected"));
  await page.locator(".digest-header__nav").getByRole("link", { name: "Models & Research" }).click();
  await expect(page.locator("h1")).toHaveText("Could not reach the server");
  await page.locator(".digest-header__brand").click();
  await loaded(page);
  await expect(page.locator("h1")).toHaveText("Latest");
});

test("while content loads, a skeleton holds its place", async ({ page }) => {
  await page.goto("/categories/tools-workflows");
  await loaded(page);
  const release = await holdRequests(page, "**/data/articles/agents-need-undo.json");
  await page.getByRole("link", { name: "Agents that act need an undo button" }).click();
  await expect(page.locator(".digest-skeleton [role=status]")).toHaveText("Loading the article…");
  release();
  await loaded(page);
  await expect(page.locator("h1")).toHaveText("Agents that act need an undo button");
});
