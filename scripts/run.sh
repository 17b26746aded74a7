#!/usr/bin/env bash
# From a fresh clone to the running app: installs what is missing, builds the web app, serves it on
# http://127.0.0.1:${PORT:-8080}/ (this machine only).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

bash scripts/setup.sh

export NODE_PATH=/usr/share/nodejs  # Debian's emscripten finds acorn there (docs: toolchain.md)
jobs="${JOBS:-$(nproc 2>/dev/null || echo 2)}"
[ "$jobs" -le 2 ] || jobs=2
echo "[run] building the web app (build/wasm/web)"
cmake --preset wasm >/dev/null
cmake --build build/wasm --target lde_app -j"$jobs"

exec bash scripts/serve.sh "$here/build/wasm/web"
