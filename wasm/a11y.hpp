// Accessibility of the canvas app: the theme choice, keyboard shortcuts, a clearly visible focus ring,
// and the data behind the DOM mirror that screen readers read (web/a11y.js renders it).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "app.hpp"
#include "palette.hpp"

namespace lde::ui {

// [SECTION] Theme
// The user's stored choice (localStorage 'lde-check.theme'), else the browser's prefers-color-scheme.
void init_theme();
// Switches the theme; `remember` stores the choice (a click on the switch), otherwise the page only
// follows the system setting.
void choose_theme(const Palette& p, bool remember);

// [SECTION] Per frame (main.cpp)
// Keyboard shortcuts: Alt+PageDown / Alt+PageUp (and Ctrl+Tab / Ctrl+Shift+Tab where the browser lets
// them through) select the next / previous tab.
void a11y_begin_frame(AppState& s);
// Draws the focus ring and tells the page when the mirror's content changed.
void a11y_end_frame(AppState& s);
// True once after a keyboard shortcut selected a tab: the tab bar then gives that tab keyboard focus.
bool take_tab_focus_request();

// [SECTION] DOM mirror
// Changes whenever the report, the active tab, the language or the theme changes.
unsigned long mirror_revision();
// What web/a11y.js renders: {revision, language, tab, text: {...}, verdicts: [...], report_html}.
nlohmann::json mirror_json(AppState& s);
// The stable widget id (widgets.hpp) that has keyboard focus in the last frame, "" when none.
const std::string& focused_widget();

}  // namespace lde::ui
