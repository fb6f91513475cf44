// When the app starts (public/digest-start.js). A pre-rendered page is read without it: the JS and
// wasm come after the first paint, and the app starts on the reader's first interaction. With
// Save-Data, a reader who only reads downloads neither. Where nothing was pre-rendered, it starts at once.
import { test, expect, holdRequests, loaded, wake, withSaveData } from "./fixtures.mjs";

const ARTICLE = "/articles/agents-need-undo";
// Trunk's hash is hex without leading zeros: 16 digits, or now and then fewer.
const isApp = (url) => /\/digest-[0-9a-f]{10,16}(_bg\.wasm|\.js)$/.test(url);

function watchApp(page) {
  const requested = [];
  page.on("request", (request) => isApp(request.url()) && requested.push(request.url()));
  return requested;
}

test("a pre-rendered page paints before the app is fetched, and the app waits for the reader", async ({ page }) => {
  const requested = watchApp(page);
  await page.goto(ARTICLE);
  await expect(page.locator(".digest-static h1")).toHaveText("Agents that act need an undo button");
  // Downloaded when the browser is idle after the load, not before the first paint.
  await expect.poll(() => requested.length, { timeout: 10_000 }).toBe(2);
  await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
  // A resource's timing entry appears when it has been received, after the request Playwright saw.
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((r) => /_bg\.wasm$/.test(r.name)));
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
    app: performance.getEntriesByType("resource").filter((r) => /_bg\.wasm$/.test(r.name)).map((r) => r.startTime)[0],
    start: performance.getEntriesByType("resource").filter((r) => /\/digest-start\.js$/.test(r.name)).map((r) => r.startTime)[0],
    load: performance.getEntriesByType("navigation")[0].loadEventEnd,
  }));
  expect(timing.paint).toBeGreaterThan(0);
  // The start script too: nothing is requested before the first paint (Lighthouse counts what is).
  expect(timing.start).toBeGreaterThan(timing.paint);
  expect(timing.app).toBeGreaterThan(timing.paint);
  expect(timing.app).toBeGreaterThanOrEqual(timing.load);
  // Not started: nothing has been rendered over the page.
  await page.waitForTimeout(500);
  await expect(page.locator(".digest-app")).toHaveCount(0);

  await wake(page);
  await loaded(page);
  await expect(page.locator("h1")).toHaveText("Agents that act need an undo button");
  // The wasm was compiled as it arrived, and that module is the one the app runs: not fetched again.
  expect(requested.filter((url) => url.endsWith(".wasm"))).toHaveLength(1);
});

test("the reader's first move, made before the start script has arrived, starts the app", async ({ page }) => {
  const release = await holdRequests(page, "**/digest-start.js");
  // The load waits for the held script.
  await page.goto(ARTICLE, { waitUntil: "domcontentloaded" });
  await expect(page.locator(".digest-static h1")).toHaveText("Agents that act need an undo button");
  await wake(page);
  await expect(page.locator("html[data-digest-woke]")).toHaveCount(1);
  release();
  // No other interaction: the one the <head> script marked is enough.
  await expect(page.locator(".digest-app .digest-main h1")).toHaveText("Agents that act need an undo button");
});

test("a host that serves the wasm as another type still gets the app, loaded the slower way", async ({ page }) => {
  await page.route(/_bg\.wasm$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-type": "application/octet-stream" } });
  });
  const requested = watchApp(page);
  await page.goto(ARTICLE);
  await expect.poll(() => requested.length, { timeout: 10_000 }).toBe(2);
  await page.waitForTimeout(500);
  await wake(page);
  await loaded(page);
  await page.locator(".digest-steps input").first().check();
  await expect(page.locator(".digest-steps__label")).toHaveText("1 of 4 done");
});

