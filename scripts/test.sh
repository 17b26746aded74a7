#!/usr/bin/env bash
# Installs what is needed (scripts/setup.sh, idempotent) and runs every test: the Catch2 suite natively,
# the same suite as wasm under Node, the CLI contract, the suite under ASan+UBSan, fuzz smoke runs, and
# the browser end-to-end tests in headless Chromium. Ends with one summary line; non-zero on any failure.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
export NODE_PATH=/usr/share/nodejs
jobs="${JOBS:-$(nproc)}"
logdir="$here/build/test-logs"

passed=0
failed=0
failures=()

say() { printf '\n=== %s\n' "$*"; }
fail_stage() { failures+=("$1"); }

# Adds the counts of a ctest log ("N% tests passed, F tests failed out of T").
count_ctest() {
  local log="$1" line total bad
  line="$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1)"
  if [ -z "$line" ]; then return 1; fi
  bad="$(sed -E 's/.*passed, ([0-9]+) tests? failed.*/\1/' <<<"$line")"
  total="$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")"
  passed=$((passed + total - bad))
  failed=$((failed + bad))
}

run_ctest() {  # run_ctest NAME BUILD_DIR
  local name="$1" dir="$2" log="$logdir/ctest-$1.log"
  say "ctest: $name"
  (cd "$dir" && ctest -j"$jobs" --output-on-failure) >"$log" 2>&1
  local rc=$?
  tail -n 3 "$log"
  if ! count_ctest "$log"; then failed=$((failed + 1)); fail_stage "$name (no test summary)"; return; fi
  [ "$rc" -eq 0 ] || { grep -E '^\s+[0-9]+ - ' "$log" | head -n 20; fail_stage "$name"; }
}

build() {  # build PRESET [TARGET...]
  local preset="$1"; shift
  say "build: $preset"
  cmake --preset "$preset" >"$logdir/configure-$preset.log" 2>&1 || { tail -n 30 "$logdir/configure-$preset.log"; return 1; }
  local args=()
  for t in "$@"; do args+=(--target "$t"); done
  cmake --build "build/$preset" -j"$jobs" "${args[@]}" >"$logdir/build-$preset.log" 2>&1 \
    || { grep -E 'error|Error' "$logdir/build-$preset.log" | head -n 30; return 1; }
}

say "setup"
bash scripts/setup.sh || { echo "test.sh: setup failed"; echo "0 passed, 1 failed"; exit 1; }
mkdir -p "$logdir"

if build native; then run_ctest native build/native; else failed=$((failed + 1)); fail_stage "native build"; fi
if build wasm; then run_ctest wasm build/wasm; else failed=$((failed + 1)); fail_stage "wasm build"; fi
if build native-asan lde_tests ldecheck; then run_ctest native-asan build/native-asan; else failed=$((failed + 1)); fail_stage "native-asan build"; fi

if [ -x scripts/fuzz.sh ]; then
  say "fuzz smoke"
  if bash scripts/fuzz.sh --smoke >"$logdir/fuzz.log" 2>&1; then
    passed=$((passed + 1)); tail -n 3 "$logdir/fuzz.log"
  else
    failed=$((failed + 1)); fail_stage "fuzz smoke"; tail -n 30 "$logdir/fuzz.log"
  fi
fi

say "browser end-to-end (headless Chromium)"
if [ -f build/wasm/web/index.html ]; then
  LDE_WEB_DIR="$here/build/wasm/web" bash tests/e2e/run.sh >"$logdir/e2e.log" 2>&1
  rc=$?
  grep -E '^# (tests|pass|fail)' "$logdir/e2e.log"
  p="$(grep -E '^# pass ' "$logdir/e2e.log" | tail -n 1 | awk '{print $3}')"
  f="$(grep -E '^# fail ' "$logdir/e2e.log" | tail -n 1 | awk '{print $3}')"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  if [ "$rc" -ne 0 ] || [ -z "$p" ]; then
    [ "${f:-0}" -gt 0 ] || failed=$((failed + 1))
    fail_stage "e2e"
    grep -E '^not ok|Error|error' "$logdir/e2e.log" | head -n 30
  fi
else
  failed=$((failed + 1)); fail_stage "e2e (no web bundle)"
fi

echo
if [ "${#failures[@]}" -gt 0 ]; then echo "test.sh: failed stages: ${failures[*]} (logs in build/test-logs/)"; fi
echo "test.sh: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "${#failures[@]}" -eq 0 ]
