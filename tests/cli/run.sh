#!/usr/bin/env bash
# Contract tests of the ldecheck command line: exit codes, error messages, formats (design.md).
# Usage: tests/cli/run.sh path/to/ldecheck   (run from the repository root; ctest does that)
set -u
bin="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

expect() {  # expect NAME EXPECTED_EXIT PATTERN_IN_OUTPUT -- command...
  local name="$1" code="$2" pattern="$3"
  shift 4
  local out rc
  out="$("$@" 2>&1)"
  rc=$?
  if [ "$rc" -ne "$code" ]; then
    echo "FAIL $name: exit $rc, expected $code"; echo "$out" | head -5; failed=$((failed + 1)); return
  fi
  if [ -n "$pattern" ] && ! grep -qF -- "$pattern" <<<"$out"; then
    echo "FAIL $name: output lacks: $pattern"; echo "$out" | head -5; failed=$((failed + 1)); return
  fi
  passed=$((passed + 1))
}

cat >"$work/ok.json" <<'JSON'
{ "schema": "lde-assessment/1", "assessment_date": "2023-09-15",
  "organisation": { "legal_form": "vzw", "recognition_requested_on": "2023-09-15" } }
JSON
printf '{\n  "schema": "lde-assessment/1",\n  "language": nl\n}\n' >"$work/syntax.json"
printf '{"schema": "lde-assessment/1", "workers": [{"id": "w1", "trajectory_start": "2023-02-30"}]}' >"$work/path.json"
printf '{"schema": "lde-assessment/1", "organisation": {"legal_form": "bv"}}' >"$work/form.json"

expect "help" 0 "ldecheck assess FILE" -- "$bin" --help
expect "no arguments is a usage error" 2 "Usage" -- "$bin"
expect "unknown command" 2 "unknown command" -- "$bin" frobnicate
expect "assess text" 0 "lde.recognition.applications_open" -- "$bin" assess "$work/ok.json"
expect "assess json" 0 '"schema": "lde-report/1"' -- "$bin" assess "$work/ok.json" --format json
expect "assess markdown" 0 "# LDE-check" -- "$bin" assess "$work/ok.json" --format markdown
expect "assess english" 0 "not met" -- "$bin" assess "$work/ok.json" --lang en
expect "assess dutch default" 0 "niet voldaan" -- "$bin" assess "$work/ok.json"
expect "date override" 0 '"assessment_date": "2023-06-30"' -- "$bin" assess "$work/ok.json" --date 2023-06-30 --format json
expect "bad date option" 2 "--date: 2023-02-30 is not a date" -- "$bin" assess "$work/ok.json" --date 2023-02-30
expect "bad format" 2 "--format must be" -- "$bin" assess "$work/ok.json" --format pdf
expect "missing file" 2 "cannot read" -- "$bin" assess "$work/nope.json"
expect "syntax error names line and column" 2 "syntax.json: line 3, column 15:" -- "$bin" assess "$work/syntax.json"
expect "bad field names the path" 2 "path.json: workers[0].trajectory_start: 2023-02-30 is not a date" -- "$bin" assess "$work/path.json"
expect "unknown legal form" 2 'organisation.legal_form: "bv" is not one of' -- "$bin" assess "$work/form.json"
expect "stdin" 0 "lde.recognition" -- bash -c "\"$bin\" assess - < \"$work/ok.json\""
expect "rules json" 0 '"lde.recognition.applications_open"' -- "$bin" rules --format json
expect "rules text" 0 "01/07/2023" -- "$bin" rules

# batch: a broken line yields an error object and the rest goes on
{
  tr -d '\n' <"$work/ok.json"; echo
  echo '{"schema": "lde-assessment/1", "organisation": {'
  echo
  tr -d '\n' <"$work/path.json"; echo
  tr -d '\n' <"$work/ok.json"; echo
} >"$work/in.ndjson"
# expect_lines NAME "CHECK1" "CHECK2" ... -- command...: exit 0 and one output line per CHECK, each
# "F:text" (the line contains text) or "E:regex" (the line matches the extended regex).
expect_lines() {
  local name="$1" checks=() out rc n=0 ok=1
  shift
  while [ "$1" != "--" ]; do checks+=("$1"); shift; done
  shift
  out="$("$@")"; rc=$?
  [ "$rc" -eq 0 ] && [ "$(printf '%s\n' "$out" | wc -l)" -eq "${#checks[@]}" ] || ok=0
  for check in "${checks[@]}"; do
    n=$((n + 1))
    local line; line="$(sed -n "${n}p" <<<"$out")"
    case "$check" in
      F:*) grep -qF -- "${check#F:}" <<<"$line" || ok=0 ;;
      E:*) grep -qE -- "${check#E:}" <<<"$line" || ok=0 ;;
    esac
  done
  if [ "$ok" -eq 1 ]; then
    passed=$((passed + 1))
  else
    echo "FAIL $name: rc=$rc"; echo "$out" | cut -c1-200; failed=$((failed + 1))
  fi
}
expect_lines "batch" \
  'F:"schema":"lde-report/1"' \
  'E:\{"error":\{"column":.*"path":""\},"line":2\}' \
  'F:{"error":{"message":"2023-02-30 is not a date (YYYY-MM-DD)","path":"workers[0].trajectory_start"},"line":4}' \
  'F:"schema":"lde-report/1"' \
  -- bash -c "\"$bin\" batch < \"$work/in.ndjson\""

