#!/usr/bin/env bash
# An operator's site in one command: `make publish CONTENT=<folder> OUT=<folder> SITE=<https://…>`.
#   1. the release app, built once (into target/publish-app; Trunk builds it with our sample content,
#      which is not copied);
#   2. the app's files copied into OUT: its hashed assets (new names beside the old, so pages of the
#      previous build never ask for a file that is gone), loaders, icon and host headers;
#   3. CONTENT checked and published into OUT from the new build's page, incrementally: the cache is
#      kept outside OUT (CACHE, by default target/publish-cache), and each file is replaced whole;
#   4. compressed copies of what changed (scripts/precompress.mjs).
# OUT may be served meanwhile (docs/deploy.md, "Publishing into a served folder").
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
  echo "make publish: $1" >&2
  echo "usage: make publish CONTENT=<content folder> OUT=<folder to publish into> SITE=<https://your.site>" >&2
  exit 2
}
content=${1:-}
out=${2:-}
site=${3:-}
[ -n "$content" ] || fail "CONTENT is missing: the folder that holds site.json and articles/"
[ -d "$content" ] || fail "CONTENT=$content is not a folder"
[ -f "$content/site.json" ] || fail "CONTENT=$content has no site.json: is it a digest content folder? (content/ is an example)"
[ -n "$out" ] || fail "OUT is missing: the folder to publish the site into (made when missing)"
[ -n "$site" ] || fail "SITE is missing: the site's public address, such as https://news.example.org"
case "$site" in
  http://?* | https://?*) ;;
  *) fail "SITE=$site is not an http:// or https:// address" ;;
esac
content=$(realpath "$content")
mkdir -p "$out"
out=$(realpath "$out")
cache=$(realpath -m "${CACHE:-target/publish-cache}")
case "$cache/" in
  "$out"/*) fail "CACHE=$cache is inside OUT: the cache must not be published" ;;
esac

app=target/publish-app
trunk build --release --dist "$app"
find "$app" -maxdepth 1 -type f ! -name index.html \
  \( -name 'digest-*' -o -name 'standalone-*' -o -name 'favicon*' -o -name '_headers' -o -name '_redirects' \) \
  -exec cp -p {} "$out/" \;
cargo run --quiet --release --manifest-path crates/publish/Cargo.toml --bin digest-content -- \
  publish --offline --site-url "$site" --template "$app/index.html" --cache "$cache" "$content" "$out"
node scripts/precompress.mjs "$out"
