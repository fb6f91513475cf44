#!/usr/bin/env bash
# Prints the release build's asset sizes, raw and compressed: `make sizes` (or scripts/sizes.sh dist).
set -euo pipefail
dist=${1:-dist}
gz() { gzip -9 -c "$1" | wc -c; }
br() { node -e 'const z=require("zlib"),f=require("fs");process.stdout.write(String(z.brotliCompressSync(f.readFileSync(process.argv[1]),{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length))' "$1"; }
row() { printf '%-6s %10s %10s %10s  %s\n' "$@"; }
row kind raw gzip brotli files
for kind in wasm js css; do
  files=$(find "$dist" -maxdepth 1 -name "*.$kind" | sort)
  [ -n "$files" ] || continue
  raw=0; g=0; b=0
  for f in $files; do
    raw=$((raw + $(stat -c%s "$f"))); g=$((g + $(gz "$f"))); b=$((b + $(br "$f")))
  done
  row "$kind" "$raw" "$g" "$b" "$(echo $files | wc -w)"
done
html="$dist/index.html"
row html "$(stat -c%s "$html")" "$(gz "$html")" "$(br "$html")" 1
