#include "palette.hpp"

#include <algorithm>
#include <cmath>

namespace lde::ui {

namespace {

constexpr Rgb hex(std::uint32_t v) {
  return Rgb{static_cast<std::uint8_t>(v >> 16), static_cast<std::uint8_t>(v >> 8), static_cast<std::uint8_t>(v)};
}

// A calm light theme: ink on white cards over a pale grey page, one blue accent.
constexpr Palette kLight{
    "light",
    /*page*/ hex(0xF4F6F9), /*panel*/ hex(0xFFFFFF), /*header_bar*/ hex(0xFFFFFF), /*border*/ hex(0xD9DEE6),
    /*popup*/ hex(0xFFFFFF),
    /*frame*/ hex(0xFFFFFF), hex(0xEEF3FA), hex(0xE1EAF7),
    /*button*/ hex(0xE8EEF6), hex(0xD6E2F3), hex(0xC3D5EE),
    /*header*/ hex(0xEEF2F7), hex(0xE2E9F3), hex(0xD6E2F3),
    /*tab*/ hex(0xE6EAF0), hex(0xFFFFFF), hex(0xFFFFFF),
    /*table*/ hex(0xEEF2F7), hex(0xF7F9FB), hex(0xD9DEE6), hex(0xE6EAF0),
    /*scrollbar*/ hex(0xC4CBD6), hex(0xA9B3C2), hex(0x8E9AAD),
    /*slider*/ hex(0x1F5FBF), hex(0x174A96),
    /*selection*/ hex(0x1F5FBF),
    /*modal_dim*/ hex(0x1D2433),
    /*text*/ hex(0x1D2433), /*muted*/ hex(0x5B6576), /*disabled*/ hex(0x66707F),
    /*accent*/ hex(0x1F5FBF), /*on_accent*/ hex(0xFFFFFF),
    /*focus*/ hex(0x1F5FBF),
    /*info_tint*/ hex(0xE4ECF8), /*compensation_tint*/ hex(0xF2DEAB),
    /*met*/ {hex(0x17732F), hex(0xE3F4E8)},
    /*not_met*/ {hex(0xB42318), hex(0xFDE8E6)},
    /*unknown*/ {hex(0x9A5B00), hex(0xFDF1D8)},
    /*not_applicable*/ {hex(0x5B6576), hex(0xECEFF3)},
    /*lane_stripe*/ hex(0xF6F8FB), /*grid_year*/ hex(0xC4CBD6), /*grid_quarter*/ hex(0xE6E9EF), /*axis*/ hex(0xA8B1BF),
    /*indicative_ink*/ hex(0x1F5A36),
};

// The dark theme: light ink on deep blue-grey cards, a lighter accent with dark text on it, and
// status colours brightened until they read as well as the light theme's on their deep tints.
constexpr Palette kDark{
    "dark",
    /*page*/ hex(0x12161D), /*panel*/ hex(0x1A202A), /*header_bar*/ hex(0x1A202A), /*border*/ hex(0x3A4453),
    /*popup*/ hex(0x222936),
    /*frame*/ hex(0x11151C), hex(0x1E2633), hex(0x24304A),
    /*button*/ hex(0x28313F), hex(0x33404F), hex(0x3D4D62),
    /*header*/ hex(0x262E3A), hex(0x2E3846), hex(0x354356),
    /*tab*/ hex(0x232A35), hex(0x2E3846), hex(0x1A202A),
    /*table*/ hex(0x262E3A), hex(0x1F2630), hex(0x3A4453), hex(0x2C3440),
    /*scrollbar*/ hex(0x4A5566), hex(0x5B687B), hex(0x6E7C90),
    /*slider*/ hex(0x7AB0FF), hex(0x9CC3FF),
    /*selection*/ hex(0x7AB0FF),
    /*modal_dim*/ hex(0x000000),
    /*text*/ hex(0xE6EAF0), /*muted*/ hex(0xA9B3C1), /*disabled*/ hex(0x98A2B1),
    /*accent*/ hex(0x7AB0FF), /*on_accent*/ hex(0x0B1526),
    /*focus*/ hex(0x9CC3FF),
    /*info_tint*/ hex(0x1E2D45), /*compensation_tint*/ hex(0x4A3B17),
    /*met*/ {hex(0x6FDC8C), hex(0x17301F)},
    /*not_met*/ {hex(0xFF8F85), hex(0x3D1A17)},
    /*unknown*/ {hex(0xF5C26B), hex(0x3A2C0E)},
    /*not_applicable*/ {hex(0xA9B3C1), hex(0x2A313B)},
    /*lane_stripe*/ hex(0x1F2630), /*grid_year*/ hex(0x4A5566), /*grid_quarter*/ hex(0x2C3440), /*axis*/ hex(0x5B687B),
    /*indicative_ink*/ hex(0x8FD6A5),
};

constexpr Rgb kWhite = hex(0xFFFFFF);
constexpr Rgb kInk = hex(0x1D2433);

struct NamedKind {
  const char* kind;
  KindColours colours;
};

// Fills keep their meaning in both themes; labels on them are white or dark ink, whichever reads.
const NamedKind kKinds[] = {
    {"trajectory", {hex(0x1F5FBF), kWhite}},
    {"sixth_year", {hex(0x1F5FBF), kInk, true, 70}},
    {"extended_end", {hex(0x2F75C0), kWhite}},
    {"age_55_extension", {hex(0x6B4CB8), kInk, true, 60}},
    {"temporary_compensation", {hex(0xE28A1C), hex(0x3A2200)}},
    {"wop_40_low", {hex(0x26775E), kWhite}},
    {"transitional_regime", {hex(0x9AA3B2), kInk}},
    {"transition_trajectory", {hex(0x2B7A4B), kWhite}},
    {"transition_phase", {hex(0x94D3A6), kInk}},
    {"internship", {hex(0x2B7A4B), kWhite}},
    {"incapacity", {hex(0xB94A4A), kWhite}},
    {"training", {hex(0x7352B0), kWhite}},
    {"pop", {hex(0x1F5FBF), kWhite}},
    {"vdab_evaluation", {hex(0x2B7A4B), kWhite}},
    {"regime_change", {hex(0xA85800), kWhite}},
    {"sine_stop", {hex(0xA85800), kWhite}},
};
constexpr KindColours kOtherKind{hex(0x1D2433), kWhite};

double channel(std::uint8_t v) {
  const double c = v / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

const Palette& light_palette() { return kLight; }
const Palette& dark_palette() { return kDark; }

const Palette* palette_named(std::string_view name) {
  if (name == kLight.name) return &kLight;
  if (name == kDark.name) return &kDark;
  return nullptr;
}

KindColours timeline_kind(std::string_view kind) {
  for (const NamedKind& k : kKinds)
    if (kind == k.kind) return k.colours;
  return kOtherKind;
}

bool has_timeline_kind(std::string_view kind) {
  for (const NamedKind& k : kKinds)
    if (kind == k.kind) return true;
  return false;
}

const std::vector<std::string>& timeline_kinds() {
  static const std::vector<std::string> kinds = [] {
    std::vector<std::string> out;
    for (const NamedKind& k : kKinds) out.emplace_back(k.kind);
    return out;
  }();
  return kinds;
}

const std::vector<Rgb>& transition_phase_fills() {
  static const std::vector<Rgb> fills{hex(0xC8EAD0), hex(0x94D3A6), hex(0x4EAF6E), hex(0xDDF1E2)};
  return fills;
}

Rgb timeline_ink() { return kInk; }
Rgb timeline_today() { return hex(0xC01F3A); }
Rgb timeline_switch() { return hex(0xA85800); }

double relative_luminance(Rgb c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }

double contrast_ratio(Rgb a, Rgb b) {
  const double la = relative_luminance(a), lb = relative_luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Rgb blend(Rgb top, std::uint8_t alpha, Rgb bottom) {
  const auto mix = [alpha](std::uint8_t t, std::uint8_t b) {
    return static_cast<std::uint8_t>(std::lround((t * alpha + b * (255 - alpha)) / 255.0));
  };
  return Rgb{mix(top.r, bottom.r), mix(top.g, bottom.g), mix(top.b, bottom.b)};
}

std::vector<ContrastPair> contrast_pairs(const Palette& p) {
  constexpr double kText = 4.5, kGraphic = 3.0;
  std::vector<ContrastPair> out;
  const auto text_on = [&](const char* fg_name, Rgb fg, std::initializer_list<std::pair<const char*, Rgb>> backgrounds) {
    for (const auto& [bg_name, bg] : backgrounds) out.push_back({std::string(fg_name) + " on " + bg_name, fg, bg, kText});
  };
  text_on("text", p.text,
          {{"page", p.page}, {"panel", p.panel}, {"header_bar", p.header_bar}, {"popup", p.popup}, {"frame", p.frame},
           {"frame_hovered", p.frame_hovered}, {"frame_active", p.frame_active}, {"button", p.button},
           {"button_hovered", p.button_hovered}, {"button_active", p.button_active}, {"header", p.header},
           {"header_hovered", p.header_hovered}, {"header_active", p.header_active}, {"tab", p.tab},
           {"tab_hovered", p.tab_hovered}, {"tab_active", p.tab_active}, {"table_header", p.table_header},
           {"table_row_alt", p.table_row_alt}, {"compensation_tint", p.compensation_tint},
           {"unknown tint (highlighted question)", p.unknown.tint}, {"selection", blend(p.selection, 64, p.frame)}});
  text_on("muted", p.muted,
          {{"page", p.page}, {"panel", p.panel}, {"header_bar", p.header_bar}, {"popup", p.popup},
           {"table_row_alt", p.table_row_alt}, {"lane_stripe", p.lane_stripe}, {"header_hovered", p.header_hovered}});
  text_on("disabled", p.disabled, {{"page", p.page}, {"panel", p.panel}, {"frame", p.frame}, {"table_row_alt", p.table_row_alt}});
  text_on("accent", p.accent,
          {{"page", p.page}, {"panel", p.panel}, {"header_bar", p.header_bar}, {"popup", p.popup},
           {"header_hovered", p.header_hovered}, {"info_tint", p.info_tint}});
  text_on("on_accent", p.on_accent, {{"accent", p.accent}});
  text_on("indicative_ink", p.indicative_ink, {{"panel", p.panel}, {"lane_stripe", p.lane_stripe}});
  for (const auto& [name, s] : {std::pair<const char*, StatusColours>{"met", p.met}, {"not_met", p.not_met},
                                {"unknown", p.unknown}, {"not_applicable", p.not_applicable}}) {
    const std::string word = std::string("status ") + name;
    out.push_back({word + " on its tint", s.strong, s.tint, kText});
    out.push_back({word + " on panel", s.strong, p.panel, kText});
  }
  // The focus ring must stand out from every surface a focusable widget sits on (WCAG 1.4.11).
  for (const auto& [bg_name, bg] : {std::pair<const char*, Rgb>{"page", p.page}, {"panel", p.panel}, {"header_bar", p.header_bar}})
    out.push_back({std::string("focus ring on ") + bg_name, p.focus, bg, kGraphic});

  // Timeline labels: on their own fill, or the theme's text over a translucent fill on the panel.
  for (const std::string& kind : timeline_kinds()) {
    const KindColours k = timeline_kind(kind);
    if (k.translucent)
      out.push_back({"text on timeline " + kind, p.text, blend(k.fill, k.alpha, p.panel), kText});
    else
      out.push_back({"label on timeline " + kind, k.label, k.fill, kText});
  }
  for (std::size_t i = 0; i < transition_phase_fills().size(); ++i)
    out.push_back({"ink on transition phase " + std::to_string(i + 1), timeline_ink(), transition_phase_fills()[i], kText});
  out.push_back({"label on the today line", kWhite, timeline_today(), kText});
  out.push_back({"label on the 1 July 2023 line", kWhite, timeline_switch(), kText});
  return out;
}

}  // namespace lde::ui
