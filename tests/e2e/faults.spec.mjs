// Failing networks and broken files, injected by the test server per URL (server.mjs --faults). On a
// page the reader already reads (a deep link to a pre-rendered page): the content stays, with a calm
// notice and a retry. Where nothing was pre-rendered (a client-side navigation): the specific message
// in the region that failed. Either way: no panic (the fixture fails the test on any console error
// but the browser's own "Failed to load resource"), the rest of the app still navigable, and recovery
// once the fault is lifted.
import { test, expect, loaded, openFromFeed, staticNotice, wake, withoutPrefetch } from "./fixtures.mjs";

test.describe.configure({ mode: "serial" });

const ARTICLE = "/articles/agents-need-undo";
const DATA = "/data/articles/agents-need-undo.json";
const TITLE = "Agents that act need an undo button";
const SUMMARY = /^A tools developer describes why every action/;
const RESOURCE_LOG = /Failed to load resource/;

async function fault(request, kind, { path = DATA, times } = {}) {
  const query = new URLSearchParams({ path, kind, ...(times ? { times: String(times) } : {}) });
  expect((await request.get(`/__fault/set?${query}`)).status()).toBe(204);
}

test.beforeEach(async ({ page, request }) => {
  page.allowedConsoleErrors = [RESOURCE_LOG];
  await withoutPrefetch(page);
  await request.get("/__fault/clear");
});

const kept = [
  { kind: "500", title: "The server had a problem" },
  { kind: "503-retry-later", title: "The server had a problem" },
  { kind: "404", title: "Not found" },
  { kind: "410", title: "Not found" },
  { kind: "html-error-page", title: "Not found" },
  { kind: "reset", title: "Could not reach the server" },
  { kind: "reset-rst", title: "Could not reach the server" },
  { kind: "reset-mid-body", title: "Could not reach the server" },
  { kind: "truncated", title: "This content is broken" },
  { kind: "invalid-utf8", title: "This content is broken" },
  { kind: "delay", title: "The server is taking too long" },
];

for (const { kind, title } of kept) {
  test(`${kind} on a deep link: the pre-rendered article stays, with a notice and a retry`, async ({ page, request }) => {
    await fault(request, kind);
    await page.goto(ARTICLE);
    await wake(page);
    const notice = staticNotice(page);
    await expect(notice).toContainText(`${title}: the live version of this page could not be loaded`, { timeout: 20_000 });
    await expect(notice).toContainText("Ticking steps and copying takeaways work once it loads.");
    // Every retry has run out, and the article is still there, whole, under its own title.
    await expect(page.locator("h1")).toHaveText(TITLE);
    await expect(page.locator(".digest-article__summary")).toHaveText(SUMMARY);
    await expect(page.locator(".digest-steps li")).toHaveCount(4);
    await expect(page).toHaveTitle(`${TITLE} · AI News & Tools`);
    await expect(page.locator(".digest-error")).toHaveCount(0);
    // Plain links keep working.
    await expect(page.locator(".digest-header__nav a")).toHaveCount(3);

    await request.get("/__fault/clear");
    await notice.getByRole("button", { name: "Try again" }).click();
    await loaded(page);
    await expect(page.locator("h1")).toHaveText(TITLE);
    await expect(page.locator("h1")).toBeFocused();
    await page.locator(".digest-steps input").first().check();
    await expect(page.locator(".digest-steps__label")).toHaveText("1 of 4 done");
  });
}

for (const kind of ["reset", "reset-rst", "reset-mid-body"]) {
  test(`${kind} is said to be a network failure, once its quick retries are spent`, async ({ page, request }) => {
    await fault(request, kind);
    await page.goto(ARTICLE);
    const start = Date.now();
    await wake(page);
    await expect(staticNotice(page)).toContainText("Could not reach the server", { timeout: 20_000 });
    // From the app's start: three attempts, 0.5 s and 1.5 s apart, about 3 s. Generous against a loaded machine, and far
    // below the 8 s timeout a reset mistaken for a hanging request would take.
    expect((Date.now() - start) / 1000).toBeLessThan(6);
  });
}

test("a failed retry keeps the content and the notice", async ({ page, request }) => {
  await fault(request, "500");
  await page.goto(ARTICLE);
  await wake(page);
  const notice = staticNotice(page);
  await expect(notice).toContainText("The server had a problem");
  const retry = notice.getByRole("button", { name: "Try again" });
  await retry.click();
  await expect(retry).toBeVisible();
  // The same button, still focused: a keyboard reader can try once more.
  await expect(retry).toBeFocused();
  await expect(page.locator("h1")).toHaveText(TITLE);
  await expect(page.locator(".digest-app")).toHaveCount(0);
});

test("a failed feed page keeps its pre-rendered cards", async ({ page, request }) => {
  await fault(request, "500", { path: "/data/feed/1.json" });
  await page.goto("/");
  await wake(page);
  const notice = staticNotice(page);
  await expect(notice).toContainText("The server had a problem: the live version of this page could not be loaded");
  await expect(notice).not.toContainText("Ticking steps");
  await expect(page.locator("h1")).toHaveText("Latest");
  await expect(page.locator(".digest-card")).toHaveCount(6);
  // A link on the kept page is handled by the app, which then takes over with the page it opens.
  await page.locator(".digest-card__link", { hasText: TITLE }).click();
  await loaded(page);
  await expect(page.locator("h1")).toHaveText(TITLE);
  await expect(page.locator(".digest-static")).toHaveCount(0);
});

test("a failed site file keeps a pre-rendered category page", async ({ page, request }) => {
  await fault(request, "reset", { path: "/data/site.json" });
  await page.goto("/categories/tools-workflows");
  await wake(page);
  await expect(staticNotice(page)).toContainText("Could not reach the server");
  await expect(page.locator("h1")).toHaveText("Tools & Workflows");
  await expect(page.locator(".digest-card")).toHaveCount(5);
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
  test(`${kind} on a client-side navigation: says what failed, keeps the app usable, recovers on retry`, async ({ page, request }) => {
    await fault(request, kind);
    await openFromFeed(page, TITLE);
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
  test(`${kind} on a client-side navigation: shows the not-found page, and the article once it is back`, async ({ page, request }) => {
    await fault(request, kind);
    await openFromFeed(page, TITLE);
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
  await openFromFeed(page, TITLE);
  await loaded(page);
  await expect(page.locator("h1")).toHaveText(TITLE);
  await expect(page.locator(".digest-error")).toHaveCount(0);
});

test("a dropped connection is retried by itself", async ({ page, request }) => {
  await fault(request, "reset", { times: 2 });
  await openFromFeed(page, TITLE);
  await loaded(page);
  await expect(page.locator("h1")).toHaveText(TITLE);
});

test("a dropped connection on a deep link is retried by itself, and the app takes over", async ({ page, request }) => {
  await fault(request, "reset", { times: 2 });
  await page.goto(ARTICLE);
  await loaded(page);
  await expect(page.locator("h1")).toHaveText(TITLE);
  await expect(staticNotice(page)).toHaveCount(0);
});

test("a wrong content type is tolerated: the content is what matters", async ({ page, request }) => {
  await fault(request, "wrong-content-type");
  await page.goto(ARTICLE);
  await loaded(page);
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
