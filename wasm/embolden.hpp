// Bold text from the regular face: glyph bitmaps thickened in the font atlas, the way FreeType's
// FT_Bitmap_Embolden and browsers' synthetic bold do. Plain C++ (no ImGui), so the unit tests check it.
//
// The app ships one face (DejaVu Sans regular) instead of regular + bold: the bold face was 15 KB of
// the download's gzip (issue 7 transfer budget). theme.cpp rasterises the bold, heading and title fonts
// from the regular face and thickens their glyphs with embolden_glyph; each glyph grows by
// embolden_strength(size) pixels, and so does its advance.
#pragma once

namespace lde::ui {

// Pixels a glyph of `pixels` height is thickened by: the stem weight DejaVu Sans Bold adds over the
// regular face (≈ 0.06 em), at least 1: 1 px at 16–24 px, 2 px at 25–41 px (a 2x screen), 3 px beyond.
int embolden_strength(float pixels);

// Thickens the glyph bitmap at (x, y), w x h in an 8-bit coverage image with `stride` bytes per row, by
// `strength` pixels: the result covers columns x - strength .. x + w - 1, where each pixel is the
// maximum of the original pixels at it and up to `strength` columns to its right. Drawn from
// x - strength at the glyph's old left edge, that is the original ink plus copies shifted right by
// 1 .. strength pixels. The `strength` columns left of the glyph must be free: ImGui's atlas packs each
// glyph with its padding on the left and top (theme.cpp sets the padding to strength + 1). Nothing
// outside those rows and columns is touched.
void embolden_glyph(unsigned char* pixels, int stride, int x, int y, int w, int h, int strength);

}  // namespace lde::ui