# batch --summary: the same lines, a text-free summary per valid line, the same error objects
expect_lines "batch --summary" \
  'F:{"assessment_date":"2024-03-15","line":1,"regime":"imw","schema":"lde-batch-summary/1","workers":[]}' \
  'E:\{"error":\{"column":.*"path":""\},"line":2\}' \
  'F:"path":"workers[0].trajectory_start"},"line":4}' \
  'F:"line":5,"regime":"imw","schema":"lde-batch-summary/1"' \
  -- bash -c "\"$bin\" batch --summary --date 2024-03-15 < \"$work/in.ndjson\""
expect "summary is a batch option" 2 "--summary applies to batch only" -- "$bin" assess "$work/ok.json" --summary

# worker part (issue 4): events, summary and the 2023 check in every format
cat >"$work/worker.json" <<'JSON'
{ "schema": "lde-assessment/1", "assessment_date": "2022-03-15", "organisation": { "transition_option": "imw" },
  "workers": [ { "id": "w1", "name": "Sam", "employment_start": "2019-09-01" } ] }
JSON
printf '{"schema": "lde-assessment/1", "workers": [{"id": "w1", "employment_start": "2019-09-01", "incapacity_periods": [{"from": "2020-01-01", "to": "2020-03-01"}, {"from": "2020-02-15", "to": null}]}]}' >"$work/overlap.json"
expect "worker summary in text" 0 "Je zit in jaar 3 van 5." -- "$bin" assess "$work/worker.json"
expect "worker events in text" 0 "01/07/2023 – 31/08/2024  Tijdelijke vergoeding" -- "$bin" assess "$work/worker.json"
expect "worker 2023 check in text" 0 "(transition.2023)" -- "$bin" assess "$work/worker.json"
expect "worker events in markdown" 0 "| 31/08/2024 | VDAB-evaluatie voor verdere steun |" -- "$bin" assess "$work/worker.json" --format markdown
expect "worker summary in English" 0 "Your next POP is on 01/09/2022." -- "$bin" assess "$work/worker.json" --lang en
expect "worker events in json" 0 '"kind": "temporary_compensation"' -- "$bin" assess "$work/worker.json" --format json
expect "worker status in json" 0 '"status_on_date": "in_trajectory"' -- "$bin" assess "$work/worker.json" --format json
expect "overlapping incapacity names the path" 2 "workers[0].incapacity_periods[1]: overlaps incapacity_periods[0]" -- "$bin" assess "$work/overlap.json"

# Individueel maatwerk (IMW): schedule, totals and the LDE comparison in every format; bad percentage.
cat >"$work/imw.json" <<'JSON'
{ "schema": "lde-assessment/1", "assessment_date": "2024-01-15",
  "organisation": { "employer_kind": "private_legal_person", "in_difficulty": false, "transition_option": "imw" },
  "workers": [ { "id": "w1", "work_fraction": 0.8, "employment_start": "2019-09-01",
    "imw": { "work_limitation_recognised": true, "support_need": "wage_and_guidance", "residence": "flanders",
             "contract_hours": 30, "package": "five_year", "decision_date": "2023-11-15",
             "monthly_reference_wage": 3600, "guidance_need": "medium" } } ] }
