// Daily readers (issue 28) on the published site: keyboard shortcuts and their help, continue
// reading, and "New" since the last visit. Mount and iframe modes are in daily-embed.spec.mjs.
import AxeBuilder from "@axe-core/playwright";
import { test, expect, loaded, wake, holdRequests } from "./fixtures.mjs";

/** The digest:* events the reader's root dispatched, as { type, detail }. */
async function recordEvents(page) {
  await page.evaluate(() => {
    window.heard = [];
    for (const type of ["digest:shortcut", "digest:progress", "digest:continue", "digest:new", "digest:save"]) {
      document.getElementById("digest").addEventListener(type, (event) => window.heard.push({ type, detail: event.detail }));
    }
  });
}
const heard = (page, type) => page.evaluate((type) => window.heard.filter((e) => e.type === type).map((e) => e.detail), type);

/** axe-core finds nothing in `selector`, in the light and the dark theme. */
async function axeInBothThemes(page, selector) {
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page }).include(selector).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`), `${selector}, ${scheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });
}

const focusedCard = (page) => page.evaluate(() => document.activeElement?.closest(".digest-card")?.querySelector("h2")?.textContent.trim() ?? null);
const cardTitles = (page) => page.locator(".digest-card h2 a").allTextContents();

test.describe("keyboard shortcuts", () => {
  test("j and k move between cards with a visible focus, o opens, s saves, g h and g s go places", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto("/");
    await loaded(page);
    await recordEvents(page);
    const titles = (await cardTitles(page)).map((t) => t.trim());
    await page.keyboard.press("j");
    expect(await focusedCard(page)).toBe(titles[0]);
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    expect(await focusedCard(page)).toBe(titles[3]);
    // The focus is drawn (the card's ring) and the card is on screen.
    const link = page.locator(".digest-card__link:focus");
    expect(await link.evaluate((a) => getComputedStyle(a, "::after").outlineStyle)).toBe("solid");
    await expect(page.locator(".digest-card").nth(3)).toBeInViewport({ ratio: 0.9 });
    await page.keyboard.press("k");
    expect(await focusedCard(page)).toBe(titles[2]);

    await page.keyboard.press("s");
    await expect(page.locator(".digest-card").nth(2).locator(".digest-save")).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("o");
    await expect(page.locator("h1")).toHaveText(titles[2]);
    await expect(page.locator(".digest-article .digest-save")).toHaveAttribute("aria-pressed", "true");
    await page.keyboard.press("s");
    await expect(page.locator(".digest-article .digest-save")).toHaveAttribute("aria-pressed", "false");

    await page.keyboard.press("g");
    await page.keyboard.press("s");
    await expect(page).toHaveURL(/\/saved$/);
    await expect(page.locator("h1")).toHaveText("Saved articles");
    await page.keyboard.press("g");
    await page.keyboard.press("h");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("h1")).toHaveText("Latest");
    await page.keyboard.press("/");
    await expect(page.getByRole("searchbox", { name: "Search articles" })).toBeFocused();

    const actions = (await heard(page, "digest:shortcut")).map((d) => `${d.key}:${d.action}`);
    expect(actions).toEqual(["j:next", "j:next", "j:next", "j:next", "k:previous", "s:save", "o:open", "s:save", "g s:saved", "g h:home", "/:search"]);
  });

  test("Enter on a card opens it, and keys do nothing while typing, with a modifier, or past the last card", async ({ page }) => {
    await page.goto("/categories/policy-practice");
    await loaded(page);
    await recordEvents(page);
    const titles = (await cardTitles(page)).map((t) => t.trim());
    await page.locator("h1").click();
    await page.keyboard.press("Control+j");
    await page.keyboard.press("Alt+j");
    expect(await focusedCard(page)).toBe(null);
    for (const _ of titles) await page.keyboard.press("j");
    await page.keyboard.press("j");
    expect(await focusedCard(page)).toBe(titles.at(-1));
    await page.keyboard.press("Enter");
    await expect(page.locator("h1")).toHaveText(titles.at(-1));
    // Typed into the search box, j, k and s are letters. (The typing searches once it pauses, which
    // may come before anything is checked on a busy machine, so this comes last.)
    const box = page.getByRole("searchbox", { name: "Search articles" });
    await box.focus();
    await page.keyboard.type("jks");
    await expect(box).toHaveValue("jks");
    await expect(box).toBeFocused();
    const actions = (await heard(page, "digest:shortcut")).map((d) => `${d.key}:${d.action}`);
    // Enter on the card's link is the browser's own, so it is no shortcut.
    expect(actions).toEqual(titles.map(() => "j:next"));
  });

  test("keys pressed on the pre-rendered page before the app listens act once it does, in order; typing in its box does not count", async ({ page }) => {
    const asked = page.waitForRequest(/_bg\.wasm$/);
    const release = await holdRequests(page, "**/*_bg.wasm");
    await page.goto("/");
    const titles = (await cardTitles(page)).map((t) => t.trim());
    await recordEvents(page);
    await wake(page);
    await asked;
    await page.getByRole("searchbox", { name: "Search articles" }).focus();
    await page.keyboard.type("j");
    await page.keyboard.press("Backspace");
    await page.locator("h1").click();
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await page.keyboard.press("Control+j");
    // The app cannot have started: its wasm is held back.
    await expect(page.locator(".digest-static")).toHaveCount(1);
    expect(await heard(page, "digest:shortcut")).toEqual([]);
    release();
    await loaded(page);
    await expect.poll(() => focusedCard(page)).toBe(titles[1]);
    const actions = (await heard(page, "digest:shortcut")).map((d) => `${d.key}:${d.action}`);
    expect(actions).toEqual(["j:next", "j:next"]);
    // Once the app listens, a key acts at once.
    await page.keyboard.press("j");
    expect(await focusedCard(page)).toBe(titles[2]);
  });

  for (const scheme of ["light", "dark"]) {
    test(`? lists the keys in an accessible dialog; Escape closes it and the focus goes back (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/");
      await loaded(page);
      await page.keyboard.press("j");
      const before = await focusedCard(page);
      await page.keyboard.press("?");
      const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
      await expect(dialog).toBeVisible();
      await expect(dialog.locator("dd")).toHaveText([
        "Next article", "Previous article", "Open the article", "Save the article, or take it out of the saved ones",
        "Search", "Go to the latest articles", "Go to your saved articles", "Show these shortcuts",
      ]);
      await expect(dialog.locator("dt").nth(5)).toHaveText("g then h");
      // Keys are the dialog's while it is open.
      await page.keyboard.press("j");
      expect(await focusedCard(page)).toBe(null);
      const results = await new AxeBuilder({ page }).include(".digest-keys").analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`keys-help-${scheme}.png`) });
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
      expect(await focusedCard(page)).toBe(before);
      await page.keyboard.press("?");
      await dialog.getByRole("button", { name: "Close" }).click();
      await expect(dialog).toBeHidden();
      expect(await focusedCard(page)).toBe(before);
    });
  }

  test("the help speaks the reader's language, right to left in Arabic", async ({ page }) => {
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => document.getElementById("digest")?.setAttribute("data-locale", "ar"));
    });
    await page.goto("/");
    await loaded(page);
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "اختصارات لوحة المفاتيح" });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator("dd").first()).toHaveText("المقالة التالية");
    expect(await dialog.evaluate((d) => getComputedStyle(d).direction)).toBe("rtl");
  });
});

test.describe("continue reading", () => {
  const SLUG = "eval-sets-before-prompts";

  async function scrollTo(page, share) {
    await page.evaluate((share) => {
      const article = document.querySelector(".digest-article").getBoundingClientRect();
      const top = article.top + scrollY;
      scrollTo(0, top + share * (article.height - innerHeight));
    }, share);
  }

  test("an article remembers how far it was read, its card shows it, and coming back offers it without a jump", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await page.goto(`/articles/${SLUG}`);
    await loaded(page);
    await recordEvents(page);
    await scrollTo(page, 0.5);
    await expect.poll(() => page.evaluate(() => localStorage.getItem("digest:reading")), { timeout: 8000 }).toMatch(
      new RegExp(`^${SLUG} (4[5-9]|5[0-5])\\d\\d \\d+\\n$`),
    );
    await expect.poll(() => heard(page, "digest:progress")).toEqual([{ article: SLUG, percent: expect.any(Number), finished: false }]);

    await page.goto("/");
    await loaded(page);
    const card = page.locator(".digest-card", { has: page.locator(`a[href$="/articles/${SLUG}"]`) });
    await expect(card.locator(".digest-read")).toHaveText(/^(4[5-9]|5[0-5])% read$/);
    await axeInBothThemes(page, ".digest-cards");
    await card.locator(".digest-card__link").click();
    await expect(page.locator("h1")).toBeVisible();
    const offer = page.locator(".digest-continue");
    await expect(offer).toContainText(/You read (4[5-9]|5[0-5])% of this article\./);
    // No surprise jump: the article opens at its top.
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.screenshot({ path: test.info().outputPath("continue-offer.png") });
    await axeInBothThemes(page, ".digest-continue");
    await recordEvents(page);
    await offer.getByRole("button", { name: "Continue where you left off" }).click();
    await expect(offer).toHaveCount(0);
    const share = await page.evaluate(() => {
      const article = document.querySelector(".digest-article").getBoundingClientRect();
      return -article.top / (article.height - innerHeight);
    });
    expect(share).toBeGreaterThan(0.44);
    expect(share).toBeLessThan(0.56);
    await expect(page.locator(".digest-article__title")).toBeFocused();
    expect((await heard(page, "digest:continue"))[0]).toEqual({ article: SLUG, percent: expect.any(Number) });

    // Read to the end: finished, and nothing is offered after.
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await expect.poll(() => page.evaluate(() => localStorage.getItem("digest:reading")), { timeout: 8000 }).toMatch(
      new RegExp(`^${SLUG} 10000 `),
    );
    await page.goto("/");
    await loaded(page);
    await expect(card.locator(".digest-read")).toHaveText("Read");
    await page.goto(`/articles/${SLUG}`);
    await loaded(page);
    await expect(page.locator(".digest-continue")).toHaveCount(0);
  });

  test("Dismiss keeps the reader at the top; the first 5 % is not a start", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 700 });
    await page.addInitScript((slug) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem("digest:reading", `${slug} 3000 1796000000\n`);
        sessionStorage.setItem("seeded", "1");
      }
    }, SLUG);
    await page.goto(`/articles/${SLUG}`);
    await loaded(page);
    const offer = page.locator(".digest-continue");
    await expect(offer).toContainText("You read 30% of this article.");
    await offer.getByRole("button", { name: "Dismiss" }).click();
    await expect(offer).toHaveCount(0);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await scrollTo(page, 0.03);
    await page.waitForTimeout(3500);
    // Scrolling within the first 5 % leaves the stored place as it was.
    expect(await page.evaluate(() => localStorage.getItem("digest:reading"))).toBe(`${SLUG} 3000 1796000000\n`);
  });

  test("a corrupted or hostile stored value is dropped, said in the console, and the app goes on", async ({ page }) => {
    const warnings = [];
    page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    await page.addInitScript(() => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem("digest:reading", '<img src=x onerror=alert(1)> 99999 "x"\n{"__proto__":1}');
        sessionStorage.setItem("seeded", "1");
      }
    });
    await page.goto("/");
    await loaded(page);
    await expect(page.locator(".digest-card")).not.toHaveCount(0);
    await expect(page.locator(".digest-read")).toHaveCount(0);
    expect(warnings.join("\n")).toMatch(/your reading positions could not be read \(.*is not "slug position time"\), so they were dropped/);
    expect(await page.evaluate(() => localStorage.getItem("digest:reading"))).toBe(null);
  });
});

test.describe("new since the last visit", () => {
  test("a first visit marks nothing; the next visit marks what was published since the reader left, reloads included", async ({ context }) => {
    const first = await context.newPage();
    await first.goto("/");
    await loaded(first);
    await expect(first.locator(".digest-new")).toHaveCount(0);
    // Leaving stores when; a reload is the same visit.
    await first.reload();
    await loaded(first);
    await expect(first.locator(".digest-new")).toHaveCount(0);
    await first.close({ runBeforeUnload: true });
    // The next visit: nothing was published since the reader left a moment ago.
    const second = await context.newPage();
    await second.goto("/");
    await loaded(second);
    const left = Number(await second.evaluate(() => localStorage.getItem("digest:left")));
    expect(Math.abs(left - Date.now() / 1000)).toBeLessThan(120);
    await expect(second.locator(".digest-new")).toHaveCount(0);

    // As if the reader had left on 2026-11-20 at noon: five articles were published since.
    await context.addInitScript(() => {
      if (!sessionStorage.getItem("digest:new-since")) localStorage.setItem("digest:left", String(Date.parse("2026-11-20T12:00:00Z") / 1000));
    });
    const next = await context.newPage();
    await next.goto("/");
    await loaded(next);
    await recordEvents(next);
    const marked = next.locator(".digest-card", { has: next.locator(".digest-new") });
    await expect(marked.locator(".digest-card__link")).toHaveText([
      "Small models now read whole codebases",
      "Write the evaluation set before the prompt",
      "Agents that act need an undo button",
      /^Why your retrieval quietly fails/,
      "Long reasoning is not free: pricing the thinking",
    ]);
    await expect(next.locator(".digest-card", { hasText: "A one-page AI policy" }).locator(".digest-new")).toHaveCount(0);
    // Screen readers hear it with the title.
    await expect(next.getByRole("heading", { level: 2, name: /^New Small models now read whole codebases$/ })).toBeVisible();
    await next.screenshot({ path: test.info().outputPath("new-marks.png") });
    await axeInBothThemes(next, ".digest-cards");
    await next.reload();
    await loaded(next);
    await expect(next.locator(".digest-new")).toHaveCount(5);
    await recordEvents(next);
    await next.locator(".digest-header").getByRole("link", { name: "Tools & Workflows" }).click();
    await expect(next.locator("h1")).toHaveText("Tools & Workflows");
    await expect.poll(() => heard(next, "digest:new")).toEqual([
      { articles: ["eval-sets-before-prompts", "agents-need-undo", "multilingual-retrieval-quirks"], count: 3 },
    ]);
  });
});
