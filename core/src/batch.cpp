#include "lde/batch.hpp"

#include "json_writer.hpp"
#include "lde/evaluate.hpp"
#include "lde/worker_timeline.hpp"

namespace lde {

namespace {
// Input text echoed in an error message (e.g. the bytes around a syntax error) may be invalid
// UTF-8; the output line must stay valid JSON whatever the input was.
std::string dump_line(const nlohmann::json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

// The "lde-batch-summary/1" line (keys in sorted order, as nlohmann_json writes objects).
std::string summary_line(const Assessment& a, const Date& on, long line_number, const RuleBook& rules) {
  std::string out;
  out.reserve(128 + 256 * a.workers.size());
  json_out::Writer w(out);
  w.open('{');
  w.key("assessment_date"), w.value(to_iso(on));
  w.key("line"), w.integer(line_number);
  w.key("regime"), w.value(regime_on(rules, on));
  w.key("schema"), w.value(kBatchSummarySchema);
  w.key("workers"), w.open('[');
  for (const Worker& worker : a.workers) {
    const TrajectoryPlan plan = plan_trajectory(worker, rules, on);
    w.open('{');
    w.key("id"), w.value(worker.id);
    w.key("regime_2023"), w.value(to_string(plan.regime_2023));
    w.key("status_on_date"), w.value(status_on(plan, on));
    w.key("trajectory"), w.open('{');
    w.key("end"), w.date(plan.end);
    w.key("max_end"), w.date(plan.max_end);
    w.key("regular_end"), w.date(plan.regular_end);
    w.key("start"), w.date(plan.start);
    w.close('}');
    w.key("trajectory_year"), w.integer(trajectory_year_on(plan, on));
    w.key("transitional_end"), w.date(plan.transitional_end);
    w.close('}');
  }
  w.close(']');
  w.close('}');
  return out;
}
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
  if (options.summary) return summary_line(a, a.assessment_date.value_or(options.today), line_number, builtin_rules());
  const Context ctx{builtin_rules(), builtin_messages(), a.language};
  return to_json_string(evaluate(a, ctx, options.today));
}

}  // namespace lde
