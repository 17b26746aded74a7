// What Emscripten 3.1.6's built-in GLFW does not do for us (toolchain.md): the browser clipboard,
// touch (tap, one-finger drag, two-finger pinch), the phone's soft keyboard for text fields, a lost
// WebGL context, and a wheel listener that may cancel the page's scrolling. web/a11y.js feeds the DOM
// side through the exports in bridge_a11y.cpp.
#pragma once

#include <string_view>

struct GLFWwindow;

namespace lde::ui {

// Call once after the ImGui GLFW and OpenGL backends are initialised.
void install_platform(GLFWwindow* window);
// Call at the end of every rendered frame (drops a finished pinch no timeline took).
void platform_end_frame();
// While the WebGL context is lost nothing can be drawn: the main loop skips frames.
bool rendering_paused();

// [SECTION] Touch: coordinates in CSS pixels relative to the canvas.
void touch_start(float x, float y);
void touch_move(float x, float y);
void touch_end(bool cancelled);
void pinch_start(float centre_x, float centre_y);
void pinch_move(float centre_x, float centre_y, float scale);  // scale since the previous move
void pinch_end();
// The pinch factor (> 1 spreads = zoom in) not yet applied, 1 when none. The worker timeline applies
// it when the pinch centre is over it and then takes it (take_pinch); what no timeline took is dropped
// after the gesture ends.
float pending_pinch();
void take_pinch();

// [SECTION] Text from the page: the soft keyboard's hidden field and the clipboard.
void text_input(std::string_view utf8);
// A key from the hidden field: "Backspace", "Enter", "ArrowLeft", ... or a letter with ctrl for
// Ctrl+A / C / V / X / Z / Y.
void key_input(std::string_view key, bool down, bool ctrl, bool shift);
// Text the browser pasted (a 'paste' event): what ImGui pastes on the Ctrl+V it receives.
void clipboard_pasted(std::string_view utf8);

// [SECTION] WebGL context
void context_lost();
void context_restored();

}  // namespace lde::ui
