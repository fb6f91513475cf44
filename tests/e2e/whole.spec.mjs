// Readers who never get the app (JavaScript off, a text browser, an app that fails to load) read the
// pre-rendered page whole: every word of every section, no control that needs the app, and never a
// promo they dismissed. On a build that also holds an article at the schema's limits
// (limits-content.mjs, make build-limits).
import { execFileSync } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import { test, expect, holdRequests, NOT_FOUND_LOG, wake, withoutPageScripts } from "./fixtures.mjs";
import { article, SLUG } from "./limits-content.mjs";

const ARTICLE = `/articles/${SLUG}`;
const WITH_PROMO = "/articles/agents-need-undo";
const limits = article();
const LISTS = [
  [".digest-steps__list > li", limits.steps],
  [".digest-article__list > li", limits.who_benefits],
  [".digest-takeaways__list > li", limits.takeaways],
];
/** What a reader without the app must not be offered: controls and fields that need it. */
const NEEDS_APP = "button:visible, input[type=search]:visible, .digest-app-only:visible";

/** Every word of the article at the limits is on screen, every list item too, and nothing needs the app. */
async function readsWhole(page) {
  const main = page.locator(".digest-static main");
  await expect(main.locator("h1")).toHaveText(limits.title);
  await expect(main.locator(".digest-article__summary")).toHaveText(limits.summary);
  await expect(main.getByText(limits.why_it_matters, { exact: true })).toBeVisible();
  await expect(main.locator("blockquote")).toContainText(limits.source.quote);
  for (const [selector, items] of LISTS) {
    const list = main.locator(selector);
    await expect(list).toHaveCount(items.length);
    for (const [i, item] of items.entries()) {
      await expect(list.nth(i)).toBeVisible();
      await expect(list.nth(i)).toContainText(item);
    }
  }
  await expect(page.locator(NEEDS_APP)).toHaveCount(0);
  // What works without the app stays: plain links.
  await expect(main.getByRole("link", { name: "View on X" })).toBeVisible();
  await expect(page.locator(".digest-related__item a").first()).toBeVisible();
}

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  for (const [size, viewport] of [["390 px", { width: 390, height: 844 }], ["1280 px", { width: 1280, height: 800 }]]) {
    test(`an article at the schema's limits is whole, ${size}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(ARTICLE);
      await readsWhole(page);
    });
  }

  test("search and saved articles say that they need the app, and offer no field or button", async ({ page }) => {
    await page.goto("/search");
    await expect(page.locator(".digest-static main")).toContainText("Searching needs JavaScript");
    await expect(page.locator(NEEDS_APP)).toHaveCount(0);
    await page.goto("/saved");
    await expect(page.locator(".digest-static main")).toContainText("Saved articles are kept by this site's reader");
    await expect(page.locator(NEEDS_APP)).toHaveCount(0);
  });

});

// axe needs scripts of its own, which a context with JavaScript off cannot run: the pages' own scripts
// are refused instead (withoutPageScripts).
const ROUTES = ["/", "/page/2", "/page/3", ARTICLE, WITH_PROMO, "/categories/tools-workflows", "/search", "/saved", "/404.html"];
for (const path of ROUTES) {
  for (const scheme of ["light", "dark"]) {
    test(`axe without the app: ${path}, ${scheme}`, async ({ page }) => {
      await withoutPageScripts(page);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.locator(".digest-static h1").first()).toBeVisible();
      await expect(page.locator("html[data-digest-js]")).toHaveCount(0);
      const results = await new AxeBuilder({ page }).analyze();
      const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(found).toEqual([]);
    });
  }
}

test("a text browser (w3m) reads every section in order, with its words apart", async ({ request, browser }) => {
  const html = await (await request.get(ARTICLE)).text();
  const dump = execFileSync("w3m", ["-dump", "-cols", "80", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"], { input: html, encoding: "utf8" })
    .replace(/\s+/g, " ");
  const inOrder = [
    limits.title,
    limits.summary,
    "Why it matters",
    limits.why_it_matters,
    "How to implement this in your domain",
    ...limits.steps,
    "Who benefits",
    ...limits.who_benefits,
    "Key takeaways",
    ...limits.takeaways,
    "The original post",
    limits.source.quote,
    "More in Tools & Workflows",
  ];
  let from = 0;
  for (const text of inOrder) {
    const at = dump.indexOf(text, from);
    expect(at, `"${text.slice(0, 40)}…" after character ${from}`).toBeGreaterThanOrEqual(from);
    from = at + text.length;
  }
  // Each related article's title and date, as words apart.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  const related = page.locator(".digest-related__item");
  expect(await related.count()).toBeGreaterThan(0);
  for (const item of await related.all()) {
    const [title, date] = [await item.locator("a").innerText(), await item.locator("time").innerText()];
    expect(dump).toContain(`${title} ${date}`);
  }
  await context.close();
});

for (const [name, glob, answer] of [
  ["a 404", "**/*.wasm", { status: 404, body: "gone" }],
  ["a broken wasm", "**/*.wasm", { status: 200, contentType: "application/wasm", body: "not a WebAssembly module" }],
  ["its stylesheet answering 500", "**/digest-*.css", { status: 500, body: "down" }],
]) {
  test(`a reader whose app fails to load (${name}) reads the page as without JavaScript`, async ({ page }) => {
    page.allowedConsoleErrors = [/digest could not start/, NOT_FOUND_LOG, /status of 500/];
    await page.route(glob, (route) => route.fulfill(answer));
    await page.goto(ARTICLE);
    // While the app may still come, its controls are offered (a press is kept for it).
    await expect(page.locator(".digest-static .digest-save")).toBeVisible();
    await wake(page);
    await expect(page.locator("html[data-digest-js]")).toHaveCount(0);
    await readsWhole(page);
  });
}

test("a reader whose start script cannot be loaded reads the page as without JavaScript", async ({ page }) => {
  page.allowedConsoleErrors = [NOT_FOUND_LOG];
  await page.route("**/digest-start.js", (route) => route.fulfill({ status: 404, body: "gone" }));
  await page.goto(ARTICLE);
  await expect(page.locator("html[data-digest-js]")).toHaveCount(0);
  await readsWhole(page);
});

test("a promo the reader dismissed never shows, not even before the app starts", async ({ page, browser }) => {
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const reader = await plain.newPage();
  await reader.goto(WITH_PROMO);
  const dismissed = await reader.locator(".digest-promo").getAttribute("data-digest-promo");
  await plain.close();
  expect(dismissed).toBeTruthy();
  await page.addInitScript((name) => {
    localStorage.setItem("digest:promo-dismissed", name);
    // The first moment the whole page is parsed, before any script of ours has looked at it.
    document.addEventListener("DOMContentLoaded", () => {
      window.promoAtParse = getComputedStyle(document.querySelector(".digest-static .digest-promo")).display;
    });
  }, dismissed);
  await holdRequests(page, "**/*.wasm");
  await page.goto(WITH_PROMO);
  expect(await page.evaluate(() => window.promoAtParse)).toBe("none");
  await expect(page.locator(".digest-static .digest-promo")).toBeHidden();
  await expect(page.locator("html[data-digest-promo-dismissed]")).toHaveCount(0);
});

test("a promo other than the one dismissed shows", async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem("digest:promo-dismissed", "Another promo|https://example.org/"));
  await holdRequests(page, "**/*.wasm");
  await page.goto(WITH_PROMO);
  await expect(page.locator(".digest-static .digest-promo")).toBeVisible();
});
