// The reader end to end: every route, deep links, pagination, back/forward, not-found cases and a
// keyboard-only path, against the release build.
import { test, expect, loaded, NOT_FOUND_LOG } from "./fixtures.mjs";

test("the feed lists the newest articles a page at a time", async ({ page }) => {
  await page.goto("/");
  await loaded(page);
  await expect(page).toHaveTitle("AI News & Tools");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /Public posts by people building AI/);
  await expect(page.locator(".digest-main h1")).toHaveText("Latest");
  const cards = page.locator(".digest-card");
  await expect(cards).toHaveCount(6);
  await expect(cards.first().locator("h2")).toHaveText("Small models now read whole codebases");
  await expect(cards.first()).toContainText("Models & Research");
  await expect(cards.first()).toContainText("min read");
  await expect(cards.first().locator("time")).toHaveAttribute("datetime", "2026-11-24T08:15:00Z");
  await expect(page.locator(".digest-pagination")).toContainText("Page 1 of 3");

  await page.getByRole("link", { name: "Older →" }).click();
  await expect(page).toHaveURL(/\/page\/2$/);
  await expect(page.locator(".digest-main h1")).toHaveText("Latest, page 2");
  await expect(page).toHaveTitle("Page 2 · AI News & Tools");
  await expect(page.locator(".digest-pagination")).toContainText("Page 2 of 3");
  await page.getByRole("link", { name: "Older →" }).click();
  await expect(page).toHaveURL(/\/page\/3$/);
  await expect(cards).toHaveCount(2);
  await expect(page.getByRole("link", { name: "Older →" })).toHaveCount(0);
  await page.getByRole("link", { name: "← Newer" }).click();
  await expect(page).toHaveURL(/\/page\/2$/);
});

test("an article deep link renders every section and survives a reload", async ({ page }) => {
  await page.goto("/articles/eval-sets-before-prompts");
  await loaded(page);
  const check = async () => {
    await expect(page.locator("h1")).toHaveText("Write the evaluation set before the prompt");
    await expect(page).toHaveTitle("Write the evaluation set before the prompt · AI News & Tools");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^An engineering lead argues/);
    await expect(page.locator(".digest-article__category")).toHaveAttribute("href", "/categories/tools-workflows");
    await expect(page.locator(".digest-article__meta time")).toHaveAttribute("datetime", "2026-11-23T14:00:00Z");
    await expect(page.locator(".digest-article__meta")).toContainText("2 min read");
    for (const heading of ["Why it matters", "How to implement this in your domain", "Who benefits", "Key takeaways", "The original post", "Want to go deeper?", "More in Tools & Workflows"]) {
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.locator(".digest-steps ol > li")).toHaveCount(5);
    await expect(page.locator("blockquote")).toHaveAttribute("cite", "https://www.linkedin.com/posts/dana-whitfield-evals-first");
    await expect(page.getByRole("link", { name: "View on LinkedIn" })).toHaveAttribute("href", "https://www.linkedin.com/posts/dana-whitfield-evals-first");
    await expect(page.getByRole("link", { name: "Explore courses" })).toHaveAttribute("href", "/courses");
    await expect(page.locator(".digest-related li")).toHaveCount(3);
  };
  await check();
  await page.reload();
  await loaded(page);
  await check();
});

test("an article from X says View on X, and empty sections are absent", async ({ page }) => {
  await page.goto("/articles/agents-need-undo");
  await loaded(page);
  await expect(page.getByRole("heading", { name: "Who benefits" })).toHaveCount(0);
  await page.goto("/articles/benchmarks-contamination");
  await loaded(page);
  await expect(page.locator(".digest-steps")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "View on X" })).toHaveAttribute("href", /^https:\/\/x\.com\//);
});

test("a category page shows its name, description and articles", async ({ page }) => {
  await page.goto("/");
  await loaded(page);
  await page.locator(".digest-header__nav").getByRole("link", { name: "Policy & Practice" }).click();
  await expect(page).toHaveURL(/\/categories\/policy-practice$/);
  await expect(page.locator("h1")).toHaveText("Policy & Practice");
  await expect(page).toHaveTitle("Policy & Practice · AI News & Tools");
  await expect(page.locator(".digest-listing-head")).toContainText("How teams, institutions and rules are adapting");
  await expect(page.locator(".digest-card")).toHaveCount(4);
  for (const category of await page.locator(".digest-card__category").allTextContents()) {
    expect(category).toBe("Policy & Practice");
  }
});

