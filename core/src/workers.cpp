// Worker checks and timelines: the insertion trajectory (trajectory.duration) and what 1 July 2023
// changed (transition.2023). The dates come from plan_trajectory (worker_timeline.cpp); this file turns
// them into events, checks and the plain-language summary.
//
// [SECTION] Helpers
// [SECTION] Events (the timeline)
// [SECTION] trajectory.duration
// [SECTION] transition.2023
// [SECTION] Summary for the worker
// [SECTION] Entry point
#include <algorithm>

#include "lde/evaluate.hpp"
#include "lde/worker_timeline.hpp"

namespace lde {

namespace {

// [SECTION] Helpers ---------------------------------------------------------------------------------

struct WorkerInput {
  const Worker& worker;
  const Organisation& org;
  std::string path;  // "workers[2]"
  const TrajectoryPlan& plan;
  Date on;
  const Context& ctx;
  std::string field(const char* name) const { return path + "." + name; }
};

std::string display(const std::optional<Date>& d) { return d ? to_display(*d) : std::string(); }

Date parameter_date(const Context& ctx, const char* id, const Date& on) { return ctx.rules.date(id, on); }

void add_sources(std::vector<Source>& out, const std::vector<Source>& more) {
  for (const auto& s : more)
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
}

std::string transition_option(const WorkerInput& in) { return in.org.transition_option.value_or(""); }

const char* phase_param(const std::string& phase) {
  if (phase == "pre_trajectory") return "trajectory.transition.pre_trajectory_months";
  if (phase == "job_matching") return "trajectory.transition.job_matching_months";
  if (phase == "internship") return "trajectory.transition.internship_months";
  return "trajectory.transition.aftercare_months";
}

// [SECTION] Events (the timeline) -------------------------------------------------------------------

Event make_event(const Date& date, std::optional<Date> to, std::string kind, std::string label, std::string detail,
                 std::vector<Source> sources, bool indicative = false) {
  Event e;
  e.date = date;
  e.to = to;
  e.kind = std::move(kind);
  e.label = std::move(label);
  e.detail = std::move(detail);
  e.sources = std::move(sources);
  e.indicative = indicative;
  return e;
}

void trajectory_events(const WorkerInput& in, std::vector<Event>& out) {
  const auto& p = in.plan;
  const auto& ctx = in.ctx;
  const Date on = in.on;
  if (p.regime_2023 == Regime2023::hired_after_cutoff) {
    out.push_back(make_event(*p.employment_start, std::nullopt, "employment_start", ctx.text("worker.event.employment_start"),
                             ctx.text("worker.event.hired_after_detail", {{"cutoff", to_display(parameter_date(ctx, "transition.employed_cutoff", on))}}),
                             ctx.sources("transition.employed_cutoff", on)));
    return;
  }
  if (!p.start) return;
  const Date start = *p.start;
  if (p.counted_from_2015)
    out.push_back(make_event(*p.employment_start, std::nullopt, "employment_start", ctx.text("worker.event.employment_start"), "",
                             {}));
  out.push_back(make_event(start, std::nullopt, "trajectory_start", ctx.text("worker.event.trajectory_start"),
                           p.counted_from_2015 ? ctx.text("worker.event.counted_from_detail", {{"date", to_display(*p.employment_start)}})
                                               : ctx.text("worker.event.trajectory_start_detail"),
                           p.counted_from_2015 ? ctx.sources("trajectory.counted_from", on) : ctx.sources("trajectory.max_years", on)));

  // One POP per trajectory year: the given dates, or planned on each anniversary of the start.
  const auto pop_sources = ctx.sources("trajectory.pop_every_years", on);
  for (std::size_t k = 0; k < p.pop_years.size(); ++k) {
    const Span& year = p.pop_years[k];
    const Args args{{"year", std::to_string(k + 1)}, {"from", to_display(year.from)}, {"to", to_display(year.to)}};
    if (in.worker.pop_dates) {
      for (const Date& d : *in.worker.pop_dates)
        if (!(d < year.from) && !(year.to < d))
          out.push_back(make_event(d, std::nullopt, "pop", ctx.text("worker.event.pop", args), ctx.text("worker.event.pop_detail", args), pop_sources));
    } else {
      out.push_back(make_event(year.from, std::nullopt, "pop", ctx.text("worker.event.pop_planned", args),
                               ctx.text("worker.event.pop_planned_detail", args), pop_sources));
    }
  }

  // A given POP date outside every trajectory year is still shown, so a typing error is visible.
  if (in.worker.pop_dates)
    for (const Date& d : *in.worker.pop_dates)
      if (std::none_of(p.pop_years.begin(), p.pop_years.end(), [&](const Span& y) { return !(d < y.from) && !(y.to < d); }))
        out.push_back(make_event(d, std::nullopt, "pop", ctx.text("worker.event.pop_outside"), ctx.text("worker.event.pop_outside_detail"), pop_sources));

  // Long-term absence and training, as given; they move the end when the switch is on.
  const auto ext_sources = ctx.sources("trajectory.extensions.apply", on);
  const auto period_events = [&](const std::vector<Period>& periods, const char* kind, const char* label_key) {
    for (const Period& period : periods) {
      if (!period.from) continue;
      const std::optional<Date> to = period.to;
      const std::string detail = p.extensions_applied
                                     ? ctx.text("worker.event.extends_detail", {{"to", to ? to_display(*to) : ctx.text("worker.event.open")}})
                                     : ctx.text("worker.event.extension_off_detail");
      // The period itself is as given; only its effect on the end is uncertain (the extended_end event).
      out.push_back(make_event(*period.from, to, kind, ctx.text(label_key), detail, ext_sources));
    }
  };
  period_events(in.worker.incapacity_periods, "incapacity", "worker.event.incapacity");
  period_events(in.worker.training_extensions, "training", "worker.event.training");

  // Ends: the 5-year end, the exceptional sixth year (hatched in the UI), the end after extensions.
  const bool sixth = in.worker.exceptional_sixth_year.value_or(false);
  out.push_back(make_event(*p.regular_end, std::nullopt, "regular_end", ctx.text("worker.event.regular_end"),
                           ctx.text("worker.event.regular_end_detail"), ctx.sources("trajectory.max_years", on)));
  if (!p.age_55) {
    out.push_back(make_event(add_days(*p.regular_end, 1), *p.max_end, "sixth_year",
                             ctx.text(sixth ? "worker.event.sixth_year" : "worker.event.sixth_year_possible"),
                             ctx.text("worker.event.sixth_year_detail"), ctx.sources("trajectory.exceptional_max_years", on)));
    out.push_back(make_event(*p.max_end, std::nullopt, "max_end", ctx.text("worker.event.max_end"),
                             ctx.text(sixth ? "worker.event.max_end_applies" : "worker.event.max_end_detail"),
                             ctx.sources("trajectory.exceptional_max_years", on)));
    if (p.extension_days > 0)
      out.push_back(make_event(*p.end, std::nullopt, "extended_end", ctx.text("worker.event.extended_end"),
                               ctx.text("worker.event.extended_end_detail", {{"days", std::to_string(p.extension_days)}}), ext_sources, true));
  } else {
    const auto sources_55 = ctx.sources("trajectory.age_55_extension.block_years", on);
    const std::optional<Date> to = p.transitional_end;
    out.push_back(make_event(add_days(*p.regular_end, 1), to, "age_55_extension", ctx.text("worker.event.age_55_extension"),
                             to ? ctx.text("worker.event.age_55_block_detail", {{"to", to_display(*to)}}) : ctx.text("worker.event.age_55_open_detail"),
                             sources_55, true));
  }

  // Internship: given, or planned as the third phase of the transition trajectory.
  if (p.internship_given && p.transition_phases.empty()) {
    const Period& i = *in.worker.internship;
    out.push_back(make_event(*i.from, i.to, "internship", ctx.text("worker.event.internship"), ctx.text("worker.event.internship_detail"), {}));
  }
  if (!p.transition_phases.empty()) {
    std::vector<Source> phase_sources;
    for (const auto& phase : p.transition_phases) add_sources(phase_sources, ctx.sources(phase_param(phase.name), on));
    const Span whole{p.transition_phases.front().span.from, p.transition_phases.back().span.to};
    out.push_back(make_event(whole.from, whole.to, "transition_trajectory", ctx.text("worker.event.transition_trajectory"),
                             ctx.text("worker.event.transition_trajectory_detail"), phase_sources, true));
    for (const auto& phase : p.transition_phases) {
      const Args months{{"months", std::to_string(static_cast<int>(ctx.rules.number(phase_param(phase.name), on)))}};
      out.push_back(make_event(phase.span.from, phase.span.to, "transition_phase", ctx.text("worker.phase." + phase.name, months),
                               ctx.text("worker.event.phase_detail"), ctx.sources(phase_param(phase.name), on), true));
      if (phase.name == "internship")
        out.push_back(make_event(phase.span.from, phase.span.to, "internship",
                                 ctx.text(p.internship_given ? "worker.event.internship" : "worker.event.internship_planned"),
                                 ctx.text(p.internship_given ? "worker.event.internship_detail" : "worker.event.internship_planned_detail"),
                                 ctx.sources(phase_param(phase.name), on), !p.internship_given));
    }
    // VDAB evaluates before the end so that the transition trajectory has started by then (9.3).
    out.push_back(make_event(add_days(whole.from, -1), std::nullopt, "vdab_evaluation", ctx.text("worker.event.vdab_evaluation_latest"),
                             ctx.text("worker.event.vdab_evaluation_latest_detail"), ctx.sources("trajectory.transition.pre_trajectory_months", on), true));
  }
}

void transition_events(const WorkerInput& in, std::vector<Event>& out) {
  const auto& p = in.plan;
  const auto& ctx = in.ctx;
  const Date on = in.on;
  if (p.regime_2023 != Regime2023::transitional && p.regime_2023 != Regime2023::not_employed_cutoff) return;
  const Date switch_day = parameter_date(ctx, "transition.imw_start", on);
  out.push_back(make_event(switch_day, std::nullopt, "regime_change", ctx.text("worker.event.regime_change"),
                           ctx.text("worker.event.regime_change_detail"), ctx.sources("transition.imw_start", on)));
  if (p.regime_2023 != Regime2023::transitional) return;
  const Date sine = parameter_date(ctx, "transition.sine_stop", on);
  out.push_back(make_event(sine, std::nullopt, "sine_stop", ctx.text("worker.event.sine_stop"), ctx.text("worker.event.sine_stop_detail"),
                           ctx.sources("transition.sine_stop", on)));
  const auto end = p.transitional_end;
  if (!end) return;
  const std::string option = transition_option(in);
  const std::string wop = ctx.rules.at("transition.cmw_option.temporary_wop", on).value.get<std::string>();
  const Args end_args{{"end", to_display(*end)}, {"wop", wop}};
  if (option == "imw") {
    out.push_back(make_event(switch_day, *end, "temporary_compensation", ctx.text("worker.event.temporary_compensation"),
                             ctx.text("worker.event.temporary_compensation_detail", end_args), ctx.sources("transition.employed_cutoff", on)));
    out.push_back(make_event(*end, std::nullopt, "vdab_evaluation", ctx.text("worker.event.vdab_evaluation_imw"),
                             ctx.text("worker.event.vdab_evaluation_imw_detail"), ctx.sources("transition.imw_option.transition_trajectory", on)));
  } else if (option == "collective_customised_work") {
    out.push_back(make_event(switch_day, *end, "wop_40_low", ctx.text("worker.event.wop_40_low", end_args),
                             ctx.text("worker.event.wop_40_low_detail", end_args), ctx.sources("transition.cmw_option.temporary_wop", on)));
    out.push_back(make_event(*end, std::nullopt, "vdab_evaluation", ctx.text("worker.event.vdab_evaluation_cmw"),
                             ctx.text("worker.event.vdab_evaluation_cmw_detail"), ctx.sources("transition.cmw_option.temporary_wop", on)));
  } else {
    out.push_back(make_event(switch_day, *end, "transitional_regime", ctx.text("worker.event.transitional_regime"),
                             ctx.text("worker.event.transitional_regime_detail", end_args), ctx.sources("transition.employed_cutoff", on)));
  }
}

// Chronological; on the same day spans before milestones, then by the order they were added.
void sort_events(std::vector<Event>& events) {
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    if (a.date != b.date) return a.date < b.date;
    return a.to.has_value() && !b.to.has_value();
  });
}

