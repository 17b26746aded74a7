// Native benchmark driver (scripts/bench.sh).
//   lde_bench assess [RUNS]        median and p99 time of parse + evaluate + JSON report of the full
//                                  assessment (employer + 10 workers); prints one JSON object
//   lde_bench ndjson N             N single-worker assessments as NDJSON on stdout (for ldecheck batch)
//   lde_bench write-full FILE      the full assessment as a file (the browser benchmark loads it)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "generate.hpp"
#include "lde/batch.hpp"
#include "lde/evaluate.hpp"

namespace {

int bench_assess(int runs) {
  const std::string text = lde::bench::full_assessment_json(10);
  const lde::Date today{2024, 3, 15};
  std::size_t bytes = 0;
  // Warm-up: the rule book and messages are parsed once per process, as in the CLI and the app.
  for (int i = 0; i < 50; ++i) bytes += lde::batch_line(text, 1, {std::nullopt, std::nullopt, today})->size();
  // Per run: parse + validate, evaluate, write the report JSON as batch and the app do
  // (lde::to_json_string); the phases add up to the total. For comparison, the same JSON built as a
  // nlohmann_json tree and dumped (the path the writer replaced), not part of the total.
  std::vector<double> total, parse, eval, write, dom;
  for (auto* v : {&total, &parse, &eval, &write, &dom}) v->reserve(static_cast<std::size_t>(runs));
  using clock = std::chrono::steady_clock;
  const auto us = [](clock::time_point a, clock::time_point b) { return std::chrono::duration<double, std::micro>(b - a).count(); };
  for (int i = 0; i < runs; ++i) {
    const auto t0 = clock::now();
    auto parsed = lde::parse_assessment(text);
    const auto t1 = clock::now();
    const lde::Report report = lde::evaluate(*parsed.assessment, today);
    const auto t2 = clock::now();
    bytes += lde::to_json_string(report).size();
    const auto t3 = clock::now();
    const std::size_t dom_bytes = nlohmann::json(report).dump().size();
    const auto t4 = clock::now();
    if (dom_bytes == 0) return 1;  // keeps the comparison from being optimised away
    total.push_back(us(t0, t3));
    parse.push_back(us(t0, t1));
    eval.push_back(us(t1, t2));
    write.push_back(us(t2, t3));
    dom.push_back(us(t3, t4));
  }
  const auto at = [](std::vector<double>& v, double q) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())))];
  };
  std::printf("{\"runs\": %d, \"workers\": 10, \"median_us\": %.1f, \"p99_us\": %.1f, \"parse_median_us\": %.1f, "
              "\"evaluate_median_us\": %.1f, \"write_json_median_us\": %.1f, \"dom_json_median_us\": %.1f, "
              "\"report_bytes\": %zu}\n",
              runs, at(total, 0.5), at(total, 0.99), at(parse, 0.5), at(eval, 0.5), at(write, 0.5), at(dom, 0.5),
              bytes / static_cast<std::size_t>(runs + 50));
  return 0;
}

int write_ndjson(long n) {
  lde::bench::Rng rng{1};
  std::string out;
  out.reserve(1 << 20);
  for (long i = 1; i <= n; ++i) {
    out += "{\"schema\":\"lde-assessment/1\",\"assessment_date\":\"2024-03-15\",\"organisation\":{\"employer_kind\":"
           "\"private_legal_person\",\"in_difficulty\":false},\"workers\":[";
    out += lde::bench::worker_json(rng, 1);
    out += "]}\n";
    if (out.size() > (1 << 20) - 2048) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "assess") return bench_assess(argc > 2 ? std::atoi(argv[2]) : 10000);
  if (mode == "ndjson" && argc > 2) return write_ndjson(std::atol(argv[2]));
  if (mode == "write-full" && argc > 2) {
    std::ofstream(argv[2]) << lde::bench::full_assessment_json(10) << "\n";
    return 0;
  }
  std::fprintf(stderr, "usage: lde_bench assess [RUNS] | ndjson N | write-full FILE\n");
  return 2;
}
