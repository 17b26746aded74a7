#include "frame.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>

#include "a11y.hpp"
#include "persist.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace lde::ui {

namespace {

constexpr float kColumnWidth = 1040.0f;  // CSS pixels: long lines are hard to read on wide screens
constexpr float kMargin = 20.0f;         // CSS pixels between the column and the window edge

// The centred column everything is laid out in, in screen coordinates (the app window is at 0,0).
struct Column {
  float x = 0;
  float width = 0;
};

Column column_for(float window_width) {
  const float ratio = pixel_ratio();
  const float width = std::max(1.0f, std::min(window_width - 2 * kMargin * ratio, kColumnWidth * ratio));
  return Column{std::max(kMargin * ratio, (window_width - width) * 0.5f), width};
}

// A pill toggle among siblings: the theme switch and the language switch at the header's right end.
// Fixed ids and message keys: the header is drawn every frame and builds no strings (tr() hands out
// the cached texts by reference; the tooltip text is looked up only while one is wanted).
struct Pill {
  const char* id;
  const char* label;  // message keys
  const char* tip;
};
constexpr Pill kThemePills[] = {{"theme.light", "ui.theme.light", "ui.theme.name.light"},
                                {"theme.dark", "ui.theme.dark", "ui.theme.name.dark"}};
constexpr Pill kLanguagePills[] = {{"lang.nl", "ui.language.code.nl", "ui.language.name.nl"},
                                   {"lang.en", "ui.language.code.en", "ui.language.name.en"}};

template <std::size_t N>
float pills_width(const AppState& s, const Pill (&pills)[N]) {
  const ImGuiStyle& style = ImGui::GetStyle();
  float width = style.ItemSpacing.x * 0.5f * static_cast<float>(N - 1);
  for (const Pill& p : pills) width += ImGui::CalcTextSize(tr(s, p.label).c_str()).x + style.FramePadding.x * 2;
  return width;
}

// Returns the index of the pill clicked, -1 when none; `selected` may be N (none selected).
template <std::size_t N>
int draw_pills(const AppState& s, const Pill (&pills)[N], std::size_t selected) {
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(style.ItemSpacing.x * 0.5f, style.ItemSpacing.y));
  int clicked = -1;
  for (std::size_t i = 0; i < N; ++i) {
    if (i) ImGui::SameLine();
    if (toggle(pills[i].id, tr(s, pills[i].label), i == selected)) clicked = static_cast<int>(i);
    if (tooltip_wanted()) tooltip(tr(s, pills[i].tip));
  }
  ImGui::PopStyleVar();
  return clicked;
}

// The header's switches, right-aligned: the theme, then the language.
struct HeaderSwitches {
  float themes_width = 0, gap = 0, languages_width = 0;
  float width() const { return themes_width + gap + languages_width; }
};

HeaderSwitches header_switches(const AppState& s) {
  return {pills_width(s, kThemePills), ImGui::GetFontSize() * 1.2f, pills_width(s, kLanguagePills)};
}

void draw_header_switches(AppState& s, const HeaderSwitches& h, float x, float y) {
  ImGui::SetCursorScreenPos(ImVec2(x, y));
  const std::size_t theme = &palette() == &light_palette() ? 0 : &palette() == &dark_palette() ? 1 : 2;
  if (const int t = draw_pills(s, kThemePills, theme); t >= 0) choose_theme(t == 0 ? light_palette() : dark_palette(), true);
  ImGui::SetCursorScreenPos(ImVec2(x + h.themes_width + h.gap, y));
  const std::size_t lang = language(s) == Language::en ? 1 : 0;
  if (const int l = draw_pills(s, kLanguagePills, lang); l >= 0) set_language(s, l == 0 ? Language::nl : Language::en);
}

// White (dark: deep grey) band across the window: app name and purpose on the left; the file actions (open, save,
// share) and the language switch on the right, or the file actions on a second row when the window is
// too narrow for one.
void draw_header(AppState& s, const Column& column) {
  const float ratio = pixel_ratio();
  const std::string& title = tr(s, "ui.app.title");
  const std::string& subtitle = tr(s, "ui.app.subtitle");
  ImGui::PushFont(fonts().title);
  const float title_width = ImGui::CalcTextSize(title.c_str()).x;
  ImGui::PopFont();
  const float text_width = std::max(title_width, ImGui::CalcTextSize(subtitle.c_str()).x);
  const float gap = ImGui::GetStyle().ItemSpacing.x * 3.0f;
  const HeaderSwitches switches = header_switches(s);
  const float switches_width = switches.width();
  const float actions_width = file_actions_width(s);
  const bool one_row = text_width + actions_width + switches_width + 2 * gap <= column.width;
  const float top = 13.0f * ratio;
  const float text_bottom = top + fonts().title->FontSize + ImGui::GetFontSize() + ImGui::GetStyle().ItemSpacing.y;
  const float band = fonts().title->FontSize + ImGui::GetFontSize() + 32.0f * ratio;
  const float height = one_row ? band : text_bottom + ImGui::GetFrameHeight() + 14.0f * ratio;
  const float width = ImGui::GetWindowWidth();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(ImVec2(0, 0), ImVec2(width, height), colours::header_bar);
  draw->AddLine(ImVec2(0, height - 1), ImVec2(width, height - 1), colours::border);

  ImGui::SetCursorScreenPos(ImVec2(column.x, top));
  ImGui::BeginGroup();
  ImGui::PushFont(fonts().title);
  ImGui::PushStyleColor(ImGuiCol_Text, colours::accent);
  ImGui::TextUnformatted(title.c_str());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  ImGui::PushStyleColor(ImGuiCol_Text, colours::muted);
  ImGui::TextUnformatted(subtitle.c_str());
  ImGui::PopStyleColor();
  ImGui::EndGroup();

  const float row_y = (band - ImGui::GetFrameHeight()) * 0.5f;
  const float language_x = column.x + column.width - switches_width;
  draw_header_switches(s, switches, language_x, row_y);
  ImGui::SetCursorScreenPos(one_row ? ImVec2(language_x - gap - actions_width, row_y)
                                    : ImVec2(column.x, text_bottom + 4.0f * ratio));
  draw_file_actions(s);
  ImGui::SetCursorScreenPos(ImVec2(0, height + 14.0f * ratio));
}

