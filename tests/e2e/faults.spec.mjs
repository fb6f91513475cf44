// Failing networks and broken files, injected by the test server per URL (server.mjs --faults). For
// each: the specific message in the region that failed, no panic (the fixture fails the test on any
// console error but the browser's own "Failed to load resource"), the rest of the app still
// navigable, and recovery once the fault is lifted.
import { test, expect, loaded } from "./fixtures.mjs";

test.describe.configure({ mode: "serial" });

const ARTICLE = "/articles/agents-need-undo";
const DATA = "/data/articles/agents-need-undo.json";
const TITLE = "Agents that act need an undo button";
const RESOURCE_LOG = /Failed to load resource/;

async function fault(request, kind, { path = DATA, times } = {}) {
  const query = new URLSearchParams({ path, kind, ...(times ? { times: String(times) } : {}) });
  expect((await request.get(`/__fault/set?${query}`)).status()).toBe(204);
}

test.beforeEach(async ({ page, request }) => {
  page.allowedConsoleErrors = [RESOURCE_LOG];
  await request.get("/__fault/clear");
});

const failures = [
  { kind: "500", heading: "The server had a problem", text: "It answered with error 500" },
  { kind: "503-retry-later", heading: "The server had a problem", text: "try again in 120 seconds" },
  { kind: "truncated", heading: "This content is broken", text: "EOF while parsing" },
  { kind: "invalid-utf8", heading: "This content is broken", text: "is not UTF-8 text (invalid byte at offset 20)" },
  { kind: "delay", heading: "The server is taking too long", text: "No answer came within 8 seconds" },
  { kind: "reset", heading: "Could not reach the server", text: "Check your connection" },
];

for (const { kind, heading, text } of failures) {
  test(`${kind}: says what failed, keeps the app usable, recovers on retry`, async ({ page, request }) => {
    await fault(request, kind);
    await page.goto(ARTICLE);
    await expect(page.locator("h1")).toHaveText(heading, { timeout: 20_000 });
    await expect(page.locator(".digest-error")).toContainText(text);
    await expect(page.locator(".digest-header__nav a")).toHaveCount(3);

    await request.get("/__fault/clear");
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.locator("h1")).toHaveText(TITLE);
    // The retry button is gone with the error: focus moves to the content it loaded.
    await expect(page.locator("h1")).toBeFocused();

    await page.locator(".digest-header__nav").getByRole("link", { name: "Models & Research" }).click();
    await loaded(page);
    await expect(page.locator("h1")).toHaveText("Models & Research");
  });
}

for (const kind of ["404", "410", "html-error-page"]) {
  test(`${kind}: shows the not-found page, and the article once it is back`, async ({ page, request }) => {
    await fault(request, kind);
    await page.goto(ARTICLE);
    await expect(page.locator("h1")).toHaveText("Page not found");
    await page.locator(".digest-header__brand").click();
    await loaded(page);
    await expect(page.locator("h1")).toHaveText("Latest");

    await request.get("/__fault/clear");
    await page.goto(ARTICLE);
    await expect(page.locator("h1")).toHaveText(TITLE);
  });
}

test("a 503 with a short Retry-After is retried by itself", async ({ page, request }) => {
  await fault(request, "503-retry-soon", { times: 1 });
  await page.goto(ARTICLE);
  await expect(page.locator("h1")).toHaveText(TITLE);
  await expect(page.locator(".digest-error")).toHaveCount(0);
});

test("a dropped connection is retried by itself", async ({ page, request }) => {
  await fault(request, "reset", { times: 2 });
  await page.goto(ARTICLE);
  await expect(page.locator("h1")).toHaveText(TITLE);
});

test("a wrong content type is tolerated: the content is what matters", async ({ page, request }) => {
  await fault(request, "wrong-content-type");
  await page.goto(ARTICLE);
  await expect(page.locator("h1")).toHaveText(TITLE);
});

test("offline: says so, and loads by itself when the connection is back", async ({ page, context }) => {
  await page.goto("/");
  await loaded(page);
  await context.setOffline(true);
  await page.locator(".digest-header__nav").getByRole("link", { name: "Policy & Practice" }).click();
  await expect(page.locator("h1")).toHaveText("You are offline");
  await expect(page.locator(".digest-error")).toContainText("Reconnect and this will load by itself.");
  await context.setOffline(false);
  await expect(page.locator("h1")).toHaveText("Policy & Practice");
});

test("a failed refresh keeps the last good copy, with a notice", async ({ page, context, request }) => {
  await page.goto(ARTICLE);
  await loaded(page);
  await fault(request, "reset");
  // Coming back online refreshes what is on screen; the article's refresh fails.
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(page.locator(".digest-stale")).toContainText("You are seeing a saved copy", { timeout: 10_000 });
  await expect(page.locator("h1")).toHaveText(TITLE);
  // A background refresh does not move the reader's focus.
  await expect(page.locator("h1")).not.toBeFocused();

  await request.get("/__fault/clear");
  await page.locator(".digest-stale").getByRole("button", { name: "Try again" }).click();
  await expect(page.locator(".digest-stale")).toHaveText("");
  await expect(page.locator("h1")).toHaveText(TITLE);
});
