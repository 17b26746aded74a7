// Worker checks and timelines: the insertion trajectory (trajectory.*) and what 1 July 2023 changed
// (transition.2023).
#include "lde/evaluate.hpp"

namespace lde {

namespace {

// Trajectory start (rules-reference 9.3): the start of employment; hires before the 2013 decree
// took effect are counted from 1 April 2015.
std::optional<Date> trajectory_start(const Worker& w, const Date& on, const Context& ctx) {
  std::optional<Date> start = w.trajectory_start ? w.trajectory_start : w.employment_start;
  if (!start) return std::nullopt;
  const Date counted_from = ctx.rules.date("trajectory.counted_from", on);
  return *start < counted_from ? counted_from : *start;
}

}  // namespace

void evaluate_workers(const Assessment& a, const Date& on, const Context& ctx, Report& out) {
  for (const auto& w : a.workers) {
    WorkerReport wr;
    wr.id = w.id;
    wr.name = w.name.value_or("");
    wr.trajectory.start = trajectory_start(w, on, ctx);
    if (wr.trajectory.start) {
      const int years = static_cast<int>(ctx.rules.number("trajectory.max_years", on));
      const int exceptional = static_cast<int>(ctx.rules.number("trajectory.exceptional_max_years", on));
      wr.trajectory.regular_end = term_end(*wr.trajectory.start, years);
      wr.trajectory.max_end = term_end(*wr.trajectory.start, exceptional);
      wr.trajectory.end = w.exceptional_sixth_year.value_or(false) ? wr.trajectory.max_end : wr.trajectory.regular_end;
      if (on < *wr.trajectory.start)
        wr.status_on_date = "not_started";
      else if (on <= *wr.trajectory.end)
        wr.status_on_date = "in_trajectory";
      else
        wr.status_on_date = "ended";
    } else {
      wr.status_on_date = "unknown";
    }
    out.workers.push_back(std::move(wr));
  }
}

}  // namespace lde
