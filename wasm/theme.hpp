// The app's look: a light, calm theme (not the ImGui demo look), the embedded DejaVu fonts, and the
// status colours. Everything is laid out in device pixels, so sizes are scaled by devicePixelRatio.
#pragma once

#include <imgui.h>

#include "lde/check.hpp"

namespace lde::ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  ImFont* heading = nullptr;
  ImFont* title = nullptr;
};

// (Re)builds the font atlas and the style for a device pixel ratio. Call before the first frame and
// again when the ratio changes (moving the window to another screen, browser zoom).
void apply_theme(float pixel_ratio);
const Fonts& fonts();
float pixel_ratio();

namespace colours {
inline constexpr ImU32 text = IM_COL32(0x1D, 0x24, 0x33, 0xFF);
inline constexpr ImU32 muted = IM_COL32(0x5B, 0x65, 0x76, 0xFF);
inline constexpr ImU32 accent = IM_COL32(0x1F, 0x5F, 0xBF, 0xFF);
inline constexpr ImU32 page = IM_COL32(0xF4, 0xF6, 0xF9, 0xFF);
inline constexpr ImU32 panel = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
inline constexpr ImU32 border = IM_COL32(0xD9, 0xDE, 0xE6, 0xFF);
inline constexpr ImU32 header_bar = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
}  // namespace colours

ImU32 status_colour(Status s);  // strong colour for icon and word
ImU32 status_tint(Status s);    // pale background of the status pill

}  // namespace lde::ui
