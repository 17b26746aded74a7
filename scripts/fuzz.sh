#!/usr/bin/env bash
# Fuzzes the input parsers with libFuzzer (clang-14, -fsanitize=fuzzer,address,undefined).
#   scripts/fuzz.sh            long run: each target FUZZ_SECONDS (default 600) on a corpus that grows
#                              in build/fuzz/corpus/<target>
#   scripts/fuzz.sh --smoke    CI run (scripts/test.sh): each target SMOKE_SECONDS (default 40) with a
#                              fixed seed on a fresh copy of the seed corpus
#   scripts/fuzz.sh [--smoke] TARGET...   only these targets (fuzz_assessment, fuzz_batch_line)
# Seeds: the "assessment" objects of tests/scenarios/*.json and assets/examples/*.json.
# Exit status non-zero when a target crashes; the crashing input is kept in build/fuzz/artifacts/ and
# must become a regression test (tests/unit/test_robustness.cpp or a scenario).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
out="$here/build/fuzz"
mode=long
targets=()
for arg in "$@"; do
  case "$arg" in
    --smoke) mode=smoke ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    fuzz_*) targets+=("$arg") ;;
    *) echo "fuzz.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done
[ "${#targets[@]}" -gt 0 ] || targets=(fuzz_assessment fuzz_batch_line)
seconds="${FUZZ_SECONDS:-600}"
[ "$mode" = smoke ] && seconds="${SMOKE_SECONDS:-40}"

command -v clang++-14 >/dev/null || { echo "fuzz.sh: clang++-14 missing (run scripts/setup.sh)" >&2; exit 1; }
[ -f /usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.fuzzer-x86_64.a ] \
  || ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 \
  || { echo "fuzz.sh: libFuzzer runtime missing (package libclang-rt-14-dev; run scripts/setup.sh)" >&2; exit 1; }

echo "[fuzz] building ${targets[*]} (clang++-14, ASan+UBSan+libFuzzer) in build/fuzz"
cmake -S tests/fuzz -B "$out" -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=None >"$out.configure.log" 2>&1 \
  || { cat "$out.configure.log"; exit 1; }
cmake --build "$out" -j"${JOBS:-$(nproc)}" --target "${targets[@]}" >"$out.build.log" 2>&1 \
  || { grep -E 'error' "$out.build.log" | head -n 30; exit 1; }

# Seed corpora and a dictionary of the contract's field names and enum values.
seeds="$out/seeds"
rm -rf "$seeds"
mkdir -p "$seeds/fuzz_assessment" "$seeds/fuzz_batch_line"
python3 - "$here" "$seeds" <<'PY'
import glob, json, os, re, sys
root, seeds = sys.argv[1], sys.argv[2]
docs = []
for path in sorted(glob.glob(os.path.join(root, "tests/scenarios/*.json"))):
    with open(path, encoding="utf-8") as f:
        scenario = json.load(f)
    if isinstance(scenario.get("assessment"), dict):
        docs.append((os.path.basename(path)[:-5], scenario["assessment"]))
for path in sorted(glob.glob(os.path.join(root, "assets/examples/*.json"))):
    with open(path, encoding="utf-8") as f:
        docs.append(("example_" + os.path.basename(path)[:-5], json.load(f)))
for name, doc in docs:
    with open(os.path.join(seeds, "fuzz_assessment", name + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False)
    with open(os.path.join(seeds, "fuzz_batch_line", name + ".ndjson"), "w", encoding="utf-8") as f:
        f.write(json.dumps(doc, ensure_ascii=False) + "\n")
with open(os.path.join(seeds, "fuzz_batch_line", "mixed.ndjson"), "w", encoding="utf-8") as f:
    for _, doc in docs[:4]:
        f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    f.write('{"schema": "lde-assessment/1", "organisation": {\n\n')
words = set()
for name in ["core/src/assessment.cpp", "core/include/lde/assessment.hpp"]:
    with open(os.path.join(root, name), encoding="utf-8") as f:
        words.update(re.findall(r'"([a-z][a-z0-9_./-]{1,40})"', f.read()))
with open(os.path.join(seeds, "dict"), "w") as f:
    for w in sorted(words):
        f.write('"\\"%s\\""\n' % w)
    for token in ["null", "true", "false", "2023-07-01", "2023-06-30", "2015-04-01", "2024-02-29", "1e308", "-0"]:
        f.write('"%s"\n' % token)
print("[fuzz] %d seed documents, %d dictionary words" % (len(docs), len(words)))
PY

mkdir -p "$out/artifacts"
status=0
for t in "${targets[@]}"; do
  if [ "$mode" = smoke ]; then
    corpus="$out/smoke-corpus/$t"
    rm -rf "$corpus"
    mkdir -p "$corpus"
    extra=(-seed=1)
  else
    corpus="$out/corpus/$t"
    mkdir -p "$corpus"
    extra=()
  fi
  echo "[fuzz] $t: ${seconds}s ($mode)"
  log="$out/$t.log"
  if "$out/$t" "$corpus" "$seeds/$t" -dict="$seeds/dict" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
      -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/artifacts/$t-" "${extra[@]}" >"$log" 2>&1; then
    runs="$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')"
    cov="$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1)"
    echo "[fuzz] $t: ok, ${runs:-?} inputs, $cov"
  else
    status=1
    echo "[fuzz] $t: FAILED - see $log"
    grep -E 'ERROR|invariant failed|runtime error|terminate|Test unit written' "$log" | head -n 10
  fi
done
[ "$status" -eq 0 ] && echo "[fuzz] all targets passed" || echo "[fuzz] crashes found: build/fuzz/artifacts/"
exit "$status"
