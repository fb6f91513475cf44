// Before and after a change that must move nothing (such as which CSS a page inlines): screenshots of
// every pre-rendered route of two builds, in both themes, at 320 and 1280 px, with JavaScript on (the
// page as it paints, before any interaction) and off, compared pixel by pixel in Chromium.
//
//   node scripts/compare-screens.mjs <before dist> <after dist> <folder for the PNGs>
//
// Prints each route's differing pixels and exits 1 if any differ; the PNGs of both builds stay in
// the folder, to be looked at.
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/chromium.mjs";

const [before, after, out] = process.argv.slice(2);
if (!before || !after || !out) {
  console.error("usage: node scripts/compare-screens.mjs <before dist> <after dist> <folder for the PNGs>");
  process.exit(2);
}
mkdirSync(out, { recursive: true });

/** Every route page of a build: its HTML files, as addresses. */
function routes(dist) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(join(dist, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && (dir !== "" || ["articles", "categories", "page"].includes(entry.name))) walk(path);
      else if (entry.isFile() && entry.name.endsWith(".html")) found.push(`/${path.replace(/(index)?\.html$/, "")}`);
    }
  };
  walk("");
  return found.sort();
}

function serve(dist, port) {
  const server = spawn("node", ["tests/e2e/server.mjs", dist, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    server.stdout.once("data", () => resolve(server));
    server.once("exit", (code) => reject(new Error(`the server for ${dist} stopped (${code})`)));
  });
}

const servers = [await serve(before, 8131), await serve(after, 8132)];
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
let moved = 0;
try {
  const list = routes(after);
  for (const javaScript of [true, false]) {
    for (const scheme of ["light", "dark"]) {
      for (const width of [320, 1280]) {
        const shots = [];
        for (const [name, port] of [["before", 8131], ["after", 8132]]) {
          const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme, javaScriptEnabled: javaScript, serviceWorkers: "block" });
          const page = await context.newPage();
          const taken = [];
          for (const route of list) {
            // Where the app starts at once (saved, search, not found), it is let settle.
            await page.goto(`http://127.0.0.1:${port}${route}`, { waitUntil: javaScript ? "networkidle" : "load" });
            const file = join(out, `${name}-${javaScript ? "js" : "nojs"}-${scheme}-${width}${route.replaceAll("/", "_") || "_"}.png`);
            await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
            taken.push(file);
          }
          shots.push(taken);
          await context.close();
        }
        const page = await browser.newPage();
        for (const [i, route] of list.entries()) {
          const [a, b] = shots.map((taken) => `data:image/png;base64,${readFileSync(taken[i]).toString("base64")}`);
          const differing = await page.evaluate(async ([a, b]) => {
            const load = (src) => new Promise((resolve) => { const image = new Image(); image.onload = () => resolve(image); image.src = src; });
            const [x, y] = await Promise.all([load(a), load(b)]);
            if (x.width !== y.width || x.height !== y.height) return `size ${x.width}x${x.height} -> ${y.width}x${y.height}`;
            const pixels = (image) => {
              const canvas = new OffscreenCanvas(image.width, image.height);
              const context = canvas.getContext("2d");
              context.drawImage(image, 0, 0);
              return context.getImageData(0, 0, image.width, image.height).data;
            };
            const [p, q] = [pixels(x), pixels(y)];
            let count = 0;
            for (let k = 0; k < p.length; k += 4) if (p[k] !== q[k] || p[k + 1] !== q[k + 1] || p[k + 2] !== q[k + 2]) count++;
            return count;
          }, [a, b]);
          const same = differing === 0;
          if (!same) moved++;
          console.log(`${same ? "same" : "MOVED"} ${javaScript ? "js  " : "nojs"} ${scheme.padEnd(5)} ${String(width).padStart(4)} ${route}${same ? "" : `: ${differing}${typeof differing === "number" ? " pixels" : ""}`}`);
        }
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  servers.forEach((server) => server.kill());
}
console.log(moved ? `\n${moved} screenshot(s) differ` : "\nevery screenshot is the same");
process.exit(moved ? 1 : 0);
