// The synthetic bold of the UI fonts (wasm/embolden.hpp): glyph bitmaps thickened in the atlas.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "embolden.hpp"

namespace {

// A 12 x 3 image; the glyph is the 4 x 2 box at (5, 0); '.' = 0, digits = coverage / 10 (9 = 90).
struct Image {
  static constexpr int kWidth = 12, kHeight = 3;
  std::vector<unsigned char> px = std::vector<unsigned char>(kWidth * kHeight, 0);
  explicit Image(const std::vector<std::string>& rows) {
    for (int y = 0; y < kHeight; ++y)
      for (int x = 0; x < kWidth; ++x) px[y * kWidth + x] = rows[y][x] == '.' ? 0 : (rows[y][x] - '0') * 10;
  }
  std::vector<std::string> rows() const {
    std::vector<std::string> out(kHeight, std::string(kWidth, '.'));
    for (int y = 0; y < kHeight; ++y)
      for (int x = 0; x < kWidth; ++x)
        if (px[y * kWidth + x]) out[y][x] = static_cast<char>('0' + px[y * kWidth + x] / 10);
    return out;
  }
};

}  // namespace

TEST_CASE("embolden: ink spreads `strength` pixels into the free columns left of the glyph, as its maximum") {
  Image one({".....9.3....", ".....39.....", "9..........9"});
  lde::ui::embolden_glyph(one.px.data(), Image::kWidth, 5, 0, 4, 2, 1);
  // Each pixel = max(itself, its right neighbour within the glyph); row 2 (not in the glyph) untouched,
  // nor anything right of the glyph or further left than `strength`.
  CHECK(one.rows() == std::vector<std::string>{"....9933....", "....399.....", "9..........9"});

  Image two({".....9.3....", ".....39.....", "............"});
  lde::ui::embolden_glyph(two.px.data(), Image::kWidth, 5, 0, 4, 2, 2);
  CHECK(two.rows() == std::vector<std::string>{"...99933....", "...3999.....", "............"});
}

TEST_CASE("embolden: a one-pixel stem becomes 1 + strength pixels wide; nothing happens without strength") {
  for (int strength = 1; strength <= 3; ++strength) {
    Image img({"........9...", "........9...", "............"});
    lde::ui::embolden_glyph(img.px.data(), Image::kWidth, 5, 0, 4, 2, strength);
    const std::string stem = std::string(8 - strength, '.') + std::string(1 + strength, '9') + "...";
    CHECK(img.rows() == std::vector<std::string>{stem, stem, "............"});
  }
  Image same({".....9.3....", ".....39.....", "............"});
  lde::ui::embolden_glyph(same.px.data(), Image::kWidth, 5, 0, 4, 2, 0);
  CHECK(same.rows() == std::vector<std::string>{".....9.3....", ".....39.....", "............"});
}

TEST_CASE("embolden: the strength follows the font size like DejaVu Sans Bold's heavier stems") {
  CHECK(lde::ui::embolden_strength(16) == 1);  // body
  CHECK(lde::ui::embolden_strength(19) == 1);  // title
  CHECK(lde::ui::embolden_strength(22) == 1);  // heading
  CHECK(lde::ui::embolden_strength(32) == 2);  // body on a 2x screen
  CHECK(lde::ui::embolden_strength(44) == 3);  // heading on a 2x screen
  CHECK(lde::ui::embolden_strength(4) == 1);   // never 0
}
