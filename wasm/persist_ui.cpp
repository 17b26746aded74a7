#include "persist.hpp"

#include <string>

#include <emscripten.h>
#include <imgui.h>

#include "widgets.hpp"

// The page (web/persist.js) installs Module.onPersistAction and Module.onAssessmentRevised once the
// runtime is up; before that, and in a page without persist.js, both calls do nothing.
EM_JS(void, lde_js_persist_action, (const char* action), {
  const handler = Module['onPersistAction'];
  if (handler) handler(UTF8ToString(action));
});

EM_JS(void, lde_js_assessment_revised, (double revision), {
  const handler = Module['onAssessmentRevised'];
  if (handler) handler(revision);
});

namespace lde::ui {

namespace {

struct Action {
  const char* id;      // widget id (stable across languages)
  const char* label;   // message key of the label; its tooltip is label + "_help"
  const char* action;  // what the page is asked to do
};

constexpr Action kFileActions[] = {
    {"file.open", "persist_ui.file.open", "open"},
    {"file.save", "persist_ui.file.save", "save"},
    {"file.share", "persist_ui.file.share", "share"},
};

constexpr Action kReportActions[] = {
    {"report.print", "persist_ui.report.print", "print"},
    {"report.download.html", "persist_ui.report.download_html", "download-html"},
    {"report.download.markdown", "persist_ui.report.download_markdown", "download-markdown"},
};

template <std::size_t N>
void draw_actions(AppState& s, const Action (&actions)[N]) {
  for (std::size_t i = 0; i < N; ++i) {
    if (i > 0) ImGui::SameLine();
    const Action& a = actions[i];
    if (button(a.id, tr(s, a.label))) lde_js_persist_action(a.action);
    if (tooltip_wanted()) tooltip(tr(s, std::string(a.label) + "_help"));
  }
}

}  // namespace

void assessment_revised(unsigned long revision) { lde_js_assessment_revised(static_cast<double>(revision)); }

float file_actions_width(const AppState& s) {
  const ImGuiStyle& style = ImGui::GetStyle();
  float width = 0;
  for (const Action& a : kFileActions)
    width += ImGui::CalcTextSize(tr(s, a.label).c_str()).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
  return width - style.ItemSpacing.x;
}

void draw_file_actions(AppState& s) { draw_actions(s, kFileActions); }

void draw_report_actions(AppState& s) { draw_actions(s, kReportActions); }

}  // namespace lde::ui
