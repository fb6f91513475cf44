// Learning records (issue 30) in the example learning site: what a learner reads reaches the site's
// LRS, Ralph, started for the tests (tests/e2e/ralph.sh), and is read back through its xAPI. Mount
// mode with the site's credentials callback, mount mode through the site's own proxy, iframe mode;
// an offline period; settings that are wrong, which never stop the reading; and a cmi5 launch of the
// host's iframe page (tests/e2e/cmi5.spec.mjs has the rest of cmi5).
import { test, expect } from "./fixtures.mjs";
import { LMS, academyActor, statementsOf, waitForStatements, verb } from "./lrs-client.mjs";

const SLUG = "eval-sets-before-prompts";
const STEPS = 5;

let count = 0;
/** A learner of the academy's own for this test: the site's session cookie names them. */
async function signIn(page, baseURL) {
  const name = `t${Date.now().toString(36)}-${process.pid}-${++count}`;
  await page.context().addCookies([{ name: "learner", value: name, url: baseURL }]);
  return academyActor(name, baseURL);
}

/** The digest:statement events the host's analytics heard (examples/host/assets/analytics.js). */
const announced = (page) =>
  page.evaluate(() => (window.academyEvents ?? []).filter((e) => e.type === "digest:statement").map((e) => e.detail));

async function tickEverySteps(scope) {
  const boxes = scope.locator(".digest-steps input[type=checkbox]");
  await expect(boxes).toHaveCount(STEPS);
  for (let i = 0; i < STEPS; i += 1) await boxes.nth(i).check();
}

async function opened(scope) {
  await expect(scope.locator(".digest-app .digest-main h1")).toBeVisible();
  await expect(scope.locator(".digest-skeleton")).toHaveCount(0);
}

const completedBy = (statements) => statements.some((s) => verb(s) === "completed");

const PROGRESS = "https://w3id.org/xapi/cmi5/result/extensions/progress";

/** The site's address as the build under test says it (site.json's url, made from the build's
 * DIGEST_SITE_URL), which statements name articles by, whatever port the tests run on. */
async function siteUrl(request, baseURL) {
  const response = await request.get(`${baseURL}/learn/ai-news/data/site.json`);
  expect(response.ok()).toBe(true);
  return (await response.json()).url;
}

/** Experienced first, completed last, progressed between, at least `ticks` times, never going back. */
function expectOneReading(stored, ticks) {
  const verbs = stored.map(verb);
  expect(verbs[0]).toBe("experienced");
  expect(verbs.at(-1)).toBe("completed");
  const between = stored.slice(1, -1);
  expect(between.map(verb).every((v) => v === "progressed")).toBe(true);
  expect(between.length).toBeGreaterThanOrEqual(ticks);
  const progress = between.map((s) => s.result.extensions[PROGRESS]);
  expect(progress).toEqual([...progress].sort((a, b) => a - b));
  expect(progress.every((p) => p > 0 && p < 100)).toBe(true);
}

test("mount mode: the article is experienced, progressed step by step and completed, in the LRS and as events", async ({ page, baseURL }) => {
  const actor = await signIn(page, baseURL);
  await page.goto(`/records/articles/${SLUG}`);
  await opened(page);
  await tickEverySteps(page);
  const stored = await waitForStatements(actor, completedBy);
  expectOneReading(stored, STEPS - 1);
  const [experienced] = stored;
  const completed = stored.at(-1);
  // The article's canonical address: site.json's url (this build's is the academy's /learn/ai-news).
  const site = await siteUrl(page.request, baseURL);
  expect(site).toMatch(/\/learn\/ai-news$/);
  expect(experienced.object.id).toBe(`${site}/articles/${SLUG}`);
  expect(experienced.object.definition.type).toBe("http://activitystrea.ms/schema/1.0/article");
  expect(Object.keys(experienced.object.definition.name)).toEqual(["en"]);
  expect(experienced.actor.account.name).toBe(actor.account.name);
  expect(experienced.context.contextActivities.parent[0].id).toBe(`${site}/categories/tools-workflows`);
  expect(experienced.context.extensions["http://id.tincanapi.com/extension/tags"]).toEqual(["evals", "prompting"]);
  expect(completed.result.completion).toBe(true);
  expect(completed.result.duration).toMatch(/^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$/);
  expect(new Set(stored.map((s) => s.id)).size).toBe(stored.length);
  // The host heard each statement, with the id the LRS has.
  await expect.poll(async () => (await announced(page)).map((e) => e.id).sort()).toEqual(stored.map((s) => s.id).sort());
  expect((await announced(page)).map((e) => e.verb)).toEqual(stored.map(verb));

  // Back later: experienced again, never completed twice.
  await page.reload();
  await opened(page);
  await page.locator(".digest-steps input[type=checkbox]").first().uncheck();
  await page.locator(".digest-steps input[type=checkbox]").first().check();
  await waitForStatements(actor, (s) => s.length > stored.length);
  await page.waitForTimeout(1_500);
  expect((await statementsOf(actor)).slice(stored.length).map(verb)).toEqual(["experienced"]);
});

