// The reader in each bundled locale, as the example learning site sets it (data-locale on #digest in
// mount mode, on the embed element in iframe mode): the locale's labels and no English one left,
// dates as Intl writes them in that locale and the reader's time zone (a region, which the bundled
// formats do not know, goes to Intl itself), lang and dir on the reader's root, and Arabic laid out
// right to left (a screenshot, test-results/locale-ar-article.png, to look at).
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures.mjs";

const BASE = "/learn/ai-news";
const LOCALES = ["de", "es", "fr", "pt", "ar"];

/** The host page with `data-locale` on the element `selector` (#digest, or the embed element), set
 * as the parser adds it, before digest's scripts read it. */
async function hostPageIn(page, locale, selector) {
  await page.addInitScript(([locale, selector]) => {
    new MutationObserver((_, observer) => {
      const element = document.querySelector(selector);
      if (element) {
        element.setAttribute("data-locale", locale);
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, [locale, selector]);
}

/** Every word the interface shows or says on screen: text of controls, headings, labels and notices,
 * and the accessible names and placeholders. The article's own text is left out: it is content. */
function interfaceWords(root) {
  return root.evaluate((root) => {
    const words = new Set();
    const add = (text) => text && text.trim() && words.add(text.trim().replace(/\s+/g, " "));
    const ui = "button, h1.digest-error__title, h2, nav a, label, .digest-skip-link, .digest-article__meta, .digest-pagination, .digest-footer, .digest-header__saved, .digest-related__all, .digest-steps__label, .digest-listing-head__kicker, .digest-empty, .digest-source__caption, .digest-source__link";
    for (const el of root.querySelectorAll(ui)) {
      if (el.closest(".digest-article__summary, .digest-card__summary")) continue;
      add(el.innerText);
      for (const child of el.childNodes) if (child.nodeType === 3) add(child.textContent);
    }
    for (const el of root.querySelectorAll("[aria-label], [placeholder]")) {
      add(el.getAttribute("aria-label"));
      add(el.getAttribute("placeholder"));
    }
    return [...words];
  });
}

async function tables(request, locale) {
  const get = async (name) => (await request.get(`${BASE}/data/locales/${name}.json`)).json();
  return { english: await get("en"), own: await get(locale) };
}

for (const locale of LOCALES) {
  test(`${locale}: the reader speaks it, with no English label left`, async ({ page, request }) => {
    await hostPageIn(page, locale, "#digest");
    await page.goto(`${BASE}/articles/agents-need-undo`);
    const root = page.locator("#digest");
    await expect(root.locator(".digest-app h1")).toHaveText("Agents that act need an undo button");
    await expect(root).toHaveAttribute("lang", locale);
    await expect(root).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");

    const { english, own } = await tables(request, locale);
    for (const key of ["why_it_matters", "steps", "takeaways", "original_post"]) {
      await expect(root.getByRole("heading", { level: 2, name: own[key] })).toBeVisible();
    }
    await expect(root.getByRole("button", { name: own.share, exact: true })).toBeVisible();
    await expect(root.getByRole("searchbox", { name: own.search_label })).toHaveAttribute("placeholder", own.search_placeholder);
    await expect(root.locator(".digest-skip-link")).toHaveText(own.skip_to_content);

    // The dates are Intl's in this locale; the reading time uses the locale's plural form.
    const time = root.locator(".digest-article__meta time");
    const iso = await time.getAttribute("datetime");
    const expected = await page.evaluate(([iso, locale]) =>
      new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric" }).format(new Date(iso)), [iso, locale]);
    await expect(time).toHaveText(expected);

    const words = await interfaceWords(root);
    const englishOnly = new Set(Object.entries(english).filter(([key, text]) => own[key] !== text).map(([, text]) => text));
    const left = words.filter((word) => englishOnly.has(word));
    expect(left, `English labels left in ${locale}`).toEqual([]);

    // The feed and a search in the same locale: pagination, counts and the search page's words.
    await root.locator(".digest-header__brand").click();
    await expect(root.locator(".digest-pagination__status")).toHaveText(own.page_of.replace("{page}", "1").replace("{pages}", await page.evaluate((locale) => new Intl.NumberFormat(locale).format(3), locale)));
    const feedWords = await interfaceWords(root);
    expect(feedWords.filter((word) => englishOnly.has(word)), `English labels left on the feed in ${locale}`).toEqual([]);

    if (locale === "ar") {
      await page.goto(`${BASE}/articles/agents-need-undo`);
      await expect(root.locator(".digest-app h1")).toBeVisible();
      await page.setViewportSize({ width: 1100, height: 1500 });
      // Right to left: the header's first item (the site's name) is at the right.
      const brand = await root.locator(".digest-header__brand").boundingBox();
      const toggle = await root.locator(".digest-theme-toggle").boundingBox();
      expect(brand.x).toBeGreaterThan(toggle.x);
      await page.screenshot({ path: "test-results/locale-ar-article.png", fullPage: false });
      // Right to left passes axe too (the host's own page around it is not ours to check).
      const results = await new AxeBuilder({ page }).include("#digest").analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  });
}

test("iframe mode: the embed element's data-locale reaches the frame", async ({ page }) => {
  await hostPageIn(page, "fr", "[data-digest-embed]");
  await page.goto("/embed/?digest=/articles/agents-need-undo");
  const frame = page.frameLocator("[data-digest-embed] iframe");
  await expect(frame.getByRole("heading", { level: 2, name: "Pourquoi c’est important" })).toBeVisible();
  await expect(frame.locator("#digest")).toHaveAttribute("lang", "fr");
});

test("an unknown locale falls back to English and says why in the console", async ({ page }) => {
  const warnings = [];
  page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
  await hostPageIn(page, "tlh", "#digest");
  await page.goto(`${BASE}/articles/agents-need-undo`);
  await expect(page.locator("#digest").getByRole("heading", { level: 2, name: "Why it matters" })).toBeVisible();
  expect(warnings.join("\n")).toContain('no bundled locale for data-locale="tlh"');
});

test("a locale whose texts cannot be loaded starts in English and says why", async ({ page }) => {
  const warnings = [];
  page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
  await page.route(`**${BASE}/data/locales/de.json`, (route) => route.fulfill({ status: 200, body: "{not json" }));
  await hostPageIn(page, "de", "#digest");
  await page.goto(`${BASE}/articles/agents-need-undo`);
  await expect(page.locator("#digest").getByRole("heading", { level: 2, name: "Why it matters" })).toBeVisible();
  expect(warnings.join("\n")).toContain("could not load the texts for \"de\"");
});

// Dates are written from the bundled formats in the browser too (no Intl formatter to make on the
// first page), on the reader's calendar day: far east of UTC, an article published at 10:30 UTC is
// already the next day.
test.describe("in a time zone 14 hours ahead of UTC", () => {
  test.use({ timezoneId: "Pacific/Kiritimati" });

  test("an article's date is the reader's day, as Intl writes it there", async ({ page }) => {
    await hostPageIn(page, "de", "#digest");
    await page.goto(`${BASE}/articles/agents-need-undo`);
    const time = page.locator("#digest .digest-app .digest-article__meta time");
    const iso = await time.getAttribute("datetime");
    const [here, utc] = await page.evaluate((iso) =>
      [undefined, "UTC"].map((timeZone) => new Intl.DateTimeFormat("de", { year: "numeric", month: "short", day: "numeric", timeZone }).format(new Date(iso))), iso);
    expect(here).not.toEqual(utc);
    await expect(time).toHaveText(here);
  });
});

test("a locale with a region the bundled formats do not know is written by Intl", async ({ page }) => {
  await hostPageIn(page, "en-GB", "#digest");
  await page.goto(`${BASE}/articles/agents-need-undo`);
  const time = page.locator("#digest .digest-app .digest-article__meta time");
  const iso = await time.getAttribute("datetime");
  const expected = await page.evaluate((iso) =>
    new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "short", day: "numeric" }).format(new Date(iso)), iso);
  // Day first, as British English writes it: not the table's "Nov 22, 2026".
  expect(expected).toMatch(/^\d+ Nov 2026$/);
  await expect(time).toHaveText(expected);
});
