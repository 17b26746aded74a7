#include "widgets.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include "loop.hpp"
#include "theme.hpp"

// Opens a URL in a new tab without giving the opened page a handle back to the app.
EM_JS(void, lde_open_url, (const char* url), { window.open(UTF8ToString(url), '_blank', 'noopener,noreferrer'); });

namespace lde::ui {

namespace {

// Consecutive toggles on one line of one window (yes / no / don't know, the language switch): a group
// whose buttons the arrow keys move between, like a radio group.
struct ToggleRow {
  ImGuiWindow* window = nullptr;
  float y = 0, right = 0;
  std::vector<std::pair<ImGuiID, ImRect>> items;
};

// The registry is per frame, like ImGui's own state: screens record as they draw, the main loop
// publishes at the end of the frame, and the bridge reads the last published frame (which stays valid
// while rendering is idle). Records are reused from frame to frame (their strings keep their capacity),
// so recording allocates nothing once the screens have been drawn once.
struct Records {
  std::vector<WidgetRecord> slots;
  std::size_t count = 0;
};
struct Registry {
  ToggleRow row;
  Records building;
  Records published;
  std::string tooltip_building;
  std::string tooltip_published;
  std::string focus_building;  // the tracked id of the item with keyboard (nav) focus
  std::string focus_published;
};

Registry& registry() {
  static Registry r;
  return r;
}

// "label###id": ImGui shows the label and derives the item's identity from the id alone. The text lives in
// a buffer reused by every call: pass it straight to the ImGui call.
const char* labelled_id(const std::string& label, const char* id) {
  static std::string buffer;
  buffer.assign(label);
  buffer.append("###");
  buffer.append(id);
  return buffer.c_str();
}

void record(std::string_view id, std::string_view label, std::string_view kind, const ImRect& rect,
            nlohmann::json&& value) {
  Records& r = registry().building;
  if (r.count == r.slots.size()) r.slots.emplace_back();
  WidgetRecord& w = r.slots[r.count++];
  w.id.assign(id);
  w.label.assign(label);
  w.kind.assign(kind);
  w.x = rect.Min.x;
  w.y = rect.Min.y;
  w.w = rect.GetWidth();
  w.h = rect.GetHeight();
  w.value = std::move(value);
}

// Left and right move the keyboard focus within the row and stop at its ends. ImGui's own arrow
// navigation would do it too, but it scores an item slightly above or below the row as nearer than the
// neighbour on it, and jumps out of the row.
void finish_toggle_row() {
  ToggleRow row = std::move(registry().row);
  registry().row = ToggleRow{};
  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (row.items.size() < 2 || g.NavWindow != row.window) return;
  int focused = -1;
  for (std::size_t i = 0; i < row.items.size(); ++i)
    if (row.items[i].first == g.NavId) focused = static_cast<int>(i);
  if (focused < 0) return;
  const ImGuiID owner = ImHashStr("lde.toggle_row");
  ImGui::SetKeyOwner(ImGuiKey_LeftArrow, owner);
  ImGui::SetKeyOwner(ImGuiKey_RightArrow, owner);
  int target = focused;
  if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow, owner, ImGuiInputFlags_Repeat)) target = std::max(0, focused - 1);
  if (ImGui::IsKeyPressed(ImGuiKey_RightArrow, owner, ImGuiInputFlags_Repeat))
    target = std::min(static_cast<int>(row.items.size()) - 1, focused + 1);
  if (target == focused) return;
  const auto& [id, rect] = row.items[static_cast<std::size_t>(target)];
  ImGui::SetNavID(id, g.NavLayer, g.NavFocusScopeId, ImGui::WindowRectAbsToRel(row.window, rect));
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = true;
  wake();
}

