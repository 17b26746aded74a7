// The C functions web/app.js calls to build window.ldecheck (the automation API, design.md). Strings
// go out as UTF-8 JSON in a buffer that stays valid until the next call of the same function.
#include <string>

#include <emscripten.h>
#include <nlohmann/json.hpp>

#include "app.hpp"
#include "bridge_text.hpp"
#include "cull.hpp"
#include "loop.hpp"
#include "theme.hpp"
#include "widgets.hpp"

using lde::ui::hold;

extern "C" {

// The assessment as the lde-assessment/1 JSON the command line reads.
EMSCRIPTEN_KEEPALIVE const char* lde_state() {
  static std::string buffer;
  return hold(buffer, lde::to_json(lde::ui::app().assessment).dump());
}

// The report (lde-report/1) for the current assessment.
EMSCRIPTEN_KEEPALIVE const char* lde_report() {
  static std::string buffer;
  lde::ui::refresh_report(lde::ui::app());
  return hold(buffer, lde::to_json_string(lde::ui::app().report));
}

// Interactive widgets visible in the last rendered frame, CSS pixels relative to the canvas.
EMSCRIPTEN_KEEPALIVE const char* lde_widgets() {
  static std::string buffer;
  return hold(buffer, lde::ui::widgets_json().dump());
}

// The tooltip shown in the last rendered frame ("" when none).
EMSCRIPTEN_KEEPALIVE const char* lde_tooltip() { return lde::ui::published_tooltip().c_str(); }

// UI state that is not part of the assessment: the active tab, the language and the theme.
EMSCRIPTEN_KEEPALIVE const char* lde_ui() {
  static std::string buffer;
  const auto& s = lde::ui::app();
  const nlohmann::json j{{"tab", lde::ui::tab_name(s.active_tab)},
                         {"language", lde::to_string(s.assessment.language)},
                         {"today", lde::to_iso(s.today)},
                         {"evaluation_error", s.evaluation_error},
                         {"theme", lde::ui::palette().name}};
  return hold(buffer, j.dump());
}

// Replaces the assessment with a lde-assessment/1 document. Bad input leaves the state untouched.
// Returns {"ok": true} or {"ok": false, "error": "line 3, column 5: ..." | "workers[0].x: ..."}.
EMSCRIPTEN_KEEPALIVE const char* lde_load(const char* text) {
  static std::string buffer;
  lde::ParseResult parsed = lde::parse_assessment(text ? text : "");
  nlohmann::json result;
  if (parsed.ok()) {
    lde::ui::set_assessment(lde::ui::app(), std::move(*parsed.assessment));
    lde::ui::wake();
    result = {{"ok", true}, {"error", nullptr}};
  } else {
    result = {{"ok", false},
              {"error", parsed.error ? parsed.error->to_string() : std::string("invalid assessment")}};
  }
  return hold(buffer, result.dump());
}

// Selects a tab by name on the next frame (keyboard shortcuts, deep links). Returns 0 for unknown names.
EMSCRIPTEN_KEEPALIVE int lde_select_tab(const char* name) {
  const auto tab = lde::ui::parse_tab(name ? name : "");
  if (!tab) return 0;
  lde::ui::app().requested_tab = *tab;
  lde::ui::wake();
  return 1;
}

EMSCRIPTEN_KEEPALIVE double lde_frames() { return static_cast<double>(lde::ui::frames_rendered()); }

EMSCRIPTEN_KEEPALIVE void lde_wake() { lde::ui::wake(); }

// Developer and test switch: 0 draws every block of a long screen even when out of view (cull.hpp), so
// the end-to-end tests can compare the culled layout with the full one. Not part of window.ldecheck.
EMSCRIPTEN_KEEPALIVE void lde_set_culling(int on) {
  lde::ui::set_culling(on != 0);
  lde::ui::wake();
}

}  // extern "C"
