#!/usr/bin/env bash
# The content command at scale: publishes 12, 1,000 and 10,000 synthetic articles and prints wall
# time, peak memory, output size, and the compressed bytes of a first visit to the feed (HTML, JS,
# wasm, CSS, site.json, first feed page). Not part of `make test`: run `make bench-content`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

[ -f dist/index.html ] || trunk build --release >/dev/null
cargo build --quiet --release --manifest-path crates/publish/Cargo.toml --bin digest-content --bin digest-synth
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

gz() { gzip -9 -c "$1" | wc -c; }
first_visit() {
  local dist=$1 total=0 f
  for f in "$dist/index.html" "$dist"/*.js "$dist"/*.wasm "$dist"/*.css "$dist/data/site.json" "$dist/data/feed/1.json"; do
    total=$((total + $(gz "$f")))
  done
  echo "$total"
}

printf '%-9s %9s %12s %14s %10s %22s\n' articles "wall (s)" "peak RSS" "output" files "first visit (gzip B)"
base=""
for n in 12 1000 10000; do
  content="$work/content-$n" dist="$work/dist-$n"
  crates/publish/target/release/digest-synth "$n" "$content"
  # The template is the app's built index.html with its assets, as Trunk leaves it before publishing.
  mkdir -p "$dist"
  cp dist/*.js dist/*.wasm dist/*.css "$dist"/
  cp dist/index.html "$dist/index.html"
  /usr/bin/time -f '%e %M' -o "$work/time" crates/publish/target/release/digest-content publish "$content" "$dist" >/dev/null 2>"$work/log"
  read -r wall rss_kb < "$work/time"
  size=$(du -sb "$dist" | cut -f1)
  files=$(find "$dist" -type f | wc -l)
  visit=$(first_visit "$dist")
  base=${base:-$visit}
  printf '%-9s %9s %9s MiB %10s MiB %10s %14s (%+.1f%%)\n' "$n" "$wall" "$((rss_kb / 1024))" "$((size / 1048576))" "$files" "$visit" \
    "$(echo "($visit - $base) * 100 / $base" | bc -l)"
done
