// Writes a .gz and a .br beside every compressible file in a folder (default dist/), at the highest
// levels, for hosts that serve pre-compressed files (nginx gzip_static, most CDNs). Run by `make build`.
// Incremental, like the content command: a file whose compressed copies are newer than it is skipped
// (the content command deletes them when it rewrites a file), and a compressed copy whose file is gone
// is removed, so a republished archive of 100,000 articles compresses only what changed.
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const COMPRESSIBLE = new Set([".html", ".js", ".wasm", ".css", ".json", ".xml", ".svg", ".txt"]);
const COMPRESSED = [".gz", ".br"];
const counts = { compressed: 0, unchanged: 0, removed: 0 };

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -Infinity;
  }
}

/** Writes `bytes` beside `path` and renames them over it: a server reading the folder meanwhile gets
 * the old copy or the new one, never a part (docs/deploy.md, "Publishing into a served folder"). */
function replace(path, bytes) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

function walk(dir) {
  const entries = readdirSync(dir, { withFileTypes: true });
  const names = new Set(entries.map((entry) => entry.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const ext = extname(entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.(gz|br)\.\d+\.tmp$/.test(entry.name)) rmSync(path); // left by a run that was stopped
    else if (COMPRESSED.includes(ext)) {
      const source = entry.name.slice(0, -ext.length);
      if (COMPRESSIBLE.has(extname(source)) && !names.has(source)) {
        rmSync(path);
        counts.removed += 1;
      }
    } else if (COMPRESSIBLE.has(ext)) {
      const written = mtime(path);
      if (COMPRESSED.every((c) => names.has(entry.name + c) && mtime(path + c) >= written)) {
        counts.unchanged += 1;
        continue;
      }
      const body = readFileSync(path);
      replace(`${path}.gz`, gzipSync(body, { level: 9 }));
      replace(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      counts.compressed += 1;
    }
  }
}

const root = process.argv[2] ?? "dist";
walk(root);
console.log(`precompress: ${root}: ${counts.compressed} compressed, ${counts.unchanged} unchanged, ${counts.removed} orphans removed`);
