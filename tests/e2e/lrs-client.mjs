// The learning-record tests' view of the LRS (Ralph, tests/e2e/ralph.sh) and the cmi5 LMS in front of
// it (tests/e2e/lms.mjs): statements are read back through the xAPI, as a learning site reads them.
const port = Number(process.env.E2E_PORT ?? 8090);
export const LRS = `http://127.0.0.1:${port + 14}/xAPI/`;
export const LMS = `http://127.0.0.1:${port + 16}/`;
const AUTH = `Basic ${Buffer.from("learning-site:learning-site-secret").toString("base64")}`;
const HEADERS = { authorization: AUTH, "x-experience-api-version": "1.0.3" };

/** The actor the example host site writes into its pages for the learner `name`. */
export function academyActor(name, hostOrigin) {
  return { objectType: "Agent", name, account: { homePage: hostOrigin, name } };
}

/** Every statement about `agent`, oldest first (GET /xAPI/statements, following `more`). */
export async function statementsOf(agent) {
  const all = [];
  let next = `${LRS}statements?${new URLSearchParams({ agent: JSON.stringify(agent), ascending: "true", limit: "100" })}`;
  while (next) {
    const response = await fetch(next, { headers: HEADERS });
    if (!response.ok) throw new Error(`the LRS answered ${response.status}: ${await response.text()}`);
    const page = await response.json();
    all.push(...page.statements);
    next = page.more ? new URL(page.more, LRS).href : null;
  }
  // In the order they were made (their timestamps): the LRS's `stored` order within one batch is its own.
  return all.sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));
}

/** The statements about `agent` once `done(statements)` holds (the app sends them within seconds). */
export async function waitForStatements(agent, done, timeout = 20_000) {
  const until = Date.now() + timeout;
  let seen = [];
  while (Date.now() < until) {
    seen = await statementsOf(agent);
    if (done(seen)) return seen;
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
  return seen;
}

/** A statement's verb as its short name: `experienced`, `completed`. */
export const verb = (statement) => statement.verb.id.split("/").pop();
