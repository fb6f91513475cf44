// Daily readers (issue 28) inside the example learning site: the keys act only once the reader has
// the focus, a host turns them off with data-keys="off", and continue reading works where the host's
// page scrolls, not the reader's (iframe mode). The host hears each through its analytics listener.
import { test, expect } from "./fixtures.mjs";
import { scriptedSpeech, highlighted } from "./speech.mjs";

const BASE = "/learn/ai-news";
const SLUG = "eval-sets-before-prompts";

/** The digest:* events of `type` the host page's analytics heard (examples/host/assets/analytics.js). */
const heard = (page, type) => page.evaluate((type) => window.academyEvents.filter((e) => e.type === type).map((e) => e.detail), type);

const focusedCard = (scope) =>
  scope.evaluate(() => document.activeElement?.closest(".digest-card")?.querySelector("h2")?.textContent.trim() ?? null);

async function mounted(page) {
  await expect(page.locator("#digest .digest-app .digest-main h1")).toBeVisible();
  await expect(page.locator("#digest .digest-skeleton")).toHaveCount(0);
}

test.describe("mount mode", () => {
  test("keys wait until the reader has the focus, then act, and the host hears them", async ({ page }) => {
    await page.goto(`${BASE}/`);
    await mounted(page);
    // The host's own page around it: its keys are not ours.
    await page.locator(".site-header .logo").focus();
    await page.keyboard.press("j");
    await page.locator(".site-footer").click();
    await page.keyboard.press("j");
    expect(await focusedCard(page)).toBe(null);
    await page.locator("#digest h1").click();
    await page.keyboard.press("j");
    const first = (await page.locator("#digest .digest-card h2").first().textContent()).trim();
    expect(await focusedCard(page)).toBe(first);
    await page.keyboard.press("o");
    await expect(page).toHaveURL(/\/learn\/ai-news\/articles\/small-models-big-context$/);
    await page.keyboard.press("g");
    await page.keyboard.press("h");
    await expect(page).toHaveURL(/\/learn\/ai-news\/?$/);
    await expect.poll(() => heard(page, "digest:shortcut")).toEqual([
      { key: "j", action: "next" },
      { key: "o", action: "open" },
      { key: "g h", action: "home" },
    ]);
  });

  test('data-keys="off" turns every key off', async ({ page }) => {
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => document.getElementById("digest")?.setAttribute("data-keys", "off"));
    });
    await page.goto(`${BASE}/`);
    await mounted(page);
    await page.locator("#digest h1").click();
    for (const key of ["j", "?", "g", "s"]) await page.keyboard.press(key);
    expect(await focusedCard(page)).toBe(null);
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page).toHaveURL(/\/learn\/ai-news\/?$/);
  });

  test("continue reading, in the host's page", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(`${BASE}/articles/${SLUG}`);
    await mounted(page);
    await page.evaluate(() => {
      const article = document.querySelector(".digest-article").getBoundingClientRect();
      scrollTo(0, article.top + scrollY + 0.5 * (article.height - innerHeight));
    });
    await expect.poll(() => heard(page, "digest:progress"), { timeout: 8000 }).toEqual([{ article: SLUG, percent: expect.any(Number), finished: false }]);
    await page.reload();
    await mounted(page);
    await page.locator("#digest").getByRole("button", { name: "Continue where you left off" }).click();
    const share = await page.evaluate(() => {
      const article = document.querySelector(".digest-article").getBoundingClientRect();
      return -article.top / (article.height - innerHeight);
    });
    expect(share).toBeGreaterThan(0.44);
    expect(share).toBeLessThan(0.56);
  });
});

test("mount mode: Listen reads the article aloud, and the host hears it", async ({ page }) => {
  await scriptedSpeech(page);
  await page.goto(`${BASE}/articles/${SLUG}`);
  await mounted(page);
  await page.locator("#digest .digest-article__actions").getByRole("button", { name: "Listen" }).click();
  await expect.poll(() => page.evaluate(() => window.said)).toEqual([{ text: "Write the evaluation set before the prompt", lang: "en" }]);
  expect(await highlighted(page)).toBe("Write the evaluation set before the prompt");
  await page.locator("#digest").getByRole("button", { name: "Stop" }).click();
  await expect.poll(() => heard(page, "digest:listen")).toEqual([
    { article: SLUG, state: "playing" },
    { article: SLUG, state: "stopped" },
  ]);
});