// [SECTION] trajectory.duration ---------------------------------------------------------------------

// A POP every trajectory year (vlaanderen.be, high): every completed year needs one when dates are given.
Check pop_check(const WorkerInput& in) {
  const auto& p = in.plan;
  const auto& ctx = in.ctx;
  Check c;
  c.id = "trajectory.duration.pop";
  c.sources = ctx.sources("trajectory.pop_every_years", in.on);
  if (in.on < *p.start) {
    c.status = Status::not_applicable;
    c.explanation = ctx.text("worker.pop.not_started", {{"date", to_display(*p.start)}});
    return c;
  }
  if (!in.worker.pop_dates) {
    c.status = Status::unknown;
    c.open_questions.push_back(in.field("pop_dates"));
    c.explanation = ctx.text("worker.pop.no_dates");
    return c;
  }
  nlohmann::json given = nlohmann::json::array();
  for (const Date& d : *in.worker.pop_dates) given.push_back(to_iso(d));
  c.answers[in.field("pop_dates")] = given;
  const auto has_pop = [&](const Span& year) {
    return std::any_of(in.worker.pop_dates->begin(), in.worker.pop_dates->end(),
                       [&](const Date& d) { return !(d < year.from) && !(year.to < d); });
  };
  const auto last_day = effective_end(p);
  for (std::size_t k = 0; k < p.pop_years.size(); ++k) {
    const Span& year = p.pop_years[k];
    if (last_day && *last_day < year.from) break;
    const bool completed = year.to < in.on;
    const Args args{{"year", std::to_string(k + 1)}, {"from", to_display(year.from)}, {"to", to_display(year.to)}};
    if (completed && !has_pop(year)) {
      c.status = Status::not_met;
      c.explanation = ctx.text("worker.pop.missing", args);
      return c;
    }
    if (!completed) {
      c.status = Status::met;
      c.explanation = ctx.text(has_pop(year) ? "worker.pop.all_current" : "worker.pop.current_pending", args);
      return c;
    }
  }
  c.status = Status::met;
  c.explanation = ctx.text("worker.pop.all", {{"count", std::to_string(p.pop_years.size())}});
  return c;
}

