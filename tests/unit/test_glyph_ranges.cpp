// The heading and title fonts rasterise fewer glyphs than the body font (wasm/glyph_ranges.hpp): the
// clipping must be right, and every text the app draws in those fonts must fit in what they keep.
#include <catch2/catch.hpp>

#include <iterator>
#include <string>
#include <vector>

#include "glyph_ranges.hpp"
#include "lde/evaluate.hpp"
#include "lde/messages.hpp"

namespace {

using lde::ui::glyph_ranges_within;
using lde::ui::glyph_ranges_without;
using lde::ui::text_in_glyph_ranges;

using Ranges = std::vector<unsigned short>;

// Stands in for the body font's ranges: everything the 16-bit ranges can hold.
const unsigned short kEverything[] = {0x0020, 0xFFFF, 0};

}  // namespace

TEST_CASE("glyph ranges are clipped to and around a span", "[glyphs]") {
  const unsigned short body[] = {0x0020, 0x007E, 0x00A0, 0x017F, 0x2010, 0x2027, 0x20AC, 0x20AC, 0};
  CHECK(glyph_ranges_without(body, 0x0100, 0x017F) == Ranges{0x0020, 0x007E, 0x00A0, 0x00FF, 0x2010, 0x2027, 0x20AC, 0x20AC, 0});
  CHECK(glyph_ranges_without(body, 0x0050, 0x00B0) == Ranges{0x0020, 0x004F, 0x00B1, 0x017F, 0x2010, 0x2027, 0x20AC, 0x20AC, 0});
  CHECK(glyph_ranges_without(body, 0x2000, 0x2100) == Ranges{0x0020, 0x007E, 0x00A0, 0x017F, 0});
  CHECK(glyph_ranges_within(body, 0x0020, 0x007E) == Ranges{0x0020, 0x007E, 0});
  CHECK(glyph_ranges_within(body, 0x0070, 0x00B0) == Ranges{0x0070, 0x007E, 0x00A0, 0x00B0, 0});
  CHECK(glyph_ranges_within(body, 0x3000, 0x4000) == Ranges{0});

  const Ranges latin = glyph_ranges_within(body, 0x0020, 0x00FF);
  CHECK(text_in_glyph_ranges(latin, "Caf\xC3\xA9 \xC2\xA0 ok"));  // é, no-break space
  CHECK_FALSE(text_in_glyph_ranges(latin, "\xC5\x81ukasz"));        // Ł
  CHECK_FALSE(text_in_glyph_ranges(latin, "\xE2\x82\xAC"));         // €
  CHECK_FALSE(text_in_glyph_ranges(latin, "bad \xC3"));             // cut UTF-8
  CHECK(text_in_glyph_ranges(Ranges(std::begin(body), std::end(body)), "\xE2\x82\xAC 1.234,56"));
}

TEST_CASE("texts drawn in the heading and title fonts fit in their glyphs", "[glyphs]") {
  const Ranges heading = glyph_ranges_without(kEverything, lde::ui::kHeadingOmitFirst, lde::ui::kHeadingOmitLast);
  const Ranges title = glyph_ranges_within(kEverything, lde::ui::kTitleKeepFirst, lde::ui::kTitleKeepLast);
  const auto& messages = lde::builtin_messages();
  int heading_texts = 0;
  for (const auto language : {lde::Language::nl, lde::Language::en}) {
    const std::string title_text = messages.text(language, "ui.app.title");
    INFO(title_text);
    CHECK(text_in_glyph_ranges(title, title_text.c_str()));
    // heading() draws the screens' titles; the worker's summary its first sentence.
    for (const auto& [key, text] : messages.catalogue(language)) {
      const bool screen_title = key == "ui.employer.title" || key == "ui.worker.title" || key == "ui.imw.title" ||
                                key == "report.title" || key == "ui.about.title";
      if (!screen_title && key.rfind("worker.summary.", 0) != 0) continue;
      INFO(key << ": " << text);
      CHECK(text_in_glyph_ranges(heading, text.c_str()));
      ++heading_texts;
    }
  }
  CHECK(heading_texts > 40);
}
