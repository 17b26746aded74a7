// Entry point and render loop: GLFW (Emscripten's built-in JS GLFW) + WebGL2 + Dear ImGui.
//
// Index:
// [SECTION] Canvas size and device pixel ratio
// [SECTION] Idle rendering
// [SECTION] One frame
// [SECTION] main()
#include <algorithm>
#include <cstdio>
#include <string>

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_internal.h>

#include "a11y.hpp"
#include "app.hpp"
#include "frame.hpp"
#include "loop.hpp"
#include "platform.hpp"
#include "renderer.hpp"
#include "theme.hpp"
#include "widgets.hpp"

// The browser's local calendar date as yyyymmdd: "today" for the user is their own day, not UTC's. Asked
// every frame; a Date and its time-zone arithmetic cost more than a frame should spend, so the answer is
// kept while the clock stays within the same local day.
EM_JS(int, lde_js_local_date, (), {
  const now = Date.now();
  const kept = Module['ldeLocalDay'];
  if (kept && now >= kept.start && now < kept.end) return kept.ymd;
  const d = new Date(now);
  const start = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const end = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
  const ymd = d.getFullYear() * 10000 + (d.getMonth() + 1) * 100 + d.getDate();
  Module['ldeLocalDay'] = { start: start, end: end, ymd: ymd };
  return ymd;
});

// Module.setCanvasSize, not glfwSetWindowSize: Emscripten's GLFW treats a window the size of the
// screen as a fullscreen request (library_glfw.js setWindowSize), which a maximised page can hit.
EM_JS(void, lde_js_set_canvas_size, (int width, int height), { Module['setCanvasSize'](width, height); });

namespace lde::ui {
namespace {

constexpr const char* kCanvas = "#canvas";
constexpr int kWakeFrames = 4;
constexpr double kWakeMilliseconds = 900.0;  // covers ImGui's tooltip delay (stationary + short delay)

GLFWwindow* g_window = nullptr;
int g_wake_frames = 0;
double g_wake_until = 0.0;
unsigned long g_frames = 0;
float g_wanted_ratio = 1.0f;

// [SECTION] Canvas size and device pixel ratio -----------------------------------------------------------
// The page's CSS gives the canvas its size; the backing store is that size times devicePixelRatio so
// text stays sharp on high-DPI screens. ImGui then works in device pixels with a scaled font and style.
// The window is created at this size and sync_canvas_size() keeps it (the same rounding in both).
struct BackingSize {
  int width, height;
  double ratio;
};
BackingSize backing_size() {
  double css_width = 0, css_height = 0;
  emscripten_get_element_css_size(kCanvas, &css_width, &css_height);
  const double ratio = std::clamp(emscripten_get_device_pixel_ratio(), 0.5, 4.0);
  return {std::max(1, static_cast<int>(css_width * ratio + 0.5)), std::max(1, static_cast<int>(css_height * ratio + 0.5)),
          ratio};
}

void sync_canvas_size() {
  const BackingSize size = backing_size();
  int current_width = 0, current_height = 0;
  emscripten_get_canvas_element_size(kCanvas, &current_width, &current_height);
  if (size.width != current_width || size.height != current_height) lde_js_set_canvas_size(size.width, size.height);
  g_wanted_ratio = static_cast<float>(size.ratio);
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
  sync_canvas_size();
  wake();
  return EM_FALSE;
}

// [SECTION] Idle rendering -------------------------------------------------------------------------------
bool should_render() {
  if (rendering_paused()) return false;  // the WebGL context is lost: nothing can be drawn
  if (g_wake_frames > 0) return true;
  if (emscripten_get_now() < g_wake_until) return true;
  // A focused text field blinks its cursor; a pending evaluation must reach the screen.
  const ImGuiIO& io = ImGui::GetIO();
  return io.WantTextInput || app().needs_evaluation;
}

void update_today(AppState& s) {
  const int ymd = lde_js_local_date();
  set_today(s, Date{ymd / 10000, static_cast<unsigned>(ymd / 100 % 100), static_cast<unsigned>(ymd % 100)});
}

// [SECTION] One frame ---------------------------------------------------------------------------------------
void tick() {
  if (!should_render()) return;
  AppState& s = app();
  update_today(s);
  refresh_report(s);
  apply_theme(g_wanted_ratio);  // rebuilds fonts only when the ratio changed

  renderer_new_frame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  begin_widget_frame();
  a11y_begin_frame(s);
  draw_frame(s);
  a11y_end_frame(s);
  ImGui::Render();
  end_widget_frame(pixel_ratio());

  // No glClear: the main window's opaque background covers the whole canvas every frame (one WebGL
  // call less per frame; the renderer sets the viewport itself).
  renderer_draw(ImGui::GetDrawData());
  platform_end_frame();

  ++g_frames;
  if (g_wake_frames > 0) --g_wake_frames;
  // A frame that changed the state (a click that re-evaluated) needs a follow-up frame to show it.
  if (s.needs_evaluation || s.requested_tab) wake();
  // Tooltips wait for the pointer to rest, then need a frame or two to size themselves: keep drawing
  // during the first second over an item, and after a tooltip appears, changes or goes.
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (g.HoveredId != 0 && g.HoveredIdTimer < 1.0f) wake();
  static std::string last_tooltip;
  if (published_tooltip() != last_tooltip) {
    last_tooltip = published_tooltip();
    wake();
  }
}

}  // namespace

void wake() {
  g_wake_frames = std::max(g_wake_frames, kWakeFrames);
  g_wake_until = std::max(g_wake_until, emscripten_get_now() + kWakeMilliseconds);
}

unsigned long frames_rendered() { return g_frames; }

void render_now() { tick(); }

}  // namespace lde::ui

