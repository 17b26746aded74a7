#!/usr/bin/env bash
# Runs the browser end-to-end tests against a built bundle (default: build/wasm/web; override with
# LDE_WEB_DIR). Exits non-zero on any failure. Called by scripts/test.sh.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export LDE_WEB_DIR="${LDE_WEB_DIR:-$here/../../build/wasm/web}"

[ -f "$LDE_WEB_DIR/index.html" ] || { echo "[e2e] no bundle in $LDE_WEB_DIR: build target lde_app first" >&2; exit 1; }
[ -d "$here/node_modules/playwright-core" ] || { echo "[e2e] playwright-core missing: run scripts/setup.sh" >&2; exit 1; }
[ -x /usr/bin/chromium ] || { echo "[e2e] /usr/bin/chromium missing: run scripts/setup.sh" >&2; exit 1; }

cd "$here"
# One test file at a time: the machine has few cores and each file starts its own Chromium.
exec node --test --test-concurrency=1 "$@"