// BVR art. 19: the open-ended extension is for workers aged 55 or over when the trajectory would end.
Check age_55_check(const WorkerInput& in) {
  const auto& ctx = in.ctx;
  Check c;
  c.id = "trajectory.duration.age_55_extension";
  c.sources = ctx.sources("trajectory.age_55_extension.min_age", in.on);
  c.answers[in.field("age_55_extension")] = true;
  const Date at = *in.plan.regular_end;
  const int min_age = static_cast<int>(ctx.rules.number("trajectory.age_55_extension.min_age", in.on));
  if (!in.worker.birth_date) {
    c.status = Status::unknown;
    c.open_questions.push_back(in.field("birth_date"));
    c.explanation = ctx.text("worker.age_55.unknown", {{"date", to_display(at)}});
    return c;
  }
  c.answers[in.field("birth_date")] = to_iso(*in.worker.birth_date);
  const int age = age_on(*in.worker.birth_date, at);
  const Args args{{"age", std::to_string(age)}, {"date", to_display(at)}, {"min", std::to_string(min_age)}};
  c.status = age >= min_age ? Status::met : Status::not_met;
  c.explanation = ctx.text(age >= min_age ? "worker.age_55.met" : "worker.age_55.not_met", args);
  return c;
}

Check duration_check(const WorkerInput& in) {
  const auto& p = in.plan;
  const auto& ctx = in.ctx;
  const Date on = in.on;
  Check c;
  c.id = "trajectory.duration";
  add_sources(c.sources, ctx.sources("trajectory.max_years", on));
  if (p.regime_2023 == Regime2023::hired_after_cutoff) {
    c.status = Status::not_applicable;
    c.answers[in.field("employment_start")] = to_iso(*p.employment_start);
    c.sources = ctx.sources("transition.employed_cutoff", on);
    c.explanation = ctx.text("worker.duration.hired_after", {{"date", to_display(*p.employment_start)},
                                                            {"cutoff", to_display(parameter_date(ctx, "transition.employed_cutoff", on))}});
    return c;
  }
  if (!p.start) {
    c.status = Status::unknown;
    c.open_questions.push_back(in.field("employment_start"));
    c.explanation = ctx.text("worker.duration.unknown_start");
    return c;
  }
  c.answers[in.field(in.worker.employment_start ? "employment_start" : "trajectory_start")] = to_iso(*p.employment_start);
  if (in.worker.exceptional_sixth_year) c.answers[in.field("exceptional_sixth_year")] = *in.worker.exceptional_sixth_year;
  if (in.worker.exceptional_sixth_year.value_or(false)) {
    add_sources(c.sources, ctx.sources("trajectory.exceptional_max_years", on));
    c.notes.push_back(ctx.text("worker.note.sixth_year"));
  }
  if (p.counted_from_2015) {
    add_sources(c.sources, ctx.sources("trajectory.counted_from", on));
    c.notes.push_back(ctx.text("worker.note.counted_from", {{"employment_start", to_display(*p.employment_start)}, {"start", to_display(*p.start)}}));
  }
  if (in.worker.employment_start && in.worker.trajectory_start && *in.worker.trajectory_start != *in.worker.employment_start) {
    c.answers[in.field("trajectory_start")] = to_iso(*in.worker.trajectory_start);
    c.notes.push_back(ctx.text("worker.note.trajectory_start_differs", {{"employment_start", to_display(*in.worker.employment_start)},
                                                                        {"trajectory_start", to_display(*in.worker.trajectory_start)}}));
  }
  const bool has_extension_input = !in.worker.incapacity_periods.empty() || !in.worker.training_extensions.empty();
  if (has_extension_input) {
    add_sources(c.sources, ctx.sources("trajectory.extensions.apply", on));
    c.notes.push_back(ctx.text(p.extensions_applied ? "worker.note.extensions" : "worker.note.extensions_off"));
    if (p.open_absence) c.notes.push_back(ctx.text("worker.note.open_absence", {{"date", to_display(on)}}));
  }
  const Args args{{"start", to_display(*p.start)}, {"years", std::to_string(p.years)}, {"end", display(p.end)},
                  {"days", std::to_string(p.extension_days)}, {"regular_end", to_display(*p.regular_end)}};
  if (p.age_55) {
    add_sources(c.sources, ctx.sources("trajectory.age_55_extension.block_years", on));
    c.explanation = ctx.text("worker.duration.age_55", args);
  } else {
    c.explanation = ctx.text(p.extension_days > 0 ? "worker.duration.extended" : "worker.duration.regular", args);
  }
  c.children.push_back(pop_check(in));
  if (p.age_55) c.children.push_back(age_55_check(in));
  close_parent(c);
  return c;
}

