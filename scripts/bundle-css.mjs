// Bundles and minifies a stylesheet and the files it @imports into one file, with lightningcss (the
// CSS tool Trunk itself minifies with; Trunk 0.21 cannot bundle). Run by Trunk as a pre_build hook:
// the output goes under target/, which Trunk does not watch, and index.html links it.
// Usage: node scripts/bundle-css.mjs <entry.css> <out.css>
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { bundle } from "lightningcss";

/** lightningcss hands a rule to JavaScript with `null` for each absent optional value, and cannot read
 * it back with them (var() fails): absent they must be. */
function withoutNulls(value) {
  if (Array.isArray(value)) value.forEach(withoutNulls);
  else if (value && typeof value === "object") {
    for (const key of Object.keys(value)) {
      if (value[key] === null) delete value[key];
      else withoutNulls(value[key]);
    }
  }
  return value;
}

/** Every declaration of ours !important, custom properties aside (a host's --digest-* theming must
 * still win over our defaults); with the layer below, nothing a host page declares can override them
 * (style/isolation.css). Keyframes are not style rules, so animations are left as they are. */
const isCustomProperty = (d) => d.property === "custom" && d.value.name.startsWith("--");
const important = {
  Rule: {
    style(rule) {
      const block = rule.value.declarations;
      const plain = block.declarations ?? [];
      block.importantDeclarations = [...(block.importantDeclarations ?? []), ...plain.filter((d) => !isCustomProperty(d))];
      block.declarations = plain.filter(isCustomProperty);
      return withoutNulls(rule);
    },
  },
};

const [entry, out] = process.argv.slice(2);
if (!entry || !out) {
  console.error("usage: node scripts/bundle-css.mjs <entry.css> <out.css>");
  process.exit(2);
}
// Chromium, Firefox and Safari releases of the last two years: light-dark() and nesting stay as written.
const targets = { chrome: 123 << 16, firefox: 120 << 16, safari: (17 << 16) | (5 << 8) };
try {
  const { code, warnings } = bundle({ filename: entry, minify: true, targets, visitor: important });
  for (const warning of warnings) console.error(`${entry}: ${warning.message}`);
  mkdirSync(dirname(out), { recursive: true });
  // A layered !important declaration beats every unlayered one, however specific.
  writeFileSync(out, `@layer digest{${code}}`);
} catch (error) {
  const where = error.loc ? `${error.fileName}:${error.loc.line}:${error.loc.column}: ` : "";
  console.error(`bundle-css: ${where}${error.message}`);
  process.exit(1);
}
