// The pre-rendered route pages: content, meta tags and navigation with JavaScript disabled, feeds
// and sitemap served, and the app taking a page over without showing anything different.
import { test, expect, holdRequests, loaded } from "./fixtures.mjs";

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("an article page carries its content and its meta tags", async ({ page }) => {
    await page.goto("/articles/eval-sets-before-prompts");
    await expect(page.locator("h1")).toHaveText("Write the evaluation set before the prompt");
    await expect(page).toHaveTitle("Write the evaluation set before the prompt · AI News & Tools");
    await expect(page.locator(".digest-steps ol > li")).toHaveCount(5);
    await expect(page.locator("blockquote")).toContainText("Every AI feature my team ships now starts with a spreadsheet");
    await expect(page.getByRole("link", { name: "View on LinkedIn" })).toBeVisible();
    const head = page.locator("head");
    await expect(head.locator('meta[name="description"]')).toHaveAttribute("content", /^An engineering lead argues/);
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", "https://digest.example.org/articles/eval-sets-before-prompts");
    await expect(head.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    // Link previews show og:site_name beside og:title: the title is the article's alone.
    await expect(head.locator('meta[property="og:title"]')).toHaveAttribute("content", "Write the evaluation set before the prompt");
    await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
    const ld = JSON.parse(await head.locator('script[type="application/ld+json"]').textContent());
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.headline).toBe("Write the evaluation set before the prompt");
    expect(ld.isBasedOn.url).toBe("https://www.linkedin.com/posts/dana-whitfield-evals-first");
  });

  test("every page of a listing is a page of its own, linked to its neighbours", async ({ page }) => {
    await page.goto("/page/2");
    await expect(page.locator("h1")).toHaveText("Latest, page 2");
    await expect(page).toHaveTitle("Page 2 · AI News & Tools");
    await expect(page.locator(".digest-card")).toHaveCount(6);
    await expect(page.locator(".digest-pagination")).toContainText("Page 2 of 3");
    const head = page.locator("head");
    await expect(head.locator('link[rel="prev"]')).toHaveAttribute("href", "/");
    await expect(head.locator('link[rel="next"]')).toHaveAttribute("href", "/page/3");
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", "https://digest.example.org/page/2");
    await page.getByRole("link", { name: "Older →" }).click();
    await expect(page).toHaveURL(/\/page\/3$/);
    await expect(page.locator("h1")).toHaveText("Latest, page 3");
    await expect(page.locator('head link[rel="next"]')).toHaveCount(0);
  });

  test("readers can move between pages by plain links", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("h1")).toHaveText("Latest");
    await expect(page.locator(".digest-card")).toHaveCount(6);
    await page.locator(".digest-header__nav").getByRole("link", { name: "Models & Research" }).click();
    await expect(page).toHaveURL(/\/categories\/models-research$/);
    await expect(page.locator("h1")).toHaveText("Models & Research");
    await page.locator(".digest-card h2 a").first().click();
    await expect(page.locator(".digest-article h1")).toBeVisible();
  });
});

test("feeds, sitemap and robots.txt are served with absolute URLs", async ({ request }) => {
  const rss = await (await request.get("/feed.xml")).text();
  expect(rss).toContain('<rss version="2.0"');
  expect(rss.match(/<item>/g)).toHaveLength(14);
  expect(rss).toContain("<link>https://digest.example.org/articles/small-models-big-context</link>");
  expect(rss).toContain("<content:encoded>");
  const json = await (await request.get("/feed.json")).json();
  expect(json.version).toBe("https://jsonfeed.org/version/1.1");
  expect(json.items).toHaveLength(14);
  expect(json.items[0].content_html).toContain("Why it matters");
  const sitemap = await (await request.get("/sitemap.xml")).text();
  // The home page, feed pages 2 and 3, three categories, fourteen articles.
  expect(sitemap.match(/<loc>/g)).toHaveLength(1 + 2 + 3 + 14);
  expect(sitemap).toContain("<loc>https://digest.example.org/page/3</loc>");
  expect(await (await request.get("/robots.txt")).text()).toContain("Sitemap: https://digest.example.org/sitemap.xml");
});

test("the app takes a route page over without a flash of different content", async ({ page }) => {
  await page.addInitScript(() => {
    window.__skeletonSeen = false;
    new MutationObserver(() => {
      if (document.querySelector(".digest-skeleton")) window.__skeletonSeen = true;
    }).observe(document, { childList: true, subtree: true });
  });
  const release = await holdRequests(page, "**/*.wasm");
  await page.goto("/articles/agents-need-undo");
  // Before the app runs: the pre-rendered page.
  await expect(page.locator(".digest-static h1")).toHaveText("Agents that act need an undo button");
  const before = await page.locator("h1").boundingBox();
  const summaryBefore = await page.locator(".digest-article__summary").boundingBox();
  release();
  await loaded(page);
  await expect(page.locator(".digest-static")).toHaveCount(0);
  await expect(page.locator("h1")).toHaveText("Agents that act need an undo button");
  expect(await page.locator("h1").boundingBox()).toEqual(before);
  expect(await page.locator(".digest-article__summary").boundingBox()).toEqual(summaryBefore);
  expect(await page.evaluate(() => window.__skeletonSeen)).toBe(false);
  // And it is the live app now.
  await page.locator(".digest-steps input").first().check();
  await expect(page.locator(".digest-steps__label")).toHaveText("1 of 4 done");
});

test("a page served for another route is not shown before the app's", async ({ page }) => {
  await page.addInitScript(() => {
    window.__staticSeenAtStart = null;
    document.addEventListener("DOMContentLoaded", () => {
      window.__staticRoute = document.querySelector(".digest-static")?.dataset.route ?? null;
    });
  });
  await page.goto("/?page=2");
  await loaded(page);
  await expect(page.locator("h1")).toHaveText("Latest, page 2");
  // The host served index.html (made for "/"), which the app dropped.
  expect(await page.evaluate(() => window.__staticRoute)).toBe("/");
  await expect(page.locator(".digest-static")).toHaveCount(0);
});
