// libFuzzer target: input bytes split into lines exactly as `ldecheck batch` reads standard input,
// each line through lde::batch_line (the function the command line calls). Every non-blank line must
// give exactly one line of valid JSON: a report or a {"line", "error"} object, never an exception.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "lde/batch.hpp"

namespace {

[[noreturn]] void invariant_failed(const char* what, const std::string& detail) {
  std::fprintf(stderr, "fuzz_batch_line: invariant failed: %s\n%s\n", what, detail.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  // Half the inputs also exercise the --date / --lang overrides.
  lde::BatchOptions options{std::nullopt, std::nullopt, lde::Date{2024, 1, 15}};
  if (size > 0 && (data[0] & 1)) options = {lde::Date{2023, 6, 30}, lde::Language::en, lde::Date{2024, 1, 15}};
  // and half the --summary mode (the text-free per-worker line).
  options.summary = size > 0 && (data[0] & 2);
  const std::string schema = options.summary ? lde::kBatchSummarySchema : "lde-report/1";
  std::string line;
  long number = 0;
  while (std::getline(in, line)) {
    const auto out = lde::batch_line(line, ++number, options);
    if (!out) continue;
    if (out->find('\n') != std::string::npos) invariant_failed("one output line per input line", *out);
    const auto j = nlohmann::json::parse(*out, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) invariant_failed("output is a JSON object", *out);
    if (j.contains("error") && j.value("line", 0L) != number) invariant_failed("errors name their line", *out);
    if (!j.contains("error") && j.value("schema", "") != schema) invariant_failed("a report or summary", *out);
  }
  return 0;
}
