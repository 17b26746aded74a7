#!/usr/bin/env bash
# Measures speed and size against the budgets of issue 7 and prints one table (or JSON with --json).
#   scripts/bench.sh [--json] [--skip-browser] [--skip-batch]
# Builds what it needs with the presets (native: ldecheck + lde_bench; wasm: lde_app) unless
# BENCH_NATIVE_DIR / BENCH_WASM_DIR point at existing build folders. Knobs: BENCH_RUNS (10000 full
# assessments), BENCH_BATCH_LINES (1000000 worker assessments), LOADS (5 cold loads), FRAMES (300).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
export NODE_PATH=/usr/share/nodejs
json=0
browser=1
batch=1
for arg in "$@"; do
  case "$arg" in
    --json) json=1 ;;
    --skip-browser) browser=0 ;;
    --skip-batch) batch=0 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done
native="${BENCH_NATIVE_DIR:-build/native}"
wasm="${BENCH_WASM_DIR:-build/wasm}"
runs="${BENCH_RUNS:-10000}"
lines="${BENCH_BATCH_LINES:-1000000}"
jobs="${JOBS:-$(nproc)}"
out="$here/build/bench"
mkdir -p "$out"
log() { printf '[bench] %s\n' "$*" >&2; }

# [SECTION] Builds ---------------------------------------------------------------------------------------
# A folder given in BENCH_NATIVE_DIR / BENCH_WASM_DIR is used as it is (never built into).
if [ -z "${BENCH_NATIVE_DIR:-}" ]; then
  log "building ldecheck and lde_bench (native preset)"
  cmake --preset native >"$out/configure-native.log" 2>&1 || { cat "$out/configure-native.log" >&2; exit 1; }
  cmake --build "$native" -j"$jobs" --target ldecheck lde_bench >"$out/build-native.log" 2>&1 \
    || { grep -E 'error' "$out/build-native.log" | head -n 20 >&2; exit 1; }
fi
[ -x "$native/tests/bench/lde_bench" ] || { echo "bench.sh: $native/tests/bench/lde_bench missing" >&2; exit 1; }
if [ -z "${BENCH_WASM_DIR:-}" ]; then
  log "building lde_app (wasm preset)"
  cmake --preset wasm >"$out/configure-wasm.log" 2>&1 || { cat "$out/configure-wasm.log" >&2; exit 1; }
  cmake --build "$wasm" -j"$jobs" --target lde_app >"$out/build-wasm.log" 2>&1 \
    || { grep -E 'error' "$out/build-wasm.log" | head -n 20 >&2; exit 1; }
fi
[ -f "$wasm/web/lde_app.wasm" ] || { echo "bench.sh: $wasm/web/lde_app.wasm missing" >&2; exit 1; }

# [SECTION] Native: one full assessment ----------------------------------------------------------------
log "full assessment (employer + 10 workers) x $runs"
"$native/tests/bench/lde_bench" assess "$runs" >"$out/assess.json"

# [SECTION] Native: ldecheck batch throughput and peak memory -------------------------------------------
echo '{}' >"$out/batch.json"
if [ "$batch" -eq 1 ]; then
  ndjson="$out/workers-$lines.ndjson"
  [ -s "$ndjson" ] || { log "generating $lines worker assessments"; "$native/tests/bench/lde_bench" ndjson "$lines" >"$ndjson"; }
  # Both output modes on the same input: the full report per line, and --summary (text-free).
  for mode in report summary; do
    flag=""; [ "$mode" = summary ] && flag="--summary"
    log "ldecheck batch $flag on $lines worker assessments (one process, one core)"
    /usr/bin/time -v "$native/ldecheck" batch $flag --date 2024-03-15 <"$ndjson" 2>"$out/batch-$mode.time" | wc -l >"$out/batch-$mode.lines"
  done
  python3 - "$out" "$lines" <<'PY'
