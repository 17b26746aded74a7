// The worker's insertion trajectory as dates: start, ends, extensions, POP years, the transition
// trajectory's phases and the 1 July 2023 transitional regime. Pure computations over the rule book,
// no text; core/src/workers.cpp turns a TrajectoryPlan into events, checks and the summary.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lde/assessment.hpp"
#include "lde/date.hpp"
#include "lde/rules.hpp"

namespace lde {

struct Span {  // both days included
  Date from;
  Date to;
  friend bool operator==(const Span&, const Span&) = default;
};

// One phase of the transition trajectory (doorstroomtraject).
struct TransitionPhase {
  std::string name;  // pre_trajectory | job_matching | internship | aftercare
  Span span;
};

// What 1 July 2023 meant for the worker (rules-reference 6g).
enum class Regime2023 {
  unknown_start,         // no start date: nothing can be said
  ended_before,          // the trajectory ended before 1 July 2023
  not_employed_cutoff,   // the trajectory spans 1 July 2023 but the worker was not employed on 30 June 2023
  transitional,          // employed on 30 June 2023: stays in the transitional regime for the rest
  hired_after_cutoff,    // employment started after 30 June 2023: no LDE trajectory any more
};

// The enumerator's name ("transitional", ...), as written in the batch summary.
std::string to_string(Regime2023 r);

struct TrajectoryPlan {
  std::optional<Date> employment_start;  // as given
  std::optional<Date> start;             // counted start (not before 1 April 2015)
  bool counted_from_2015 = false;        // the employment started before the decree took effect
  std::optional<Date> regular_end;       // 5-year term, without extensions
  std::optional<Date> max_end;           // 6-year term, without extensions
  std::optional<Date> end;               // the applicable end with extensions; absent: open (55+) or unknown
  int years = 0;                         // 5 or 6 (the term that applies)
  bool age_55 = false;                   // extended without a fixed end (BVR art. 19)
  bool extensions_applied = false;       // the switch trajectory.extensions.apply
  long extension_days = 0;               // days of absence/training within the trajectory
  bool open_absence = false;             // an absence without an end date was counted up to the assessment date
  Regime2023 regime_2023 = Regime2023::unknown_start;
  std::optional<Date> transitional_end;  // last day of the transitional regime (temporary compensation / WOP)
  std::optional<Date> left_on;           // last day employed, when the worker left before 30 June 2023
  std::optional<Span> age_55_block;      // the 5-year block running on 1 July 2023 (55+ only)
  std::vector<Span> pop_years;           // trajectory year k = pop_years[k-1]
  std::vector<TransitionPhase> transition_phases;  // empty when no transition trajectory is planned
  bool internship_given = false;
};

// Trajectory start (rules-reference 9.3): DWSE counts from the start of employment; the given
// trajectory_start is used only without an employment_start; hires before 1 April 2015 count from then.
std::optional<Date> counted_trajectory_start(const Worker& w, const RuleBook& rules, const Date& on);

// The end after suspending the trajectory clock during `absences` (rules-reference 9.3, low-medium):
// every day of absence inside the trajectory moves the end by one day. Absences are merged first.
Date extended_end(const Date& start, const Date& unextended_end, std::vector<Span> absences, long* extension_days);

// Whether the worker counts as employed on `day`: the employment started by then and, when employment
// periods are given, one of them covers the day.
bool employed_on_day(const Worker& w, const Date& day);

// Completed years of age on `day`.
int age_on(const Date& birth, const Date& day);

// Trajectory year k (1-based) that holds `on`: anniversary k-1 <= on < anniversary k, from the start
// to the last day in the trajectory (effective_end; open for 55+); 0 before, after, or without a start.
int trajectory_year_on(const TrajectoryPlan& p, const Date& on);

// Everything dated about the worker's trajectory on assessment date `on`.
TrajectoryPlan plan_trajectory(const Worker& w, const RuleBook& rules, const Date& on);

// Position on `on` (documented in design.md extensions): not_started before the start; transition_period
// inside the (indicative) transition trajectory, including its aftercare after the end; in_trajectory from
// the start to the end (for an open 55+ end: to the end of the transitional regime, or without end);
// ended afterwards; no_lde_trajectory when hired after 30 June 2023; unknown without a start.
std::string status_on(const TrajectoryPlan& p, const Date& on);

// The last day the worker is in the LDE trajectory or its transitional regime (nullopt: open or unknown).
std::optional<Date> effective_end(const TrajectoryPlan& p);

}  // namespace lde