void add_to_toggle_row() {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImRect rect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  ToggleRow& row = registry().row;
  const float gap = ImGui::GetStyle().ItemSpacing.x * 1.5f;
  const bool same_row = row.window == window && std::abs(rect.Min.y - row.y) <= 1.0f && rect.Min.x >= row.right &&
                        rect.Min.x - row.right <= gap;
  if (!same_row) finish_toggle_row();
  ToggleRow& current = registry().row;
  current.window = window;
  current.y = rect.Min.y;
  current.right = rect.Max.x;
  current.items.emplace_back(ImGui::GetItemID(), rect);
}

}  // namespace

void track_focus(std::string_view id) {
  const ImGuiID item = ImGui::GetItemID();
  if (item != 0 && item == ImGui::GetCurrentContext()->NavId) registry().focus_building = std::string(id);
}

namespace {
// Kinds of widget that act on a click: the pointer turns into a hand over them, as over a web link.
bool clickable(std::string_view kind) {
  for (std::string_view k : {"button", "checkbox", "link", "radio", "tab", "tree", "combo", "combo_item"})
    if (kind == k) return true;
  return false;
}
}  // namespace

void track(std::string_view id, std::string_view label, std::string_view kind, nlohmann::json value) {
  track_focus(id);
  if (clickable(kind) && ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  ImRect rect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
  rect.ClipWithFull(window->ClipRect);
  if (rect.GetWidth() <= 0.5f || rect.GetHeight() <= 0.5f) return;  // scrolled or clipped away
  record(id, label, kind, rect, std::move(value));
}

bool tooltip_wanted() { return ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip); }

void tooltip(const std::string& text) {
  if (text.empty() || !tooltip_wanted()) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
  registry().tooltip_building = text;
}

void track_rect(std::string_view id, std::string_view label, std::string_view kind, float x, float y, float w, float h,
                nlohmann::json value) {
  ImRect rect(x, y, x + w, y + h);
  rect.ClipWithFull(ImGui::GetCurrentWindow()->ClipRect);
  if (rect.GetWidth() <= 0.5f || rect.GetHeight() <= 0.5f) return;
  record(id, label, kind, rect, std::move(value));
}

void tooltip_now(const std::string& text) {
  if (text.empty()) return;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 32.0f);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
  registry().tooltip_building = text;
}

bool button(const char* id, const std::string& label) {
  const bool clicked = ImGui::Button(labelled_id(label, id));
  track(id, label, "button", nullptr);
  return clicked;
}

bool checkbox(const char* id, const std::string& label, bool* value) {
  const bool changed = ImGui::Checkbox(labelled_id(label, id), value);
  track(id, label, "checkbox", *value);
  return changed;
}

bool toggle(const char* id, const std::string& label, bool selected) {
  if (selected) {
    ImGui::PushStyleColor(ImGuiCol_Button, colours::accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colours::accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, colours::accent);
    ImGui::PushStyleColor(ImGuiCol_Text, colours::on_accent);
  }
  const bool clicked = ImGui::Button(labelled_id(label, id));
  if (selected) ImGui::PopStyleColor(4);
  add_to_toggle_row();
  track(id, label, "radio", selected);
  return clicked;
}

void link(const char* id, const std::string& label, const std::string& url) {
  ImGui::PushStyleColor(ImGuiCol_Text, colours::accent);
  ImGui::PushStyleColor(ImGuiCol_Header, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_HeaderHovered, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_HeaderActive, IM_COL32(0, 0, 0, 0));
  const ImVec2 size = ImGui::CalcTextSize(label.c_str());
  const bool clicked = ImGui::Selectable(labelled_id(label, id), false, ImGuiSelectableFlags_None, size);
  ImGui::PopStyleColor(4);
  if (ImGui::IsItemHovered()) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y), max, colours::accent, 1.0f);
  }
  track(id, label, "link", url);
  tooltip(url);
  if (clicked) lde_open_url(url.c_str());
}

