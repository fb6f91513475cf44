// The JSON Schemas that editors use (generated from the model's types: `make schema`) must agree with
// the content command, which is the authority: both accept the sample content, and both reject each
// kind of bad file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";

const root = new URL("../../", import.meta.url).pathname;
const read = (path) => JSON.parse(readFileSync(join(root, path), "utf8"));
const ajv = new Ajv2020({ allErrors: true, unicodeRegExp: true });
// schemars writes Rust's unsigned integers with this format.
ajv.addFormat("uint32", { type: "number", validate: (n) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff });
const validSite = ajv.compile(read("docs/schema/site.schema.json"));
const validArticle = ajv.compile(read("docs/schema/article.schema.json"));
const site = read("content/site.json");
const article = read("content/articles/eval-sets-before-prompts.json");

/** Runs `digest-content check` on a content folder holding `siteJson` and one article. */
function commandAccepts(siteJson, articleJson) {
  const dir = mkdtempSync(join(tmpdir(), "digest-schema-"));
  mkdirSync(join(dir, "articles"));
  writeFileSync(join(dir, "site.json"), JSON.stringify(siteJson));
  writeFileSync(join(dir, "articles", `${articleJson.slug}.json`), JSON.stringify(articleJson));
  try {
    execFileSync("cargo", ["run", "--quiet", "--manifest-path", "crates/publish/Cargo.toml", "--bin", "digest-content", "--", "check", dir], {
      cwd: root,
      stdio: "pipe",
    });
    return true;
  } catch {
    return false;
  }
}

test("the sample content is valid under both schemas", () => {
  assert.ok(validSite(site), JSON.stringify(validSite.errors));
  for (const file of readdirSync(join(root, "content/articles"))) {
    const json = read(`content/articles/${file}`);
    assert.ok(validArticle(json), `${file}: ${JSON.stringify(validArticle.errors)}`);
  }
  assert.ok(commandAccepts(site, article));
});

const badArticles = {
  "a javascript: source URL": { source: { ...article.source, url: "javascript:alert(1)" } },
  "a data: source URL": { source: { ...article.source, url: "data:text/html,hi" } },
  "a URL hiding a direction override": { source: { ...article.source, url: "https://exa\u202Emple.com" } },
  "a slug with capitals": { slug: "Bad-Slug" },
  "a blank title": { title: "   " },
  "a date without a time zone": { published: "2026-11-20T09:30:00" },
  "an empty step": { steps: ["ok", ""] },
  "too many takeaways": { takeaways: Array.from({ length: 31 }, (_, i) => `Point ${i}`) },
  "an over-long summary": { summary: "x".repeat(1001) },
  "a number where text belongs": { why_it_matters: 42 },
  "a handle with a space": { source: { ...article.source, author: "two words" } },
  "a control character in the title": { title: "Bell\u0007 title" },
  "a noncharacter in a takeaway": { takeaways: ["fine", "not \uFFFF fine"] },
  "a C1 control in the quote": { source: { ...article.source, quote: "it\u0092s" } },
};

for (const [name, change] of Object.entries(badArticles)) {
  test(`both reject an article with ${name}`, () => {
    const bad = { ...article, ...change };
    assert.equal(validArticle(bad), false, "the schema accepted it");
    assert.equal(commandAccepts(site, bad), false, "the content command accepted it");
  });
}

test("both reject an article missing a required field", () => {
  const { why_it_matters, ...bad } = article;
  assert.equal(validArticle(bad), false);
  assert.equal(commandAccepts(site, bad), false);
});

const badSites = {
  "an unsupported version": { version: 2 },
  "a page size of zero": { page_size: 0 },
  "no categories": { categories: [] },
  "a protocol-relative promo URL": { promo: { ...site.promo, url: "//evil.example/courses" } },
  "a javascript: promo URL": { promo: { ...site.promo, url: "javascript:void(0)" } },
  "an escape character in a category name": { categories: [{ ...site.categories[0], name: "News\u001b[31m" }, ...site.categories.slice(1)] },
};

for (const [name, change] of Object.entries(badSites)) {
  test(`both reject a site with ${name}`, () => {
    const bad = { ...site, ...change };
    assert.equal(validSite(bad), false, "the schema accepted it");
    assert.equal(commandAccepts(bad, article), false, "the content command accepted it");
  });
}

test("both accept a form feed, which the command turns into a space", () => {
  const pasted = { ...article, why_it_matters: "First page.\u000cSecond page." };
  assert.ok(validArticle(pasted), JSON.stringify(validArticle.errors));
  assert.ok(commandAccepts(site, pasted));
});

test("a promo may point at a path on the hosting site, or be left out", () => {
  assert.ok(validSite({ ...site, promo: { ...site.promo, url: "/learn/courses" } }));
  const { promo, ...noPromo } = site;
  assert.ok(validSite(noPromo));
  assert.ok(commandAccepts(noPromo, article));
});