JSON
printf '{"schema": "lde-assessment/1", "workers": [{"id": "w1", "imw": {"wage_premium_percent": 37}}]}' >"$work/imw37.json"
expect "imw schedule in text" 0 "2025Q4  20 %  € 2.027,41  € 1.330,00" -- "$bin" assess "$work/imw.json"
expect "imw totals in text" 0 "Hele looptijd (2023Q4–2028Q3)  € 52.964,95  € 29.600,00  € 82.564,95" -- "$bin" assess "$work/imw.json"
expect "imw break-point reading in text" 0 "5/3/12 kwartalen (andere lezing: 5/4/11)" -- "$bin" assess "$work/imw.json"
expect "imw comparison in english" 0 "2023Q3  runs (amount unknown)  —  unknown" -- "$bin" assess "$work/imw.json" --lang en
expect "imw totals in markdown" 0 "| 2024 | € 15.728,81 | € 7.720,00 | € 23.448,81 |" -- "$bin" assess "$work/imw.json" --format markdown
expect "imw totals in json" 0 '"imw_totals"' -- "$bin" assess "$work/imw.json" --format json
expect "imw comparison in json" 0 '"imw_comparison"' -- "$bin" assess "$work/imw.json" --format json
expect "imw 37 percent names the path" 2 "workers[0].imw.wage_premium_percent: 37 is not a multiple of 5 between 20 and 75" -- "$bin" assess "$work/imw37.json"
expect "imw rules in the catalogue" 0 '"imw.start_package.period_quarters"' -- "$bin" rules --format json

# Employer part (issue 3): the tree in every format, bad organisation input, and every employer scenario
# (tests/scenarios/e*.json) through the real binary, so the same scenarios pass natively, in wasm and here.
cat >"$work/employer.json" <<'JSON'
{ "schema": "lde-assessment/1", "assessment_date": "2019-06-01",
  "organisation": { "legal_form": "vzw", "existed_before_2015": false, "trajectories_allocated_on": "2015-06-01",
                    "target_group_fte": { "2018": 4.5 }, "label_granted_on": "2016-01-01", "contingent_allocated": false },
  "services": [ { "name": "Fietspunt", "no_displacement": false } ] }
JSON
printf '{"schema": "lde-assessment/1", "organisation": {"target_group_fte": {"2019": -1}}}' >"$work/fte_negative.json"
printf '{"schema": "lde-assessment/1", "organisation": {"target_group_fte": {"19": 5}}}' >"$work/fte_year.json"
printf '{"schema": "lde-assessment/1", "organisation": {"label_granted_on": "2021-02-29"}}' >"$work/label_date.json"
expect "employer min fte in text" 0 "4,50 VTE in 2018 is minder dan de vereiste 5 VTE." -- "$bin" assess "$work/employer.json"
expect "employer open question in text" 0 "Nog te beantwoorden: organisation.offers_insertion_trajectories" -- "$bin" assess "$work/employer.json"
expect "employer service in markdown" 0 "(\`lde.services[0].no_displacement\`)" -- "$bin" assess "$work/employer.json" --format markdown
expect "employer label in english" 0 "The label granted on 01/01/2016 is valid for 5 years, through 31/12/2020" -- "$bin" assess "$work/employer.json" --lang en
expect "employer answers in json" 0 '"organisation.target_group_fte.2018": 4.5' -- "$bin" assess "$work/employer.json" --format json
expect "employer banner from 1 July 2023" 0 '"id": "lde.no_new_recognitions"' -- "$bin" assess "$work/employer.json" --date 2023-07-01 --format json
expect "negative fte names the path" 2 "fte_negative.json: organisation.target_group_fte.2019: -1 must be 0 or more" -- "$bin" assess "$work/fte_negative.json"
expect "fte year that is not a year names the path" 2 'organisation.target_group_fte.19: "19" is not a year' -- "$bin" assess "$work/fte_year.json"
expect "label date that does not exist names the path" 2 "organisation.label_granted_on: 2021-02-29 is not a date" -- "$bin" assess "$work/label_date.json"
expect "employer rules in the catalogue" 0 '"quality.proof.approval_certificate_use"' -- "$bin" rules --format json
for scenario in tests/scenarios/e*.json; do
  name="$(basename "$scenario")"
  jq '.assessment' "$scenario" >"$work/scenario.json"
  if jq -e 'has("expect_error")' "$scenario" >/dev/null; then
    expect "scenario $name refused" 2 "$(jq -r '.expect_error' "$scenario")" -- "$bin" assess "$work/scenario.json"
    continue
  fi
  report="$("$bin" assess "$work/scenario.json" --format json)" || { echo "FAIL scenario $name: exit $?"; failed=$((failed + 1)); continue; }
  mismatches="$(jq -r --argjson report "$report" '.expect_checks // {} | to_entries[]
      | . as $e | ([$report.checks | .. | objects | select(.id? == $e.key) | .status] | first) as $got
      | select($got != $e.value) | "\($e.key): expected \($e.value), got \($got)"' "$scenario")"
  if [ -n "$mismatches" ]; then echo "FAIL scenario $name: $mismatches"; failed=$((failed + 1)); else passed=$((passed + 1)); fi
done

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
