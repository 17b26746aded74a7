// The C functions web/a11y.js calls: the DOM mirror, keyboard focus and theme for window.ldecheck, and
// the page events Emscripten's GLFW does not deliver (touch, the soft keyboard's text, the clipboard,
// WebGL context loss). Export list: LDE_A11Y_EXPORTS in wasm/CMakeLists.txt.
#include <string>

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include "a11y.hpp"
#include "app.hpp"
#include "bridge_text.hpp"
#include "loop.hpp"
#include "platform.hpp"
#include "theme.hpp"

using lde::ui::hold;

extern "C" {

// What the screen-reader mirror shows (a11y.hpp mirror_json), as JSON.
EMSCRIPTEN_KEEPALIVE const char* lde_mirror() {
  static std::string buffer;
  return hold(buffer, lde::ui::mirror_json(lde::ui::app()).dump());
}

EMSCRIPTEN_KEEPALIVE double lde_mirror_revision() { return static_cast<double>(lde::ui::mirror_revision()); }

// The widget id (as in widgets()) with keyboard focus in the last frame, "" when none.
EMSCRIPTEN_KEEPALIVE const char* lde_focused() { return lde::ui::focused_widget().c_str(); }

// "light" or "dark"; `remember` stores the choice as the user's. Returns 0 for an unknown name.
EMSCRIPTEN_KEEPALIVE int lde_set_theme(const char* name, int remember) {
  const lde::ui::Palette* p = lde::ui::palette_named(name ? name : "");
  if (!p) return 0;
  lde::ui::choose_theme(*p, remember != 0);
  return 1;
}

// One finger: phase 0 down, 1 move, 2 up, 3 cancelled; CSS pixels relative to the canvas.
EMSCRIPTEN_KEEPALIVE void lde_touch(int phase, double x, double y) {
  const auto fx = static_cast<float>(x), fy = static_cast<float>(y);
  switch (phase) {
    case 0: lde::ui::touch_start(fx, fy); break;
    case 1: lde::ui::touch_move(fx, fy); break;
    case 2: lde::ui::touch_end(false); break;
    default: lde::ui::touch_end(true); break;
  }
}

// Two fingers: phase 0 start, 1 move (scale = change of the finger distance since the last move), 2 end.
EMSCRIPTEN_KEEPALIVE void lde_pinch(int phase, double centre_x, double centre_y, double scale) {
  const auto cx = static_cast<float>(centre_x), cy = static_cast<float>(centre_y);
  switch (phase) {
    case 0: lde::ui::pinch_start(cx, cy); break;
    case 1: lde::ui::pinch_move(cx, cy, static_cast<float>(scale)); break;
    default: lde::ui::pinch_end(); break;
  }
}

// Text typed into the hidden field that carries the phone's soft keyboard.
EMSCRIPTEN_KEEPALIVE void lde_text_input(const char* text) { lde::ui::text_input(text ? text : ""); }

EMSCRIPTEN_KEEPALIVE void lde_key(const char* key, int down, int ctrl, int shift) {
  lde::ui::key_input(key ? key : "", down != 0, ctrl != 0, shift != 0);
}

EMSCRIPTEN_KEEPALIVE void lde_clipboard_pasted(const char* text) { lde::ui::clipboard_pasted(text ? text : ""); }

// 1 while an ImGui text field takes text.
EMSCRIPTEN_KEEPALIVE int lde_want_text_input() { return ImGui::GetIO().WantTextInput ? 1 : 0; }

// Renders frames now, inside a page event, until ImGui has taken every queued input (it takes a key
// that changed twice over two frames): a Ctrl+C is then handled before the browser's copy event.
EMSCRIPTEN_KEEPALIVE void lde_render_now() {
  for (int frame = 0; frame < 64; ++frame) {  // bounded: a flood of queued input must not hang the page
    lde::ui::wake();
    lde::ui::render_now();
    if (ImGui::GetCurrentContext()->InputEventsQueue.Size == 0) break;
  }
}

EMSCRIPTEN_KEEPALIVE void lde_context_lost() { lde::ui::context_lost(); }
EMSCRIPTEN_KEEPALIVE void lde_context_restored() { lde::ui::context_restored(); }

}  // extern "C"
