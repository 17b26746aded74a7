// Evaluation: assessment -> report. The only place where rules are decided.
#pragma once

#include "lde/assessment.hpp"
#include "lde/messages.hpp"
#include "lde/report.hpp"
#include "lde/rules.hpp"

namespace lde {

// What every evaluator needs: the rule book, the messages and the language of the report.
struct Context {
  const RuleBook& rules;
  const Messages& messages;
  Language language = Language::nl;

  std::string text(const std::string& key, const Args& args = {}) const { return messages.text(language, key, args); }
  // Sources of a parameter's version in force on `on` (empty when none is in force).
  std::vector<Source> sources(const std::string& parameter_id, const Date& on) const;
};

// The rules and messages built into this binary (assets/ embedded at build time).
const RuleBook& builtin_rules();
const Messages& builtin_messages();

// The regime for new situations on `on`: "lde" before IMW took effect (transition.imw_start), else "imw".
std::string regime_on(const RuleBook& rules, const Date& on);

// Evaluates on a.assessment_date, or `today` when the assessment has none.
Report evaluate(const Assessment& a, const Context& ctx, const Date& today);
// Shorthand with the built-in rules and messages, in the assessment's language.
Report evaluate(const Assessment& a, const Date& today);

// The parts (one file each in core/src/).
void evaluate_employer(const Assessment& a, const Date& on, const Context& ctx, Report& out);  // lde.*, quality.*
void evaluate_workers(const Assessment& a, const Date& on, const Context& ctx, Report& out);   // trajectory, transition.2023
void evaluate_imw(const Assessment& a, const Date& on, const Context& ctx, Report& out);       // imw.*

// Today's date from the system clock (UTC), for callers that have no date.
Date today_utc();

}  // namespace lde