// The tabs live in a borderless child the width of the column, so the bar lines up with the content.
Tab draw_tab_bar(AppState& s, const Column& column) {
  Tab active = s.active_tab;
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 padding(style.FramePadding.x * 1.5f, style.FramePadding.y * 1.4f);
  ImGui::SetCursorScreenPos(ImVec2(column.x, ImGui::GetCursorScreenPos().y));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::BeginChild("tabbar", ImVec2(column.width, ImGui::GetFontSize() + padding.y * 2 + style.TabBarBorderSize),
                    ImGuiChildFlags_None,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, padding);
  if (ImGui::BeginTabBar("tabs", ImGuiTabBarFlags_NoTooltip | ImGuiTabBarFlags_FittingPolicyScroll)) {
    // Ids and message keys are spelled once; the ImGui label ("Werkgever###tab.employer") reuses one
    // buffer: no strings built per frame.
    struct TabText {
      std::string id, key;
    };
    static const std::vector<TabText> texts = [] {
      std::vector<TabText> out;
      for (Tab t : kTabs) out.push_back({std::string("tab.") + tab_name(t), std::string("ui.tab.") + tab_name(t)});
      return out;
    }();
    static std::string imgui_label;
    for (std::size_t i = 0; i < std::size(kTabs); ++i) {
      const Tab t = kTabs[i];
      const std::string& id = texts[i].id;
      const std::string& label = tr(s, texts[i].key);
      const ImGuiTabItemFlags flags = s.requested_tab == t ? ImGuiTabItemFlags_SetSelected : 0;
      imgui_label.assign(label).append("###").append(id);
      const bool selected = ImGui::BeginTabItem(imgui_label.c_str(), nullptr, flags);
      if (s.requested_tab == t && take_tab_focus_request()) {
        ImGui::SetKeyboardFocusHere(-1);  // a keyboard shortcut chose this tab: focus follows it, visibly
        ImGui::GetCurrentContext()->NavDisableHighlight = false;
      }
      track(id, label, "tab", selected);
      if (selected) {
        active = t;
        ImGui::EndTabItem();
      }
    }
    ImGui::EndTabBar();
  }
  ImGui::PopStyleVar();
  ImGui::EndChild();
  ImGui::PopStyleVar();
  return active;
}

void draw_screen(AppState& s, Tab tab) {
  switch (tab) {
    case Tab::employer: draw_employer_screen(s); break;
    case Tab::worker: draw_worker_screen(s); break;
    case Tab::imw: draw_imw_screen(s); break;
    case Tab::report: draw_report_screen(s); break;
    case Tab::about: draw_about_screen(s); break;
  }
}

// The scrollable area spans the whole window (its scrollbar at the window's edge, the wheel works over
// the margins too); the screen is drawn on a card the width of the column, which bounds wrapping,
// separators and full-width rows.
void draw_content(AppState& s, Tab tab, const Column& column) {
  const float ratio = pixel_ratio();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  // NavFlattened here, on the tab bar and on the card: Tab moves through every control of the page, not
  // only those of one child window.
  ImGui::BeginChild("content", ImVec2(0, 0), ImGuiChildFlags_None,
                    ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
  ImGui::PopStyleVar();  // tooltips and popups opened by the screens get the normal padding
  const float scrollbar = ImGui::GetCurrentWindow()->ScrollbarY ? ImGui::GetStyle().ScrollbarSize : 0.0f;
  const float width = std::min(column.width, ImGui::GetWindowPos().x + ImGui::GetWindowWidth() - scrollbar - column.x);
  ImGui::SetCursorScreenPos(ImVec2(column.x, ImGui::GetCursorScreenPos().y));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24.0f * ratio, 20.0f * ratio));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 8.0f * ratio);
  ImGui::BeginChild("card", ImVec2(width, 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NavFlattened);
  ImGui::PopStyleVar(2);
  if (!s.evaluation_error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, status_colour(Status::not_met));
    paragraph(tr(s, "ui.error.evaluation", {{"message", s.evaluation_error}}));
    ImGui::PopStyleColor();
    ImGui::Spacing();
  }
  draw_screen(s, tab);
  ImGui::EndChild();
  ImGui::Dummy(ImVec2(0, 24.0f * ratio));
  ImGui::EndChild();
}

}  // namespace

void draw_frame(AppState& s) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse;
  ImGui::Begin("LDE-check", nullptr, flags);
  ImGui::PopStyleVar();
  const Column column = column_for(viewport->Size.x);
  draw_header(s, column);
  s.active_tab = draw_tab_bar(s, column);
  s.requested_tab.reset();
  draw_content(s, s.active_tab, column);
  ImGui::End();
}

}  // namespace lde::ui
