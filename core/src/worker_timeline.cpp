// Dates of the worker's insertion trajectory (see lde/worker_timeline.hpp).
#include "lde/worker_timeline.hpp"

#include <algorithm>

namespace lde {

namespace {

Date day_before(const Date& d) { return add_days(d, -1); }
Date day_after(const Date& d) { return add_days(d, 1); }

int whole_number(const RuleBook& rules, std::string_view id, const Date& on) {
  return static_cast<int>(rules.number(id, on));
}

// Long-term absence (incapacity) and training periods that extend the trajectory (rules-reference 9.3).
// An absence without an end is counted up to the assessment date: it is known to last at least that long.
std::vector<Span> extension_periods(const Worker& w, const Date& on, bool* open_absence) {
  std::vector<Span> out;
  for (const auto* periods : {&w.incapacity_periods, &w.training_extensions})
    for (const Period& p : *periods) {
      if (!p.from) continue;
      if (!p.to) *open_absence = true;
      const Date to = p.to ? *p.to : std::max(*p.from, on);
      out.push_back(Span{*p.from, to});
    }
  return out;
}

std::vector<Span> merged(std::vector<Span> spans) {
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.from < b.from; });
  std::vector<Span> out;
  for (const Span& s : spans) {
    if (!out.empty() && s.from <= day_after(out.back().to))
      out.back().to = std::max(out.back().to, s.to);
    else
      out.push_back(s);
  }
  return out;
}

// Transition trajectory (rules-reference 3c, 9.3; indicative): pre-trajectory, job matching, internship,
// aftercare, each at its maximum length, placed around `internship`.
std::vector<TransitionPhase> phases_around(const Span& internship, const RuleBook& rules, const Date& on) {
  const int pre = whole_number(rules, "trajectory.transition.pre_trajectory_months", on);
  const int matching = whole_number(rules, "trajectory.transition.job_matching_months", on);
  const int aftercare = whole_number(rules, "trajectory.transition.aftercare_months", on);
  const Span job_matching{add_months(internship.from, -matching), day_before(internship.from)};
  const Span pre_trajectory{add_months(job_matching.from, -pre), day_before(job_matching.from)};
  const Span after{day_after(internship.to), day_before(add_months(day_after(internship.to), aftercare))};
  return {{"pre_trajectory", pre_trajectory}, {"job_matching", job_matching}, {"internship", internship}, {"aftercare", after}};
}

// The last day an employment period before the cut-off ran (the worker left before 30 June 2023).
std::optional<Date> left_before(const Worker& w, const Date& cutoff) {
  std::optional<Date> last;
  for (const Period& p : w.employed_on)
    if (p.to && *p.to < cutoff && (!last || *last < *p.to)) last = p.to;
  return last;
}

}  // namespace

std::optional<Date> counted_trajectory_start(const Worker& w, const RuleBook& rules, const Date& on) {
  const std::optional<Date> start = w.employment_start ? w.employment_start : w.trajectory_start;
  if (!start) return std::nullopt;
  const Date counted_from = rules.date("trajectory.counted_from", on);
  return *start < counted_from ? counted_from : *start;
}

Date extended_end(const Date& start, const Date& unextended_end, std::vector<Span> absences, long* extension_days) {
  long remaining = static_cast<long>(days_between(start, unextended_end)) + 1;  // trajectory days still to run
  Date cursor = start;
  long extension = 0;
  for (const Span& a : merged(std::move(absences))) {
    if (a.to < cursor) continue;
    const Date from = std::max(a.from, cursor);
    const long run = static_cast<long>(days_between(cursor, from));
    if (run >= remaining) break;
    remaining -= run;
    extension += static_cast<long>(days_between(from, a.to)) + 1;
    cursor = day_after(a.to);
  }
  if (extension_days) *extension_days = extension;
  return add_days(cursor, remaining - 1);
}

bool employed_on_day(const Worker& w, const Date& day) {
  const std::optional<Date> start = w.employment_start ? w.employment_start : w.trajectory_start;
  if (!start || day < *start) return false;
  if (w.employed_on.empty()) return true;
  return std::any_of(w.employed_on.begin(), w.employed_on.end(),
                     [&](const Period& p) { return p.from && *p.from <= day && (!p.to || day <= *p.to); });
}

int age_on(const Date& birth, const Date& day) {
  const bool before_birthday = day.month < birth.month || (day.month == birth.month && day.day < birth.day);
  return day.year - birth.year - (before_birthday ? 1 : 0);
}

