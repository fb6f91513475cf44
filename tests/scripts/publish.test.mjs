// `make publish` (scripts/publish.sh) refuses bad arguments with a message that says what is wrong,
// before it builds or writes anything.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const run = (...args) => spawnSync("bash", ["scripts/publish.sh", ...args], { encoding: "utf8" });

test("each missing or wrong argument is named", () => {
  const out = join(mkdtempSync(join(tmpdir(), "digest-publish-")), "site");
  const cases = [
    [["", out, "https://a.example"], "CONTENT is missing"],
    [["no/such/folder", out, "https://a.example"], "CONTENT=no/such/folder is not a folder"],
    [["docs", out, "https://a.example"], "CONTENT=docs has no site.json"],
    [["content", "", "https://a.example"], "OUT is missing"],
    [["content", out, ""], "SITE is missing"],
    [["content", out, "ftp://a.example"], "SITE=ftp://a.example is not an http:// or https:// address"],
    [["content", out, "https://a.example"], "is inside OUT", { CACHE: join(out, "cache") }],
  ];
  for (const [args, message, env] of cases) {
    const result = env
      ? spawnSync("bash", ["scripts/publish.sh", ...args], { encoding: "utf8", env: { ...process.env, ...env } })
      : run(...args);
    assert.equal(result.status, 2, `${args.join(" ")}: ${result.stderr}`);
    assert.match(result.stderr, new RegExp(message.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")));
    assert.match(result.stderr, /usage: make publish CONTENT=/);
  }
  assert.ok(!existsSync(join(out, "index.html")), "nothing was published");
});
