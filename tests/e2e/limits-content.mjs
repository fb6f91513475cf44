// Writes a content folder for the tests of pages read without the app (whole.spec.mjs): the sample
// content and one article at the schema's limits, every list full and every text as long as
// docs/schema/article.schema.json allows. Its words are real words, each item starting with a word of
// its own (S7, W12, T30), so that a reader of the page can check every one is there, in order.
// Usage: node tests/e2e/limits-content.mjs <out folder>
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export const SLUG = "at-the-limits";

const schema = JSON.parse(readFileSync(new URL("../../docs/schema/article.schema.json", import.meta.url), "utf8"));
const fields = schema.properties;
const source = schema.$defs.Source.properties;
const WORDS = ["agents", "evaluation", "retrieval", "latency", "prompts", "context", "weights", "review",
  "guardrails", "caching", "tokens", "feedback", "datasets", "tooling", "inference", "rollout"];

/** `length` characters of words, starting with `mark`, ending with a full stop. */
function text(mark, length) {
  let out = mark;
  for (let i = 0; out.length < length - 1; i++) out += ` ${WORDS[(i * 7 + mark.length) % WORDS.length]}`;
  return `${out.slice(0, length - 1).trimEnd()}.`;
}

/** A list at its limits: `maxItems` items of `maxLength` characters, marked `prefix` and their number. */
const list = (prefix, field) => Array.from({ length: field.maxItems }, (_, i) => text(`${prefix}${i + 1}`, field.items.maxLength));

export function article() {
  return {
    slug: SLUG,
    title: text("Limits", fields.title.maxLength),
    category: "tools-workflows",
    published: "2026-11-24T09:00:00Z",
    summary: text("Summary", fields.summary.maxLength),
    why_it_matters: text("Why", fields.why_it_matters.maxLength),
    steps: list("S", fields.steps),
    who_benefits: list("W", fields.who_benefits),
    takeaways: list("T", fields.takeaways),
    source: {
      author: "limits".padEnd(source.author.maxLength, "x"),
      platform: "x",
      quote: text("Quote", source.quote.maxLength),
      url: "https://x.com/limits/status/1",
    },
    tags: Array.from({ length: fields.tags.maxItems }, (_, i) => `limit-${i + 1}`),
  };
}

// Run as a script (not imported by a spec): write the folder.
const out = process.argv[2];
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(new URL("../../content", import.meta.url), out, { recursive: true });
  writeFileSync(join(out, "articles", `${SLUG}.json`), `${JSON.stringify(article(), null, 2)}\n`);
  console.log(`wrote ${out} with articles/${SLUG}.json`);
}
