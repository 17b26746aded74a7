// The UI's colour tables (wasm/palette.cpp) against WCAG 2 level AA: every text/background pair the
// app draws reaches 4.5:1 in both themes, the focus ring 3:1.
#include <catch2/catch.hpp>

#include "palette.hpp"

using lde::ui::Rgb;

TEST_CASE("the contrast ratio follows the WCAG 2 formula") {
  CHECK(lde::ui::contrast_ratio(Rgb{0, 0, 0}, Rgb{255, 255, 255}) == Approx(21.0));
  CHECK(lde::ui::contrast_ratio(Rgb{255, 255, 255}, Rgb{0, 0, 0}) == Approx(21.0));
  CHECK(lde::ui::contrast_ratio(Rgb{0x77, 0x77, 0x77}, Rgb{0x77, 0x77, 0x77}) == Approx(1.0));
  // #767676 on white is the classic "just passes AA" grey, #777777 just fails.
  CHECK(lde::ui::contrast_ratio(Rgb{0x76, 0x76, 0x76}, Rgb{255, 255, 255}) >= 4.5);
  CHECK(lde::ui::contrast_ratio(Rgb{0x77, 0x77, 0x77}, Rgb{255, 255, 255}) < 4.5);
}

TEST_CASE("blending at full and zero alpha gives the top and the bottom colour") {
  const Rgb top{10, 200, 30}, bottom{250, 40, 90};
  const Rgb full = lde::ui::blend(top, 255, bottom), none = lde::ui::blend(top, 0, bottom);
  CHECK((full.r == top.r && full.g == top.g && full.b == top.b));
  CHECK((none.r == bottom.r && none.g == bottom.g && none.b == bottom.b));
}

TEST_CASE("every text and focus colour pair meets WCAG AA in the light and the dark theme") {
  for (const char* name : {"light", "dark"}) {
    const lde::ui::Palette* palette = lde::ui::palette_named(name);
    REQUIRE(palette != nullptr);
    const auto pairs = lde::ui::contrast_pairs(*palette);
    REQUIRE(pairs.size() > 60);
    for (const auto& pair : pairs) {
      INFO(name << " theme: " << pair.what);
      CHECK(lde::ui::contrast_ratio(pair.foreground, pair.background) >= pair.minimum);
    }
  }
}

TEST_CASE("the dark theme is dark and the light theme is light") {
  CHECK(lde::ui::relative_luminance(lde::ui::dark_palette().page) < 0.05);
  CHECK(lde::ui::relative_luminance(lde::ui::dark_palette().panel) < 0.05);
  CHECK(lde::ui::relative_luminance(lde::ui::light_palette().page) > 0.8);
  CHECK(lde::ui::palette_named("sepia") == nullptr);
}

TEST_CASE("every timeline kind has its own entry, not the fallback") {
  const Rgb fallback = lde::ui::timeline_kind("no such kind").fill;
  for (const std::string& kind : lde::ui::timeline_kinds()) {
    INFO(kind);
    const Rgb fill = lde::ui::timeline_kind(kind).fill;
    CHECK_FALSE((fill.r == fallback.r && fill.g == fallback.g && fill.b == fallback.b));
  }
}
