// What readers do, told to the host for its analytics: digest:* events, caught by the example
// learning site's own listener (examples/host/assets/analytics.js logs each one), in mount mode and
// in iframe mode.
import { test, expect } from "./fixtures.mjs";

const BASE = "/learn/ai-news";

/** Every event of the kinds checked here that the host page's analytics logged, in order, as { type,
 * detail }. The daily readers' events (digest:progress comes as the reader scrolls, every few seconds)
 * are checked in daily-embed.spec.mjs. */
function hostLog(page) {
  const events = [];
  page.on("console", (message) => {
    const match = /^\[academy analytics\] (digest:(?:navigate|promo|share|save|search)) (.*)$/.exec(message.text());
    if (match && message.type() === "info") events.push({ type: match[1], detail: JSON.parse(match[2]) });
  });
  return events;
}

/** Runs every step of a reader's visit in `reader` (the reader's root, or its frame) and checks what the
 * host heard. */
async function visit(reader, events, { siteName, promoUrl }) {
  await expect(reader.locator("h1")).toHaveText("Latest");
  await expect.poll(() => events.map((e) => e.type)).toEqual(["digest:navigate"]);
  expect(events[0].detail).toEqual({ path: "/", title: expect.stringContaining(siteName) });

  await reader.locator(".digest-card h2 a", { hasText: "Agents that act need an undo button" }).click();
  await expect(reader.locator("h1")).toHaveText("Agents that act need an undo button");
  await expect.poll(() => events.at(-1)).toEqual({
    type: "digest:navigate",
    detail: { path: "/articles/agents-need-undo", title: expect.stringContaining("Agents that act need an undo button") },
  });

  const save = reader.locator(".digest-article__actions").getByRole("button", { name: "Save" });
  await save.click();
  await expect.poll(() => events.at(-1)).toEqual({ type: "digest:save", detail: { article: "agents-need-undo", saved: true } });
  await save.click();
  await expect.poll(() => events.at(-1)).toEqual({ type: "digest:save", detail: { article: "agents-need-undo", saved: false } });

  await reader.getByRole("button", { name: "Share" }).click();
  await expect.poll(() => events.at(-1)).toEqual({ type: "digest:share", detail: { article: "agents-need-undo", method: "clipboard" } });

  // The article's tag promo; the host keeps the reader on the page to hear of it.
  const promo = reader.getByRole("link", { name: "Explore the agents course" });
  await promo.evaluate((link) => link.addEventListener("click", (event) => event.preventDefault()));
  await promo.click();
  await expect.poll(() => events.at(-1)).toEqual({
    type: "digest:promo",
    detail: { url: promoUrl, article: "agents-need-undo", category: "tools-workflows" },
  });

  const box = reader.getByRole("searchbox", { name: "Search articles" });
  await box.fill("irreversible");
  await box.press("Enter");
  await expect(reader.locator(".digest-card h2")).toHaveText(["Agents that act need an undo button"]);
  await expect.poll(() => events.filter((e) => e.type === "digest:search")).toEqual([
    { type: "digest:search", detail: { query: "irreversible", results: 1 } },
  ]);
  await expect.poll(() => events.at(-1)).toEqual({
    type: "digest:navigate",
    detail: { path: "/search?q=irreversible", title: expect.stringContaining("irreversible") },
  });
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
});

test("mount mode: events bubble from the reader's root, composed, with their details", async ({ page }) => {
  const events = hostLog(page);
  await page.addInitScript(() => {
    window.flags = [];
    document.addEventListener("digest:navigate", (event) => {
      window.flags.push({ custom: event instanceof CustomEvent, bubbles: event.bubbles, composed: event.composed, from: event.target.id });
    });
  });
  await page.goto(`${BASE}/`);
  await visit(page.locator("#digest"), events, { siteName: "Acme AI Digest", promoUrl: "/courses/reliable-agents" });
  expect((await page.evaluate(() => window.flags))[0]).toEqual({ custom: true, bubbles: true, composed: true, from: "digest" });
});

test("iframe mode: the same events reach the host page, dispatched on the embed element", async ({ page }) => {
  const events = hostLog(page);
  await page.addInitScript(() => {
    window.targets = [];
    document.addEventListener("digest:navigate", (event) => window.targets.push(event.target.hasAttribute("data-digest-embed")));
  });
  await page.goto("/embed/");
  const frame = page.frameLocator("[data-digest-embed] iframe");
  // The frame's promo path is on the host's origin, where the courses are.
  await visit(frame, events, { siteName: "AI News & Tools", promoUrl: `${new URL(page.url()).origin}/courses/reliable-agents` });
  expect(await page.evaluate(() => window.targets)).not.toContain(false);
});

test("a page that posts look-alike events is not heard as the reader", async ({ page }) => {
  const events = hostLog(page);
  await page.goto("/embed/");
  await expect(page.frameLocator("[data-digest-embed] iframe").locator("h1")).toHaveText("Latest");
  await expect.poll(() => events.length).toBe(1);
  await page.evaluate(() => window.postMessage({ source: "digest", type: "event", name: "digest:save", detail: { article: "x", saved: true } }, "*"));
  await page.waitForTimeout(300);
  expect(events.map((e) => e.type)).toEqual(["digest:navigate"]);
});
