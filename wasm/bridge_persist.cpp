// The C functions web/persist.js calls for autosave, files, the share link and the report downloads
// (window.ldecheck.saved/openFile/shareLink/reportText/notice build on them). Strings go out as UTF-8
// in a buffer that stays valid until the next call of the same function, like bridge.cpp.
#include <string>
#include <utility>

#include <emscripten.h>
#include <nlohmann/json.hpp>

#include "app.hpp"
#include "lde/json_parse.hpp"
#include "bridge_text.hpp"

using lde::ui::hold;

extern "C" {

// Moves whenever a changed assessment was evaluated (AppState::revision); the page saves after it moves.
EMSCRIPTEN_KEEPALIVE double lde_revision() { return static_cast<double>(lde::ui::app().revision); }

// The assessment as lde-assessment/1 JSON, indented by `indent` spaces (a saved file people may read),
// or on one line when indent < 0 (then the same text as lde_state()).
EMSCRIPTEN_KEEPALIVE const char* lde_state_text(int indent) {
  static std::string buffer;
  return hold(buffer, lde::to_json(lde::ui::app().assessment).dump(indent < 0 ? -1 : indent) + (indent < 0 ? "" : "\n"));
}

// Checks a lde-assessment/1 document without loading it (a stored state, a file, a share link).
// Returns {"ok": true, "state": <the document as lde_state() would give it once loaded>} or
// {"ok": false, "error": "line 1, column 2: ..." | "workers[0].x: ...", "path": "...", "line": 1, "column": 2}.
EMSCRIPTEN_KEEPALIVE const char* lde_check_assessment(const char* text) {
  static std::string buffer;
  const lde::ParseResult parsed = lde::parse_assessment(text ? text : "");
  nlohmann::json result;
  if (parsed.ok()) {
    result = {{"ok", true}, {"state", lde::to_json(*parsed.assessment).dump()}};
  } else if (parsed.error) {
    result = {{"ok", false},
              {"error", parsed.error->to_string()},
              {"path", parsed.error->path},
              {"line", parsed.error->line},
              {"column", parsed.error->column}};
  } else {
    result = {{"ok", false}, {"error", "invalid assessment"}, {"path", ""}, {"line", 0}, {"column", 0}};
  }
  return hold(buffer, result.dump());
}

// The report rendered by the core in the assessment's language: format "html", "markdown" or "text".
// An unknown format gives "".
EMSCRIPTEN_KEEPALIVE const char* lde_report_text(const char* format) {
  static std::string buffer;
  auto& s = lde::ui::app();
  lde::ui::refresh_report(s);
  const std::string f = format ? format : "";
  const lde::Context ctx = lde::ui::context(s);
  if (f == "html") return hold(buffer, lde::render_html(s.report, ctx));
  if (f == "markdown") return hold(buffer, lde::render_markdown(s.report, ctx));
  if (f == "text") return hold(buffer, lde::render_text(s.report, ctx));
  return hold(buffer, "");
}

// A user-facing text in the assessment's language (assets/i18n), with {name} placeholders filled from
// `args_json`, a JSON object of strings. The page's own messages and dialogs use it.
EMSCRIPTEN_KEEPALIVE const char* lde_tr(const char* key, const char* args_json) {
  static std::string buffer;
  lde::Args args;
  const auto j = lde::parse_json_or_discarded(args_json ? args_json : "");
  if (j.is_object())
    for (const auto& [name, value] : j.items())
      args.emplace_back(name, value.is_string() ? value.get<std::string>() : value.dump());
  return hold(buffer, lde::ui::tr(lde::ui::app(), key ? key : "", args));
}

}  // extern "C"
