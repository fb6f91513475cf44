// dist/ served by real nginx (Debian's) with deploy/nginx.conf: route pages, real 404s, caching,
// pre-compressed files, and the app under its Content-Security-Policy.
import { readFileSync, readdirSync } from "node:fs";
import { test, expect, NOT_FOUND_LOG } from "./fixtures.mjs";
import { walkCollectingViolations } from "./csp-walk.mjs";

const policy = readFileSync(new URL("../../dist/csp.txt", import.meta.url), "utf8").trim();

test("pages: pre-rendered, revalidated, under the policy", async ({ request }) => {
  const home = await request.get("/");
  expect(home.status()).toBe(200);
  expect(home.headers()["cache-control"]).toBe("no-cache");
  expect(home.headers()["content-security-policy"]).toBe(policy);
  const article = await request.get("/articles/agents-need-undo");
  expect(article.status()).toBe(200);
  expect(await article.text()).toContain("Agents that act need an undo button</h1>");
  const category = await request.get("/categories/tools-workflows");
  expect(await category.text()).toContain('data-route="/categories/tools-workflows"');
});

test("pages of a listing are files; old ?page=N links are moved there", async ({ request }) => {
  const second = await request.get("/page/2");
  expect(second.status()).toBe(200);
  expect(await second.text()).toContain('data-route="/page/2"');
  for (const [from, to] of [["/?page=2", "/page/2"], ["/categories/tools-workflows?page=3", "/categories/tools-workflows/page/3"], ["/?page=1", "/"]]) {
    const moved = await request.get(from, { maxRedirects: 0 });
    expect(moved.status(), from).toBe(301);
    expect(new URL(moved.headers().location, "http://x").pathname + new URL(moved.headers().location, "http://x").search).toBe(to);
  }
});

test("unknown paths and missing data are real 404s", async ({ request }) => {
  const page = await request.get("/no/such/page");
  expect(page.status()).toBe(404);
  expect(await page.text()).toContain("Page not found");
  expect((await request.get("/data/articles/nope.json")).status()).toBe(404);
});

test("hashed assets are immutable and served pre-compressed", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const start = html.match(/data-wasm="?([^ ">]+)/)[1];
  // A chunk loaded when its feature is first used, as the start module.
  const chunk = `/${readdirSync("dist").find((name) => /^digest-search-[0-9a-f]{16}\.wasm$/.test(name))}`;
  for (const wasm of [start, chunk]) {
    const response = await request.get(wasm, { headers: { "accept-encoding": "gzip" } });
    expect(response.status(), wasm).toBe(200);
    expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.headers()["content-encoding"]).toBe("gzip");
    expect(response.headers()["content-type"]).toBe("application/wasm");
  }
  const data = await request.get("/data/feed/1.json");
  expect(data.headers()["cache-control"]).toBe("no-cache");
});

test("the app runs through nginx under the policy, deep links and all", async ({ page }) => {
  page.allowedConsoleErrors = [NOT_FOUND_LOG];
  expect(await walkCollectingViolations(page)).toEqual([]);
  await page.goto("/no/such/page");
  await expect(page.locator(".digest-app h1")).toHaveText("Page not found");
});
