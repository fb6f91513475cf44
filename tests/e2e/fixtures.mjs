// Shared by every spec: a page that fails the test on any console error or WebAssembly panic, so a
// page that "looks fine" but logged a panic does not pass.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems = [];
    const allowed = (text) => page.allowedConsoleErrors?.some((re) => re.test(text));
    page.on("console", (message) => {
      if (message.type() === "error" && !allowed(message.text())) problems.push(message.text());
    });
    page.on("pageerror", (error) => {
      if (!allowed(error.message)) problems.push(`page error: ${error.message}`);
    });
    await use(page);
    expect(problems, "console errors or panics").toEqual([]);
  },
});

export { expect };

/** A missing data file is a 404 the browser logs by itself; not-found tests expect it. */
export const NOT_FOUND_LOG = /the server responded with a status of 404/;

/** Does what a reader does first on a pre-rendered page, move the pointer, which starts the app there
 * (public/digest-start.js). */
export async function wake(page) {
  await page.locator("html").dispatchEvent("pointermove");
}

/** Waits until the app has rendered a page: it has taken over any pre-rendered content, its <h1> is
 * there and no skeleton is left. Wakes the app first. */
export async function loaded(page) {
  await wake(page);
  await expect(page.locator(".digest-app .digest-main h1")).toBeVisible();
  await expect(page.locator(".digest-static")).toHaveCount(0);
  await expect(page.locator(".digest-skeleton")).toHaveCount(0);
}

/** Holds every request matching `glob` until the returned function is called: for what the reader sees
 * while something loads. `page` may be a browser context, whose routes also see its frames' requests. */
export async function holdRequests(page, glob) {
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await page.route(glob, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Turns the app's prefetching off, as a host page can (data-prefetch="off"), for tests about what a
 * click fetches. */
export async function withoutPrefetch(page) {
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => document.getElementById("digest")?.setAttribute("data-prefetch", "off"));
  });
}

/** A reader's browser asking for less data (Save-Data). */
export async function withSaveData(page) {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "connection", { value: { saveData: true, effectiveType: "4g" } });
  });
}

/** Opens the article titled `title` by clicking its card on the feed, as a reader does: a client-side
 * navigation, so nothing pre-rendered is on screen for it. */
export async function openFromFeed(page, title) {
  await page.goto("/");
  await loaded(page);
  await page.locator(".digest-card__link", { hasText: title }).click();
}

/** The notice on a pre-rendered page whose live version could not be loaded. */
export const staticNotice = (page) => page.locator(".digest-static .digest-static-notice");

/** The page's own scripts refused (a policy of script-src 'none'), which leaves a page as a reader
 * without JavaScript gets it, while the test's own scripts (axe, evaluate) still run: a context with
 * JavaScript off runs none. Unlike JavaScript off, `<noscript>` is not read either. */
export async function withoutPageScripts(page) {
  page.allowedConsoleErrors = [/violates the following Content Security Policy directive.*script-src 'none'/];
  await page.route("**/*", async (route) => {
    if (route.request().resourceType() !== "document") return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": "script-src 'none'" } });
  });
}
