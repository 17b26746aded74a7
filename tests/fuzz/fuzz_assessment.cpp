// libFuzzer target: an assessment document (any bytes) through the parser and validator. On success
// the assessment must round-trip through to_json, evaluate without throwing, and its report must
// serialise and render. Whatever the fast reader accepts, the nlohmann_json reader must read the same. A crash, sanitizer report, uncaught exception or failed invariant is a bug.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "lde/evaluate.hpp"

namespace {

[[noreturn]] void invariant_failed(const char* what, const std::string& detail) {
  std::fprintf(stderr, "fuzz_assessment: invariant failed: %s\n%s\n", what, detail.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const lde::ParseResult parsed = lde::parse_assessment(text);
  if (const auto fast = lde::detail::parse_assessment_fast(text)) {
    const lde::ParseResult full = lde::detail::parse_assessment_nlohmann(text);
    if (!full.ok()) invariant_failed("what the fast reader accepts, nlohmann_json accepts", text);
    if (lde::to_json(*fast).dump() != lde::to_json(*full.assessment).dump())
      invariant_failed("the fast reader reads what nlohmann_json reads", text);
  }
  if (!parsed.ok()) {
    if (!parsed.error) invariant_failed("a failed parse names its error", text);
    (void)parsed.error->to_string();
    return 0;
  }
  const lde::Assessment& a = *parsed.assessment;

  // Round trip: what we write back reads back to the same document.
  const nlohmann::json written = lde::to_json(a);
  const lde::ParseResult again = lde::assessment_from_json(written);
  if (!again.ok()) invariant_failed("to_json output parses", written.dump() + "\n" + again.error->to_string());
  if (lde::to_json(*again.assessment) != written) invariant_failed("to_json round-trips", written.dump());

  // Evaluation of a valid assessment never fails; the report is valid UTF-8 JSON and renders.
  const lde::Context ctx{lde::builtin_rules(), lde::builtin_messages(), a.language};
  const lde::Report report = lde::evaluate(a, ctx, lde::Date{2024, 1, 15});
  (void)nlohmann::json(report).dump();  // strict: throws on invalid UTF-8
  (void)lde::render_text(report, ctx);
  (void)lde::render_markdown(report, ctx);
  (void)lde::render_html(report, ctx);
  return 0;
}
