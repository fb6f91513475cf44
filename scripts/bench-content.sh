#!/usr/bin/env bash
# The content command at scale. For 12, 1,000, 10,000 and 100,000 synthetic articles (digest-synth),
# publishes into a new folder and prints wall time, peak memory, output size, file count and the
# compressed bytes of a first visit to the feed (HTML, JS, wasm, CSS, site.json, first feed page);
# then publishes again with nothing changed, and again after one article's title changed (the
# incremental path: what it wrote, left and removed), and weighs what a search costs a reader at each
# size (scripts/search-bytes.mjs). At the largest size, one broken file is added to show the error an
# operator gets. Not part of `make test`: run `make bench-content`.
#
#   SIZES="1000 10000" make bench-content    # other sizes
#   BENCH_DIR=/big/disk make bench-content   # where the content and output go (100,000 articles
#                                            # take about 0.5 GB of content and 5 GB of output)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

sizes=${SIZES:-12 1000 10000 100000}
[ -f dist/index.html ] || trunk build --release >/dev/null
cargo build --quiet --release --manifest-path crates/publish/Cargo.toml --bin digest-content --bin digest-synth --bin digest-search-cost
bin=crates/publish/target/release
mkdir -p "${BENCH_DIR:-target}"
work=$(mktemp -d "${BENCH_DIR:-target}/bench-content.XXXXXX")
trap 'rm -rf "$work"' EXIT

gz() { gzip -9 -c "$1" | wc -c; }
first_visit() {
  local dist=$1 total=0 f
  for f in "$dist/index.html" "$dist"/*.js "$dist"/*.wasm "$dist"/*.css "$dist/data/site.json" "$dist/data/feed/1.json"; do
    total=$((total + $(gz "$f")))
  done
  echo "$total"
}

# Runs the content command with "$@"; sets wall, rss (MiB) and summary (its last line on stdout).
timed() {
  local status=0
  /usr/bin/time -f '%e %M' -o "$work/time" "$bin/digest-content" "$@" >"$work/out" 2>"$work/log" || status=$?
  read -r wall rss_kb < <(tail -n 1 "$work/time")
  rss=$((rss_kb / 1024))
  summary=$(tail -n 1 "$work/out")
  [ "$status" = 0 ] || [ "$1" = check ] || { tail -n 5 "$work/log" >&2; return "$status"; }
  return "$status"
}

# Changes the title of one article in the middle of the archive, as an editor would.
edit_one() {
  node -e '
    const fs = require("fs");
    const files = fs.readdirSync(process.argv[1]).sort();
    const file = `${process.argv[1]}/${files[Math.floor(files.length / 2)]}`;
    const article = JSON.parse(fs.readFileSync(file, "utf8"));
    // Shorter than the original: synthetic titles reach the length limit.
    article.title = `Updated: ${article.title.split(" ").slice(0, 4).join(" ")}`;
    fs.writeFileSync(file, JSON.stringify(article, null, 2));
  ' "$1/articles"
}

printf '%-9s %10s %9s %10s %8s %12s %12s %30s\n' articles "fresh (s)" "peak RSS" output files "first visit" "again (s)" "one edit: s, MiB, files"
largest=""
declare -A searches
for n in $sizes; do
  content="$work/content-$n" dist="$work/dist-$n" cache="$work/cache-$n"
  "$bin/digest-synth" "$n" "$content" >/dev/null
  # The template is the app's built index.html with its assets, as Trunk leaves it before publishing.
  # Each size publishes into a new folder: on these machines' ext4 (no journal), creating files
  # just after deleting many costs up to 60 % more, which is the file system, not the publisher.
  mkdir -p "$dist"
  cp dist/*.js dist/*.wasm dist/*.css dist/index.html "$dist"/
  sync
  timed publish "$content" "$dist" --cache "$cache"
  fresh=$wall fresh_rss=$rss
  size=$(du -sb "$dist" | cut -f1)
  files=$(find "$dist" -type f | wc -l)
  visit=$(first_visit "$dist")
  # Republishing happens long after a publish, not while the kernel still writes its 4 GB out.
  sync
  timed publish "$content" "$dist" --cache "$cache"
  again=$wall
  edit_one "$content"
  sync
  timed publish "$content" "$dist" --cache "$cache"
  changed=$(sed -E 's/.*: ([0-9]+) written.*/\1/' <<<"$summary")
  printf '%-9s %10s %5s MiB %6s MiB %8s %10s B %12s %30s\n' "$n" "$fresh" "$fresh_rss" "$((size / 1048576))" "$files" \
    "$visit" "$again" "$wall s, $rss MiB, $changed written"
  searches[$n]=$(node scripts/search-bytes.mjs "$dist")
  largest=$n
done

for n in $sizes; do
  echo
  echo "Search at $n articles: what each query fetches (brotli), the first 10 results' cards included:"
  echo "${searches[$n]}"
done

echo
echo "Checking $largest articles (digest-content check; budget at 100,000: 150 MiB and 3 s):"
timed check "$work/content-$largest"
echo "$summary ($wall s, $rss MiB)"

echo
echo "One broken file among $largest articles (digest-content check):"
printf '{"slug": "broken", "title": "A comma too many",}\n' >"$work/content-$largest/articles/broken.json"
if timed check "$work/content-$largest"; then
  echo "the broken file was not reported" >&2
  exit 1
fi
grep -F 'error[' "$work/log" | head -n 3
tail -n 1 "$work/log"
echo "($wall s, $rss MiB)"
