// cmi5 (issue 30): the app launched by an LMS as an assignable unit. The LMS's launching side is
// tests/e2e/lms.mjs, its LRS Ralph; the app is served by a fault server whose /lrs/ passes on to
// Ralph too, for the retries. Statements are read back through the LRS's xAPI.
import { test, expect } from "./fixtures.mjs";
import { LMS, statementsOf, waitForStatements, verb } from "./lrs-client.mjs";

// One after another: the faults set on the server would reach another test's requests.
test.describe.configure({ mode: "serial" });

const SLUG = "eval-sets-before-prompts";
const CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
const MOVE_ON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
const SESSION = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";

let count = 0;
/** An LMS launch of the article for a learner of this test's own. */
async function launch(baseURL, launchMode = "Normal") {
  const name = `cmi5-${Date.now().toString(36)}-${process.pid}-${++count}`;
  const actor = { objectType: "Agent", name, account: { homePage: "https://lms.example", name } };
  const response = await fetch(`${LMS}launch`, {
    method: "POST",
    body: JSON.stringify({ au: `${baseURL}/articles/${SLUG}`, actor, launchMode }),
  });
  return { actor, ...(await response.json()) };
}

const categories = (s) => (s.context.contextActivities.category ?? []).map((c) => c.id);

async function opened(page) {
  await page.locator("html").dispatchEvent("pointermove");
  await expect(page.locator(".digest-app .digest-main h1")).toBeVisible();
  await expect(page.locator(".digest-static")).toHaveCount(0);
}

async function tickAll(page) {
  const boxes = page.locator(".digest-steps input[type=checkbox]");
  for (let i = 0; i < (await boxes.count()); i += 1) await boxes.nth(i).check();
}

test.beforeEach(async ({ request }) => {
  await request.get("/__fault/clear");
});

test("a launch end to end: token fetched once, initialized first, the reading, completed once, terminated last", async ({ page, baseURL }) => {
  const session = await launch(baseURL);
  await page.goto(session.url);
  await opened(page);
  await tickAll(page);
  await waitForStatements(session.actor, (s) => s.filter((x) => verb(x) === "completed").length === 2);
  // The learner leaves the unit.
  await page.goto("about:blank");
  const stored = await waitForStatements(session.actor, (s) => s.some((x) => verb(x) === "terminated"));
  const verbs = stored.map(verb);
  expect(verbs[0]).toBe("initialized");
  expect(verbs.at(-1)).toBe("terminated");
  expect(verbs.filter((v) => v === "initialized" || v === "terminated")).toEqual(["initialized", "terminated"]);
  expect(verbs[1]).toBe("experienced");
  for (const s of stored) {
    expect(s.context.registration).toBe(session.registration);
    expect(s.context.extensions[SESSION]).toBe(session.session);
    expect(s.context.contextActivities.grouping.map((g) => g.id)).toContain("https://academy.example/courses/ai-news/au/digest");
    expect(s.actor.account.name).toBe(session.actor.account.name);
  }
  const defined = stored.filter((s) => categories(s).includes(CMI5));
  expect(defined.map(verb)).toEqual(["initialized", "completed", "terminated"]);
  for (const s of defined) expect(s.object.id).toBe(session.activityId);
  const [, unitCompleted, terminated] = defined;
  expect(categories(unitCompleted)).toEqual([CMI5, MOVE_ON]);
  expect(unitCompleted.result).toEqual({ completion: true, duration: expect.stringMatching(/^PT/) });
  expect(categories(terminated)).toEqual([CMI5]);
  expect(terminated.result.duration).toMatch(/^PT/);
  // The article's own statements are "cmi5 allowed": about the article, without the cmi5 category.
  const articleCompleted = stored.find((s) => verb(s) === "completed" && !categories(s).includes(CMI5));
  expect(articleCompleted.object.id).toMatch(/\/articles\/eval-sets-before-prompts$/);
  // The fetch URL gave its token once.
  const again = await (await fetch(new URL(session.url).searchParams.get("fetch"), { method: "POST" })).json();
  expect(again["error-code"]).toBe("1");
});

test("in Browse mode nothing is completed for the unit", async ({ page, baseURL }) => {
  const session = await launch(baseURL, "Browse");
  await page.goto(session.url);
  await opened(page);
  await tickAll(page);
  await page.goto("about:blank");
  const stored = await waitForStatements(session.actor, (s) => s.some((x) => verb(x) === "terminated"));
  const defined = stored.filter((s) => categories(s).includes(CMI5));
  expect(defined.map(verb)).toEqual(["initialized", "terminated"]);
});

