// scripts/precompress.mjs: a .gz and a .br that decompress to each file; a second run over the same
// folder compresses nothing; a rewritten file is compressed again; a compressed copy whose file is
// gone is removed.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

const run = (dir) => execFileSync("node", ["scripts/precompress.mjs", dir], { encoding: "utf8" }).trim();

test("compresses what changed and removes orphans", () => {
  const dir = mkdtempSync(join(tmpdir(), "digest-precompress-"));
  mkdirSync(join(dir, "articles"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>home</title>".repeat(20));
  writeFileSync(join(dir, "articles/a.html"), "<p>article a</p>");
  writeFileSync(join(dir, "articles/gone.html.br"), "a compressed copy of a removed page");
  writeFileSync(join(dir, "picture.png"), "not compressible");

  assert.match(run(dir), /: 2 compressed, 0 unchanged, 1 orphans removed$/);
  for (const file of ["index.html", "articles/a.html"]) {
    const body = readFileSync(join(dir, file), "utf8");
    assert.equal(gunzipSync(readFileSync(join(dir, `${file}.gz`))).toString(), body);
    assert.equal(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).toString(), body);
  }
  assert.ok(!existsSync(join(dir, "articles/gone.html.br")));
  assert.ok(!existsSync(join(dir, "picture.png.gz")));

  assert.match(run(dir), /: 0 compressed, 2 unchanged, 0 orphans removed$/);

  writeFileSync(join(dir, "articles/a.html"), "<p>article a, edited</p>");
  const later = new Date(Date.now() + 5000);
  utimesSync(join(dir, "articles/a.html"), later, later);
  assert.match(run(dir), /: 1 compressed, 1 unchanged, 0 orphans removed$/);
  assert.equal(gunzipSync(readFileSync(join(dir, "articles/a.html.gz"))).toString(), "<p>article a, edited</p>");
});
