// Browser platform pieces Emscripten's GLFW lacks (see platform.hpp).
//
// [SECTION] Clipboard
// [SECTION] Soft keyboard: where the text field is, which keyboard it wants
// [SECTION] Wheel
// [SECTION] Touch: tap, drag, scroll, pinch
// [SECTION] Text and keys from the hidden field
// [SECTION] WebGL context loss
// [SECTION] Mouse cursor
// [SECTION] install_platform
#include "platform.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_internal.h>

#include "loop.hpp"
#include "renderer.hpp"
#include "theme.hpp"

// ImGui copied or cut text: web/a11y.js puts it on the browser clipboard (the 'copy' event of the same
// key press, or navigator.clipboard as a fallback).
EM_JS(void, lde_js_copied, (const char* text), {
  window.dispatchEvent(new CustomEvent('ldecheck:copy', {'detail': UTF8ToString(text)}));
});

// A text field started or stopped taking text, or its cursor moved: web/a11y.js moves the hidden field
// there and, after a touch, focuses it so that a phone shows its keyboard.
EM_JS(void, lde_js_text_input, (int active, double x, double y, double height, const char* mode), {
  window.dispatchEvent(new CustomEvent('ldecheck:textinput', {
    'detail': {'active': active !== 0, 'x': x, 'y': y, 'height': height, 'inputmode': UTF8ToString(mode)}
  }));
});

// The GL objects of a lost context are gone: Emscripten's tables still map their ids, and deleting them
// on the restored context only earns "object does not belong to this context" warnings. Forgetting the
// ids makes the renderer's deletes no-ops; it then creates everything afresh.
EM_JS(void, lde_js_forget_gl_objects, (), {
  if (typeof GL === 'undefined') return;
  for (const table of [GL.buffers, GL.programs, GL.textures, GL.shaders, GL.vaos, GL.framebuffers, GL.renderbuffers,
                       GL.queries, GL.samplers]) {
    if (table) table.fill(null);
  }
});

// The canvas's CSS cursor (an index into the list below, ImGuiMouseCursor order).
EM_JS(void, lde_js_set_cursor, (int cursor), {
  const names = ['default', 'text', 'move', 'ns-resize', 'ew-resize', 'nesw-resize', 'nwse-resize', 'pointer',
                 'not-allowed'];
  const canvas = document.getElementById('canvas');
  if (canvas) canvas.style.cursor = cursor < 0 ? 'none' : (names[cursor] || 'default');
});

namespace lde::ui {

namespace {

GLFWwindow* g_window = nullptr;
bool g_context_lost = false;

// [SECTION] Clipboard -------------------------------------------------------------------------------------
// ImGui asks for the clipboard synchronously; the browser hands it out only in a 'paste' event (or
// asynchronously). The page's paste event (which follows the Ctrl+V keydown, before the next frame)
// stores the text here, and ImGui's own copies land here too, so copy and paste also work inside the
// app when the browser refuses clipboard access.
std::string g_clipboard;

void set_clipboard(void*, const char* text) {
  g_clipboard = text ? text : "";
  lde_js_copied(g_clipboard.c_str());
}

const char* get_clipboard(void*) { return g_clipboard.c_str(); }

// [SECTION] Soft keyboard: where the text field is, which keyboard it wants ------------------------------

void set_ime_data(ImGuiViewport*, ImGuiPlatformImeData* data) {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  const char* mode = "text";
  if (g.InputTextState.ID != 0 && g.InputTextState.ID == g.ActiveId &&
      (g.InputTextState.Flags & (ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_CharsScientific)))
    mode = "decimal";
  const float ratio = pixel_ratio();
  lde_js_text_input(data->WantVisible ? 1 : 0, data->InputPos.x / ratio, data->InputPos.y / ratio,
                    data->InputLineHeight / ratio, mode);
}

// [SECTION] Wheel -------------------------------------------------------------------------------------------
// ImGui's GLFW backend listens for the wheel on the document, where browsers make listeners passive:
// its preventDefault() then only logs "Unable to preventDefault inside passive event listener". The
// same conversion on the canvas (not passive) may cancel the page's own scrolling and zooming.
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* ev, void*) {
  float multiplier = 0.0f;
  if (ev->deltaMode == DOM_DELTA_PIXEL) multiplier = 1.0f / 100.0f;     // 100 pixels make a step
  else if (ev->deltaMode == DOM_DELTA_LINE) multiplier = 1.0f / 3.0f;   // 3 lines make a step
  else if (ev->deltaMode == DOM_DELTA_PAGE) multiplier = 80.0f;         // a page makes 80 steps
  ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(ev->deltaX) * -multiplier,
                                    static_cast<float>(ev->deltaY) * -multiplier);
  wake();
  return EM_TRUE;
}

