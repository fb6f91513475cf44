// The app runs under the strict Content-Security-Policy the build writes (dist/csp.txt): no inline
// script or style but the theme script and each kind of page's stylesheet, which the content command
// inlined, each allowed by its hash; wasm allowed by 'wasm-unsafe-eval' only; everything from our own
// origin.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { parse } from "parse5";
import { test, expect } from "./fixtures.mjs";
import { walkCollectingViolations } from "./csp-walk.mjs";

const dist = new URL("../../dist/", import.meta.url);
const policy = readFileSync(new URL("csp.txt", dist), "utf8").trim();
const directive = (name) => policy.split("; ").find((d) => d.startsWith(`${name} `));

/** The text of every inline <script> (but data blocks) and <style> of an HTML page, by parse5. */
function inlineParts(html) {
  const found = { script: [], style: [] };
  const walk = (node) => {
    const attrs = Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value]));
    const runs = node.nodeName === "script" && !attrs.src && !["application/ld+json"].includes(attrs.type);
    if (runs || node.nodeName === "style") found[node.nodeName].push(node.childNodes.map((c) => c.value).join(""));
    (node.childNodes ?? []).forEach(walk);
  };
  walk(parse(html));
  return found;
}
const sha = (text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

test("the app works under the policy, with no violation reported", async ({ page, request }) => {
  const response = await request.get("/");
  expect(response.headers()["content-security-policy"]).toBe(policy);
  expect(await walkCollectingViolations(page)).toEqual([]);
});

test("the policy forbids inline script and style but what the pages hold, and other origins", async ({ request }) => {
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'self'");
  expect(policy).toContain("connect-src 'self'");
  const styles = new Set();
  for (const path of ["/", "/articles/agents-need-undo", "/categories/tools-workflows", "/search", "/saved", "/404.html", "/no/such/page"]) {
    const { script, style } = inlineParts(await (await request.get(path)).text());
    // The theme script (the start script is a file); the stylesheet of the page's kind.
    expect(script).toHaveLength(1);
    expect(style).toHaveLength(1);
    expect(directive("script-src")).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha(script[0])}`);
    styles.add(sha(style[0]));
  }
  // Article, listing, search, saved and not found: one stylesheet each, and no hash more.
  const allowed = directive("style-src").split(" ").slice(2);
  expect(allowed.sort()).toEqual([...styles].sort());
});

test("Netlify and Cloudflare Pages get the same policy", () => {
  const headers = readFileSync(new URL("_headers", dist), "utf8");
  expect(headers).toContain(`  Content-Security-Policy: ${policy}\n`);
});