for (const [name, path] of [
  ["an unknown route", "/no/such/page"],
  ["an unknown article", "/articles/no-such-article"],
  ["an unknown category", "/categories/no-such-category"],
  ["a feed page past the end", "/page/99"],
  ["an old link to a feed page past the end", "/?page=99"],
  ["a malformed page number", "/?page=two"],
  ["a category page past the end", "/categories/models-research/page/5"],
  ["a page zero", "/page/0"],
]) {
  test(`${name} shows the not-found page with a way back`, async ({ page }) => {
    page.allowedConsoleErrors = [NOT_FOUND_LOG];
    await page.goto(path);
    await expect(page.locator("h1")).toHaveText("Page not found");
    await expect(page).toHaveTitle("Page not found");
    await page.getByRole("link", { name: "Back to the latest articles" }).click();
    await loaded(page);
    await expect(page.locator("h1")).toHaveText("Latest");
    await expect(page).toHaveURL(/\/$/);
  });
}

test("back and forward restore the page and its scroll position", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto("/");
  await loaded(page);
  const card = page.locator(".digest-card").nth(4);
  await card.scrollIntoViewIfNeeded();
  const feedScroll = await page.evaluate(() => window.scrollY);
  expect(feedScroll).toBeGreaterThan(300);
  await card.locator("h2 a").click();
  await loaded(page);
  await expect(page).toHaveURL(/\/articles\//);
  // A new page starts at the top, with focus on its heading.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator("h1")).toBeFocused();

  await page.goBack();
  await expect(page.locator("h1")).toHaveText("Latest");
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(feedScroll);

  await page.goForward();
  await expect(page).toHaveURL(/\/articles\//);
  await loaded(page);
  await expect(page.locator(".digest-article")).toBeVisible();
});

test("an old link to a page of a listing moves to the page's own address", async ({ page }) => {
  await page.goto("/?page=2");
  await loaded(page);
  await expect(page).toHaveURL(/\/page\/2$/);
  await expect(page.locator("h1")).toHaveText("Latest, page 2");
  await page.goto("/categories/tools-workflows?page=1");
  await loaded(page);
  await expect(page).toHaveURL(/\/categories\/tools-workflows$/);
  await expect(page.locator("h1")).toHaveText("Tools & Workflows");
  // Back goes where the reader came from, not to the old address.
  await page.goBack();
  await expect(page).toHaveURL(/\/page\/2$/);
});

test("links are real links, so they can open in a new tab", async ({ page }) => {
  await page.goto("/");
  await loaded(page);
  const href = await page.locator(".digest-card h2 a").first().getAttribute("href");
  expect(href).toBe("/articles/small-models-big-context");
});

test("keyboard only: from the feed into an article and back", async ({ page }) => {
  await page.goto("/");
  await loaded(page);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.locator(".digest-card h2 a").first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/articles\/small-models-big-context$/);
  await expect(page.locator("h1")).toBeFocused();

  // Tick the first step with the keyboard.
  await page.locator(".digest-steps input").first().focus();
  await page.keyboard.press("Space");
  await expect(page.locator(".digest-steps__label")).toHaveText("1 of 4 done");

  // Back to the feed through the header's brand link.
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Shift+Tab");
    if ((await page.evaluate(() => document.activeElement?.textContent)) === "AI News & Tools") break;
  }
  await expect(page.locator(".digest-header__brand")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("h1")).toHaveText("Latest");
  await expect(page.locator("h1")).toBeFocused();
});

test("ticked steps survive a reload and can be reset", async ({ page }) => {
  await page.goto("/articles/prompt-caching-latency");
  await loaded(page);
  await page.locator(".digest-steps li").nth(1).locator("input").check();
  await expect(page.locator(".digest-steps__label")).toHaveText("1 of 3 done");
  await page.reload();
  await loaded(page);
  await expect(page.locator(".digest-steps li").nth(1).locator("input")).toBeChecked();
  await page.getByRole("button", { name: "Reset" }).click();
  await expect(page.locator(".digest-steps__label")).toHaveText("0 of 3 done");
});

