// One free function per tab, each in its own file (screen_<name>.cpp). A screen draws inside the
// scrollable content area the frame (main.cpp) has opened; it edits s.assessment (then calls
// set_assessment or sets s.needs_evaluation) and shows s.report. Track every interactive widget
// (widgets.hpp) so the end-to-end tests can find it.
#pragma once

#include "app.hpp"

namespace lde::ui {

void draw_employer_screen(AppState& s);
void draw_worker_screen(AppState& s);
void draw_imw_screen(AppState& s);
void draw_report_screen(AppState& s);
void draw_about_screen(AppState& s);

// Shared by screens: "Beoordelingsdatum 22/11/2026 (vandaag)" and the regime.
void draw_assessment_summary(AppState& s);

}  // namespace lde::ui