bool tree_node(const char* id, const std::string& label, bool default_open) {
  ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_SpanAvailWidth | ImGuiTreeNodeFlags_FramePadding;
  if (default_open) flags |= ImGuiTreeNodeFlags_DefaultOpen;
  const bool open = ImGui::TreeNodeEx(labelled_id(label, id), flags);
  track(id, label, "tree", open);
  return open;
}

void heading(const std::string& text) {
  ImGui::PushFont(fonts().heading);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopFont();
  ImGui::Spacing();
}

void subheading(const std::string& text) {
  ImGui::Spacing();
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopFont();
}

void paragraph(const std::string& text) {
  ImGui::TextWrapped("%s", text.c_str());
}

void muted(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, colours::muted);
  paragraph(text);
  ImGui::PopStyleColor();
}

void key_value(const std::string& key, const std::string& value) {
  ImGui::PushStyleColor(ImGuiCol_Text, colours::muted);
  ImGui::TextUnformatted(key.c_str());
  ImGui::PopStyleColor();
  // Values line up in a second column unless the key is longer than it.
  const float start = ImGui::GetItemRectMin().x;
  ImGui::SameLine();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(std::max(pos.x, start + ImGui::GetFontSize() * 11.0f), pos.y));
  ImGui::TextWrapped("%s", value.c_str());
}

std::string status_icon(Status status) {
  switch (status) {
    case Status::met: return "\xE2\x9C\x93";             // U+2713 check mark
    case Status::not_met: return "\xE2\x9C\x97";         // U+2717 ballot x
    case Status::unknown: return "?";
    case Status::not_applicable: return "\xE2\x80\x93";  // U+2013 en dash
  }
  return "?";
}

void status_badge(Status status, const std::string& word) {
  const std::string text = status_icon(status) + "  " + word;
  ImFont* font = fonts().bold;
  const ImVec2 text_size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.c_str());
  const ImVec2 pad(ImGui::GetFontSize() * 0.55f, ImGui::GetStyle().FramePadding.y * 0.6f);
  const ImVec2 size(text_size.x + 2 * pad.x, text_size.y + 2 * pad.y);
  // Centred on a framed line so it sits level with tree nodes and buttons beside it.
  const float line_height = std::max(ImGui::GetFrameHeight(), size.y);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  pos.y += (line_height - size.y) * 0.5f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), status_tint(status), size.y * 0.5f);
  draw->AddText(font, font->FontSize, ImVec2(pos.x + pad.x, pos.y + pad.y), status_colour(status), text.c_str());
  ImGui::Dummy(ImVec2(size.x, line_height));
}

void begin_widget_frame() {
  registry().building.count = 0;
  registry().tooltip_building.clear();
  registry().focus_building.clear();
}

void end_widget_frame(float pixel_ratio) {
  finish_toggle_row();
  Registry& r = registry();
  const float scale = pixel_ratio > 0 ? 1.0f / pixel_ratio : 1.0f;
  for (std::size_t i = 0; i < r.building.count; ++i) {
    WidgetRecord& w = r.building.slots[i];
    w.x *= scale;
    w.y *= scale;
    w.w *= scale;
    w.h *= scale;
  }
  std::swap(r.published, r.building);
  std::swap(r.tooltip_published, r.tooltip_building);
  std::swap(r.focus_published, r.focus_building);
}

std::span<const WidgetRecord> published_widgets() {
  const Records& r = registry().published;
  return {r.slots.data(), r.count};
}
const std::string& published_tooltip() { return registry().tooltip_published; }
const std::string& published_focus() { return registry().focus_published; }

nlohmann::json widgets_json() {
  nlohmann::json out = nlohmann::json::array();
  for (const WidgetRecord& w : published_widgets())
    out.push_back({{"id", w.id}, {"label", w.label}, {"kind", w.kind}, {"x", w.x}, {"y", w.y}, {"w", w.w},
                   {"h", w.h}, {"value", w.value}});
  return out;
}

}  // namespace lde::ui