import json, re, sys
out, lines = sys.argv[1], int(sys.argv[2])
def measure(mode):
    t = open(out + "/batch-%s.time" % mode).read()
    get = lambda label: re.search(re.escape(label) + r":\s*(\S+)", t).group(1)
    user, system = float(get("User time (seconds)")), float(get("System time (seconds)"))
    wall = get("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
    wall_s = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
    produced = int(open(out + "/batch-%s.lines" % mode).read())
    return {"lines": lines, "reports": produced, "cpu_s": user + system, "wall_s": wall_s,
            "per_core_per_s": lines / (user + system), "peak_rss_mb": int(get("Maximum resident set size (kbytes)")) / 1024}
json.dump({mode: measure(mode) for mode in ("report", "summary")}, open(out + "/batch.json", "w"))
PY
fi

# [SECTION] Bundle sizes -------------------------------------------------------------------------------
python3 - "$here" "$wasm" "$out" <<'PY'
import glob, gzip, json, os, sys
root, wasm, out = sys.argv[1], sys.argv[2], sys.argv[3]
def sizes(path):
    data = open(path, "rb").read()
    return {"file": os.path.relpath(path, root), "raw": len(data), "gzip": len(gzip.compress(data, 9, mtime=0))}
def served(path):
    # What the servers send (scripts/serve.py, tests/e2e/lib.mjs): the build's zopfli copy <file>.gz
    # when there is one (it must decode to the file itself), else the file.
    s = sizes(path)
    s["served"] = s["raw"]
    if os.path.isfile(path + ".gz"):
        packed = open(path + ".gz", "rb").read()
        if gzip.decompress(packed) != open(path, "rb").read():
            sys.exit("bench: %s.gz does not decode to %s (stale build?)" % (path, path))
        s["served"] = len(packed)
    return s
web = [served(p) for p in sorted(glob.glob(os.path.join(root, wasm, "web", "*")))
       if os.path.isfile(p) and not p.endswith(".gz")]
fonts = [sizes(p) for p in sorted(glob.glob(os.path.join(root, wasm, "wasm", "fonts", "*.ttf")))]
# What is embedded: the whitespace-free copies the build makes of assets/ (scripts/minify_json.py).
embedded = os.path.join(root, wasm, "generated", "assets")
rules = [sizes(p) for p in sorted(glob.glob(os.path.join(embedded, "rules", "*.json")))]
i18n = [sizes(p) for p in sorted(glob.glob(os.path.join(embedded, "i18n", "*", "*.json")))]
total = lambda xs, k: sum(x[k] for x in xs)
json.dump({"web": web, "embedded_fonts": fonts, "embedded_rules": rules, "embedded_i18n": i18n,
           "transfer_raw": total(web, "raw"), "transfer_gzip": total(web, "gzip"),
           "transfer_served": total(web, "served"),
           "fonts_raw": total(fonts, "raw"), "fonts_gzip": total(fonts, "gzip"),
           "rules_raw": total(rules, "raw"), "rules_gzip": total(rules, "gzip"),
           "i18n_raw": total(i18n, "raw"), "i18n_gzip": total(i18n, "gzip")}, open(out + "/sizes.json", "w"))
PY

# [SECTION] Browser --------------------------------------------------------------------------------------
echo '{}' >"$out/browser.json"
if [ "$browser" -eq 1 ]; then
  log "headless Chromium: ${LOADS:-5} cold loads, ${FRAMES:-300} frames per tab, 2 s idle"
  "$native/tests/bench/lde_bench" write-full "$out/full-assessment.json"
  LDE_WEB_DIR="$here/$wasm/web" node tests/bench/browser.mjs "$out/full-assessment.json" >"$out/browser.json"
fi

# [SECTION] Report ---------------------------------------------------------------------------------------
python3 - "$out" "$json" <<'PY'
import json, os, platform, subprocess, sys, datetime
out, as_json = sys.argv[1], sys.argv[2] == "1"
load = lambda n: json.load(open(os.path.join(out, n)))
assess, batch, sizes, browser = load("assess.json"), load("batch.json"), load("sizes.json"), load("browser.json")
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
machine = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "nproc": os.cpu_count(),
           "cpu": cpu, "load_average": os.getloadavg()[0]}
rows = []  # (measure, value, budget, met)
def row(name, value, budget=None, met=None):
    rows.append({"measure": name, "value": value, "budget": budget, "met": met})
row("full assessment (employer + 10 workers), native, median of %d" % assess["runs"], "%.0f µs" % assess["median_us"])
row("  of which: parse / evaluate / write report JSON",
    "%.0f / %.0f / %.0f µs" % (assess["parse_median_us"], assess["evaluate_median_us"], assess["write_json_median_us"]))
