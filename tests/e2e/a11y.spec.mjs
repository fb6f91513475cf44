// Accessibility, checked on every route: axe-core finds no violation in either theme, on a desktop
// and at 320 px; nothing scrolls sideways at 320 px or at 200 % zoom; every route change moves focus
// to the new page's <h1> and announces its title; motion stops when the reader asks for less.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, holdRequests, loaded, NOT_FOUND_LOG, wake } from "./fixtures.mjs";

const routes = [
  ["feed", "/"],
  ["feed page 2", "/page/2"],
  ["article", "/articles/eval-sets-before-prompts"],
  ["article with no steps", "/articles/ai-disclosure-newsrooms"],
  ["category", "/categories/tools-workflows"],
  ["not found", "/no/such/page"],
  ["unknown article", "/articles/no-such-article"],
  ["search results, words marked", "/search?q=agent"],
  ["search, no results", "/search?q=zzzz"],
  ["saved, none yet", "/saved"],
];
const viewports = [
  ["desktop", { width: 1280, height: 800 }],
  ["320 px", { width: 320, height: 640 }],
];

for (const [name, path] of routes) {
  for (const scheme of ["light", "dark"]) {
    for (const [size, viewport] of viewports) {
      test(`axe: ${name}, ${scheme}, ${size}`, async ({ page }) => {
        page.allowedConsoleErrors = [NOT_FOUND_LOG];
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await loaded(page);
        const results = await new AxeBuilder({ page }).analyze();
        const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        expect(found).toEqual([]);
      });
    }
  }
}

for (const scheme of ["light", "dark"]) {
  test(`a pre-rendered page kept after a failed load, with its notice, passes axe (${scheme})`, async ({ page }) => {
    page.allowedConsoleErrors = [/status of 500/];
    await page.emulateMedia({ colorScheme: scheme });
    await page.route("**/data/articles/eval-sets-before-prompts.json", (route) => route.fulfill({ status: 500, body: "boom" }));
    await page.goto("/articles/eval-sets-before-prompts");
    await wake(page);
    await expect(page.locator(".digest-static-notice")).toContainText("The server had a problem");
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("pre-rendered pages, as readers without WebAssembly get them, pass axe too", async ({ page }) => {
  // axe needs JavaScript, so instead of turning it off the app's own scripts are kept from loading.
  page.allowedConsoleErrors = [/net::ERR_FAILED/];
  await page.route(/\.(js|wasm)$/, (route) => route.abort());
  for (const path of ["/", "/articles/eval-sets-before-prompts", "/categories/tools-workflows"]) {
    await page.goto(path);
    await expect(page.locator(".digest-static h1")).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}`)).toEqual([]);
  }
});

test("every page has one h1 and the header, navigation, main and footer landmarks", async ({ page }) => {
  page.allowedConsoleErrors = [NOT_FOUND_LOG];
  for (const [, path] of routes) {
    await page.goto(path);
    await loaded(page);
    await expect(page.locator("h1"), path).toHaveCount(1);
    for (const role of ["banner", "navigation", "main", "contentinfo"]) {
      await expect(page.getByRole(role).first(), `${path} ${role}`).toBeVisible();
    }
    await expect(page.getByRole("main")).toHaveCount(1);
  }
});

// 200 % zoom of a 1280 px window lays the page out 640 CSS px wide at twice the pixel density.
const narrow = [
  ["320 px", { viewport: { width: 320, height: 640 } }],
  ["200 % zoom", { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }],
];
for (const [name, options] of narrow) {
  test(`nothing scrolls sideways at ${name}`, async ({ browser }) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    for (const [, path] of routes) {
      await page.goto(path);
      await loaded(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
}

test("a route change moves focus to the new h1 and announces the new title", async ({ page }) => {
  const announcer = page.locator("[data-digest-announcer]");
  await page.goto("/");
  await loaded(page);
  await expect(announcer).toHaveAttribute("aria-live", "polite");
  await expect(announcer).toHaveText("", { useInnerText: true });

  await page.locator(".digest-card__link").first().click();
  await expect(page.locator("h1")).toHaveText("Small models now read whole codebases");
  await expect(page.locator("h1")).toBeFocused();
  await expect(announcer).toHaveText("Small models now read whole codebases · AI News & Tools");

  await page.locator(".digest-article__category").click();
  await expect(page.locator("h1")).toHaveText("Models & Research");
  await expect(page.locator("h1")).toBeFocused();
  await expect(announcer).toHaveText(await page.title());

  await page.goBack();
  await expect(page.locator("h1")).toHaveText("Small models now read whole codebases");
  await expect(page.locator("h1")).toBeFocused();
  await expect(announcer).toHaveText("Small models now read whole codebases · AI News & Tools");
});

test("every control on an article is reached by Tab, in order, with a visible focus ring", async ({ page }) => {
  await page.goto("/articles/eval-sets-before-prompts");
  await loaded(page);
  const controls = await page.locator("a[href], button:not([disabled]), input:not([disabled]), [tabindex='0']").evaluateAll((elements) =>
    elements.filter((e) => e.offsetParent !== null).map((e) => e.outerHTML.slice(0, 80)),
  );
  const reached = [];
  for (let i = 0; i < controls.length; i += 1) {
    await page.keyboard.press("Tab");
    reached.push(
      await page.evaluate(() => {
        const e = document.activeElement;
        const style = getComputedStyle(e);
        const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none";
        return `${e.outerHTML.slice(0, 80)}${ring ? "" : " (no focus ring)"}`;
      }),
    );
  }
  expect(reached).toEqual(controls);
});

test("motion stops when the reader asks for less", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const release = await holdRequests(page, "**/data/feed/1.json");
  await page.goto("/?page=1");
  const skeleton = page.locator(".digest-skeleton").first();
  await expect(skeleton).toBeVisible();
  const animation = await skeleton.evaluate((e) => {
    const style = getComputedStyle(e.querySelector(":scope > div"));
    return { count: style.animationIterationCount, duration: parseFloat(style.animationDuration) };
  });
  expect(animation.count === "1" || animation.duration <= 0.001).toBe(true);
  release();
  await loaded(page);
});
