#include "cull.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <imgui.h>
#include <imgui_internal.h>

namespace lde::ui {

namespace {

bool g_culling = true;

struct Measured {
  std::uint64_t key = 0;
  float height = 0;
};

std::unordered_map<ImGuiID, Measured>& measured() {
  static std::unordered_map<ImGuiID, Measured> blocks;
  return blocks;
}

// Everything that must be drawn for real: keyboard navigation with its focus highlight, or an item held
// by the mouse or the keyboard (a text field being edited, a button being pressed).
bool must_draw_everything() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  return !g.NavDisableHighlight || g.ActiveId != 0 || g.NavWindowingTarget != nullptr;
}

std::uint64_t mix(std::uint64_t seed, std::uint64_t value) {
  return seed ^ (value + 0x9E3779B97F4A7C15ull + (seed << 6) + (seed >> 2));
}

}  // namespace

void set_culling(bool on) { g_culling = on; }

std::uint64_t layout_key(const AppState& s) {
  std::uint64_t key = s.revision;
  key = mix(key, static_cast<std::uint64_t>(language(s)));
  key = mix(key, static_cast<std::uint64_t>(std::lround(ImGui::GetContentRegionAvail().x)));
  key = mix(key, static_cast<std::uint64_t>(std::lround(ImGui::GetFontSize() * 16.0f)));
  return key;
}

CulledBlock::CulledBlock(std::string_view id, std::uint64_t key, bool always)
    : id_(ImGui::GetID(id.data(), id.data() + id.size())),
      key_(key),
      start_y_(ImGui::GetCursorScreenPos().y),
      draw_(true) {
  if (always || !g_culling || must_draw_everything()) return;
  const auto it = measured().find(id_);
  if (it == measured().end() || it->second.key != key) return;
  const float height = it->second.height;
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  if (height <= 2 * spacing) return;
  const ImVec2 size(std::max(1.0f, ImGui::GetContentRegionAvail().x), height);
  if (ImGui::IsRectVisible(size)) return;
  // Out of view: reserve the same space (Dummy adds the item spacing that ended the drawn block).
  ImGui::Dummy(ImVec2(0.0f, height - spacing));
  draw_ = false;
}

CulledBlock::~CulledBlock() {
  if (!draw_) return;
  measured()[id_] = Measured{key_, ImGui::GetCursorScreenPos().y - start_y_};
}

}  // namespace lde::ui