test.describe("iframe mode", () => {
  const frameOf = (page) => page.frameLocator("[data-digest-embed] iframe");
  const frameWindow = (page) => page.frames().find((f) => f !== page.mainFrame());

  test("keys act once the frame has the focus; the host page's keys stay its own", async ({ page }) => {
    await page.goto("/embed/");
    const frame = frameOf(page);
    await expect(frame.locator("h1")).toHaveText("Latest");
    await page.keyboard.press("j");
    expect(await focusedCard(frameWindow(page))).toBe(null);
    await frame.locator("h1").click();
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    const second = (await frame.locator(".digest-card h2").nth(1).textContent()).trim();
    expect(await focusedCard(frameWindow(page))).toBe(second);
    await page.keyboard.press("?");
    await expect(frame.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(frame.getByRole("dialog")).toHaveCount(0);
    expect(await focusedCard(frameWindow(page))).toBe(second);
    await expect.poll(() => heard(page, "digest:shortcut")).toEqual([
      { key: "j", action: "next" },
      { key: "j", action: "next" },
      { key: "?", action: "help" },
    ]);
  });

  test('the container\'s data-keys="off" reaches the frame', async ({ page }) => {
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const container = document.querySelector("[data-digest-embed]");
        if (container) {
          container.setAttribute("data-keys", "off");
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto("/embed/");
    const frame = frameOf(page);
    await expect(frame.locator("h1")).toHaveText("Latest");
    await frame.locator("h1").click();
    await page.keyboard.press("j");
    await page.keyboard.press("?");
    expect(await focusedCard(frameWindow(page))).toBe(null);
    await expect(frame.getByRole("dialog")).toHaveCount(0);
  });

  test("Listen reads the article in the frame aloud, and the host hears it", async ({ page }) => {
    await scriptedSpeech(page);
    await page.goto(`/embed/?digest=/articles/${SLUG}`);
    const frame = frameOf(page);
    await expect(frame.locator("h1")).toHaveText("Write the evaluation set before the prompt");
    await frame.locator(".digest-article__actions").getByRole("button", { name: "Listen" }).click();
    await expect.poll(() => frameWindow(page).evaluate(() => window.said)).toEqual([{ text: "Write the evaluation set before the prompt", lang: "en" }]);
    expect(await highlighted(frameWindow(page))).toBe("Write the evaluation set before the prompt");
    await frame.getByRole("button", { name: "Pause" }).click();
    await expect.poll(() => heard(page, "digest:listen")).toEqual([
      { article: SLUG, state: "playing" },
      { article: SLUG, state: "paused" },
    ]);
  });

  test("continue reading where the host's page scrolls: the position is the host's screen over the frame", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(`/embed/?digest=/articles/${SLUG}`);
    const frame = frameOf(page);
    await expect(frame.locator("h1")).toHaveText("Write the evaluation set before the prompt");
    const iframe = page.locator("[data-digest-embed] iframe");
    await expect.poll(async () => (await iframe.boundingBox()).height).toBeGreaterThan(1400);
    // Half of the article scrolled past, in the host's page.
    const articleIn = () => frameWindow(page).evaluate(() => {
      const r = document.querySelector(".digest-article").getBoundingClientRect();
      return { top: r.top, height: r.height };
    });
    const { top, height } = await articleIn();
    const frameTop = await iframe.evaluate((f) => f.getBoundingClientRect().top + scrollY);
    await page.evaluate((y) => scrollTo(0, y), frameTop + top + 0.5 * (height - 700));
    await expect.poll(() => heard(page, "digest:progress"), { timeout: 8000 }).toEqual([{ article: SLUG, percent: expect.any(Number), finished: false }]);
    const percent = (await heard(page, "digest:progress"))[0].percent;
    expect(percent).toBeGreaterThanOrEqual(45);
    expect(percent).toBeLessThanOrEqual(55);

    await page.goto(`/embed/?digest=/articles/${SLUG}`);
    await expect(frame.locator(".digest-continue")).toContainText(`You read ${percent}% of this article.`);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await frame.getByRole("button", { name: "Continue where you left off" }).click();
    await expect(frame.locator(".digest-continue")).toHaveCount(0);
    await expect.poll(async () => {
      const { top, height } = await articleIn();
      const frameTopOnScreen = await iframe.evaluate((f) => f.getBoundingClientRect().top);
      return Math.round((100 * -(frameTopOnScreen + top)) / (height - 700));
    }).toBeGreaterThanOrEqual(percent - 6);
    await expect.poll(() => heard(page, "digest:continue")).toEqual([{ article: SLUG, percent }]);
  });
});
