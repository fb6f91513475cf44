#!/usr/bin/env bash
# Installs what building and testing digest needs, skipping whatever is already present.
# Trunk must never download a tool itself (no internet here but the package registries), so every tool it
# would fetch is installed from a registry: trunk, wasm-bindgen-cli and wasm-split-cli from crates.io, wasm-opt from npm's
# binaryen (Debian's binaryen 108 silently breaks rustc 1.95 output), Chromium and chromedriver from apt.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock exactly, or Trunk tries to download its own.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)

log() { printf '[ensure-tools] %s\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (about 5 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # Not --locked: its lock file pins a webpki-roots release that crates.io no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Splits the app's wasm into a start module and chunks (scripts/build-wasm.mjs): Trunk 0.21 cannot.
WASM_SPLIT_VERSION=0.2.4
# The binary has no --version: cargo's list of what it installed says which one is there.
if ! command -v wasm-split-cli >/dev/null \
   || ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  log "installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked --force
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/sbin/nginx ] \
   || ! command -v java >/dev/null || ! command -v w3m >/dev/null; then
  log "installing chromium, chromium-driver, nginx (the deployment test), Java (the Nu HTML Checker) and w3m (a text browser) from apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver nginx-light default-jre-headless w3m >/dev/null
fi

# The clients that read what we publish (tests/published/), from PyPI, in a virtualenv of our own.
if [ ! -x target/py/bin/python ] || [ tests/published/requirements.txt -nt target/py/.installed ]; then
  log "installing the Python test clients (feedparser, jsonfeed-util, extruct, pytest)"
  python3 -m venv target/py
  target/py/bin/pip install --quiet --disable-pip-version-check -r tests/published/requirements.txt
  touch target/py/.installed
fi

# The Learning Record Store the learning-record tests run (tests/e2e/ralph.sh), in a virtualenv of its own.
if [ ! -x target/ralph/bin/ralph ] || [ tests/e2e/ralph-requirements.txt -nt target/ralph/.installed ]; then
  log "installing Ralph, a Learning Record Store (the learning-record tests)"
  python3 -m venv target/ralph
  target/ralph/bin/pip install --quiet --disable-pip-version-check -r tests/e2e/ralph-requirements.txt
  touch target/ralph/.installed
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages (binaryen's wasm-opt, Playwright, axe-core, Lighthouse)"
  npm ci --no-audit --no-fund --loglevel=error
fi
