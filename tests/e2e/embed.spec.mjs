// digest inside the example learning site (examples/host/, served by host-server.mjs): mounted under
// /learn/ai-news with the site's own hostile CSS, and in an iframe from another origin.
import { test, expect, holdRequests } from "./fixtures.mjs";

const BASE = "/learn/ai-news";

async function appLoaded(page) {
  await expect(page.locator("#digest .digest-app .digest-main h1")).toBeVisible();
  await expect(page.locator("#digest .digest-skeleton")).toHaveCount(0);
}

/** Computed styles of the host's own chrome, to compare with and without digest on the page. */
function hostChrome(page) {
  return page.evaluate(() => {
    const pick = (selector) => {
      const style = getComputedStyle(document.querySelector(selector));
      return ["color", "background-color", "font-family", "font-size", "padding", "margin", "box-sizing", "display", "line-height", "min-height"]
        .map((p) => `${p}: ${style.getPropertyValue(p)}`);
    };
    return {
      html: pick("html"), body: pick("body"), header: pick(".site-header"), logo: pick(".site-header .logo"),
      nav: pick(".site-header ul"), footer: pick(".site-footer"), footerLink: pick(".site-footer a"),
    };
  });
}

test.describe("mount mode, under a sub-path", () => {
  test("renders inside the host page, with the host's settings", async ({ page }) => {
    await page.goto(`${BASE}/`);
    await appLoaded(page);
    await expect(page.locator("#digest h1")).toHaveText("Latest");
    await expect(page.locator("#digest .digest-header__brand")).toHaveText("Acme AI Digest");
    await expect(page.locator("#digest .digest-card")).toHaveCount(6);
    const href = await page.locator("#digest .digest-card h2 a").first().getAttribute("href");
    expect(href).toBe(`${BASE}/articles/small-models-big-context`);
    // The host's own page is still there around it.
    await expect(page.locator(".site-header .logo")).toHaveText("Acme Academy");
    await expect(page.locator(".site-footer")).toContainText("Acme Academy");
  });

  test("share in a mounted app gives the article's address under the host's path", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`${BASE}/articles/agents-need-undo`);
    await appLoaded(page);
    await page.locator("#digest").getByRole("button", { name: "Share" }).click();
    await expect(page.locator("#digest .digest-share [role=status]")).toHaveText("Link copied to the clipboard.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${new URL(page.url()).origin}${BASE}/articles/agents-need-undo`);
  });

  test("routes, reload of a deep link and back/forward work under the sub-path", async ({ page }) => {
    await page.goto(`${BASE}/`);
    await appLoaded(page);
    await page.locator("#digest .digest-card h2 a").first().click();
    await expect(page).toHaveURL(`${BASE}/articles/small-models-big-context`);
    await expect(page.locator("#digest h1")).toHaveText("Small models now read whole codebases");
    await expect(page.getByRole("link", { name: "Explore courses" })).toHaveAttribute("href", "/courses");
    await page.reload();
    await appLoaded(page);
    await expect(page.locator("#digest h1")).toHaveText("Small models now read whole codebases");
    await page.locator("#digest .digest-header__nav").getByRole("link", { name: "Policy & Practice" }).click();
    await expect(page).toHaveURL(`${BASE}/categories/policy-practice`);
    await page.goBack();
    await expect(page).toHaveURL(`${BASE}/articles/small-models-big-context`);
    await expect(page.locator("#digest h1")).toHaveText("Small models now read whole codebases");
    await page.goForward();
    await expect(page.locator("#digest h1")).toHaveText("Policy & Practice");
    await page.goto(`${BASE}/no/such/page`);
    await expect(page.locator("#digest h1")).toHaveText("Page not found");
  });

  test("search works under the sub-path, and a search address reloads there", async ({ page }) => {
    await page.goto(`${BASE}/`);
    await appLoaded(page);
    const box = page.locator("#digest").getByRole("searchbox", { name: "Search articles" });
    await box.fill("irreversible");
    await box.press("Enter");
    await expect(page).toHaveURL(`${BASE}/search?q=irreversible`);
    const result = page.locator("#digest .digest-card h2 a");
    await expect(result).toHaveText(["Agents that act need an undo button"]);
    await expect(result).toHaveAttribute("href", `${BASE}/articles/agents-need-undo`);
    await page.reload();
    await appLoaded(page);
    await expect(result).toHaveText(["Agents that act need an undo button"]);
  });

  test("digest's CSS leaves the host's header and footer exactly as they were", async ({ page }) => {
    await page.goto("/");
    const without = await hostChrome(page);
    await page.goto(`${BASE}/articles/agents-need-undo`);
    await appLoaded(page);
    expect(await hostChrome(page)).toEqual(without);
  });

  test("the host's hostile global CSS does not break digest", async ({ page }) => {
    await page.goto(`${BASE}/articles/eval-sets-before-prompts`);
    await appLoaded(page);
    const look = await page.evaluate(() => {
      const style = (selector, property) => getComputedStyle(document.querySelector(selector)).getPropertyValue(property);
      return {
        boxSizing: style("#digest .digest-card, #digest .digest-article", "box-sizing"),
        h1Size: style("#digest h1", "font-size"),
        linkColor: style("#digest .digest-source__link", "color"),
        stepsList: style("#digest .digest-steps__list", "list-style-type"),
        takeawaysList: style("#digest .digest-takeaways__list", "list-style-type"),
        h2Transform: style("#digest h2", "text-transform"),
        buttonBorder: style("#digest .digest-button--quiet", "border-top-style"),
        font: style("#digest", "font-family"),
        quoteMargin: style("#digest blockquote", "margin-left"),
        paragraphSpacing: style("#digest .digest-article__summary", "letter-spacing"),
      };
    });
    expect(look.boxSizing).toBe("border-box");
    expect(look.h1Size).not.toBe("72px");
    expect(look.linkColor).not.toBe("rgb(255, 0, 0)");
    expect(look.stepsList).toBe("decimal");
    expect(look.takeawaysList).toBe("disc");
    expect(look.h2Transform).toBe("none");
    expect(look.buttonBorder).toBe("solid");
    expect(look.font).toContain("system-ui");
    expect(look.quoteMargin).toBe("0px");
    expect(look.paragraphSpacing).toBe("normal");
  });
});