test("answers lost on the way and 5xx: sent again with the same ids, none lost, none stored twice", async ({ page, baseURL, request }) => {
  const session = await launch(baseURL);
  // Straight to the LRS, through the fault server: no LMS.LaunchData there, a session id of our own.
  const url = new URL(session.url);
  url.searchParams.set("endpoint", `${baseURL}/lrs/xAPI/`);
  page.allowedConsoleErrors = [/Failed to load resource|status of 500/];
  const posted = [];
  page.on("request", (r) => r.url().endsWith("/lrs/xAPI/statements") && r.method() === "POST" && posted.push(...r.postDataJSON().map((s) => s.id)));
  await request.get(`/__fault/set?path=/lrs/xAPI/statements&kind=answer-lost&times=2`);
  await page.goto(url.href);
  await opened(page);
  await expect.poll(() => posted.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
  await request.get(`/__fault/set?path=/lrs/xAPI/statements&kind=500&times=2`);
  await tickAll(page);
  const stored = await waitForStatements(session.actor, (s) => s.filter((x) => verb(x) === "completed").length === 2, 30_000);
  const ids = stored.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  // Every statement offered, however often, is stored, once.
  expect([...new Set(posted)].sort()).toEqual([...ids].sort());
  expect(posted.length).toBeGreaterThan(ids.length);
  expect(verb(stored[0])).toBe("initialized");
  expect(stored[0].context.extensions[SESSION]).toMatch(/^[0-9a-f-]{36}$/);
});

test("a hostile launch: a clear message, no request, and the article reads on", async ({ page, baseURL }) => {
  page.allowedConsoleErrors = [/digest learning records are off/];
  const messages = [];
  page.on("console", (m) => messages.push(m.text()));
  const session = await launch(baseURL);
  const url = new URL(session.url);
  url.searchParams.set("endpoint", "javascript:alert(1)");
  const requests = [];
  page.on("request", (r) => r.url().startsWith(LMS) && requests.push(r.url()));
  await page.goto(url.href);
  await opened(page);
  await page.locator(".digest-steps input[type=checkbox]").first().check();
  await expect.poll(() => messages.some((m) => /learning records are off: .*not an http\(s\) address/.test(m))).toBe(true);
  expect(requests).toEqual([]);
  expect(await statementsOf(session.actor)).toEqual([]);
});

test("a dead LRS: said once, kept and tried again, and the article reads on", async ({ page, baseURL }) => {
  page.allowedConsoleErrors = [/Failed to load resource|ERR_CONNECTION_REFUSED/];
  const messages = [];
  page.on("console", (m) => messages.push(m.text()));
  const session = await launch(baseURL);
  const url = new URL(session.url);
  // Nothing listens there.
  url.searchParams.set("endpoint", "http://127.0.0.1:8199/xAPI/");
  const tries = [];
  page.on("request", (r) => r.url() === "http://127.0.0.1:8199/xAPI/statements" && tries.push(Date.now()));
  await page.goto(url.href);
  await opened(page);
  await page.locator(".digest-steps input[type=checkbox]").first().check();
  await expect(page.locator(".digest-steps__label")).toContainText("1");
  await expect.poll(() => tries.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  const unreachable = messages.filter((m) => m.includes("could not be reached"));
  expect(unreachable).toHaveLength(1);
  expect(unreachable[0]).toMatch(/statements are kept and sent again/);
  // Backing off: each wait longer than the one before.
  const waits = tries.slice(1).map((t, i) => t - tries[i]);
  expect(waits.at(-1)).toBeGreaterThan(waits[0]);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("digest:xapi ")).map((k) => JSON.parse(localStorage[k]).waiting.length));
  expect(kept[0]).toBeGreaterThanOrEqual(3);
});

test("a reload ends the session: terminated is the last statement, and the reloaded page says so and records nothing", async ({ page, baseURL }) => {
  page.allowedConsoleErrors = [/cmi5 session has ended/];
  const messages = [];
  page.on("console", (m) => messages.push(m.text()));
  const session = await launch(baseURL);
  await page.goto(session.url);
  await opened(page);
  await waitForStatements(session.actor, (s) => s.some((x) => verb(x) === "experienced"));
  await page.reload();
  await opened(page);
  await page.locator(".digest-steps input[type=checkbox]").first().check();
  await expect.poll(() => messages.some((m) => /cmi5 session has ended \(terminated\)/.test(m))).toBe(true);
  await page.waitForTimeout(2_000);
  const stored = await statementsOf(session.actor);
  expect(stored.map(verb)).toEqual(["initialized", "experienced", "terminated"]);
});
