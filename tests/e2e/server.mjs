// A static file server for the release build, with the SPA fallback a real host is configured with:
// a path without a file extension gets its route page (<path>.html) if there is one, else index.html;
// a missing file gets a 404.
//
// With --faults it also injects failures per path, for the fault suite:
//   GET /__fault/set?path=/data/feed/1.json&kind=500[&times=1]   (kinds: see `faults` below)
//   GET /__fault/clear
// With --compress it serves like a production host (what the benchmark measures): the pre-compressed
// .br or .gz beside a file when the browser accepts it, and hashed assets cached for a year.
// With --proxy=<prefix>=<url> it passes requests under the prefix on to another server (an LRS, for
// the learning-record tests), faults included; the fault "answer-lost" passes the request on and then
// cuts the connection as the answer begins, as a network does after the server has acted.
// Usage: node tests/e2e/server.mjs <dir> <port> [--faults] [--csp] [--compress] [--proxy=/lrs/=http://…/]
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { relay } from "./relay.mjs";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 8090);
const faultsEnabled = process.argv.includes("--faults");
// With --csp, every answer carries the policy the build wrote for deployments (<dir>/csp.txt).
const csp = process.argv.includes("--csp") ? readFileSync(join(root, "csp.txt"), "utf8").trim() : null;
const compress = process.argv.includes("--compress");
const [proxyPrefix, proxyTarget] = (process.argv.find((a) => a.startsWith("--proxy="))?.slice("--proxy=".length) ?? "")
  .split(/=(.*)/s);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

/** path -> { kind, remaining } (remaining: how many more requests fail; Infinity by default). */
const active = new Map();

/** Each fault answers `res` (or kills `req`'s socket) instead of serving `file`'s `body`, whose
 * content type is `type` (a data file's, JSON, unless it is the app's JS or wasm). */
const faults = {
  404: (req, res) => res.writeHead(404, { "content-type": "text/plain" }).end("not found"),
  410: (req, res) => res.writeHead(410, { "content-type": "text/plain" }).end("gone"),
  500: (req, res) => res.writeHead(500, { "content-type": "text/plain" }).end("internal error"),
  "503-retry-later": (req, res) => res.writeHead(503, { "retry-after": "120" }).end("busy"),
  "503-retry-soon": (req, res) => res.writeHead(503, { "retry-after": "1" }).end("busy"),
  truncated: (req, res, body, type) =>
    res.writeHead(200, { "content-type": type }).end(body.subarray(0, Math.floor(body.length / 2))),
  "wrong-content-type": (req, res, body) => res.writeHead(200, { "content-type": "text/plain" }).end(body),
  "invalid-utf8": (req, res, body) =>
    res.writeHead(200, { "content-type": types[".json"] }).end(Buffer.concat([body.subarray(0, 20), Buffer.from([0xff, 0xfe]), body.subarray(20)])),
  delay: (req, res, body, type) => setTimeout(() => res.writeHead(200, { "content-type": type }).end(body), 10_000),
  // Half the body, then nothing more, the connection left open: a network that has stalled.
  stall: (req, res, body, type) => {
    res.writeHead(200, { "content-type": type, "content-length": String(body.length) });
    res.write(body.subarray(0, Math.floor(body.length / 2)));
  },
  reset: (req) => req.socket.destroy(),
  // A TCP RST (ECONNRESET in the browser) before any answer, and one halfway through the body.
  "reset-rst": (req) => req.socket.resetAndDestroy(),
  "reset-mid-body": (req, res, body) => {
    res.writeHead(200, { "content-type": types[".json"], "content-length": String(body.length) });
    res.write(body.subarray(0, Math.floor(body.length / 2)), () => req.socket.resetAndDestroy());
  },
  "answer-lost": (req) => req.socket.resetAndDestroy(),
  "html-error-page": (req, res) =>
    res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>Oops</title><h1>Service unavailable</h1>"),
};

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? path : info.isDirectory() ? fileAt(join(path, "index.html")) : null;
  } catch {
    return null;
  }
}

function control(url, res) {
  if (url.pathname === "/__fault/clear") active.clear();
  else if (url.pathname === "/__fault/set" && faults[url.searchParams.get("kind")]) {
    const times = Number(url.searchParams.get("times") ?? Infinity);
    active.set(url.searchParams.get("path"), { kind: url.searchParams.get("kind"), remaining: times });
  } else {
    res.writeHead(400).end("unknown fault");
    return;
  }
  res.writeHead(204).end();
}

/** Passes `req` on to the proxied server; with `lose`, the connection breaks as the answer begins. */
async function forward(req, res, url, lose) {
  let answer;
  try {
    answer = await relay(req, proxyTarget + url.pathname.slice(proxyPrefix.length) + url.search);
  } catch (error) {
    return res.writeHead(502, { "content-type": "text/plain" }).end(`proxy: ${error.message}`);
  }
  const head = { "content-type": answer.type, "cache-control": "no-store" };
  if (lose) {
    // Half the answer, then a reset: a browser resends a request silently only when nothing of the
    // answer came, so this failure reaches the page.
    res.writeHead(answer.status, { ...head, "content-length": String(answer.body.length) });
    return res.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)), () => req.socket.resetAndDestroy());
  }
  res.writeHead(answer.status, head).end(answer.body);
}

/** The fault set for `path`, counted as used; none when there is none left. */
function takeFault(path) {
  const fault = active.get(path);
  if (!fault || fault.remaining <= 0) return null;
  fault.remaining -= 1;
  return fault;
}

createServer(async (req, res) => {
  if (csp) res.setHeader("content-security-policy", csp);
  const url = new URL(req.url, "http://localhost");
  if (faultsEnabled && url.pathname.startsWith("/__fault/")) return control(url, res);
  if (proxyPrefix && url.pathname.startsWith(proxyPrefix)) {
    const fault = takeFault(url.pathname);
    if (fault && fault.kind !== "answer-lost") return faults[fault.kind](req, res, Buffer.alloc(0), types[".json"]);
    return forward(req, res, url, fault?.kind === "answer-lost");
  }
  const path = normalize(decodeURIComponent(url.pathname));
  const target = join(root, path);
  let file = target.startsWith(root) ? await fileAt(target) : null;
  // Like hosts with "pretty URLs": /articles/x is served from articles/x.html when there is one.
  if (!file && extname(path) === "" && target.startsWith(root)) file = await fileAt(`${target}.html`);
  if (!file && extname(path) === "") file = join(root, "index.html");
  const fault = takeFault(url.pathname);
  if (fault) {
    // The browser must not keep a fault's answer once the fault is lifted.
    res.setHeader("cache-control", "no-store");
    const type = (file && types[extname(file)]) || types[".json"];
    return faults[fault.kind](req, res, file ? await readFile(file) : Buffer.alloc(0), type);
  }
  if (!file) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
    return;
  }
  const headers = { "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" };
  if (compress) {
    // Trunk names hashed assets name-<hash>.ext, the hash in hex without leading zeros (so sometimes
    // 15 digits or fewer): their content never changes under that name.
    if (/-[0-9a-f]{10,16}(_bg)?\.(js|wasm|css)$/.test(file)) headers["cache-control"] = "public, max-age=31536000, immutable";
    headers.vary = "accept-encoding";
    const accepted = req.headers["accept-encoding"] ?? "";
    for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
      if (accepted.includes(encoding) && (await fileAt(file + suffix))) {
        headers["content-encoding"] = encoding;
        file += suffix;
        break;
      }
    }
  }
  res.writeHead(200, headers);
  res.end(await readFile(file));
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}${faultsEnabled ? " with faults" : ""}`));
