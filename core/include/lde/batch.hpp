// One line of `ldecheck batch` (design.md, "Command line"): the same code path for the command line,
// the fuzzers and the benchmarks.
#pragma once

#include <optional>
#include <string>

#include "lde/date.hpp"
#include "lde/messages.hpp"

namespace lde {

struct BatchOptions {
  std::optional<Date> date;          // --date: overrides each assessment's assessment_date
  std::optional<Language> language;  // --lang: overrides each assessment's language
  Date today;                        // used when neither --date nor assessment_date is given
  bool summary = false;              // --summary: the text-free per-worker summary instead of the report
};

inline constexpr const char* kBatchSummarySchema = "lde-batch-summary/1";

// The output line (without newline) for input line number `line_number`: the report as compact JSON,
// or {"line": N, "error": {"path", "message", "column"?}} when the line is not a valid assessment.
// With options.summary, a valid line gives the "lde-batch-summary/1" object instead of the report:
//   {"assessment_date", "line", "regime", "schema", "workers": [{"id", "regime_2023",
//    "status_on_date", "trajectory": {"end", "max_end", "regular_end", "start"}, "trajectory_year",
//    "transitional_end"}]}
// — the worker timeline's dates and position, the same values as the full report's (same code), with
// no texts, sources, employer checks or IMW schedule; the input is validated exactly as for the report.
// nullopt for a blank line (skipped). Never throws on bad input; output is always valid UTF-8 JSON.
std::optional<std::string> batch_line(const std::string& line, long line_number, const BatchOptions& options);

}  // namespace lde
