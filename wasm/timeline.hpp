// The worker timeline: a date axis (years, quarters) with the worker's spans and milestones from the
// report, drawn with ImGui draw lists. Zoom with the wheel (ctrl+wheel = trackpad pinch), a two-finger
// pinch on a touch screen, or + and - while focused; pan by dragging (mouse or finger) or with a
// horizontal wheel; hover for a tooltip (dates, explanation, source); click or Tab to focus and step
// between events with the left and right arrow keys.
#pragma once

#include <string>

#include "app.hpp"
#include "lde/report.hpp"

namespace lde::ui {

struct TimelineView {
  std::string worker_id;        // the view is fitted again when another worker is shown
  std::string fitted_for;       // a fingerprint of the events the view was fitted to
  double first_day = 0;         // days since 1970-01-01 at the left edge of the plot
  double days_per_pixel = 0;    // device pixels; 0 = fit on the next frame
  bool focused = false;         // arrow keys step between events
  bool nav_focused = false;     // keyboard (Tab) focus was on the timeline in the last frame
  int selected = -1;            // index into the worker's events (keyboard stepping), -1 = none
};

void draw_timeline(AppState& s, const WorkerReport& w, TimelineView& view);
// The key to the colours, hatching and marker shapes, drawn with the same primitives.
void draw_timeline_legend(const AppState& s);

// Tooltip text of one event: its dates (dd/mm/yyyy), label, explanation and sources with confidence.
std::string event_tooltip(const AppState& s, const Event& e);

}  // namespace lde::ui