// [SECTION] Touch: tap, drag, scroll, pinch ------------------------------------------------------------------
// A finger is the left mouse button. A drag that starts on an item (the timeline, a slider, a text
// field) drags it; a drag that starts on the background scrolls the area under it, as a page would.

struct TouchState {
  bool down = false;
  bool scrolling = false;
  ImVec2 start, last;       // device pixels
  ImGuiID scroll_window = 0;
};

TouchState g_touch;
float g_pinch = 1.0f;
bool g_pinching = false;
constexpr float kScrollThreshold = 8.0f;  // CSS pixels before a background drag becomes a scroll

ImVec2 to_device(float x, float y) {
  const float ratio = pixel_ratio();
  return ImVec2(x * ratio, y * ratio);
}

void release_without_click() {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // nothing is hovered when the button goes up: no click
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
}

ImGuiWindow* scrollable_from(ImGuiWindow* window) {
  while (window && window->ScrollMax.y <= 0.0f && (window->Flags & ImGuiWindowFlags_ChildWindow))
    window = window->ParentWindow;
  return window && window->ScrollMax.y > 0.0f ? window : nullptr;
}

// True when the press landed on no item: ImGui then makes the window's move id active.
bool press_on_background() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  return g.ActiveId == 0 || (g.ActiveIdWindow != nullptr && g.ActiveId == g.ActiveIdWindow->MoveId);
}

// [SECTION] Text and keys from the hidden field ----------------------------------------------------------------

ImGuiKey key_named(std::string_view key) {
  static const struct {
    const char* name;
    ImGuiKey key;
  } keys[] = {{"Backspace", ImGuiKey_Backspace}, {"Delete", ImGuiKey_Delete},       {"Enter", ImGuiKey_Enter},
              {"Tab", ImGuiKey_Tab},             {"Escape", ImGuiKey_Escape},       {"ArrowLeft", ImGuiKey_LeftArrow},
              {"ArrowRight", ImGuiKey_RightArrow}, {"ArrowUp", ImGuiKey_UpArrow},   {"ArrowDown", ImGuiKey_DownArrow},
              {"Home", ImGuiKey_Home},           {"End", ImGuiKey_End},             {"a", ImGuiKey_A},
              {"c", ImGuiKey_C},                 {"v", ImGuiKey_V},                 {"x", ImGuiKey_X},
              {"y", ImGuiKey_Y},                 {"z", ImGuiKey_Z}};
  for (const auto& k : keys)
    if (key == k.name) return k.key;
  return ImGuiKey_None;
}

}  // namespace

void touch_start(float x, float y) {
  ImGuiIO& io = ImGui::GetIO();
  // The GLFW backend polls GLFW's cursor (mouse only) while it thinks the pointer is outside the canvas;
  // "entering" stops that, so the finger's position is the one ImGui sees.
  ImGui_ImplGlfw_CursorEnterCallback(g_window, 1);
  const ImVec2 p = to_device(x, y);
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  io.AddMousePosEvent(p.x, p.y);
  wake();
  render_now();  // the item under the finger knows it is hovered before the press arrives
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
  g_touch = TouchState{true, false, p, p, 0};
  wake();
}

void touch_move(float x, float y) {
  if (!g_touch.down) return;
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 p = to_device(x, y);
  if (!g_touch.scrolling) {
    if (ImGui::GetCurrentContext()->InputEventsQueue.Size > 0) render_now();  // let the press land first
    const float moved = std::hypot(p.x - g_touch.start.x, p.y - g_touch.start.y) / pixel_ratio();
    if (moved >= kScrollThreshold && press_on_background()) {
      const ImGuiContext& g = *ImGui::GetCurrentContext();
      if (ImGuiWindow* w = scrollable_from(g.ActiveIdWindow ? g.ActiveIdWindow : g.HoveredWindow)) {
        g_touch.scrolling = true;
        g_touch.scroll_window = w->ID;
        release_without_click();
      }
    }
  }
  if (g_touch.scrolling) {
    if (ImGuiWindow* w = ImGui::FindWindowByID(g_touch.scroll_window)) {
      const float from = w->ScrollTarget.y != FLT_MAX ? w->ScrollTarget.y : w->Scroll.y;
      ImGui::SetScrollY(w, std::clamp(from - (p.y - g_touch.last.y), 0.0f, w->ScrollMax.y));
    }
  } else {
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(p.x, p.y);
  }
  g_touch.last = p;
  wake();
}

