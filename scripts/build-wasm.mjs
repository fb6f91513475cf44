// Builds the app's wasm split into a start module and a chunk per feature that is loaded when first
// used (src/lazy.rs), and puts it into the build: Trunk 0.21 has no split step of its own
// (trunk-rs/trunk#1022), so this replaces its rust asset. Run by Trunk as a post_build hook, before
// the content command reads the built index.html (Trunk.toml).
//
//   1. cargo builds the app (.cargo/config.toml keeps the link's relocations, which the split needs);
//   2. wasm-split-cli (wasm_split_cli_support) moves what only a split point reaches into chunks and
//      writes their loader (__wasm_split.js);
//   3. wasm-bindgen binds the start module, keeping the exports the chunks import;
//   4. in release builds, wasm-opt shrinks every module and terser the JS;
//   5. every file is named with one hash of them all (the JS imports the loader and the loader the JS,
//      so one hash names both): `digest-<hash>.js`, `digest-<hash>_bg.wasm`,
//      `digest-split-<hash>.js`, `digest-<chunk>-<hash>.wasm`. Hashed, they are cached as immutable
//      and precached by the service worker like the rest of the build;
//   6. the start script's <template> in the built index.html gets the JS and start module's names.
//
// Usage (from a Trunk hook, whose environment gives the rest):
//   node scripts/build-wasm.mjs
// with TRUNK_STAGING_DIR, TRUNK_PROFILE (release or debug), TRUNK_PUBLIC_URL, TRUNK_SOURCE_DIR.
import { execFile, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const root = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === "release";
const base = process.env.TRUNK_PUBLIC_URL ?? "/";
if (!staging) {
  console.error("build-wasm: TRUNK_STAGING_DIR is not set: run by Trunk's post_build hook (Trunk.toml)");
  process.exit(2);
}

const BIN = "digest";
/** wasm-opt's flags. -Oz, and again with these: 1.5 kB less wasm, brotli, when they were chosen
 * (2026-11). The low 1 kB of memory is the far end of the 1 MiB stack (the data starts at 1 MiB),
 * reached only by a stack about to overflow; the start module's memory starts zero-filled. The
 * chunks use the start module's memory, which is not theirs to assume zero-filled. */
const OPT_START = ["-Oz", "--converge", "--low-memory-unused", "--zero-filled-memory"];
const OPT_CHUNK = ["-Oz", "--converge"];

function run(command, args, options = {}) {
  try {
    execFileSync(command, args, { stdio: ["ignore", "inherit", "inherit"], cwd: root, ...options });
  } catch (error) {
    if (error.code === "ENOENT") console.error(`build-wasm: ${command} is not on PATH: scripts/ensure-tools.sh installs it (make serve and make test run it)`);
    else console.error(`build-wasm: ${command} ${args.join(" ")} failed${error.status ? ` (exit ${error.status})` : `: ${error.message}`}`);
    process.exit(1);
  }
}

// A folder of this run's own: builds into other dists (make build-learn) may run beside it.
mkdirSync(join(root, "target"), { recursive: true });
const work = mkdtempSync(join(root, "target", "wasm-split-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
const raw = join(work, "split");
const bound = join(work, "bound");
mkdirSync(raw);
mkdirSync(bound);

run("cargo", ["build", "--target", "wasm32-unknown-unknown", "--bin", BIN, ...(release ? ["--release"] : [])]);
const built = join(root, "target", "wasm32-unknown-unknown", release ? "release" : "debug", `${BIN}.wasm`);
run("wasm-split-cli", [built, raw, "--out-name", BIN, "--target", "web"]);
run("wasm-bindgen", ["--target", "web", "--keep-lld-exports", "--no-typescript", "--out-dir", bound, "--out-name", BIN, join(raw, `${BIN}.wasm`)]);

// The start module with its names, before wasm-opt, for scripts/wasm-breakdown.mjs to weigh its parts.
mkdirSync(join(root, "target", "wasm-split"), { recursive: true });
copyFileSync(join(bound, `${BIN}_bg.wasm`), join(root, "target", "wasm-split", `${release ? "release" : "debug"}-start.wasm`));

// What goes into the build, by the name wasm-split and wasm-bindgen gave it.
const chunks = readdirSync(raw).filter((name) => name.endsWith(".wasm") && name !== `${BIN}.wasm`).sort();
const files = new Map();
files.set(`${BIN}_bg.wasm`, join(bound, `${BIN}_bg.wasm`));
for (const chunk of chunks) files.set(chunk, join(raw, chunk));

if (release) {
  // The start module takes most of the time: the chunks are optimised beside it.
  const jobs = [...files].map(([name, path]) => {
    const out = join(work, `opt-${name}`);
    files.set(name, out);
    return new Promise((resolve, reject) => {
      const args = [...(name === `${BIN}_bg.wasm` ? OPT_START : OPT_CHUNK), path, "-o", out];
      execFile("wasm-opt", args, { cwd: root }, (error, _out, stderr) =>
        error ? reject(new Error(`wasm-opt ${args.join(" ")} failed: ${stderr || error.message}`)) : resolve());
    });
  });
  try {
    await Promise.all(jobs);
  } catch (error) {
    console.error(`build-wasm: ${error.message}`);
    process.exit(1);
  }
}

const bytes = new Map([...files].map(([name, path]) => [name, readFileSync(path)]));
const glue = readFileSync(join(bound, `${BIN}.js`), "utf8");
const loader = readFileSync(join(raw, "__wasm_split.js"), "utf8");

const hash = createHash("sha256");
for (const [name, content] of [...bytes, ["glue", glue], ["loader", loader]]) hash.update(name).update(content);
const id = hash.digest("hex").slice(0, 16);

/** The name in the build of what wasm-split or wasm-bindgen named `name`. */
function named(name) {
  if (name === `${BIN}.js`) return `${BIN}-${id}.js`;
  if (name === `${BIN}_bg.wasm`) return `${BIN}-${id}_bg.wasm`;
  if (name === "__wasm_split.js") return `${BIN}-split-${id}.js`;
  return `${BIN}-${name.replace(/^split_/, "").replace(/\.wasm$/, "").replace(/_/g, "")}-${id}.wasm`;
}

/** `text` with each file of `names` that it imports (`from "./name"`) or fetches (`new URL("./name"`)
 * renamed, each checked to be there. Other mentions stay: the wasm's imports are keyed by the names
 * it was linked with. */
function relink(text, names, what) {
  let out = text;
  for (const name of names) {
    const reference = new RegExp(`(from |new URL\\()(["'])\\./${name.replace(/[.$]/g, "\\$&")}\\2`, "g");
    if (!reference.test(out)) {
      console.error(`build-wasm: ${what} does not load ./${name}: the split's output has changed`);
      process.exit(1);
    }
    out = out.replace(reference, `$1$2./${named(name)}$2`);
  }
  return out;
}

let glueOut = relink(glue, ["__wasm_split.js"], `${BIN}.js`);
// The glue's default module URL, used when the start script passes none (it always passes one).
glueOut = glueOut.replace(`'${BIN}_bg.wasm'`, `'${named(`${BIN}_bg.wasm`)}'`);
let loaderOut = relink(loader, [`${BIN}.js`, ...chunks], "__wasm_split.js");
if (release) {
  for (const [name, code] of [["glue", glueOut], ["loader", loaderOut]]) {
    const { code: small } = await minify(code, { ecma: 2020, module: true, compress: true, mangle: true });
    if (name === "glue") glueOut = small;
    else loaderOut = small;
  }
}

writeFileSync(join(staging, named(`${BIN}.js`)), glueOut);
writeFileSync(join(staging, named("__wasm_split.js")), loaderOut);
for (const [name, content] of bytes) writeFileSync(join(staging, named(name)), content);

// The start script learns the names from its data attributes (public/digest-start.js).
const index = join(staging, "index.html");
const html = readFileSync(index, "utf8");
const template = /<template data-digest-start>\s*<script [^>]*><\/script>\s*<\/template>/;
if (!template.test(html)) {
  console.error(`build-wasm: ${index} has no <template data-digest-start> for the start script (index.html)`);
  process.exit(1);
}
const script = `<script src="${base}digest-start.js" data-js="${base}${named(`${BIN}.js`)}" data-wasm="${base}${named(`${BIN}_bg.wasm`)}"></script>`;
// Trunk leaves its skipped rust link (index.html) in the page: no browser knows rel=rust.
const skipped = /<link [^>]*data-trunk-skip[^>]*>/;
writeFileSync(index, html.replace(template, `<template data-digest-start>${script}</template>`).replace(skipped, ""));
console.log(`build-wasm: ${named(`${BIN}_bg.wasm`)} and ${chunks.length} chunks (${chunks.map(named).join(", ")})`);
