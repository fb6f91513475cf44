// The two cargo workspaces (the app's, and the publisher's in crates/publish) are kept apart so that
// Leptos's ssr never reaches the wasm (docs/architecture.md). What must agree between them is checked
// here, by `make lint`: the lint table, and the versions of the crates both renderers build with.
import { readFileSync } from 'node:fs';

const ROOT = 'Cargo.toml';
const PUBLISH = 'crates/publish/Cargo.toml';
const SHARED_CRATES = ['leptos', 'wasm-bindgen', 'serde', 'serde_json'];

/** The lines of a TOML table and its sub-tables (`[workspace.lints]`, `[workspace.lints.clippy]`). */
function table(text, name) {
  const lines = [];
  let inside = false;
  for (const line of text.split('\n')) {
    const header = line.match(/^\s*\[([^\]]+)\]\s*$/);
    if (header) inside = header[1] === name || header[1].startsWith(`${name}.`);
    if (inside && line.trim() && !line.trim().startsWith('#')) lines.push(line.trim());
  }
  return lines;
}

/** The version of each package `name` in a Cargo.lock. */
function locked(lock, name) {
  const versions = new Set();
  for (const block of lock.split('[[package]]')) {
    const n = block.match(/^name = "([^"]+)"/m);
    const v = block.match(/^version = "([^"]+)"/m);
    if (n && v && n[1] === name) versions.add(v[1]);
  }
  return [...versions].sort().join(', ');
}

const problems = [];
const [root, publish] = [ROOT, PUBLISH].map((file) => readFileSync(file, 'utf8'));
const [rootLints, publishLints] = [root, publish].map((text) => table(text, 'workspace.lints'));
if (rootLints.length === 0) problems.push(`${ROOT} has no [workspace.lints]`);
if (rootLints.join('\n') !== publishLints.join('\n')) {
  problems.push(`[workspace.lints] differs:\n  ${ROOT}: ${rootLints.join(' | ')}\n  ${PUBLISH}: ${publishLints.join(' | ')}`);
}
const [rootLock, publishLock] = ['Cargo.lock', 'crates/publish/Cargo.lock'].map((f) => readFileSync(f, 'utf8'));
for (const name of SHARED_CRATES) {
  const [a, b] = [locked(rootLock, name), locked(publishLock, name)];
  if (!a || a !== b) problems.push(`${name}: Cargo.lock has ${a || 'none'}, crates/publish/Cargo.lock has ${b || 'none'}`);
}
if (problems.length > 0) {
  console.error(`the two workspaces disagree:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`the two workspaces agree: lints, ${SHARED_CRATES.join(', ')}`);
