#!/usr/bin/env bash
# A Learning Record Store for the learning-record tests: Ralph (ralph-malph, installed by
# scripts/ensure-tools.sh) with its file-system backend, on a loopback port, in the foreground
# (Playwright starts and stops it), answering CORS requests from the given origins. Its one user is
# the learning site's account: learning-site / learning-site-secret. ralph_server.py is its
# `runserver` with the fix its file-system backend needs to store more than one request.
# Usage: bash tests/e2e/ralph.sh <port> '["http://127.0.0.1:8096", …]'
set -euo pipefail
port=$1 origins=$2
ralph=$(realpath target/ralph/bin/ralph)
server=$(realpath tests/e2e/ralph_server.py)
work=$(mktemp -d)
export RALPH_AUTH_FILE=$work/auth.json RALPH_RUNSERVER_BACKEND=fs RALPH_APP_DIR=$work/app
"$ralph" auth -u learning-site -p learning-site-secret -s all -M mailto:lrs@academy.example -w >/dev/null 2>&1
export RALPH_RUNSERVER_CORS_ALLOW_ORIGINS=$origins RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=$work/statements
mkdir -p "$work/statements"
cd "$work"
exec "$(dirname "$ralph")/python" "$server" "$port"
