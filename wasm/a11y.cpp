// Accessibility of the canvas app (see a11y.hpp).
//
// [SECTION] Theme: stored choice or prefers-color-scheme
// [SECTION] Keyboard shortcuts between tabs
// [SECTION] Focus ring
// [SECTION] DOM mirror: revision and content
#include "a11y.hpp"

#include <algorithm>
#include <cfloat>
#include <iterator>

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include "check_view.hpp"
#include "loop.hpp"
#include "theme.hpp"
#include "widgets.hpp"

// 1 when the page should start dark: the user's stored choice wins over the system setting.
EM_JS(int, lde_js_prefers_dark, (), {
  try {
    // The old key still counts when web/a11y.js has not moved it yet (see there).
    const stored = window.localStorage.getItem('lde-check.theme') || window.localStorage.getItem('ldecheck.theme');
    if (stored === 'dark' || stored === 'light') return stored === 'dark' ? 1 : 0;
  } catch (e) {
    // Storage may be blocked (privacy settings): follow the system.
  }
  return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
});

EM_JS(void, lde_js_theme_changed, (const char* name, int remember), {
  const theme = UTF8ToString(name);
  if (remember) {
    try {
      window.localStorage.setItem('lde-check.theme', theme);
    } catch (e) {
      // Not remembered when storage is blocked; the switch still works for this visit.
    }
  }
  document.documentElement.dataset['theme'] = theme;
});

// Tells web/a11y.js that the mirror's content changed (it then reads lde_mirror()).
EM_JS(void, lde_js_mirror_changed, (double revision), {
  window.dispatchEvent(new CustomEvent('ldecheck:mirror', {'detail': revision}));
});

namespace lde::ui {

namespace {

bool g_tab_focus_request = false;
unsigned long g_mirror_revision = 0;

}  // namespace

// [SECTION] Theme: stored choice or prefers-color-scheme -------------------------------------------------

void init_theme() { choose_theme(lde_js_prefers_dark() ? dark_palette() : light_palette(), false); }

void choose_theme(const Palette& p, bool remember) {
  set_palette(p);
  lde_js_theme_changed(p.name, remember ? 1 : 0);
  wake();
}

// [SECTION] Keyboard shortcuts between tabs ---------------------------------------------------------------

namespace {

// ImGui remembers a "preferred" position for arrow moves (stay in the same row or column), stores it in
// the root window but relative to the window of the last arrow move, and does not update it on Tab.
// With the app's flattened child windows (Tab reaches every control) a stale one sends the next arrow
// press to a far-away row. Forget it when the focus moved by anything but an arrow key, or moved to
// another window.
void forget_stale_arrow_bias() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  static ImGuiID last_id = 0;
  static ImGuiWindow* last_window = nullptr;
  static bool arrow_pending = false;
  if (g.NavId != last_id) {
    if ((!arrow_pending || g.NavWindow != last_window) && g.NavWindow != nullptr)
      g.NavWindow->RootWindowForNav->NavPreferredScoringPosRel[g.NavLayer] = ImVec2(FLT_MAX, FLT_MAX);
    last_id = g.NavId;
    last_window = g.NavWindow;
    arrow_pending = false;
  }
  for (ImGuiKey key : {ImGuiKey_LeftArrow, ImGuiKey_RightArrow, ImGuiKey_UpArrow, ImGuiKey_DownArrow})
    if (ImGui::IsKeyPressed(key)) arrow_pending = true;
}

}  // namespace

void a11y_begin_frame(AppState& s) {
  forget_stale_arrow_bias();
  const ImGuiIO& io = ImGui::GetIO();
  // ImGui toggles a window's menu layer when Alt is pressed and released alone; the app has no menus,
  // and the toggle would move the keyboard focus back to the window's start (after Alt+PageDown, too).
  // Owning Alt while it is down cancels the toggle.
  if (ImGui::IsKeyDown(ImGuiMod_Alt)) ImGui::SetKeyOwner(ImGuiMod_Alt, ImHashStr("lde.alt"));
  int step = 0;
  // ImGui's own Ctrl+Tab window switcher is turned off (main.cpp): the app has one window.
  if (io.KeyCtrl && ImGui::IsKeyPressed(ImGuiKey_Tab, false)) step = io.KeyShift ? -1 : 1;
  if (io.KeyAlt && ImGui::IsKeyPressed(ImGuiKey_PageDown, false)) step = 1;
  if (io.KeyAlt && ImGui::IsKeyPressed(ImGuiKey_PageUp, false)) step = -1;
  if (step == 0) return;
  const auto* current = std::find(std::begin(kTabs), std::end(kTabs), s.active_tab);
  const auto count = static_cast<long>(std::size(kTabs));
  const long index = (std::distance(std::begin(kTabs), current) + step + count) % count;
  s.requested_tab = kTabs[index];
  g_tab_focus_request = true;
  wake();
}

