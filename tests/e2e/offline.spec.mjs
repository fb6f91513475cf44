// Reading offline (issue 15): the service worker the content command writes for a release build
// (`publish --offline`), what it keeps, and a second build deployed over the first.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, loaded, wake } from "./fixtures.mjs";

const ARTICLE = "/articles/agents-need-undo";
const TITLE = "Agents that act need an undo button";
test.use({ serviceWorkers: "allow" });

/** What Chromium logs for a request that fails with the network gone. */
const OFFLINE_LOG = /ERR_INTERNET_DISCONNECTED|Failed to fetch|net::ERR_FAILED/;

/** Waits until the page is controlled by the service worker. */
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

test("an article read once opens again with no network, and what was never opened says so", async ({ page, context }) => {
  page.allowedConsoleErrors = [OFFLINE_LOG];
  await page.goto(ARTICLE);
  await loaded(page);
  await controlled(page);
  // Read with the worker in charge: its page and its data are kept.
  await page.reload();
  await loaded(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator("h1")).toHaveText(TITLE);
  await loaded(page);
  await expect(page.locator(".digest-app .digest-main h1")).toHaveText(TITLE);
  await expect(page.locator(".digest-offline")).toHaveText(/^You are offline\. Articles you opened or saved still open/);

  // An article never opened cannot load: the page says so instead of going blank.
  await page.locator(".digest-related a").first().click();
  await expect(page.locator(".digest-error")).toContainText(/offline/i);
  await context.setOffline(false);
  await expect(page.locator(".digest-offline")).toHaveText("");
});

test("a saved article opens with no network, from /saved, whose code was never loaded before", async ({ page, context }) => {
  page.allowedConsoleErrors = [OFFLINE_LOG];
  await page.goto("/");
  await loaded(page);
  await controlled(page);
  const card = page.locator(".digest-card").nth(4);
  const title = (await card.locator("h2").textContent()).trim();
  // Saved from its card, never opened: saving fetches it for the worker to keep.
  const kept = page.waitForResponse((r) => r.url().includes("/data/articles/") && r.ok());
  await card.getByRole("button", { name: "Save" }).click();
  await kept;

  await context.setOffline(true);
  await page.goto("/saved");
  await expect(page.locator(".digest-app .digest-card h2")).toHaveText([title]);
  await page.locator(".digest-card__link").first().click();
  await expect(page.locator(".digest-app .digest-main h1")).toHaveText(title);
});

test("without data-offline nothing is registered (mount mode without the host's opt-in)", async ({ page }) => {
  // The example host site mounts the app without data-offline; it is served at E2E_PORT + 6
  // (playwright.config.mjs).
  await page.goto(`http://127.0.0.1:${Number(process.env.E2E_PORT ?? 8090) + 6}/learn/ai-news/`);
  await expect(page.locator("#digest .digest-app .digest-main h1")).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
});

test.describe("a second build deployed over the first", () => {
  const PORT = 8197;
  let root, server;

  /** A copy of dist/ whose app JS, start module, chunks and their loader have another hash, as the
   * next build's would (scripts/build-wasm.mjs names them all with one). */
  function nextBuild(from, to) {
    cpSync(from, to, { recursive: true });
    const renames = readdirSync(to).filter((name) => /^digest-([a-z0-9]+-)?[0-9a-f]{16}(_bg\.wasm|\.wasm|\.js)$/.test(name));
    const hash = renames[0].match(/-([0-9a-f]{16})[._]/)[1];
    const next = [...hash].reverse().join("");
    for (const name of renames) renameSync(join(to, name), join(to, name.replace(hash, next)));
    const rewrite = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) rewrite(path);
        else if (/\.(html|js)$/.test(entry.name)) writeFileSync(path, readFileSync(path, "utf8").replaceAll(hash, next));
      }
    };
    rewrite(to);
    // The content command names the worker's build after what it precaches.
    const worker = join(to, "digest-sw.js");
    writeFileSync(worker, readFileSync(worker, "utf8").replace(/const BUILD = "([0-9a-f]+)"/, (_, b) => `const BUILD = "${[...b].reverse().join("")}"`));
  }

  test.beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "digest-deploy-"));
    cpSync("dist", join(root, "one"), { recursive: true });
    nextBuild("dist", join(root, "two"));
    symlinkSync(join(root, "one"), join(root, "live"));
    server = spawn("node", ["tests/e2e/server.mjs", join(root, "live"), String(PORT)], { stdio: "ignore" });
    await expect.poll(() => fetch(`http://127.0.0.1:${PORT}/`).then((r) => r.status, () => 0)).toBe(200);
  });

  test.afterAll(() => {
    server?.kill();
    rmSync(root, { recursive: true, force: true });
  });

  test("pages of either build never ask for an asset that is gone", async ({ context }) => {
    const base = `http://127.0.0.1:${PORT}`;
    const failed = [];
    context.on("response", (r) => /-[0-9a-f]{10,16}(_bg)?\.(js|wasm|css)$/.test(r.url()) && !r.ok() && failed.push(r.url()));
    const first = await context.newPage();
    await first.goto(`${base}/`);
    await loaded(first);
    await controlled(first);
    // A page of the first build, pre-rendered, whose app has not started yet.
    const waiting = await context.newPage();
    await waiting.goto(`${base}${ARTICLE}`);
    await expect(waiting.locator(".digest-static")).toHaveCount(1);

    // The second build replaces the first on the server: the first's assets are gone from it.
    rmSync(join(root, "live"));
    symlinkSync(join(root, "two"), join(root, "live"));
    const second = await context.newPage();
    await second.goto(`${base}/categories/models-research`);
    await loaded(second);
    const wasm = await second.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).find((n) => n.endsWith(".wasm")));
    expect(wasm).toContain([...readdirSync(join(root, "two"))].find((n) => n.endsWith("_bg.wasm")));
    // The second build's worker is in charge, with its shell beside the first's.
    const shells = () => second.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("digest-shell-")).length);
    await expect.poll(shells).toBe(2);
    await expect
      .poll(() => second.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !r.installing && !r.waiting && r.active.state)))
      .toBe("activated");

    // The waiting page of the first build starts its app now: its assets still come, from the cache,
    // and so does a chunk it had never loaded.
    await wake(waiting);
    // Its app, its chunks' loader and wasm come from the first build's cache, compiled on a busy
    // machine: more than the default 5 s in one CI run.
    await expect(waiting.locator(".digest-app .digest-main h1")).toHaveText(TITLE, { timeout: 15_000 });
    await waiting.getByRole("link", { name: "Saved" }).first().click();
    await expect(waiting.locator(".digest-app .digest-main h1")).toHaveText("Saved articles");
    expect(failed).toEqual([]);
  });
});
