// Shows checks from the report as an expandable tree: status pill (icon + word + colour), title,
// the one-sentence explanation, notes, open questions and sources with their confidence.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "app.hpp"
#include "lde/check.hpp"
#include "lde/rules.hpp"

namespace lde::ui {

// `scope` makes widget ids unique when the same check id appears in several places (one per worker).
void draw_checks(AppState& s, const std::vector<Check>& checks, const std::string& scope);
void draw_checks(AppState& s, const std::vector<const Check*>& checks, const std::string& scope);
void draw_check(AppState& s, const Check& check, const std::string& scope);
// The sources of a check or a parameter version, each with its confidence and a link.
void draw_sources(AppState& s, const std::vector<Source>& sources, const std::string& scope);

// Checks whose id starts with one of `prefixes` ("lde.", "quality.", "imw."), pointing into `checks`
// (drawn every frame: no copies of the check trees).
std::vector<const Check*> checks_with_prefix(const std::vector<Check>& checks, const std::vector<std::string>& prefixes);

std::string status_word(const AppState& s, Status status);
std::string confidence_word(const AppState& s, Confidence c);
std::string check_title(const AppState& s, const Check& check);

}  // namespace lde::ui
