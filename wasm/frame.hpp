// The app's chrome around the screens: header with the language switch, the tab bar, the scrollable
// content column. Screens themselves live in screen_*.cpp.
#pragma once

#include "app.hpp"

namespace lde::ui {

void draw_frame(AppState& s);

}  // namespace lde::ui
