// The example learning site (examples/host/) as its own web server would serve it:
//   /                      its home page
//   /learn/ai-news/...     digest's files from a build for that sub-path, and the host page
//                          (learn.html) for every route below it (mount mode)
//   /embed/                a page with digest in an iframe from another origin (iframe mode)
// Usage: node tests/e2e/host-server.mjs <port> <sub-path dist> <app URL for the iframe>
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const port = Number(process.argv[2] ?? 8096);
const appDist = resolve(process.argv[3] ?? "target/dist-learn");
const appUrl = process.argv[4] ?? "http://127.0.0.1:8090/";
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

createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
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
