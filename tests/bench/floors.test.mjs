// The benchmark's floors (scripts/floors.mjs) are floors: no script, no preload or modulepreload or
// prefetch left in them, and the physical floor's CSS all in one <style>, checked by parsing the result
// again. Run over the built pages by `make test-published`, so that a change in Trunk's output cannot
// make the benchmark compare against a page that still loads the app.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parse } from "parse5";
import { asShipped, leftovers, physical } from "../../scripts/floors.mjs";

const dist = process.env.DIST ?? "dist";
const read = (href) => readFileSync(`${dist}/${href.split("/").pop()}`, "utf8");
const pages = ["index.html", "articles/eval-sets-before-prompts.html", "categories/tools-workflows.html"];

const text = (html) => {
  const parts = [];
  const walk = (node) => {
    if (node.nodeName === "#text" && !["script", "style"].includes(node.parentNode?.nodeName)) parts.push(node.value);
    (node.childNodes ?? []).forEach(walk);
  };
  walk(parse(html));
  return parts.join("").replace(/\s+/g, " ").trim();
};

for (const page of pages) {
  const html = readFileSync(`${dist}/${page}`, "utf8");

  test(`${page}: the page as built holds what the floors must take out`, () => {
    assert.ok(leftovers(html).scripts > 0, "the built page has no script: this test would prove nothing");
  });

  test(`${page}: floor (a), as shipped, holds no script or fetch hint`, () => {
    const floor = asShipped(html);
    const left = leftovers(floor);
    assert.equal(left.scripts, 0);
    assert.equal(left.fetchHints, 0);
    assert.equal(text(floor), text(html));
  });

  test(`${page}: floor (b), physical, holds no script or fetch hint and one <style>`, () => {
    const floor = physical(html, read);
    assert.deepEqual(leftovers(floor), { scripts: 0, fetchHints: 0, stylesheetLinks: 0, styles: 1 });
    assert.equal(text(floor), text(html));
  });
}

test("a page with quoted, unquoted and several rel values loses every hint", () => {
  const html = `<!doctype html><html><head><link rel=modulepreload href=/a.js><link rel="preload" href="/b.wasm" as="fetch"><link rel="prefetch stylesheet" href="/p.css"><link href=/s.css rel=stylesheet><script type=module src=/c.js></script><script>1</script></head><body><p>x</p></body></html>`;
  assert.deepEqual(leftovers(physical(html, () => "p{}")), { scripts: 0, fetchHints: 0, stylesheetLinks: 0, styles: 1 });
  assert.deepEqual(leftovers(asShipped(html)), { scripts: 0, fetchHints: 0, stylesheetLinks: 1, styles: 0 });
});
