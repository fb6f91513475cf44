// The app runs under the strict Content-Security-Policy of deploy/csp.txt: no inline script, wasm
// allowed by 'wasm-unsafe-eval' only, everything from our own origin.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures.mjs";
import { walkCollectingViolations } from "./csp-walk.mjs";

const policy = readFileSync(new URL("../../deploy/csp.txt", import.meta.url), "utf8").trim();

test("the app works under the policy, with no violation reported", async ({ page, request }) => {
  const response = await request.get("/");
  expect(response.headers()["content-security-policy"]).toBe(policy);
  expect(await walkCollectingViolations(page)).toEqual([]);
});

test("the policy forbids inline script and other origins", () => {
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'self'");
  expect(policy).toContain("connect-src 'self'");
});

test("Netlify and Cloudflare Pages get the same policy", () => {
  const headers = readFileSync(new URL("../../public/_headers", import.meta.url), "utf8");
  expect(headers).toContain(`Content-Security-Policy: ${policy}\n`);
});
