#include "embolden.hpp"

#include <algorithm>
#include <cmath>

namespace lde::ui {

int embolden_strength(float pixels) { return std::max(1, static_cast<int>(std::lround(pixels * 0.06f))); }

void embolden_glyph(unsigned char* pixels, int stride, int x, int y, int w, int h, int strength) {
  if (w <= 0 || h <= 0 || strength <= 0) return;
  for (int row = y; row < y + h; ++row) {
    unsigned char* line = pixels + static_cast<long>(row) * stride + x;  // line[0] is the glyph's first column
    // Left to right, so every pixel still reads the original values to its right.
    for (int col = -strength; col < w; ++col) {
      unsigned char v = col >= 0 ? line[col] : 0;
      for (int k = 1; k <= strength && col + k < w; ++k)
        if (col + k >= 0) v = std::max(v, line[col + k]);
      line[col] = v;
    }
  }
}

}  // namespace lde::ui