// [SECTION] transition.2023 -------------------------------------------------------------------------

Check employed_on_cutoff_check(const WorkerInput& in, const Date& cutoff) {
  const auto& p = in.plan;
  const auto& ctx = in.ctx;
  Check c;
  c.id = "transition.2023.employed_on_cutoff";
  c.sources = ctx.sources("transition.employed_cutoff", in.on);
  c.answers[in.field(in.worker.employment_start ? "employment_start" : "trajectory_start")] = to_iso(*p.employment_start);
  const Args args{{"cutoff", to_display(cutoff)}, {"date", to_display(*p.employment_start)}};
  if (p.regime_2023 == Regime2023::hired_after_cutoff) {
    c.status = Status::not_met;
    c.explanation = ctx.text("worker.cutoff.hired_after", args);
  } else if (p.regime_2023 == Regime2023::not_employed_cutoff) {
    c.status = Status::not_met;
    c.answers[in.field("employed_on")] = static_cast<int>(in.worker.employed_on.size());
    c.explanation = ctx.text("worker.cutoff.not_employed", args);
  } else {
    c.status = Status::met;
    c.explanation = ctx.text(in.worker.employed_on.empty() ? "worker.cutoff.employed" : "worker.cutoff.employed_periods", args);
  }
  return c;
}

