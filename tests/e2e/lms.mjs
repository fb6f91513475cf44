// The launching side of a cmi5 LMS, for the cmi5 tests; the LRS behind it is Ralph (tests/e2e/ralph.sh).
// An LMS launches an assignable unit with a URL holding endpoint, fetch, actor, registration and
// activityId; this one does what cmi5 asks of it around that launch:
//   POST /launch {au, actor, launchMode}     makes a registration, the unit's activity id, a session id,
//                                           the LMS.LaunchData state and a one-time fetch URL, and
//                                           answers {url}: the launch URL
//   POST /fetch/<n>                          the session's auth-token, once; {error-code, error-text} after
//   GET  /xapi/activities/state?stateId=LMS.LaunchData&…   the launch's LMS.LaunchData
//   /xapi/statements                         passed on to the LRS (the LMS's own LRS)
// Usage: node tests/e2e/lms.mjs <port> <LRS endpoint, e.g. http://127.0.0.1:8104/xAPI/> <user:password>
import { createServer } from "node:http";
import { randomUUID } from "node:crypto";
import { relay } from "./relay.mjs";

const port = Number(process.argv[2] ?? 8106);
const lrs = process.argv[3] ?? "http://127.0.0.1:8104/xAPI/";
const token = Buffer.from(process.argv[4] ?? "learning-site:learning-site-secret").toString("base64");
const origin = `http://127.0.0.1:${port}`;
const launches = new Map();
const cors = {
  "access-control-allow-origin": "*",
  "access-control-allow-headers": "Authorization, Content-Type, X-Experience-API-Version",
  "access-control-allow-methods": "GET, POST, PUT, OPTIONS",
};

function json(res, status, body) {
  res.writeHead(status, { "content-type": "application/json", ...cors }).end(JSON.stringify(body));
}

async function body(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

createServer(async (req, res) => {
  const url = new URL(req.url, origin);
  if (req.method === "OPTIONS") return res.writeHead(204, cors).end();
  if (url.pathname === "/") return json(res, 200, { lms: "cmi5 launching side", launches: launches.size });
  if (req.method === "POST" && url.pathname === "/launch") {
    const { au, actor, launchMode = "Normal" } = JSON.parse((await body(req)).toString() || "{}");
    const n = launches.size + 1;
    const launch = {
      registration: randomUUID(),
      activityId: `${origin}/au/${n}`,
      session: randomUUID(),
      actor,
      launchMode,
      fetched: false,
    };
    launches.set(String(n), launch);
    const address = new URL(au);
    address.searchParams.set("endpoint", `${origin}/xapi/`);
    address.searchParams.set("fetch", `${origin}/fetch/${n}`);
    address.searchParams.set("actor", JSON.stringify(actor));
    address.searchParams.set("registration", launch.registration);
    address.searchParams.set("activityId", launch.activityId);
    return json(res, 200, { url: address.href, ...launch });
  }
  const fetchMatch = /^\/fetch\/(\d+)$/.exec(url.pathname);
  if (req.method === "POST" && fetchMatch) {
    const launch = launches.get(fetchMatch[1]);
    if (!launch) return json(res, 200, { "error-code": "3", "error-text": "unknown launch" });
    if (launch.fetched) return json(res, 200, { "error-code": "1", "error-text": "the token was already fetched" });
    launch.fetched = true;
    return json(res, 200, { "auth-token": token });
  }
  if (url.pathname === "/xapi/activities/state") {
    const launch = [...launches.values()].find((l) => l.activityId === url.searchParams.get("activityId"));
    if (req.headers.authorization !== `Basic ${token}`) return json(res, 401, { error: "unauthorized" });
    if (!launch || url.searchParams.get("stateId") !== "LMS.LaunchData" || url.searchParams.get("registration") !== launch.registration) {
      return json(res, 404, { error: "no such state" });
    }
    return json(res, 200, {
      contextTemplate: {
        contextActivities: { grouping: [{ objectType: "Activity", id: "https://academy.example/courses/ai-news/au/digest" }] },
        extensions: { "https://w3id.org/xapi/cmi5/context/extensions/sessionid": launch.session },
      },
      launchMode: launch.launchMode,
      moveOn: "Completed",
    });
  }
  if (url.pathname === "/xapi/statements") {
    const answer = await relay(req, `${lrs}statements${url.search}`);
    return res.writeHead(answer.status, { "content-type": answer.type, ...cors }).end(answer.body);
  }
  json(res, 404, { error: "not found" });
}).listen(port, "127.0.0.1", () => console.log(`cmi5 LMS on ${origin}, its LRS ${lrs}`));
