#!/usr/bin/env bash
# Serves a folder (default: the built web app, build/wasm/web) on 127.0.0.1 only, port $PORT or 8080.
# scripts/serve.py: Python's http.server (application/wasm for .wasm, which the browser needs) plus the
# build's precompressed copies (<file>.gz), sent with Content-Encoding: gzip.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$here/build/wasm/web}"
port="${PORT:-8080}"

[ -f "$dir/index.html" ] || { echo "[serve] $dir/index.html not found: build first (scripts/run.sh does)" >&2; exit 1; }
# Debian's python3, not a user-installed one: it is what setup.sh installs and checks.
python=/usr/bin/python3
[ -x "$python" ] || python="$(command -v python3)" || { echo "[serve] python3 not found" >&2; exit 1; }

exec "$python" "$here/scripts/serve.py" --port "$port" --directory "$dir"
