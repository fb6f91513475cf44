// What the start module is made of: the start wasm as wasm-bindgen wrote it (with its names, before
// wasm-opt; scripts/build-wasm.mjs keeps a copy), weighed by twiggy and grouped by crate. A
// function's crate is the path it is named by (a trait method's, the type's; generic code counts in
// the crate that defines it, whoever instantiated it, and a generic type's impl in the trait's);
// closures called through a vtable, whose shims
// are named after core's Fn traits, and data are lines of their own. The shares
// are of that unoptimised module's bytes; applied to the shipped start module's brotli bytes, they
// are an estimate of each part's cost, not a measurement of it.
//
//   cargo install twiggy --version 0.8.0   (not installed by ensure-tools.sh: only this script uses it)
//   node scripts/wasm-breakdown.mjs [--within CRATE] [target/wasm-split/release-start.wasm] [start-module-brotli-bytes]
// --within: one crate's share, by its modules.
import { execFileSync } from "node:child_process";

const args = process.argv.slice(2);
const within = args[0] === "--within" ? args.splice(0, 2)[1] : null;
const [file = "target/wasm-split/release-start.wasm", shipped] = args;
const csv = execFileSync("twiggy", ["top", "-n", "1000000", "-f", "csv", file], { encoding: "utf8", maxBuffer: 1 << 28 });
const rows = csv.trim().split("\n").slice(1).map((line) => {
  const match = /^"?(.*?)"?,(\d+),/.exec(line);
  return match ? { name: match[1].replaceAll('""', '"'), bytes: Number(match[2]) } : null;
}).filter(Boolean);

function crate(name) {
  if (within) {
    const own = /^<?(?:&mut |&|dyn )*(?:[A-Z][A-Za-z]* as )?([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::([A-Za-z_][A-Za-z0-9_]*)/.exec(name);
    return own?.[1] === within ? `${within}::${own[2]}` : null;
  }
  if (name.startsWith("data segment")) return "data (strings, tables)";
  if (/names" subsection|^custom section|^type\[|^table\[|^import |^export |^memory/.test(name)) return null;
  if (/^elem\[|externref shim/.test(name)) return "wasm-bindgen's tables and shims";
  if (/^core(\[[0-9a-f]+\])?::ops::function::Fn(Once|Mut)?::call(_once|_mut)?\{\{vtable\.shim\}\}/.test(name)) return "closures (vtable shims, any crate)";
  // `<T as tachys::view::IntoAny>::into_any`: a generic type's impl counts in the trait's crate.
  const path = name.replace(/^<(&mut |&|dyn )*/, "").replace(/^[A-Z][A-Za-z]* as /, "");
  const head = /^([a-z_][a-z0-9_]*)(\[[0-9a-f]+\])?::([A-Za-z_][A-Za-z0-9_]*)/.exec(path);
  return head ? head[1] : "other";
}

const groups = new Map();
for (const { name, bytes } of rows) {
  const group = crate(name);
  if (group) groups.set(group, (groups.get(group) ?? 0) + bytes);
}
const total = [...groups.values()].reduce((a, b) => a + b, 0);
console.log(`${file}: ${total} B of code and data${shipped ? `; estimated brotli of ${shipped} B shipped` : ""}`);
for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  const share = bytes / total;
  console.log(`  ${group.padEnd(26)} ${String(bytes).padStart(8)} B  ${(share * 100).toFixed(1).padStart(5)} %${shipped ? `  ~${Math.round(share * Number(shipped))} B brotli` : ""}`);
}