test("a host's careless !important rules on bare elements change nothing of digest's look", async ({ page }) => {
  await page.goto(`${BASE}/articles/eval-sets-before-prompts`);
  await appLoaded(page);
  const look = () =>
    page.evaluate(() => {
      const properties = ["color", "background-color", "text-decoration-line", "text-transform", "letter-spacing", "font-size",
        "font-family", "margin-left", "margin-top", "padding-left", "border-top-style", "border-top-width", "box-sizing", "list-style-type", "line-height"];
      const selectors = ["#digest .digest-source__link", "#digest .digest-header__nav a", "#digest .digest-article__category", "#digest h1",
        "#digest h2", "#digest .digest-button--quiet", "#digest .digest-steps__list li", "#digest .digest-takeaways__list li",
        "#digest .digest-article__summary", "#digest blockquote", "#digest .digest-search__input", "#digest .digest-promo__cta"];
      return Object.fromEntries(selectors.map((selector) => {
        const style = getComputedStyle(document.querySelector(selector));
        return [selector, Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]))];
      }));
    });
  const before = await look();
  // The issue's own example, and its kind: bare elements, !important, some with an id's weight.
  await page.addStyleTag({
    content: `a { color: red !important; text-decoration: line-through !important; }
      main a, #digest a { color: green !important; }
      h1, h2 { letter-spacing: 0.3em !important; text-transform: uppercase !important; font-size: 50px !important; }
      button { background: yellow !important; border: 4px dashed black !important; }
      li { margin-left: 3rem !important; list-style: square !important; line-height: 3 !important; }
      p { font-family: Georgia, serif !important; margin-top: 4em !important; }
      blockquote { padding-left: 5rem !important; }
      input { box-sizing: content-box !important; padding-left: 40px !important; }
      * { box-sizing: content-box !important; }`,
  });
  expect(await look()).toEqual(before);
  expect(before["#digest .digest-source__link"].color).not.toBe("rgb(255, 0, 0)");
});

