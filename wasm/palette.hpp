// The app's colours as plain data: a light and a dark palette, the fixed colours of the worker
// timeline, and the WCAG 2 contrast arithmetic that holds every text/background pair the UI draws to
// level AA. No ImGui here, so the native unit tests check the same tables the app renders with
// (tests/unit/test_palette.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lde::ui {

struct Rgb {
  std::uint8_t r = 0, g = 0, b = 0;
};

// A status shown as a pill: the strong colour of its icon and word on a pale (or, dark, deep) tint.
struct StatusColours {
  Rgb strong;
  Rgb tint;
};

struct Palette {
  const char* name;  // "light" | "dark": the value of ldecheck.ui().theme and of localStorage
  // Surfaces
  Rgb page, panel, header_bar, border, popup;
  Rgb frame, frame_hovered, frame_active;        // text fields, combos, checkboxes
  Rgb button, button_hovered, button_active;
  Rgb header, header_hovered, header_active;     // selectables, tree nodes, list entries
  Rgb tab, tab_hovered, tab_active;
  Rgb table_header, table_row_alt, table_border_strong, table_border_light;
  Rgb scrollbar_grab, scrollbar_grab_hovered, scrollbar_grab_active;
  Rgb slider_grab, slider_grab_active;
  Rgb selection;       // selected text in a field (drawn translucent over the frame)
  Rgb modal_dim;
  // Text
  Rgb text, muted, disabled;  // disabled: help markers and field hints, still readable (AA)
  Rgb accent;                 // title, links, selected toggles' background
  Rgb on_accent;              // text on an accent background
  Rgb focus;                  // the keyboard focus ring
  // Tinted surfaces with text on them
  Rgb info_tint;          // the worker's position pill (accent text)
  Rgb compensation_tint;  // IMW schedule rows covered by the temporary compensation (body text)
  StatusColours met, not_met, unknown, not_applicable;
  // Worker timeline furniture
  Rgb lane_stripe, grid_year, grid_quarter, axis;
  Rgb indicative_ink;  // the "indicative" tag beside the transition trajectory
};

const Palette& light_palette();
const Palette& dark_palette();
// "light" or "dark"; anything else gives nullptr.
const Palette* palette_named(std::string_view name);

// Colours of one timeline item kind: the same in both themes (they sit on their own fill). `label` is
// the text drawn on the fill; when `translucent` the fill is drawn at `alpha` over the panel and the
// label is the theme's text colour instead.
struct KindColours {
  Rgb fill;
  Rgb label;
  bool translucent = false;
  std::uint8_t alpha = 255;
};
KindColours timeline_kind(std::string_view kind);
// False for kinds drawn in the theme's ink (start and end markers): timeline_kind() gives dark ink then.
bool has_timeline_kind(std::string_view kind);
// Every kind timeline_kind() knows, for the tests and the legend.
const std::vector<std::string>& timeline_kinds();
// The light green fills of the transition phases (cycled) and the dark ink of their labels.
const std::vector<Rgb>& transition_phase_fills();
Rgb timeline_ink();
// The "today" and "1 July 2023" lines and the white text of their labels.
Rgb timeline_today();
Rgb timeline_switch();

// WCAG 2.x relative luminance and contrast ratio (1 to 21).
double relative_luminance(Rgb c);
double contrast_ratio(Rgb a, Rgb b);
// `top` at `alpha` (0-255) over `bottom`, as the renderer blends it.
Rgb blend(Rgb top, std::uint8_t alpha, Rgb bottom);

// A pair of colours the UI draws one on the other, and the ratio WCAG AA asks of it: 4.5 for text,
// 3 for focus indicators and other graphics that must be seen.
struct ContrastPair {
  std::string what;
  Rgb foreground;
  Rgb background;
  double minimum;
};
// All such pairs of a palette, including the timeline labels over the palette's panel.
std::vector<ContrastPair> contrast_pairs(const Palette& p);

}  // namespace lde::ui
