// Finds import cycles between the files of each crate, as drawn from their `use crate::…`,
// `crate::…` and `super::…` paths (a `mod x;` declaration is not an import). Exits 1 when a crate
// has one, naming the files in each cycle. Run by `make lint`.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const crates = process.argv.slice(2);
if (crates.length === 0) {
  console.error('usage: node scripts/check-cycles.mjs <crate src folder>...');
  process.exit(2);
}

function rustFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'bin' ? [] : rustFiles(path);
    return name.endsWith('.rs') ? [path] : [];
  });
}

/** The module path of a file: src/a/b.rs and src/a/b/mod.rs are ["a", "b"]; lib.rs is []. */
function modulePath(src, file) {
  const parts = relative(src, file).replace(/\.rs$/, '').split('/');
  const last = parts.at(-1);
  if (last === 'mod' || ((last === 'lib' || last === 'main') && parts.length === 1)) parts.pop();
  return parts;
}

/** Strips comments and string literals, so that a path in a doc or a message is not an import. */
function code(text) {
  return text
    .replace(/\/\/[^\n]*/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/r#*"[\s\S]*?"#*/g, '""')
    .replace(/"(?:[^"\\]|\\.)*"/g, '""');
}

/** The paths a file names: `crate::a::b`, `super::c`, and each item of `use crate::{a, b::c}`. */
function namedPaths(text) {
  const paths = [];
  const useRe = /\buse\s+((?:crate|super|self)(?:::\w+)*)::\{([^;]*)\};/g;
  for (const m of text.matchAll(useRe)) {
    for (const item of m[2].split(',')) {
      const head = item.trim().split(/[\s{]/)[0];
      if (head) paths.push(`${m[1]}::${head}`);
    }
  }
  for (const m of text.matchAll(/\b((?:crate|super)(?:::(?:super|\w+))+)/g)) paths.push(m[1]);
  return paths;
}

let cycles = 0;
for (const src of crates) {
  const files = rustFiles(src);
  const byModule = new Map(files.map((f) => [modulePath(src, f).join('::'), f]));
  const edges = new Map(files.map((f) => [f, new Set()]));
  for (const file of files) {
    const here = modulePath(src, file);
    const isModRoot = /(^|\/)(mod|lib|main)\.rs$/.test(file);
    for (const path of namedPaths(code(readFileSync(file, 'utf8')))) {
      const segs = path.split('::');
      let target;
      if (segs[0] === 'crate') target = segs.slice(1);
      else {
        // `super` from a/b.rs is `a`; from a/b/mod.rs (module a::b) it is also `a`.
        target = [...here];
        while (segs[0] === 'super') { segs.shift(); target.pop(); }
        target.push(...segs);
      }
      // The deepest module that exists along the path.
      for (let n = target.length; n >= 0; n--) {
        const key = target.slice(0, n).join('::');
        const to = byModule.get(key);
        if (to !== undefined) {
          // A module's own children are its parts: a parent naming its child is not an import back.
          const child = isModRoot && key.startsWith(here.join('::')) && key !== here.join('::');
          if (to !== file && !child) edges.get(file).add(to);
          break;
        }
      }
    }
  }
  // Tarjan's strongly connected components.
  let index = 0;
  const idx = new Map(), low = new Map(), on = new Set(), stack = [];
  const found = [];
  const visit = (v) => {
    idx.set(v, index); low.set(v, index); index++; stack.push(v); on.add(v);
    for (const w of edges.get(v)) {
      if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v), low.get(w))); }
      else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const scc = [];
      let w;
      do { w = stack.pop(); on.delete(w); scc.push(w); } while (w !== v);
      if (scc.length > 1) found.push(scc.sort());
    }
  };
  for (const f of files) if (!idx.has(f)) visit(f);
  for (const scc of found) {
    cycles++;
    console.error(`import cycle in ${src}: ${scc.map((f) => relative(src, f)).join(' <-> ')}`);
  }
}
if (cycles > 0) process.exit(1);
console.log(`no import cycle in ${crates.join(', ')}`);