test.describe("iframe mode, from another origin", () => {
  const frameOf = (page) => page.frameLocator("[data-digest-embed] iframe");

  test("renders in a frame that takes its content's height, and follows routes", async ({ page }) => {
    await page.goto("/embed/");
    const frame = frameOf(page);
    await expect(frame.locator("h1")).toHaveText("Latest");
    const iframe = page.locator("[data-digest-embed] iframe");
    await expect.poll(async () => (await iframe.boundingBox()).height).toBeGreaterThan(900);
    const feedHeight = (await iframe.boundingBox()).height;
    const contentHeight = await frame.locator("#digest").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    expect(Math.abs(feedHeight - contentHeight)).toBeLessThanOrEqual(1);

    await frame.locator(".digest-card h2 a").nth(3).click();
    await expect(frame.locator("h1")).toHaveText(/Why your retrieval quietly fails/);
    // The frame resized to the article, and the host's URL names the route.
    await expect.poll(async () => (await iframe.boundingBox()).height).not.toBe(feedHeight);
    const articleHeight = await frame.locator("#digest").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await expect.poll(async () => Math.round((await iframe.boundingBox()).height)).toBe(articleHeight);
    await expect(page).toHaveURL(/\/embed\/\?digest=%2Farticles%2Fmultilingual-retrieval-quirks$/);
    // The host's settings reach the frame; links out of it open at the top.
    await expect(frame.getByRole("link", { name: "Explore courses" })).toHaveAttribute("href", `${new URL(page.url()).origin}/courses`);
  });

  test("share in the frame gives the host page's link to the article", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    // The start script is held, so the click lands on the frame's pre-rendered page and is kept
    // for the app to replay, as on a slow phone.
    const startScript = await holdRequests(context, "**/digest-start.js");
    await page.goto("/embed/?lang=en&digest=/articles/agents-need-undo#top");
    const frame = frameOf(page);
    await expect(frame.locator("h1")).toHaveText("Agents that act need an undo button");
    await frame.getByRole("button", { name: "Share" }).click();
    startScript();
    await expect(frame.locator(".digest-share [role=status]")).toHaveText("Link copied to the clipboard.");
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${new URL(page.url()).origin}/embed/?lang=en&digest=/articles/agents-need-undo`);
    // The link opens the same article in the host's frame.
    await page.goto(link);
    await expect(frameOf(page).locator("h1")).toHaveText("Agents that act need an undo button");
  });

  test("search in the frame, with the query in the host's URL", async ({ page }) => {
    await page.goto("/embed/");
    const frame = frameOf(page);
    await expect(frame.locator(".digest-app h1")).toHaveText("Latest");
    await frame.getByRole("searchbox", { name: "Search articles" }).fill("irreversible");
    await frame.getByRole("searchbox", { name: "Search articles" }).press("Enter");
    await expect(frame.locator(".digest-card h2")).toHaveText(["Agents that act need an undo button"]);
    await expect(page).toHaveURL(/\/embed\/\?digest=%2Fsearch%3Fq%3Dirreversible$/);
  });

  test("a search sent from the frame's pre-rendered page, before the app, stays embedded", async ({ page, context }) => {
    // The start script is held, as on a slow phone: Enter submits the pre-rendered page's form.
    const startScript = await holdRequests(context, "**/digest-start.js");
    await page.goto("/embed/");
    const frame = frameOf(page);
    await expect(frame.locator(".digest-static h1")).toHaveText("Latest");
    await expect(frame.locator(".digest-app")).toHaveCount(0);
    await frame.getByRole("searchbox", { name: "Search articles" }).fill("irreversible");
    await frame.getByRole("searchbox", { name: "Search articles" }).press("Enter");
    await expect.poll(() => page.frames().some((f) => f.url().includes("/search?"))).toBe(true);
    startScript();
    // The frame's new page keeps the host's settings, so its app is embedded: it reports the route
    // to the host and gives its height.
    await expect(frame.locator(".digest-card h2")).toHaveText(["Agents that act need an undo button"], { timeout: 15_000 });
    const frameUrl = new URL(page.frames().find((f) => f.url().includes("/search?")).url());
    expect(frameUrl.searchParams.get("q")).toBe("irreversible");
    expect(frameUrl.searchParams.get("embed_origin")).toBe(new URL(page.url()).origin);
    await expect(page).toHaveURL(/\/embed\/\?digest=%2Fsearch%3Fq%3Dirreversible$/);
    const height = await frame.locator("#digest").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    const iframe = page.locator("[data-digest-embed] iframe");
    await expect.poll(async () => Math.round((await iframe.boundingBox()).height)).toBe(height);
  });

  test("a deep link in the host's URL opens that route in the frame", async ({ page }) => {
    await page.goto("/embed/?digest=/categories/models-research");
    await expect(frameOf(page).locator("h1")).toHaveText("Models & Research");
  });

  test("messages from other origins are ignored", async ({ page }) => {
    await page.goto("/embed/");
    const frame = frameOf(page);
    // The app has taken the frame over and the frame has its content's height: nothing else moves it.
    await expect(frame.locator(".digest-app h1")).toHaveText("Latest");
    await expect(frame.locator(".digest-skeleton")).toHaveCount(0);
    const iframe = page.locator("[data-digest-embed] iframe");
    const content = () => frame.locator("#digest").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await expect.poll(async () => Math.abs(Math.round((await iframe.boundingBox()).height) - (await content()))).toBeLessThanOrEqual(1);
    const before = (await iframe.boundingBox()).height;
    // A message from the host page itself (not the app's origin, not the frame) must change nothing.
    await page.evaluate(() => window.postMessage({ source: "digest", type: "resize", height: 5 }, "*"));
    await page.evaluate(() => window.postMessage({ source: "digest", type: "route", path: "/evil" }, "*"));
    await page.waitForTimeout(300);
    expect((await iframe.boundingBox()).height).toBe(before);
    expect(page.url()).not.toContain("evil");
  });
});

test.describe("wrong settings are said in the page", () => {
  test("a base path the page is not under", async ({ page }) => {
    await page.route("**/learn/ai-news/wrong-base", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><div id="digest" data-base-path="/somewhere/else"></div><script defer src="${BASE}/digest-mount.js"></script>`,
      }),
    );
    await page.goto(`${BASE}/wrong-base`);
    await expect(page.locator("#digest [role=alert]")).toContainText("not under the app's base path /somewhere/else");
  });

  test("an unreachable content URL", async ({ page }) => {
    page.allowedConsoleErrors = [/Failed to load resource|ERR_CONNECTION_REFUSED/];
    await page.route("**/learn/ai-news/wrong-content", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><div id="digest" data-base-path="${BASE}" data-content-url="http://127.0.0.1:9/nothing"></div><script defer src="${BASE}/digest-mount.js"></script>`,
      }),
    );
    await page.goto(`${BASE}/wrong-content`);
    await expect(page.locator("#digest .digest-header")).toContainText("Could not reach the server", { timeout: 15_000 });
    await expect(page.locator("#digest .digest-header")).toContainText("The content is expected at http://127.0.0.1:9/nothing (data-content-url on this page).");
  });
});
