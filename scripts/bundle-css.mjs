// Bundles and minifies a stylesheet and the files it @imports into one file, with lightningcss (the
// CSS tool Trunk itself minifies with; Trunk 0.21 cannot bundle). Run by Trunk as a pre_build hook:
// the output goes under target/, which Trunk does not watch, and index.html links it.
// Usage: node scripts/bundle-css.mjs <entry.css> <out.css>
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { bundle } from "lightningcss";

const [entry, out] = process.argv.slice(2);
if (!entry || !out) {
  console.error("usage: node scripts/bundle-css.mjs <entry.css> <out.css>");
  process.exit(2);
}
// Chromium, Firefox and Safari releases of the last two years: light-dark() and nesting stay as written.
const targets = { chrome: 123 << 16, firefox: 120 << 16, safari: (17 << 16) | (5 << 8) };
try {
  const { code, warnings } = bundle({ filename: entry, minify: true, targets });
  for (const warning of warnings) console.error(`${entry}: ${warning.message}`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, code);
} catch (error) {
  const where = error.loc ? `${error.fileName}:${error.loc.line}:${error.loc.column}: ` : "";
  console.error(`bundle-css: ${where}${error.message}`);
  process.exit(1);
}