Check option_check(const WorkerInput& in, const Args& args) {
  const auto& ctx = in.ctx;
  Check c;
  c.id = "transition.2023.option";
  const std::string option = transition_option(in);
  if (option.empty()) {
    c.status = Status::unknown;
    c.open_questions.push_back("organisation.transition_option");
    c.sources = ctx.sources("transition.employed_cutoff", in.on);
    c.explanation = ctx.text("worker.option.unknown", args);
    return c;
  }
  c.answers["organisation.transition_option"] = option;
  c.status = Status::met;
  if (option == "imw") {
    c.sources = ctx.sources("transition.imw_option.transition_trajectory", in.on);
    c.explanation = ctx.text("worker.option.imw", args);
    c.notes.push_back(ctx.text("worker.note.imw_evaluation"));
  } else {
    c.sources = ctx.sources("transition.cmw_option.temporary_wop", in.on);
    c.explanation = ctx.text("worker.option.cmw", args);
    c.notes.push_back(ctx.text("worker.note.cmw_outcomes"));
  }
  return c;
}

Check transition_check(const WorkerInput& in) {
  const auto& p = in.plan;
  const auto& ctx = in.ctx;
  const Date on = in.on;
  const Date cutoff = parameter_date(ctx, "transition.employed_cutoff", on);
  const Date switch_day = parameter_date(ctx, "transition.imw_start", on);
  Check c;
  c.id = "transition.2023";
  c.sources = ctx.sources("transition.imw_start", on);
  const std::string wop = ctx.rules.at("transition.cmw_option.temporary_wop", on).value.get<std::string>();
  const Args args{{"cutoff", to_display(cutoff)}, {"switch", to_display(switch_day)}, {"end", display(p.transitional_end)},
                  {"wop", wop}, {"date", display(p.employment_start)}};
  switch (p.regime_2023) {
    case Regime2023::unknown_start:
      c.status = Status::unknown;
      c.open_questions.push_back(in.field("employment_start"));
      c.explanation = ctx.text("worker.t2023.unknown_start");
      return c;
    case Regime2023::ended_before:
      c.status = Status::not_applicable;
      c.answers[in.field("employment_start")] = to_iso(*p.employment_start);
      c.explanation = ctx.text("worker.t2023.ended_before", {{"end", display(p.end)}, {"switch", to_display(switch_day)}});
      return c;
    case Regime2023::hired_after_cutoff:
    case Regime2023::not_employed_cutoff:
      c.children.push_back(employed_on_cutoff_check(in, cutoff));
      close_parent(c);
      c.explanation = ctx.text(p.regime_2023 == Regime2023::hired_after_cutoff ? "worker.t2023.hired_after" : "worker.t2023.not_employed", args);
      return c;
    case Regime2023::transitional:
      break;
  }
  c.children.push_back(employed_on_cutoff_check(in, cutoff));
  c.children.push_back(option_check(in, args));
  close_parent(c);
  const std::string option = transition_option(in);
  c.explanation = ctx.text(option == "imw" ? "worker.t2023.imw" : option.empty() ? "worker.t2023.option_unknown" : "worker.t2023.cmw", args);
  add_sources(c.sources, ctx.sources("transition.sine_stop", on));
  c.notes.push_back(ctx.text("worker.note.sine", {{"date", to_display(parameter_date(ctx, "transition.sine_stop", on))}}));
  // Assessed before the cut-off, "employed on 30 June 2023" is still an expectation, not a fact.
  if (on < cutoff) c.notes.push_back(ctx.text("worker.note.cutoff_ahead", {{"cutoff", to_display(cutoff)}, {"date", to_display(on)}}));
  if (p.age_55 && p.age_55_block) {
    add_sources(c.sources, ctx.sources("trajectory.age_55_extension.block_years", on));
    const int block = static_cast<int>(ctx.rules.number("trajectory.age_55_extension.block_years", on));
    c.notes.push_back(ctx.text("worker.note.block_55", {{"block", std::to_string(block)}, {"start", to_display(*p.start)},
                                                        {"from", to_display(p.age_55_block->from)}, {"to", to_display(p.age_55_block->to)},
                                                        {"switch", to_display(switch_day)}}));
    const auto& version = ctx.rules.at("trajectory.age_55_extension.block_years", on);
    if (auto note = version.note.find(to_string(ctx.language)); note != version.note.end()) c.notes.push_back(note->second);
  }
  return c;
}