test("with Save-Data, a reader who only reads downloads no app, and links stay plain links", async ({ page }) => {
  await withSaveData(page);
  const requested = watchApp(page);
  await page.goto(ARTICLE);
  await page.evaluate(() => (window.__samePage = true));
  // Reading: moving the pointer, scrolling, pressing keys that are not on a control.
  await page.mouse.move(200, 300);
  await page.mouse.wheel(0, 600);
  await page.keyboard.press("End");
  await page.waitForTimeout(2000);
  expect(requested).toEqual([]);
  await expect(page.locator(".digest-app")).toHaveCount(0);

  await page.locator(".digest-static .digest-article__category").click();
  await expect(page).toHaveURL(/\/categories\/tools-workflows$/);
  await expect(page.locator(".digest-static h1")).toHaveText("Tools & Workflows");
  // A page load, not the app's navigation.
  expect(await page.evaluate(() => window.__samePage)).toBeUndefined();
  await page.waitForTimeout(1000);
  expect(requested).toEqual([]);
});

test("where nothing was pre-rendered for the address, the app starts by itself", async ({ page }) => {
  // An old link to page 2 is served the feed's first page, made for "/".
  await page.goto("/?page=2");
  await expect(page.locator(".digest-app .digest-main h1")).toHaveText("Latest, page 2");
  await loaded(page);
});

test("a step ticked before the app has taken the page over is ticked by the app", async ({ page }) => {
  const release = await holdRequests(page, "**/*.wasm");
  await page.goto(ARTICLE);
  const staticBox = page.locator(".digest-static .digest-steps input").first();
  await staticBox.click();
  // The pre-rendered page cannot remember a tick: it does not pretend to.
  await expect(staticBox).not.toBeChecked();
  release();
  await loaded(page);
  await expect(page.locator(".digest-steps input").first()).toBeChecked();
  await expect(page.locator(".digest-steps__label")).toHaveText("1 of 4 done");
  expect(await page.evaluate(() => localStorage.getItem("digest:steps:agents-need-undo"))).toBe("[0]");
});

test("a press that the app's takeover lands in the middle of still ticks the step", async ({ page }) => {
  await withSaveData(page);
  await page.goto(ARTICLE);
  const staticBox = page.locator(".digest-static .digest-steps input").nth(2);
  // Focus starts the app; Space is held down on the pre-rendered checkbox while the app gets ready.
  await staticBox.focus();
  await page.keyboard.down(" ");
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((r) => /_bg\.wasm$/.test(r.name)));
  await page.waitForTimeout(1500);
  // The swap waits for the release, so the press ends where it began.
  await expect(page.locator(".digest-static")).toHaveCount(1);
  await page.keyboard.up(" ");
  await loaded(page);
  const box = page.locator(".digest-steps input").nth(2);
  await expect(box).toBeChecked();
  await expect(box).toBeFocused();
  await expect(page.locator(".digest-steps__label")).toHaveText("1 of 4 done");
});

test("share pressed before the app has taken the page over is done by the app", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const release = await holdRequests(page, "**/*.wasm");
  await page.goto(ARTICLE);
  await page.locator(".digest-static").getByRole("button", { name: "Share" }).click();
  release();
  await loaded(page);
  await expect(page.locator(".digest-share [role=status]")).toHaveText("Link copied to the clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${ARTICLE}`);
});

test("with Save-Data, using a control starts the app, which does what was asked and keeps focus there", async ({ page }) => {
  await withSaveData(page);
  const requested = watchApp(page);
  await page.goto(ARTICLE);
  await page.waitForTimeout(1000);
  expect(requested).toEqual([]);
  const second = page.locator(".digest-static .digest-steps input").nth(1);
  await second.focus();
  await page.keyboard.press("Space");
  await loaded(page);
  expect(requested.length).toBe(2);
  const box = page.locator(".digest-steps input").nth(1);
  await expect(box).toBeChecked();
  await expect(box).toBeFocused();
  await expect(page.locator(".digest-steps__label")).toHaveText("1 of 4 done");
});
