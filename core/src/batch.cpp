#include "lde/batch.hpp"

#include "lde/evaluate.hpp"

namespace lde {

namespace {
// Input text echoed in an error message (e.g. the bytes around a syntax error) may be invalid
// UTF-8; the output line must stay valid JSON whatever the input was.
std::string dump_line(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }
}  // namespace

std::optional<std::string> batch_line(const std::string& line, long line_number, const BatchOptions& options) {
  if (line.find_first_not_of(" \t\r") == std::string::npos) return std::nullopt;
  auto parsed = parse_assessment(line);
  if (!parsed.ok()) {
    nlohmann::json err{{"path", parsed.error->path}, {"message", parsed.error->message}};
    if (parsed.error->line > 0) err["column"] = parsed.error->column;
    return dump_line(nlohmann::json{{"line", line_number}, {"error", err}});
  }
  Assessment& a = *parsed.assessment;
  if (options.date) a.assessment_date = options.date;
  if (options.language) a.language = *options.language;
  const Context ctx{builtin_rules(), builtin_messages(), a.language};
  return to_json_string(evaluate(a, ctx, options.today));
}

}  // namespace lde