// [SECTION] main() ----------------------------------------------------------------------------------------
namespace {

// Any input wakes rendering. These listen beside GLFW's and ImGui's own handlers (never replacing
// them) and never consume the event.
EM_BOOL on_mouse(int, const EmscriptenMouseEvent*, void*) { lde::ui::wake(); return EM_FALSE; }

// Runs before GLFW's own handler (window, capture phase). When the pointer moved since the last frame,
// render one frame now so the press lands on an item that already knows it is hovered: ImGui handles a
// move and a press queued together in one frame, and tabs (which allow overlap) ignore a press on an
// item that was not hovered the frame before. Fast clicks, taps and test drivers hit exactly that.
EM_BOOL on_mouse_down(int, const EmscriptenMouseEvent*, void*) {
  lde::ui::wake();
  if (ImGui::GetCurrentContext()->InputEventsQueue.Size > 0) lde::ui::render_now();
  return EM_FALSE;
}
EM_BOOL on_key(int, const EmscriptenKeyboardEvent*, void*) { lde::ui::wake(); return EM_FALSE; }
EM_BOOL on_focus(int, const EmscriptenFocusEvent*, void*) { lde::ui::wake(); return EM_FALSE; }

void install_wake_listeners() {
  using namespace lde::ui;
  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, false, on_resize);
  emscripten_set_mousedown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_mouse_down);
  emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_mouse);
  emscripten_set_mousemove_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_mouse);
  emscripten_set_mouseleave_callback(kCanvas, nullptr, true, on_mouse);
  emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_key);
  emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_key);
  emscripten_set_keypress_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_key);
  emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_focus);
  emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, on_focus);
}

}  // namespace

int main() {
  using namespace lde::ui;
  if (!glfwInit()) {
    std::fprintf(stderr, "glfwInit failed\n");
    return 1;
  }
  const BackingSize size = backing_size();
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  // Opaque 2D triangles only: no alpha channel, depth or stencil buffer (web/app.js's probe context,
  // which the runtime reuses, has the same attributes).
  glfwWindowHint(GLFW_ALPHA_BITS, 0);
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  g_window = glfwCreateWindow(size.width, size.height, "LDE-check", nullptr, nullptr);
  if (!g_window) {
    std::fprintf(stderr, "could not create a WebGL2 context\n");
    return 1;
  }
  glfwMakeContextCurrent(g_window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing is written anywhere; the layout is the app's, not the user's
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  ImGui_ImplGlfw_InitForOpenGL(g_window, true);
  renderer_init();
  install_platform(g_window);  // clipboard, wheel, soft keyboard (after the GLFW backend set its own)
  // Ctrl+Tab switches the app's tabs (a11y.cpp), not ImGui's windows: the app has one window.
  ImGui::GetCurrentContext()->ConfigNavWindowingKeyNext = ImGuiKey_None;
  ImGui::GetCurrentContext()->ConfigNavWindowingKeyPrev = ImGuiKey_None;

  init_theme();
  sync_canvas_size();
  apply_theme(g_wanted_ratio);
  install_wake_listeners();
  update_today(app());
  refresh_report(app());
  wake();
  emscripten_set_main_loop(tick, 0, false);
  return 0;
}
