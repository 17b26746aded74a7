#include "glyph_ranges.hpp"

#include <algorithm>

namespace lde::ui {

namespace {
void add(std::vector<unsigned short>& out, char32_t first, char32_t last) {
  if (first > last) return;
  out.push_back(static_cast<unsigned short>(first));
  out.push_back(static_cast<unsigned short>(last));
}
}  // namespace

std::vector<unsigned short> glyph_ranges_without(const unsigned short* ranges, char32_t first, char32_t last) {
  std::vector<unsigned short> out;
  for (const unsigned short* r = ranges; r[0] != 0; r += 2) {
    const char32_t lo = r[0], hi = r[1];
    if (hi < first || lo > last) {
      add(out, lo, hi);
      continue;
    }
    if (lo < first) add(out, lo, first - 1);
    if (hi > last) add(out, last + 1, hi);
  }
  out.push_back(0);
  return out;
}

std::vector<unsigned short> glyph_ranges_within(const unsigned short* ranges, char32_t first, char32_t last) {
  std::vector<unsigned short> out;
  for (const unsigned short* r = ranges; r[0] != 0; r += 2) add(out, std::max<char32_t>(r[0], first), std::min<char32_t>(r[1], last));
  out.push_back(0);
  return out;
}

bool text_in_glyph_ranges(const std::vector<unsigned short>& ranges, const char* text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text);
  while (*p) {
    char32_t c = 0;
    int more = 0;
    if (*p < 0x80) {
      c = *p;
    } else if ((*p & 0xE0) == 0xC0) {
      c = *p & 0x1F;
      more = 1;
    } else if ((*p & 0xF0) == 0xE0) {
      c = *p & 0x0F;
      more = 2;
    } else if ((*p & 0xF8) == 0xF0) {
      c = *p & 0x07;
      more = 3;
    } else {
      return false;
    }
    ++p;
    for (; more > 0; --more, ++p) {
      if ((*p & 0xC0) != 0x80) return false;
      c = (c << 6) | (*p & 0x3F);
    }
    bool found = false;
    for (std::size_t i = 0; i + 1 < ranges.size() && ranges[i] != 0; i += 2)
      if (c >= ranges[i] && c <= ranges[i + 1]) found = true;
    if (!found) return false;
  }
  return true;
}

}  // namespace lde::ui
