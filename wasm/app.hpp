// The browser app's state and the few operations on it. The UI never decides a rule: it edits the
// Assessment, asks the core to evaluate it, and shows the Report.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "lde/assessment.hpp"
#include "lde/date.hpp"
#include "lde/evaluate.hpp"
#include "lde/messages.hpp"
#include "lde/report.hpp"

namespace lde::ui {

enum class Tab { employer, worker, imw, report, about };
inline constexpr Tab kTabs[] = {Tab::employer, Tab::worker, Tab::imw, Tab::report, Tab::about};

// Stable name of a tab for widget ids and the automation API ("employer", "about", ...).
const char* tab_name(Tab t);
std::optional<Tab> parse_tab(std::string_view name);

struct AppState {
  Assessment assessment;
  Report report;
  Date today;                    // the browser's local date; assessment.assessment_date overrides it
  Tab active_tab = Tab::employer;
  std::optional<Tab> requested_tab;  // selected on the next frame (the automation API, keyboard)
  bool needs_evaluation = true;      // the assessment (or today) changed since `report` was made
  std::string evaluation_error;      // non-empty when the core threw while evaluating
  // Counts evaluations of a changed assessment (or date): the page autosaves when it moves, so the
  // state is serialised only after a change, never every frame (web/persist.js).
  unsigned long revision = 0;
};

// The one app instance (ImGui itself is a single global context; the bridge and the main loop share it).
AppState& app();

// Re-evaluates when the assessment changed; cheap to call every frame.
void refresh_report(AppState& s);
// Replaces the assessment (from the UI or load()) and re-evaluates at once, so report() is current.
void set_assessment(AppState& s, Assessment a);
void set_language(AppState& s, Language lang);
void set_today(AppState& s, const Date& today);

// UI text in the assessment's language (assets/i18n/<lang>/ui.json and the core's catalogues). A fixed
// text is looked up once and then handed out by reference (valid for the whole run): the screens read
// the same texts every frame. With {name} arguments the text is composed each time.
const std::string& tr(const AppState& s, std::string_view key);
std::string tr(const AppState& s, const std::string& key, const Args& args);
Language language(const AppState& s);
// The evaluation context (rules, messages, language) that matches the report being shown.
Context context(const AppState& s);

}  // namespace lde::ui
