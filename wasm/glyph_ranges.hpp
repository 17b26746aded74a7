// Glyph ranges of the UI fonts beyond the body font's: plain C++ (no ImGui), so the unit tests check
// both the clipping and that the texts drawn in the heading and title fonts fit in what they keep.
//
// Ranges use ImGui's layout: pairs of first/last code point, zero-terminated. The body and bold fonts
// get every code point the subset fonts have (wasm/CMakeLists.txt LDE_FONT_RANGES). The title font
// draws only the app's name, the heading font only catalogue sentences (never a person's name), so
// they leave out what those texts cannot contain: fewer glyphs to rasterise before the first frame.
#pragma once

#include <vector>

namespace lde::ui {

// The heading font has every body code point but Latin Extended-A (the letters of names: Ł, Š, Ğ ...).
inline constexpr char32_t kHeadingOmitFirst = 0x0100, kHeadingOmitLast = 0x017F;
// The title font keeps Basic Latin only.
inline constexpr char32_t kTitleKeepFirst = 0x0020, kTitleKeepLast = 0x007E;

// `ranges` without the code points first..last.
std::vector<unsigned short> glyph_ranges_without(const unsigned short* ranges, char32_t first, char32_t last);
// The code points of `ranges` within first..last.
std::vector<unsigned short> glyph_ranges_within(const unsigned short* ranges, char32_t first, char32_t last);
// Whether every code point of the UTF-8 `text` is in `ranges` (false for malformed UTF-8).
bool text_in_glyph_ranges(const std::vector<unsigned short>& ranges, const char* text);

}  // namespace lde::ui