test("takeaways copy to the clipboard as a plain-text list", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/articles/small-models-big-context");
  await loaded(page);
  await page.getByRole("button", { name: "Copy all" }).click();
  await expect(page.locator(".digest-takeaways [role=status]")).toHaveText("Copied 3 takeaways to the clipboard.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(
    "- Small models with long context can replace retrieval for medium-sized codebases.\n" +
      "- Measure on your own questions: public benchmarks rarely look like your code.\n" +
      "- Running locally keeps private code private.",
  );
});

test("share falls back to copying the article's link, and says so", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/articles/small-models-big-context");
  await loaded(page);
  // Chromium on Linux has no share sheet: the link goes to the clipboard.
  expect(await page.evaluate(() => typeof navigator.share)).toBe("undefined");
  await page.getByRole("button", { name: "Share" }).click();
  await expect(page.locator(".digest-share [role=status]")).toHaveText("Link copied to the clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/articles/small-models-big-context`);
});

test("where there is a share sheet, share sends the title, summary and link", async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "share", { configurable: true, value: (data) => { window.__shared = data; return Promise.resolve(); } });
  });
  await page.goto("/articles/agents-need-undo");
  await loaded(page);
  await page.getByRole("button", { name: "Share" }).click();
  await expect.poll(() => page.evaluate(() => window.__shared)).toEqual({
    title: "Agents that act need an undo button",
    text: await page.locator(".digest-article__summary").textContent(),
    url: `${baseURL}/articles/agents-need-undo`,
  });
  await expect(page.locator(".digest-share [role=status]")).toHaveText("");
});

test("each article shows its promo: by tag first, then by category, then the site's", async ({ page }) => {
  const cases = [
    ["agents-need-undo", "Build agents you can trust", "Explore the agents course", "/courses/reliable-agents"],
    ["ai-policy-one-page", "Leading AI change at work?", "See the leadership course", "/courses/ai-for-team-leads"],
    ["small-models-big-context", "Want to go deeper?", "Explore courses", "/courses"],
  ];
  for (const [slug, heading, cta, url] of cases) {
    // The pre-rendered page, then the app, show the same one.
    await page.goto(`/articles/${slug}`);
    await expect(page.locator(".digest-promo h2")).toHaveText(heading);
    await loaded(page);
    await expect(page.locator(".digest-promo h2")).toHaveText(heading);
    await expect(page.locator(".digest-promo").getByRole("link", { name: cta })).toHaveAttribute("href", url);
  }
});

test("the promo can be dismissed, and stays dismissed", async ({ page }) => {
  await page.goto("/articles/ai-policy-one-page");
  await loaded(page);
  await expect(page.locator(".digest-promo")).toBeVisible();
  await page.getByRole("button", { name: "Dismiss the courses suggestion" }).click();
  await expect(page.locator(".digest-promo")).toBeHidden();
  await page.goto("/articles/teachers-ai-feedback");
  await loaded(page);
  await expect(page.locator(".digest-promo")).toBeHidden();
});

test("the theme toggle remembers the choice and applies it before the app loads", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await loaded(page);
  const toggle = page.locator(".digest-theme-toggle");
  await expect(toggle).toHaveAccessibleName("Colour theme: System. Change theme");
  await toggle.click();
  await toggle.click();
  await expect(page.locator("#digest")).toHaveAttribute("data-theme", "dark");
  const background = () => page.evaluate(() => getComputedStyle(document.getElementById("digest")).backgroundColor);
  expect(await background()).toBe("rgb(15, 17, 21)");

  // Block the wasm: the stored theme must still be applied, by index.html's theme script alone.
  await page.route("**/*.wasm", (route) => route.abort());
  page.allowedConsoleErrors = [/Failed to fetch|net::ERR_FAILED|could not start/];
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-digest-theme", "dark");
  expect(await background()).toBe("rgb(15, 17, 21)");
});

test("dark mode follows the system when no choice is stored", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await loaded(page);
  const background = await page.evaluate(() => getComputedStyle(document.getElementById("digest")).backgroundColor);
  expect(background).toBe("rgb(15, 17, 21)");
});
