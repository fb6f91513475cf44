// Minifies the app's loaders (public/digest-*.js) into a folder under target/, which index.html copies
// into the build. The start script is inlined into every route page's <head>, so its comments would
// be sent with every page and written 100,000 times into an archive: minified, it is about a third
// of its size. Run by Trunk as a pre_build hook (target/ is not watched, so `trunk serve` does not
// loop). Usage: node scripts/minify-js.mjs <out-dir> <file.js>...
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { minify } from "terser";

const [out, ...files] = process.argv.slice(2);
if (!out || files.length === 0) {
  console.error("usage: node scripts/minify-js.mjs <out-dir> <file.js>...");
  process.exit(2);
}
mkdirSync(out, { recursive: true });
for (const file of files) {
  try {
    const { code } = await minify(readFileSync(file, "utf8"), { ecma: 2020, compress: true, mangle: true });
    writeFileSync(join(out, basename(file)), `${code}\n`);
  } catch (error) {
    const where = error.line ? `${file}:${error.line}:${error.col}: ` : `${file}: `;
    console.error(`minify-js: ${where}${error.message}`);
    process.exit(1);
  }
}