TrajectoryPlan plan_trajectory(const Worker& w, const RuleBook& rules, const Date& on) {
  TrajectoryPlan p;
  p.employment_start = w.employment_start ? w.employment_start : w.trajectory_start;
  p.internship_given = w.internship && w.internship->from;
  if (!p.employment_start) return p;
  const Date cutoff = rules.date("transition.employed_cutoff", on);
  const Date imw_start = rules.date("transition.imw_start", on);
  // No LDE trajectory can start after the cut-off (rules-reference 6g, T14).
  if (cutoff < *p.employment_start) {
    p.regime_2023 = Regime2023::hired_after_cutoff;
    return p;
  }
  const Date start = *counted_trajectory_start(w, rules, on);
  p.start = start;
  p.counted_from_2015 = *p.employment_start < start;
  const int regular_years = whole_number(rules, "trajectory.max_years", on);
  const int exceptional_years = whole_number(rules, "trajectory.exceptional_max_years", on);
  p.years = w.exceptional_sixth_year.value_or(false) ? exceptional_years : regular_years;
  p.regular_end = term_end(start, regular_years);
  p.max_end = term_end(start, exceptional_years);
  p.age_55 = w.age_55_extension.value_or(false);

  // Long-term absence and training move the end (rules-reference 9.3; a switch, low-medium confidence).
  p.extensions_applied = rules.flag("trajectory.extensions.apply", on);
  std::vector<Span> absences;
  if (p.extensions_applied) absences = extension_periods(w, on, &p.open_absence);
  const auto extended = [&](const Date& unextended) {
    long days = 0;
    const Date e = p.extensions_applied ? extended_end(start, unextended, absences, &days) : unextended;
    return std::make_pair(e, days);
  };
  const auto [end_with_extensions, extension_days] = extended(term_end(start, p.years));
  if (!p.age_55) {
    p.end = end_with_extensions;
    p.extension_days = extension_days;
  }

  // 1 July 2023 (rules-reference 6g): who stays in the transitional regime, and until when.
  const bool spans_switch = p.age_55 || !(end_with_extensions < imw_start);
  if (!spans_switch) {
    p.regime_2023 = Regime2023::ended_before;
  } else if (!employed_on_day(w, cutoff)) {
    p.regime_2023 = Regime2023::not_employed_cutoff;
  } else {
    p.regime_2023 = Regime2023::transitional;
    if (!p.age_55) {
      p.transitional_end = p.end;
    } else {
      // BVR art. 19 extension without end: successive blocks from the start of the LDE entitlement, the
      // extensions added on top (rules-reference 9.3); the block running on 1 July 2023 is the last one.
      const int block = whole_number(rules, "trajectory.age_55_extension.block_years", on);
      for (int k = 1;; ++k) {
        const auto [block_end, days] = extended(term_end(start, block * k));
        if (!(block_end < imw_start)) {
          p.transitional_end = block_end;
          p.extension_days = days;
          p.age_55_block = Span{anniversary(start, block * (k - 1)), term_end(start, block * k)};
          break;
        }
      }
    }
  }

  // Trajectory years, each with its POP (one per year; rules-reference 3b). An open 55+ trajectory has
  // years up to the end of its last transitional block, or up to the block that holds the assessment date.
  int pop_years = p.years;
  if (p.age_55) {
    const int block = whole_number(rules, "trajectory.age_55_extension.block_years", on);
    pop_years = block;
    const Date horizon = p.age_55_block ? p.age_55_block->to : on;
    while (!(horizon < anniversary(start, pop_years))) pop_years += block;
  }
  const int every = std::max(1, whole_number(rules, "trajectory.pop_every_years", on));
  for (int k = 1; k <= pop_years; k += every) p.pop_years.push_back(Span{anniversary(start, k - 1), term_end(start, k)});

  // The transition trajectory is planned only for a trajectory that ran its course under LDE; under the
  // 2023 transitional regime there is none (IMW option) or only after the end evaluation (collective option).
  if (p.regime_2023 == Regime2023::ended_before && p.end) {
    const int internship_months = whole_number(rules, "trajectory.transition.internship_months", on);
    Span internship{add_months(day_after(*p.end), -internship_months), *p.end};
    if (p.internship_given)
      internship = Span{*w.internship->from, w.internship->to ? *w.internship->to
                                                              : day_before(add_months(*w.internship->from, internship_months))};
    p.transition_phases = phases_around(internship, rules, on);
  }
  if (p.regime_2023 == Regime2023::not_employed_cutoff) p.left_on = left_before(w, cutoff);
  return p;
}

std::optional<Date> effective_end(const TrajectoryPlan& p) {
  if (p.regime_2023 == Regime2023::transitional) return p.transitional_end;
  if (p.left_on) return p.left_on;
  return p.end;
}

std::string status_on(const TrajectoryPlan& p, const Date& on) {
  if (p.regime_2023 == Regime2023::hired_after_cutoff) return "no_lde_trajectory";
  if (!p.start) return "unknown";
  if (on < *p.start) return "not_started";
  if (!p.transition_phases.empty() && !(on < p.transition_phases.front().span.from) &&
      !(p.transition_phases.back().span.to < on))
    return "transition_period";
  const auto end = effective_end(p);
  if (!end || !(*end < on)) return "in_trajectory";
  return "ended";
}

int trajectory_year_on(const TrajectoryPlan& p, const Date& on) {
  if (!p.start || on < *p.start || p.regime_2023 == Regime2023::hired_after_cutoff) return 0;
  if (const auto end = effective_end(p); end && *end < on) return 0;
  int k = 1;
  while (!(on < anniversary(*p.start, k))) ++k;  // on lies in [anniversary(k - 1), anniversary(k))
  return k;
}

std::string to_string(Regime2023 r) {
  switch (r) {
    case Regime2023::unknown_start: return "unknown_start";
    case Regime2023::ended_before: return "ended_before";
    case Regime2023::not_employed_cutoff: return "not_employed_cutoff";
    case Regime2023::transitional: return "transitional";
    case Regime2023::hired_after_cutoff: return "hired_after_cutoff";
  }
  return "unknown_start";
}

}  // namespace lde