row("  report JSON through a nlohmann_json tree instead (the path the writer replaced)",
    "%.0f µs" % assess["dom_json_median_us"])
row("  p99", "%.0f µs" % assess["p99_us"])
row("  worker assessments/s per core, evaluation only (from the median)",
    "%.0f" % (10 / (assess["evaluate_median_us"] / 1e6)))
for mode, label in (("report", "ldecheck batch (full report per line)"), ("summary", "ldecheck batch --summary (text-free)")):
    if mode not in batch:
        continue
    b = batch[mode]
    row("%s: %d worker assessments, per core" % (label, b["lines"]), "%.0f /s" % b["per_core_per_s"],
        "≥ 200000 /s", b["per_core_per_s"] >= 200000)
    row("  wall time, CPU time; peak memory (max RSS)", "%.1f s, %.1f s; %.1f MB" % (b["wall_s"], b["cpu_s"], b["peak_rss_mb"]))
for f in sizes["web"]:
    row("bundle " + os.path.basename(f["file"]), "%.1f KB raw, %.1f KB gzip -9, %.1f KB served" % (f["raw"] / 1024, f["gzip"] / 1024, f["served"] / 1024))
row("  embedded in lde_app.wasm: subset fonts (%d files)" % len(sizes["embedded_fonts"]),
    "%.1f KB raw, %.1f KB gzip" % (sizes["fonts_raw"] / 1024, sizes["fonts_gzip"] / 1024))
row("  embedded in lde_app.wasm: rules (%d files)" % len(sizes["embedded_rules"]),
    "%.1f KB raw, %.1f KB gzip" % (sizes["rules_raw"] / 1024, sizes["rules_gzip"] / 1024))
row("  embedded in lde_app.wasm: messages (%d files)" % len(sizes["embedded_i18n"]),
    "%.1f KB raw, %.1f KB gzip" % (sizes["i18n_raw"] / 1024, sizes["i18n_gzip"] / 1024))
row("total transfer (all bundle files), served gzip (zopfli, Content-Encoding: gzip)",
    "%.1f KB (raw %.1f KB, gzip -9 %.1f KB)" % (sizes["transfer_served"] / 1024, sizes["transfer_raw"] / 1024, sizes["transfer_gzip"] / 1024),
    "≤ 350 KB gzip", sizes["transfer_served"] <= 350 * 1024)
if browser:
    row("Chromium cold load → window.ldecheck.ready, median of %d" % len(browser["detail"]["loads"]), "%.0f ms" % browser["ready_ms"])
    row("Chromium cold load → first frame rendered", "%.0f ms" % browser["first_frame_ms"], "≤ 800 ms", browser["first_frame_ms"] <= 800)
    t = browser["detail"]["tabs"][browser["busiest_tab"]]
    row("CPU per frame, busiest tab (%s), median of %d" % (browser["busiest_tab"], t["frames"]),
        "%.2f ms" % browser["frame_cpu_median_ms"], "≤ 1 ms", browser["frame_cpu_median_ms"] <= 1.0)
    row("CPU per frame, busiest tab, p99", "%.2f ms" % browser["frame_cpu_p99_ms"])
    row("CPU per frame, other tabs (median)", ", ".join("%s %.2f" % (k, v["median_ms"]) for k, v in browser["detail"]["tabs"].items()) + " ms")
    row("redraws per second while idle (2 s, no input)", "%g" % browser["idle_redraws_per_second"], "0", browser["idle_redraws_per_second"] == 0)
if as_json:
    print(json.dumps({"machine": machine, "rows": rows, "raw": {"assess": assess, "batch": batch, "sizes": sizes, "browser": browser}}, indent=1, ensure_ascii=False))
else:
    print("LDE-check benchmarks — %s — %d × %s (load average %.1f)" % (machine["date"], machine["nproc"], machine["cpu"], machine["load_average"]))
    print()
    print("| measure | value | budget | met |")
    print("|---|---|---|---|")
    for r in rows:
        met = "" if r["met"] is None else ("yes" if r["met"] else "**no**")
        print("| %s | %s | %s | %s |" % (r["measure"], r["value"], r["budget"] or "", met))
PY