test("mount mode: statements made offline are kept across pages and all reach the LRS", async ({ page, baseURL }) => {
  const actor = await signIn(page, baseURL);
  await page.goto(`/records/articles/${SLUG}`);
  await opened(page);
  await waitForStatements(actor, (s) => s.length === 1);
  await page.context().setOffline(true);
  const boxes = page.locator(".digest-steps input[type=checkbox]");
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await expect.poll(async () => (await announced(page)).length).toBeGreaterThanOrEqual(3);
  const made = (await announced(page)).map((e) => e.id);
  await page.waitForTimeout(1_500);
  expect(await statementsOf(actor)).toHaveLength(1);
  // The page closes while offline; the learner comes back online later, on another page.
  await page.goto("about:blank");
  await page.context().setOffline(false);
  await page.goto(`/records/`);
  await opened(page);
  const stored = await waitForStatements(actor, (s) => made.every((id) => s.some((x) => x.id === id)));
  expect(stored.map((s) => s.id).sort()).toEqual([...made].sort());
  expect(verb(stored[0])).toBe("experienced");
  expect(stored.slice(1).every((s) => verb(s) === "progressed")).toBe(true);
});

test("mount mode through the site's own proxy, which adds the credentials", async ({ page, baseURL }) => {
  const actor = await signIn(page, baseURL);
  await page.goto(`/records-proxy/articles/${SLUG}`);
  await opened(page);
  await tickEverySteps(page);
  const stored = await waitForStatements(actor, completedBy);
  expectOneReading(stored, STEPS - 1);
  expect(stored[0].object.id).toBe(`${await siteUrl(page.request, baseURL)}/articles/${SLUG}`);
});

test("iframe mode: the frame asks the host for the settings and credentials, reading to the end completes", async ({ page, baseURL }) => {
  const actor = await signIn(page, baseURL);
  await page.goto(`/records-embed/?digest=/articles/${SLUG}`);
  const frame = page.frameLocator("iframe");
  await opened(frame);
  await waitForStatements(actor, (s) => s.length === 1);
  // The frame is as tall as the article: the host's page scrolls, to its end.
  await expect.poll(async () => {
    await page.mouse.wheel(0, 4000);
    return (await statementsOf(actor)).some((s) => verb(s) === "completed");
  }, { timeout: 20_000 }).toBe(true);
  const stored = await statementsOf(actor);
  expect(stored[0].object.id).toMatch(/^https?:\/\/[^/]+(\/[^/]+)*\/articles\/eval-sets-before-prompts$/);
  expect(stored.at(-1).result.completion).toBe(true);
  expect(stored.filter((s) => verb(s) === "completed")).toHaveLength(1);
  await expect.poll(async () => (await announced(page)).length).toBe(stored.length);
});