void touch_end(bool cancelled) {
  if (!g_touch.down) return;
  if (!g_touch.scrolling) {
    if (cancelled) {
      release_without_click();
    } else {
      ImGuiIO& io = ImGui::GetIO();
      io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
      io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
      io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // a lifted finger hovers nothing (no stuck tooltip)
    }
  }
  g_touch = TouchState{};
  wake();
}

void pinch_start(float centre_x, float centre_y) {
  // A second finger turns a press into a pinch: the first finger's press must not become a click.
  if (g_touch.down && !g_touch.scrolling) release_without_click();
  g_touch = TouchState{};
  g_pinching = true;
  g_pinch = 1.0f;
  const ImVec2 c = to_device(centre_x, centre_y);
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  io.AddMousePosEvent(c.x, c.y);
  wake();
}

void pinch_move(float centre_x, float centre_y, float scale) {
  if (!(scale > 0.0f) || !std::isfinite(scale)) return;
  const ImVec2 c = to_device(centre_x, centre_y);
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  io.AddMousePosEvent(c.x, c.y);
  g_pinch *= scale;
  wake();
}

void pinch_end() {
  g_pinching = false;
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  wake();
}

float pending_pinch() { return g_pinch; }
void take_pinch() { g_pinch = 1.0f; }

void text_input(std::string_view utf8) {
  const std::string text(utf8);
  ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
  wake();
}

void key_input(std::string_view key, bool down, bool ctrl, bool shift) {
  const ImGuiKey k = key_named(key);
  if (k == ImGuiKey_None) return;
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
  io.AddKeyEvent(ImGuiMod_Shift, shift);
  io.AddKeyEvent(k, down);
  wake();
}

void clipboard_pasted(std::string_view utf8) { g_clipboard = std::string(utf8); }

// [SECTION] WebGL context loss -----------------------------------------------------------------------------------
// Every GL object died with the context: the renderer backend is rebuilt (shaders, buffers, the font
// texture) on the restored one. The app state never lived on the GPU, so nothing else is lost.

void context_lost() { g_context_lost = true; }

void context_restored() {
  lde_js_forget_gl_objects();
  renderer_shutdown();
  renderer_init();
  g_context_lost = false;
  wake();
}

bool rendering_paused() { return g_context_lost; }

// [SECTION] Mouse cursor -----------------------------------------------------------------------------------
// Emscripten's GLFW has no cursor shapes, and the GLFW backend's per-frame glfwSetInputMode costs a
// listener removal and a pointer-lock exit in every frame (issue 7 frame budget). ImGui is told to leave
// the cursor alone (ImGuiConfigFlags_NoMouseCursorChange, install_platform); the canvas's CSS cursor
// follows ImGui's wish instead, touched only when that changes: an I-beam over text fields, a hand
// where a screen asks for one, resize arrows on table borders.
void update_mouse_cursor() {
  static_assert(ImGuiMouseCursor_COUNT == 9, "lde_js_set_cursor lists one CSS cursor per ImGuiMouseCursor");
  static int shown = ImGuiMouseCursor_Arrow;
  const int wanted = ImGui::GetMouseCursor();
  if (wanted == shown) return;
  shown = wanted;
  lde_js_set_cursor(wanted);
}

void platform_end_frame() {
  if (!g_pinching) g_pinch = 1.0f;
  update_mouse_cursor();
}

// [SECTION] install_platform -------------------------------------------------------------------------------------

void install_platform(GLFWwindow* window) {
  g_window = window;
  ImGuiIO& io = ImGui::GetIO();
  io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;  // see update_mouse_cursor
  io.SetClipboardTextFn = set_clipboard;
  io.GetClipboardTextFn = get_clipboard;
  io.ClipboardUserData = nullptr;
  io.SetPlatformImeDataFn = set_ime_data;
  emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, nullptr);  // ImGui's
  emscripten_set_wheel_callback("#canvas", nullptr, true, on_wheel);
}

}  // namespace lde::ui