// [SECTION] Summary for the worker ------------------------------------------------------------------

std::string phase_now(const TrajectoryPlan& p, const Date& on) {
  for (const auto& phase : p.transition_phases)
    if (!(on < phase.span.from) && !(phase.span.to < on)) return phase.name;
  return "";
}

nlohmann::json summary(const WorkerInput& in, const std::string& status) {
  const auto& p = in.plan;
  const auto& ctx = in.ctx;
  const Date on = in.on;
  nlohmann::json lines = nlohmann::json::array();
  const auto say = [&](const std::string& key, const Args& args = {}) { lines.push_back(ctx.text("worker.summary." + key, args)); };
  if (p.regime_2023 == Regime2023::hired_after_cutoff) {
    say("hired_after", {{"date", to_display(*p.employment_start)}, {"cutoff", to_display(parameter_date(ctx, "transition.employed_cutoff", on))}});
    return lines;
  }
  if (!p.start) {
    say("no_start");
    return lines;
  }
  const auto end = effective_end(p);
  if (status == "not_started") say("starts_on", {{"date", to_display(*p.start)}});
  if (status == "in_trajectory") {
    int year = 0;
    for (std::size_t k = 0; k < p.pop_years.size(); ++k)
      if (!(on < p.pop_years[k].from) && !(p.pop_years[k].to < on)) year = static_cast<int>(k) + 1;
    if (p.age_55 && year > 0)
      say("year_55", {{"year", std::to_string(year)}});
    else if (year > 0 && year <= p.years)
      say("year", {{"year", std::to_string(year)}, {"years", std::to_string(p.years)}});
    else
      say("year_extension");
  }
  if (status == "transition_period") {
    const std::string phase = phase_now(p, on);
    const auto& last = p.transition_phases.back().span.to;
    say("transition_now", {{"phase", ctx.text("worker.phase_name." + phase)}, {"date", to_display(last)}});
  }
  if (status == "not_started" || status == "in_trajectory") {
    // The next POP: a given date still to come, else the next planned one.
    std::optional<Date> next;
    if (in.worker.pop_dates) {
      for (const Date& d : *in.worker.pop_dates)
        if (!(d < on) && (!next || d < *next)) next = d;
    } else {
      for (const Span& y : p.pop_years)
        if (!(y.from < on) && (!next || y.from < *next)) next = y.from;
    }
    if (next && (!end || !(*end < *next))) say("next_pop", {{"date", to_display(*next)}});
  }
  // A 55+ trajectory has no end of its own; the transitional regime (below) says until when it runs.
  if (p.age_55) say("open_end");
  else if (end) say(status == "ended" ? "ended_on" : "ends_on", {{"date", to_display(*end)}});
  if (p.extension_days > 0) say("extended", {{"days", std::to_string(p.extension_days)}});
  if (p.regime_2023 == Regime2023::transitional && end) {
    const std::string option = transition_option(in);
    const Args args{{"date", to_display(*end)}};
    if (option == "imw") {
      say("transitional_imw", args);
      say("after_imw");
    } else if (option == "collective_customised_work") {
      say("transitional_cmw", args);
      say("after_cmw");
    } else {
      say("transitional_unknown", args);
    }
  }
  if (p.regime_2023 == Regime2023::not_employed_cutoff) say("not_employed", {{"cutoff", to_display(parameter_date(ctx, "transition.employed_cutoff", on))}});
  return lines;
}

}  // namespace

