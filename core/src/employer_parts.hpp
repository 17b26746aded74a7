// Shared by the employer evaluators: employer.cpp (recognition, label, banner), employer_services.cpp
// (lde.services[i]) and employer_quality.cpp (quality.registration). Not a public header.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lde/evaluate.hpp"

namespace lde::employer {

Check new_check(std::string id);

// Appends the sources of the parameter version in force on `on` (no duplicates).
void add_sources(Check& c, const Context& ctx, const std::string& parameter_id, const Date& on);

// Adds the version's note and every alternative reading's note (in the report language) to c.notes,
// and the alternatives' sources to c.sources, so that a conflict between sources stays visible.
void add_notes(Check& c, const Context& ctx, const std::string& parameter_id, const Date& on,
               bool with_alternatives = true);

// A condition the law asks as yes/no. Met on yes, not_met on no, unknown with `path` open when
// unanswered. Explanations: "<stem>.yes", "<stem>.no", "<stem>.unknown" with `args`.
Check yes_no_check(std::string id, const std::optional<bool>& answer, const std::string& path,
                   const std::string& stem, const Context& ctx, const Args& args = {});

// Closes a parent whose explanation is "<stem>.<status>".
void close_with_explanation(Check& parent, const std::string& stem, const Context& ctx, const Args& args = {});

// Whether `value` is in the list parameter `parameter_id` on `on`.
bool in_list(const Context& ctx, const std::string& parameter_id, const Date& on, const std::string& value);

// "lde.services[i]" for every service, each with its nine condition checks.
std::vector<Check> evaluate_services(const std::vector<Service>& services, const Date& on, const Context& ctx);

// "quality.registration" with its category and proof checks (decree of 29 March 2019).
Check evaluate_quality_registration(const Organisation& org, const Date& on, const Context& ctx);

}  // namespace lde::employer
