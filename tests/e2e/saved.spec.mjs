// Saved articles (issue 15): the Save toggle on cards and articles, the header's count, /saved, and
// what storage that is full, blocked or corrupted does.
import { test, expect, loaded, wake } from "./fixtures.mjs";

const saveOf = (page, title) => page.locator(".digest-card", { hasText: title }).locator(".digest-save");

test("the header keeps Saved and its count beside the theme toggle: one line at 1280 px, the next line together at 1024 px", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  await loaded(page);
  for (const card of [0, 1, 2]) await page.locator(".digest-card").nth(card).locator(".digest-save").click();
  await expect(page.locator(".digest-header__count")).toHaveText("3");
  const top = async (selector) => (await page.locator(selector).first().boundingBox()).y;
  const middle = async (selector) => {
    const box = await page.locator(selector).first().boundingBox();
    return Math.round(box.y + box.height / 2);
  };
  // One line: the brand, the categories, search, Saved and the toggle share their middle.
  const line = await middle(".digest-header__brand");
  for (const item of [".digest-header__nav", ".digest-search", ".digest-header__saved", ".digest-theme-toggle"]) {
    expect(await middle(item), `${item} at 1280 px`).toBe(line);
  }
  // Narrower, whatever wraps, "Saved" and the toggle stay side by side at the end of a line.
  await page.setViewportSize({ width: 1024, height: 800 });
  expect(await middle(".digest-header__saved")).toBe(await middle(".digest-theme-toggle"));
  expect(await top(".digest-theme-toggle")).toBeGreaterThan(await top(".digest-header__brand"));
  const inner = await page.locator(".digest-header__inner").boundingBox();
  const toggle = await page.locator(".digest-theme-toggle").boundingBox();
  expect(Math.round(toggle.x + toggle.width)).toBeGreaterThanOrEqual(Math.round(inner.x + inner.width) - 20);
});

test("save from a card and an article, reload, and find them on /saved, newest save first", async ({ page }) => {
  await page.goto("/");
  await loaded(page);
  const firstCard = page.locator(".digest-card").first();
  const firstTitle = (await firstCard.locator("h2").textContent()).trim();
  const save = firstCard.getByRole("button", { name: "Save" });
  await expect(save).toHaveAttribute("aria-pressed", "false");
  await save.click();
  await expect(save).toHaveAttribute("aria-pressed", "true");
  await expect(save).toHaveText("★ Saved");
  // Each card's button says which article it saves.
  await expect(save).toHaveAccessibleDescription(firstTitle);
  await expect(page.locator(".digest-header__count")).toHaveText("1");

  await page.locator(".digest-card").nth(2).locator("h2 a").click();
  const articleTitle = (await page.locator("h1").textContent()).trim();
  await page.locator(".digest-article").getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".digest-header__count")).toHaveText("2");

  await page.reload();
  await loaded(page);
  await expect(page.locator(".digest-article .digest-save")).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".digest-header__count")).toHaveText("2");

  await page.getByRole("link", { name: /Saved/ }).click();
  await expect(page).toHaveURL(/\/saved$/);
  await expect(page.locator("h1")).toHaveText("Saved articles");
  await expect(page).toHaveTitle(/^Saved articles · /);
  await expect(page.locator(".digest-card h2")).toHaveText([articleTitle, firstTitle]);
  await expect(page.locator(".digest-listing-head__text")).toContainText("2 articles, most recently saved first.");

  // Taking one out leaves its card (one more press undoes it) until the page opens again.
  await saveOf(page, firstTitle).click();
  await expect(saveOf(page, firstTitle)).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator(".digest-header__count")).toHaveText("1");
  await expect(page.locator(".digest-card")).toHaveCount(2);
  await page.reload();
  await loaded(page);
  await expect(page.locator(".digest-card h2")).toHaveText([articleTitle]);
  await saveOf(page, articleTitle).click();
  await page.reload();
  await loaded(page);
  await expect(page.locator(".digest-empty")).toHaveText(/^Nothing saved yet/);
  await expect(page.locator(".digest-header__count")).toHaveCount(0);
});

test("/saved starts the app at once, with no interaction, and says so without it", async ({ page, browser }) => {
  await page.goto("/");
  await loaded(page);
  await page.locator(".digest-card .digest-save").first().click();
  await page.goto("/saved");
  // No pointer, no key: the pre-rendered page cannot know what this browser saved.
  await expect(page.locator(".digest-app .digest-card")).toHaveCount(1);

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  const response = await plain.goto(page.url());
  expect(response.status()).toBe(200);
  await expect(plain.locator("h1")).toHaveText("Saved articles");
  await noScript.close();
});

test("Save pressed on the pre-rendered page, before the app took it over, is kept", async ({ page }) => {
  await page.goto("/articles/agents-need-undo");
  await expect(page.locator(".digest-static")).toHaveCount(1);
  await page.locator(".digest-static .digest-article .digest-save").click();
  await expect(page.locator(".digest-app .digest-article .digest-save")).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator(".digest-header__count")).toHaveText("1");
});

test("another tab's saves show here too", async ({ page, context }) => {
  await page.goto("/");
  await loaded(page);
  const other = await context.newPage();
  await other.goto("/articles/agents-need-undo");
  await loaded(other);
  await other.locator(".digest-article .digest-save").click();
  await expect(page.locator(".digest-header__count")).toHaveText("1");
});

test("full storage: saving says so, and the article stays saved for this visit", async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key.startsWith("digest:saved:")) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  });
  await page.goto("/");
  await loaded(page);
  await page.locator(".digest-card .digest-save").first().click();
  const notice = page.locator(".digest-saved-notice");
  await expect(notice).toHaveAttribute("role", "status");
  await expect(notice).toContainText("Your browser is not keeping saved articles (its storage is full or blocked)");
  await expect(page.locator(".digest-card .digest-save").first()).toHaveAttribute("aria-pressed", "true");
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveText("");
});

test("a corrupted or foreign saved list is said, and what can be read is kept", async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    localStorage.setItem("digest:saved:agents-need-undo", JSON.stringify([1, { slug: "agents-need-undo",
      title: "Agents that act need an undo button", category: "tools-workflows",
      published: "2026-11-22T09:00:00Z", summary: "Kept.", reading_minutes: 1 }]));
    localStorage.setItem("digest:saved:<img src=x onerror=alert(1)>", JSON.stringify([2, { slug: "<img src=x onerror=alert(1)>", title: "x" }]));
    localStorage.setItem("digest:saved:foreign", "not an article");
  });
  await page.goto("/saved");
  await expect(page.locator(".digest-app .digest-card")).toHaveCount(1);
  await expect(page.locator(".digest-saved-notice")).toContainText("Some of your saved articles could not be read");
  await expect(page.locator("img")).toHaveCount(0);
  await page.reload();
  await wake(page);
  await expect(page.locator(".digest-app .digest-card")).toHaveCount(1);
  await expect(page.locator(".digest-saved-notice")).toHaveText("");
});