// [SECTION] Entry point -----------------------------------------------------------------------------

void evaluate_workers(const Assessment& a, const Date& on, const Context& ctx, Report& out) {
  for (std::size_t i = 0; i < a.workers.size(); ++i) {
    const Worker& w = a.workers[i];
    const TrajectoryPlan plan = plan_trajectory(w, ctx.rules, on);
    const WorkerInput in{w, a.organisation, "workers[" + std::to_string(i) + "]", plan, on, ctx};
    WorkerReport wr;
    wr.id = w.id;
    wr.name = w.name.value_or("");
    wr.trajectory.start = plan.start;
    wr.trajectory.regular_end = plan.regular_end;
    wr.trajectory.max_end = plan.max_end;
    wr.trajectory.end = plan.end;
    wr.status_on_date = status_on(plan, on);
    trajectory_events(in, wr.events);
    transition_events(in, wr.events);
    sort_events(wr.events);
    wr.checks.push_back(duration_check(in));
    wr.checks.push_back(transition_check(in));
    wr.extra["summary"] = summary(in, wr.status_on_date);
    wr.extra["extension"] = {{"applied", plan.extensions_applied}, {"days", plan.extension_days}};
    if (plan.transitional_end) wr.extra["transitional_end"] = to_iso(*plan.transitional_end);
    out.workers.push_back(std::move(wr));
  }
}

}  // namespace lde