bool take_tab_focus_request() {
  const bool requested = g_tab_focus_request;
  g_tab_focus_request = false;
  return requested;
}

// [SECTION] Focus ring ------------------------------------------------------------------------------------

namespace {

// ImGui's own highlight is 2 device pixels, hard to see on a high-DPI screen: add a ring of 2 CSS pixels
// in the theme's focus colour around the item with keyboard focus, clipped to the windows it is in.
void draw_focus_ring() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.NavDisableHighlight || g.NavId == 0 || g.NavWindow == nullptr || g.NavWindowingTarget != nullptr) return;
  ImGuiWindow* window = g.NavWindow;
  ImRect rect = ImGui::WindowRectRelToAbs(window, window->NavRectRel[g.NavLayer]);
  const float ratio = pixel_ratio();
  const float gap = 3.0f * ratio, thickness = 2.0f * ratio;
  rect.Expand(gap + thickness * 0.5f);
  ImRect clip = window->InnerClipRect;
  for (ImGuiWindow* w = window->ParentWindow; w != nullptr; w = w->ParentWindow) clip.ClipWithFull(w->InnerClipRect);
  clip.Expand(gap + thickness);  // the ring may sit in the padding around a clipped area, never beyond
  if (clip.GetWidth() <= 0 || clip.GetHeight() <= 0) return;
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  draw->PushClipRect(clip.Min, clip.Max, true);
  draw->AddRect(rect.Min, rect.Max, colours::focus, ImGui::GetStyle().FrameRounding + gap, 0, thickness);
  draw->PopClipRect();
}

}  // namespace

// [SECTION] DOM mirror: revision and content ----------------------------------------------------------------

namespace {

struct MirrorKey {
  unsigned long report_revision = 0;
  Tab tab = Tab::employer;
  Language language = Language::nl;
  const Palette* palette = nullptr;
  bool operator==(const MirrorKey& o) const {
    return report_revision == o.report_revision && tab == o.tab && language == o.language && palette == o.palette;
  }
};

MirrorKey g_mirrored{static_cast<unsigned long>(-1)};

// The body of the core's HTML report: its <head> holds a <style> the page's CSP would refuse (and
// report as an error) even in a document the page only parses.
std::string report_body(const std::string& html) {
  const std::string open = "<body>", close = "</body>";
  const std::size_t from = html.find(open), to = html.rfind(close);
  if (from == std::string::npos || to == std::string::npos || to < from) return html;
  return html.substr(from + open.size(), to - from - open.size());
}

nlohmann::json verdict(AppState& s, const Check& c) {
  return {{"id", c.id},
          {"title", check_title(s, c)},
          {"status", to_string(c.status)},
          {"status_word", status_word(s, c.status)},
          {"icon", status_icon(c.status)},
          {"explanation", c.explanation}};
}

}  // namespace

void a11y_end_frame(AppState& s) {
  draw_focus_ring();
  const MirrorKey now{s.revision, s.active_tab, language(s), &palette()};
  if (now == g_mirrored) return;
  g_mirrored = now;
  lde_js_mirror_changed(static_cast<double>(++g_mirror_revision));
}

unsigned long mirror_revision() { return g_mirror_revision; }

nlohmann::json mirror_json(AppState& s) {
  refresh_report(s);
  nlohmann::json verdicts = nlohmann::json::array();
  for (const Check& c : s.report.checks) verdicts.push_back(verdict(s, c));
  nlohmann::json workers = nlohmann::json::array();
  for (const WorkerReport& w : s.report.workers) {
    nlohmann::json checks = nlohmann::json::array();
    for (const Check& c : w.checks) checks.push_back(verdict(s, c));
    const std::string name = w.name.empty() ? w.id : w.name;
    workers.push_back({{"id", w.id}, {"heading", tr(s, "ui.a11y.worker", {{"worker", name}})}, {"verdicts", checks}});
  }
  const std::string tab_label = tr(s, std::string("ui.tab.") + tab_name(s.active_tab));
  return {{"revision", g_mirror_revision},
          {"language", to_string(language(s))},
          {"tab", tab_name(s.active_tab)},
          {"theme", palette().name},
          {"text",
           {{"region", tr(s, "ui.a11y.region")},
            {"canvas", tr(s, "ui.a11y.canvas")},
            {"active_tab", tr(s, "ui.a11y.active_tab", {{"tab", tab_label}})},
            {"verdicts", tr(s, "ui.a11y.verdicts")},
            {"report", tr(s, "ui.a11y.report")},
            {"no_checks", tr(s, "ui.a11y.no_checks")},
            {"context_lost", tr(s, "ui.platform.context_lost")},
            {"reload", tr(s, "ui.platform.reload")}}},
          {"verdicts", verdicts},
          {"workers", workers},
          {"report_html", report_body(render_html(s.report, context(s)))}};
}

const std::string& focused_widget() { return published_focus(); }

}  // namespace lde::ui
