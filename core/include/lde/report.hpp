// The output contract, schema "lde-report/1" (design.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lde/check.hpp"
#include "lde/date.hpp"
#include "lde/messages.hpp"

namespace lde {

inline constexpr const char* kReportSchema = "lde-report/1";

struct Event {
  Date date;
  std::optional<Date> to;  // last day included, for spans
  std::string kind;        // trajectory_start, pop, transition_trajectory, transition_phase, internship, ...
  std::string label;       // in the report language
  std::string detail;      // longer explanation (tooltip), may be empty
  bool indicative = false; // placement rests on medium/low-confidence sources
  std::vector<Source> sources;
};

struct ImwScheduleRow {
  Quarter quarter;
  int wage_premium_percent = 0;
  double wage_premium_amount = 0.0;
  double guidance_premium_amount = 0.0;
  double capped_reference_wage = 0.0;  // per quarter
  int term_quarter = 0;                // 1-based position in the term
};

struct TrajectoryDates {
  std::optional<Date> start;
  std::optional<Date> regular_end;
  std::optional<Date> max_end;
  std::optional<Date> end;  // absent: open end (55+ extension) or unknown
};

struct WorkerReport {
  std::string id;
  std::string name;
  std::string status_on_date;  // in_trajectory | transition_period | ended | not_started | unknown
  TrajectoryDates trajectory;
  std::vector<Event> events;
  std::vector<ImwScheduleRow> imw_schedule;
  std::vector<Check> checks;
  // Further per-worker sections (documented in design.md extensions): "summary" (plain-language
  // lines), "imw_totals", "imw_comparison", ...
  nlohmann::json extra = nlohmann::json::object();
};

struct Report {
  Date assessment_date;
  std::string regime;  // "lde" before 1 July 2023, "imw" from then on
  Language language = Language::nl;
  std::vector<Check> checks;
  std::vector<WorkerReport> workers;
  nlohmann::json extra = nlohmann::json::object();  // e.g. "banners", "notes"
};

void to_json(nlohmann::json& j, const Event& e);
void to_json(nlohmann::json& j, const ImwScheduleRow& r);
void to_json(nlohmann::json& j, const WorkerReport& w);
void to_json(nlohmann::json& j, const Report& r);

// The report as compact JSON: exactly the bytes of nlohmann::json(r).dump(), written without building
// the JSON tree (several times faster; `ldecheck batch` and the browser's report() use it).
std::string to_json_string(const Report& r);

// Human-readable renderings (CLI, print, download). All text in the report language.
struct Context;
std::string render_text(const Report& r, const Context& ctx);
std::string render_markdown(const Report& r, const Context& ctx);
std::string render_html(const Report& r, const Context& ctx);

}  // namespace lde
