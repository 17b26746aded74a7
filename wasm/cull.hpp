// Culling of long screens: a block that lies wholly outside the visible part of its window is not drawn;
// the height it took when last drawn is reserved instead, so the scroll range and everything below stay
// where they were. ImGui clips items itself, but only after the screen code composed their texts and
// ImGui measured them: on the employer screen most of the form and the verdicts are out of view.
//
//   if (CulledBlock block("employer.quality", layout_key(s)); block) changed |= quality_group(s, f, o);
//
// A block is drawn for real whenever its content may differ from the last time: the key (assessment
// revision, language, width, font size) changed, `always` is set (e.g. a jump to one of its questions is
// pending), an item is active (a text field being edited), or the keyboard moves the focus (Tab must
// reach every item, so nothing is culled while the focus highlight shows).
#pragma once

#include <cstdint>
#include <string_view>

#include "app.hpp"

namespace lde::ui {

// On by default; off draws every block (the end-to-end tests compare both layouts).
void set_culling(bool on);

// What a block's height depends on besides its own (visible, user-driven) state.
std::uint64_t layout_key(const AppState& s);

class CulledBlock {
 public:
  CulledBlock(std::string_view id, std::uint64_t key, bool always = false);
  ~CulledBlock();
  CulledBlock(const CulledBlock&) = delete;
  CulledBlock& operator=(const CulledBlock&) = delete;
  // True: draw the block now (the destructor measures it). False: its space was reserved; skip it.
  explicit operator bool() const { return draw_; }

 private:
  unsigned id_;
  std::uint64_t key_;
  float start_y_;
  bool draw_;
};

}  // namespace lde::ui