test.describe("settings that are wrong never stop the reading", () => {
  /** The records page with `change` made to its #digest element's attributes. */
  async function withRoot(page, change) {
    await page.route("**/records/**", async (route) => {
      if (route.request().resourceType() !== "document") return route.continue();
      const response = await route.fetch();
      await route.fulfill({ response, body: change(await response.text()) });
    });
  }

  async function stillReads(page) {
    await opened(page);
    await page.locator(".digest-steps input[type=checkbox]").first().check();
    await expect(page.locator(".digest-steps__label")).toContainText("1");
  }

  for (const [what, change, message] of [
    ["a javascript: endpoint", (html) => html.replace(/data-xapi-endpoint="[^"]*"/, 'data-xapi-endpoint="javascript:alert(1)"'), /endpoint "javascript:alert\(1\)" is not an http\(s\) address/],
    ["another scheme", (html) => html.replace(/data-xapi-endpoint="[^"]*"/, 'data-xapi-endpoint="ftp://lrs.example/xapi/"'), /is not an http\(s\) address/],
    ["a malformed actor", (html) => html.replace(/data-xapi-actor="[^"]*"/, 'data-xapi-actor="{&quot;name&quot;:&quot;no id&quot;}"'), /must have exactly one of mbox/],
    ["a callback that is not there", (html) => html.replace('data-xapi-auth="academyLrsAuth"', 'data-xapi-auth="noSuchFunction"'), /names noSuchFunction, which is not a function/],
  ]) {
    test(`${what}: a clear message, no statement`, async ({ page, baseURL }) => {
      page.allowedConsoleErrors = [/digest learning records are off/];
      const messages = [];
      page.on("console", (m) => messages.push(m.text()));
      const lrsRequests = [];
      page.on("request", (r) => r.url().includes("/xAPI/") && lrsRequests.push(r.url()));
      const actor = await signIn(page, baseURL);
      await withRoot(page, change);
      await page.goto(`/records/articles/${SLUG}`);
      await stillReads(page);
      await expect.poll(() => messages.some((m) => m.includes("learning records are off") && message.test(m))).toBe(true);
      await page.waitForTimeout(1_500);
      expect(lrsRequests).toEqual([]);
      expect(await statementsOf(actor)).toEqual([]);
    });
  }

  test("a 401 from the LRS: said once, with its answer, and nothing sent again", async ({ page, baseURL }) => {
    page.allowedConsoleErrors = [/status of 401/];
    const messages = [];
    page.on("console", (m) => messages.push(m.text()));
    const posts = [];
    page.on("request", (r) => r.url().endsWith("/xAPI/statements") && r.method() === "POST" && posts.push(r.postDataJSON()));
    const actor = await signIn(page, baseURL);
    // The academy's session hands out credentials the LRS does not take (revoked, say).
    const wrong = `Basic ${Buffer.from("learning-site:revoked").toString("base64")}`;
    await page.route("**/session/lrs-auth", (route) => route.fulfill({ json: { authorization: wrong } }));
    await page.goto(`/records/articles/${SLUG}`);
    await stillReads(page);
    await expect.poll(() => messages.some((m) => m.includes("refused")), { timeout: 10_000 }).toBe(true);
    await page.locator(".digest-steps input[type=checkbox]").nth(1).check();
    await expect.poll(() => posts.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await page.waitForTimeout(3_000);
    const refusals = messages.filter((m) => m.includes("refused"));
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatch(/401/);
    // Each statement was offered once: a refused one is not sent again.
    const ids = posts.flat().map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await statementsOf(actor)).toEqual([]);
  });
});

test("iframe mode: an LMS launches the host page as a cmi5 unit, and the embed script passes the launch to the frame", async ({ page, baseURL }) => {
  const name = `cmi5-frame-${Date.now().toString(36)}-${process.pid}`;
  const actor = { objectType: "Agent", name, account: { homePage: "https://lms.example", name } };
  const launched = await (
    await fetch(`${LMS}launch`, { method: "POST", body: JSON.stringify({ au: `${baseURL}/embed/?digest=/articles/${SLUG}`, actor }) })
  ).json();
  await page.goto(launched.url);
  const frame = page.frameLocator("iframe");
  await opened(frame);
  await tickEverySteps(frame);
  await waitForStatements(actor, (s) => s.filter((x) => verb(x) === "completed").length === 2);
  await page.goto("about:blank");
  const stored = await waitForStatements(actor, (s) => s.some((x) => verb(x) === "terminated"));
  const verbs = stored.map(verb);
  expect([verbs[0], verbs[1], verbs.at(-1)]).toEqual(["initialized", "experienced", "terminated"]);
  expect(verbs.filter((v) => v === "completed")).toHaveLength(2);
  for (const s of stored) expect(s.context.registration).toBe(launched.registration);
  const unit = stored.filter((s) => s.object.id === launched.activityId).map(verb);
  expect(unit).toEqual(["initialized", "completed", "terminated"]);
});
