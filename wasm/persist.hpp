// Saving, opening, sharing and printing the assessment: the canvas side. The page side (localStorage,
// files, the share link, the print window, their messages and dialogs) is web/persist.js; the C exports
// it calls are in bridge_persist.cpp. The canvas only asks the page to act (the buttons below); the
// page reads the state back through the exports.
#pragma once

#include "app.hpp"

namespace lde::ui {

// Tells the page that the assessment may have changed (AppState::revision moved), so it can autosave.
void assessment_revised(unsigned long revision);

// Openen / Opslaan / Deel link, on one line at the cursor; file_actions_width() is their total width.
float file_actions_width(const AppState& s);
void draw_file_actions(AppState& s);

// Afdrukken / Download HTML / Download Markdown on the Rapport tab.
void draw_report_actions(AppState& s);

}  // namespace lde::ui
