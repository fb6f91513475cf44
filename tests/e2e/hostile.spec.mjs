// Hostile content, served in place of a real article: markup renders as text, nothing runs, only
// our own elements appear, and every invalid file gets its own message without freezing the page.
import { test, expect, loaded, openFromFeed, staticNotice, wake, withoutPrefetch } from "./fixtures.mjs";

const PAYLOADS = [
  `<script>window.__pwned = 1</script>`,
  `<img src=x onerror="window.__pwned = 2">`,
  `"><svg onload=window.__pwned=3>`,
  `<a href="javascript:window.__pwned=4">click</a>`,
  `<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>`,
  `{{constructor.constructor('window.__pwned=6')()}}`,
  `\u202Egnp.exe\u202C and \u2067isolate\u2069 direction tricks`,
  `zero\u200Bwidth\u200Djoin 👩‍💻 emoji ✨ and 日本語`,
];

const ALLOWED_TAGS = new Set([
  "A", "ARTICLE", "ASIDE", "BDI", "BLOCKQUOTE", "BUTTON", "CODE", "DD", "DIALOG", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER",
  "FORM", "H1", "H2", "HEADER", "INPUT", "KBD", "LABEL", "LI", "MAIN", "MARK", "NAV", "OL", "P", "PROGRESS", "SECTION", "SPAN", "STRONG", "TIME", "UL",
]);

async function base(page) {
  const response = await page.request.get("/data/articles/agents-need-undo.json");
  return response.json();
}

async function serve(page, json) {
  await page.route("**/data/articles/agents-need-undo.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: typeof json === "string" ? json : JSON.stringify(json) }),
  );
}

async function watchForScripts(page) {
  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  return async () => {
    expect(dialogs, "dialogs").toEqual([]);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    const found = await page.evaluate(() => {
      const root = document.getElementById("digest");
      const elements = [...root.querySelectorAll("*")];
      return {
        tags: [...new Set(elements.map((e) => e.tagName))],
        handlers: elements.flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith("on")).map((a) => a.name)),
        hrefs: elements.filter((e) => e.hasAttribute("href")).map((e) => e.getAttribute("href")),
      };
    });
    expect(found.tags.filter((tag) => !ALLOWED_TAGS.has(tag)), "unexpected elements").toEqual([]);
    expect(found.handlers, "inline event handlers").toEqual([]);
    for (const href of found.hrefs) expect(href).toMatch(/^(\/|#digest-main$|https?:\/\/)/);
  };
}

for (const [i, payload] of PAYLOADS.entries()) {
  test(`payload ${i + 1} in every text field renders as text and runs nothing`, async ({ page }) => {
    const check = await watchForScripts(page);
    const json = await base(page);
    const a = json.article;
    Object.assign(a, { title: payload, summary: payload, why_it_matters: payload, steps: [payload, "plain"], who_benefits: [payload], takeaways: [payload] });
    a.source = { ...a.source, quote: payload, platform: payload };
    json.related = json.related.map((r) => ({ ...r, title: payload }));
    await serve(page, json);
    await page.goto("/articles/agents-need-undo");
    await loaded(page);
    await expect(page.locator("h1")).toHaveText(payload);
    await expect(page.locator(".digest-article__summary")).toHaveText(payload);
    await expect(page.locator(".digest-steps li").first()).toHaveText(payload);
    await expect(page.locator("blockquote p")).toHaveText(payload);
    await expect(page.locator(".digest-related li a").first()).toHaveText(payload);
    await expect(page.locator(".digest-source__link")).toHaveText("View source");
    await check();
  });
}

const INVALID = [
  ["a 100,000-character summary", (j) => (j.article.summary = "x".repeat(100_000)), "article.summary: is 100000 characters long; the limit is 1000"],
  ["10,000 steps", (j) => (j.article.steps = Array.from({ length: 10_000 }, (_, i) => `Step ${i}`)), "article.steps: has 10000 items; the limit is 30"],
  ["a null title", (j) => (j.article.title = null), "article.title: invalid type: null, expected a string"],
  ["steps as a string", (j) => (j.article.steps = "do it"), 'article.steps: invalid type: string "do it", expected a sequence'],
  ["a missing summary", (j) => delete j.article.summary, "article: missing field `summary`"],
  ["a data: URL", (j) => (j.article.source.url = "data:text/html,<script>alert(1)</script>"), "article.source.url: must be an http:// or https:// URL"],
  ["a vbscript: URL", (j) => (j.article.source.url = "vbscript:msgbox(1)"), "article.source.url: must be an http:// or https:// URL"],
  ["a zero-width character in a URL", (j) => (j.article.source.url = "https://x.com/\u200Bevil"), "article.source.url: must be an http:// or https:// URL"],
  ["a direction override in a URL", (j) => (j.article.source.url = "https://exa\u202Eelpmaxe.com"), "article.source.url: must be an http:// or https:// URL"],
  ["a related article with a path in its slug", (j) => (j.related[0].slug = "../../admin"), "related[0].slug"],
];

for (const [name, mutate, message] of INVALID) {
  test(`refuses ${name} with a specific message`, async ({ page }) => {
    const check = await watchForScripts(page);
    const json = await base(page);
    mutate(json);
    await serve(page, json);
    await withoutPrefetch(page);
    await openFromFeed(page, "Agents that act need an undo button");
    await expect(page.locator("h1")).toHaveText("This content is broken");
    await expect(page.locator(".digest-error__details")).toContainText(message);
    await page.locator(".digest-header__brand").click();
    await loaded(page);
    await check();
  });
}

test("refused content under a pre-rendered page leaves the page as published", async ({ page }) => {
  const check = await watchForScripts(page);
  const json = await base(page);
  json.article.summary = "x".repeat(100_000);
  await serve(page, json);
  await page.goto("/articles/agents-need-undo");
  await wake(page);
  await expect(staticNotice(page)).toContainText("This content is broken: the live version of this page could not be loaded");
  await expect(page.locator("h1")).toHaveText("Agents that act need an undo button");
  await expect(page.locator(".digest-article__summary")).toHaveText(/^A tools developer describes/);
  await check();
});

test("JSON nested 100,000 deep in an unknown field is skipped, without freezing", async ({ page }) => {
  const json = await base(page);
  const text = JSON.stringify(json).replace(/^\{/, `{"extra":${"[".repeat(100_000)}${"]".repeat(100_000)},`);
  await serve(page, text);
  await page.goto("/articles/agents-need-undo");
  await loaded(page);
  await expect(page.locator("h1")).toHaveText("Agents that act need an undo button");
});
