// The app's look: a calm light or dark theme (palette.hpp, not the ImGui demo look), the embedded
// DejaVu fonts, and the status colours. Everything is laid out in device pixels, so sizes are scaled by
// devicePixelRatio.
#pragma once

#include <string_view>

#include <imgui.h>

#include "lde/check.hpp"
#include "palette.hpp"

namespace lde::ui {

struct Fonts {
  ImFont* body = nullptr;
  ImFont* bold = nullptr;
  // Fewer glyphs than body and bold (glyph_ranges.hpp): the heading font is for catalogue sentences
  // (never a name typed by the user), the title font for the app's name only. Draw other text in them
  // and extend tests/unit/test_glyph_ranges.cpp.
  ImFont* heading = nullptr;
  ImFont* title = nullptr;
};

// (Re)builds the font atlas and the style for a device pixel ratio and the chosen palette. Call before
// the first frame and every frame after: it only rebuilds when the ratio (moving the window to another
// screen, browser zoom) or the palette changed.
void apply_theme(float pixel_ratio);
const Fonts& fonts();
float pixel_ratio();

// The palette in use ("light" by default; the page picks one from prefers-color-scheme or the user's
// stored choice before the first frame). Switching takes effect on the next apply_theme().
const Palette& palette();
void set_palette(const Palette& p);
ImU32 to_u32(Rgb c, int alpha = 255);

// The active palette's colours as ImU32, refreshed by apply_theme(). Read them while drawing; never
// keep a copy across frames (the theme can change between two frames).
namespace colours {
extern ImU32 text;
extern ImU32 muted;
extern ImU32 accent;
extern ImU32 on_accent;
extern ImU32 page;
extern ImU32 panel;
extern ImU32 border;
extern ImU32 header_bar;
extern ImU32 focus;
extern ImU32 info_tint;
extern ImU32 compensation_tint;
extern ImU32 lane_stripe;
extern ImU32 grid_year;
extern ImU32 grid_quarter;
extern ImU32 axis;
extern ImU32 indicative_ink;
}  // namespace colours

ImU32 status_colour(Status s);  // strong colour for icon and word
ImU32 status_tint(Status s);    // pale background of the status pill

}  // namespace lde::ui
