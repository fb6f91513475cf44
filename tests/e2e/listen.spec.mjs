// Listen (issue 28): an article read aloud sentence by sentence, through a scripted stand-in for the
// browser's speech synthesis (speech.mjs). Its code is a chunk loaded on the first press.
import { test, expect, loaded, holdRequests } from "./fixtures.mjs";
import { scriptedSpeech, withoutSpeech, highlighted } from "./speech.mjs";

const PATH = "/articles/agents-need-undo";
const said = (page) => page.evaluate(() => window.said);

async function recordListenEvents(page) {
  await page.evaluate(() => {
    window.listenEvents = [];
    document.getElementById("digest").addEventListener("digest:listen", (e) => window.listenEvents.push(e.detail.state));
  });
}

test("reads the article sentence by sentence, highlighted, with pause, resume and stop, loading its code on the first press", async ({ page }) => {
  await scriptedSpeech(page);
  const chunks = [];
  page.on("request", (r) => /digest-listen-[0-9a-f]+\.wasm$/.test(r.url()) && chunks.push(r.url()));
  await page.goto(PATH);
  await loaded(page);
  await recordListenEvents(page);
  // It never starts by itself, and its code is not loaded before it is used.
  await page.waitForTimeout(500);
  expect(await said(page)).toEqual([]);
  expect(chunks).toEqual([]);

  const listen = page.locator(".digest-article__actions").getByRole("button", { name: "Listen" });
  await listen.click();
  await expect.poll(() => said(page)).toEqual([{ text: "Agents that act need an undo button", lang: "en" }]);
  expect(chunks).toHaveLength(1);
  await expect(page.locator(".digest-listen [role=status]")).toHaveText("Reading aloud");
  expect(await highlighted(page)).toBe("Agents that act need an undo button");

  await page.evaluate(() => window.finishUtterance());
  await expect.poll(async () => (await said(page)).length).toBe(2);
  const second = (await said(page))[1].text;
  expect(second).toMatch(/^A tools developer describes why every action/);
  expect(await highlighted(page)).toBe(second);
  await page.screenshot({ path: test.info().outputPath("listen-reading.png") });

  // Pause interrupts the sentence; Resume says it again from its start.
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.locator(".digest-listen [role=status]")).toHaveText("Paused");
  expect(await page.evaluate(() => window.cancels)).toBe(1);
  expect(await highlighted(page)).toBe(null);
  await page.getByRole("button", { name: "Resume" }).click();
  await expect.poll(async () => (await said(page)).at(-1)?.text).toBe(second);
  expect((await said(page)).length).toBe(3);

  // Stop from the keyboard: the Listen button comes back with the focus.
  await page.getByRole("button", { name: "Stop" }).focus();
  await page.keyboard.press("Enter");
  await expect(listen).toBeFocused();
  expect(await highlighted(page)).toBe(null);
  expect(await page.evaluate(() => window.listenEvents)).toEqual(["playing", "paused", "playing", "stopped"]);
});

test("reads the title, summary, why it matters, the steps and the takeaways, each utterance short, then finishes", async ({ page }) => {
  await scriptedSpeech(page);
  await page.goto(PATH);
  await loaded(page);
  await recordListenEvents(page);
  // Space starts it, as on any button.
  await page.locator(".digest-article__actions").getByRole("button", { name: "Listen" }).focus();
  await page.keyboard.press("Space");
  await expect.poll(async () => (await said(page)).length).toBe(1);
  for (let i = 0; i < 60 && (await page.evaluate(() => window.finishUtterance())); i += 1) {
    await page.waitForTimeout(20);
  }
  await expect(page.locator(".digest-article__actions > .digest-listen__status")).toHaveText("Finished reading");
  const texts = (await said(page)).map((s) => s.text);
  expect(texts.slice(0, 2)).toEqual([
    "Agents that act need an undo button",
    "A tools developer describes why every action their coding agent takes is recorded as a reversible step, and how that changed what users were willing to let it do.",
  ]);
  for (const part of [
    "Why it matters",
    "People hand more work to an agent when mistakes are cheap to reverse.",
    "How to implement this in your domain",
    "Require explicit confirmation for the irreversible ones.",
    "Key takeaways",
    "Ask for confirmation only where undo is impossible.",
  ]) {
    expect(texts).toContain(part);
  }
  // The original post and the promo are not read.
  expect(texts.join(" ")).not.toMatch(/We stopped asking|Explore/);
  for (const text of texts) expect(text.length).toBeLessThanOrEqual(200);
  expect(await page.evaluate(() => window.listenEvents)).toEqual(["playing", "finished"]);
});

test("going to another page stops the reading", async ({ page }) => {
  await scriptedSpeech(page);
  await page.goto(PATH);
  await loaded(page);
  await page.locator(".digest-article__actions").getByRole("button", { name: "Listen" }).click();
  await expect.poll(async () => (await said(page)).length).toBe(1);
  await page.locator(".digest-header").getByRole("link", { name: "Tools & Workflows" }).click();
  await expect(page.locator("h1")).toHaveText("Tools & Workflows");
  expect(await page.evaluate(() => window.cancels)).toBe(1);
  await page.evaluate(() => window.finishUtterance());
  await page.waitForTimeout(300);
  expect((await said(page)).length).toBe(1);
  expect(await highlighted(page)).toBe(null);
});

test("there is no Listen button without speech synthesis, nor in the pre-rendered page", async ({ page, request }) => {
  const html = await (await request.get(PATH)).text();
  expect(html).not.toContain("digest-listen-button");
  await withoutSpeech(page);
  await page.goto(PATH);
  await loaded(page);
  await expect(page.locator(".digest-article__actions").getByRole("button")).toHaveText(["☆ Save", "Share"]);
});

test("a Listen chunk that cannot be loaded says so, and the next press tries again", async ({ page }) => {
  await scriptedSpeech(page);
  page.allowedConsoleErrors = [/digest-listen-.*\.wasm|status of 503|HTTP status code is not ok/];
  let fail = true;
  await page.route(/digest-listen-[0-9a-f]+\.wasm$/, (route) => (fail ? route.fulfill({ status: 503, body: "" }) : route.continue()));
  await page.goto(PATH);
  await loaded(page);
  const listen = page.locator(".digest-article__actions").getByRole("button", { name: "Listen" });
  await listen.click();
  await expect(page.locator(".digest-article__actions > .digest-listen__status")).toHaveText(
    "Listening could not be loaded. Check your connection and press Listen again.",
  );
  expect(await said(page)).toEqual([]);
  fail = false;
  await listen.click();
  await expect.poll(async () => (await said(page)).length).toBe(1);
});

test("a Listen chunk that stalls: after 15 s the reader is told, and the next press gets the code once it comes", async ({ page }) => {
  test.setTimeout(60_000);
  await scriptedSpeech(page);
  const release = await holdRequests(page, /digest-listen-[0-9a-f]+\.wasm$/);
  await page.goto(PATH);
  await loaded(page);
  const listen = page.locator(".digest-article__actions").getByRole("button", { name: "Listen" });
  await listen.click();
  await expect(listen).toHaveAttribute("aria-busy", "true");
  const status = page.locator(".digest-article__actions > .digest-listen__status");
  await expect(status).toHaveText("Listening could not be loaded. Check your connection and press Listen again.", { timeout: 20_000 });
  await expect(listen).toBeEnabled();
  expect(await said(page)).toEqual([]);
  release();
  await listen.click();
  await expect.poll(async () => (await said(page)).length).toBe(1);
});
