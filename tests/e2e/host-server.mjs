// The example learning site (examples/host/) as its own web server would serve it:
//   /                      its home page
//   /learn/ai-news/...     digest's files from a build for that sub-path, and the host page
//                          (learn.html) for every route below it (mount mode)
//   /embed/                a page with digest in an iframe from another origin (iframe mode)
// and, with an LRS, the same with learning records, for the learner its session cookie names
// (`learner`): the learner's actor is written into the page, as a site's server would:
//   /records/...           mount mode, statements sent to the LRS with the site's credentials callback
//   /records-proxy/...     mount mode, statements sent to the site's own /lrs/, which adds credentials
//   /records-embed/        iframe mode
//   /session/lrs-auth      the signed-in learner's Authorization header for the LRS
//   /lrs/...               the site's proxy to its LRS
// Usage: node tests/e2e/host-server.mjs <port> <sub-path dist> <app URL for the iframe> [<LRS endpoint> <user:password>]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { relay } from "./relay.mjs";

const port = Number(process.argv[2] ?? 8096);
const appDist = resolve(process.argv[3] ?? "target/dist-learn");
const appUrl = process.argv[4] ?? "http://127.0.0.1:8090/";
const lrs = process.argv[5] ?? null;
const lrsAuth = `Basic ${Buffer.from(process.argv[6] ?? "learning-site:learning-site-secret").toString("base64")}`;
const site = resolve("examples/host");
const MOUNT = "/learn/ai-news";
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8", ".json": "application/json; charset=utf-8", ".svg": "image/svg+xml",
};

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function send(res, file, status = 200, transform = (b) => b) {
  const body = transform(await readFile(file));
  res.writeHead(status, { "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" });
  res.end(body);
}

/** The signed-in learner: the `learner` cookie, as the site's session would know them. */
function learner(req) {
  const cookie = /(?:^|;\s*)learner=([a-z0-9-]{1,60})/.exec(req.headers.cookie ?? "");
  return cookie ? cookie[1] : "learner-1";
}

/** A records page for the learner of `req`, with the LRS's endpoint. */
function recordsPage(req, res, file) {
  const name = learner(req);
  const actor = JSON.stringify({ objectType: "Agent", name, account: { homePage: `http://127.0.0.1:${port}`, name } });
  const attr = (text) => text.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
  return send(res, join(site, file), 200, (b) =>
    b.toString().replaceAll("{{LRS}}", attr(lrs)).replaceAll("{{ACTOR}}", attr(actor)).replaceAll("{{LEARNER}}", name).replaceAll("{{APP}}", appUrl));
}

/** The site's proxy to its LRS: /lrs/xAPI/statements → <LRS origin>/xAPI/statements, with its credentials. */
async function proxy(req, res, path, search) {
  const answer = await relay(req, new URL(path.slice("/lrs".length) + search, lrs).href, { authorization: lrsAuth });
  res.writeHead(answer.status, { "content-type": answer.type }).end(answer.body);
}

createServer(async (req, res) => {
  const url = new URL(req.url, "http://x");
  const path = normalize(decodeURIComponent(url.pathname));
  if (lrs) {
    const under = (prefix) => path === prefix || path.startsWith(`${prefix}/`);
    if (under("/records") && extname(path) === "") return recordsPage(req, res, "records.html");
    if (under("/records-proxy") && extname(path) === "") return recordsPage(req, res, "records-proxy.html");
    if (under("/records-embed")) return recordsPage(req, res, "records-embed.html");
    if (path === "/session/lrs-auth") {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      return res.end(JSON.stringify({ authorization: lrsAuth }));
    }
    if (under("/lrs")) return proxy(req, res, path, url.search);
  }
  if (path === "/") return send(res, join(site, "index.html"));
  if (path === "/favicon.ico") return res.writeHead(204).end();
  if (path.startsWith("/assets/") && (await isFile(join(site, path)))) return send(res, join(site, path));
  if (path === "/embed/" || path === "/embed") {
    return send(res, join(site, "embed.html"), 200, (b) => b.toString().replaceAll("{{APP}}", appUrl));
  }
  if (path === MOUNT || path.startsWith(`${MOUNT}/`)) {
    const file = join(appDist, path.slice(MOUNT.length));
    if (file.startsWith(appDist) && extname(path) !== "" && (await isFile(file))) return send(res, file);
    if (extname(path) === "") return send(res, join(site, "learn.html"));
  }
  res.writeHead(404, { "content-type": "text/plain" }).end("not found");
}).listen(port, "127.0.0.1", () => console.log(`host site on http://127.0.0.1:${port}`));
