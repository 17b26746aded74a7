// Draws Dear ImGui's draw data with WebGL2 (OpenGL ES 3.0 through Emscripten).
//
// Replaces imgui_impl_opengl3 for the app: that backend saves and restores every piece of GL state it
// touches around each frame (it may share a context with an engine). Its ~10 glGetIntegerv calls per
// frame are synchronous round trips to Chromium's GPU process and cost more than the UI itself. The
// app owns its WebGL context and nothing else draws into it, so this renderer sets the state it needs
// every frame and never reads any back.
#pragma once

struct ImDrawData;

namespace lde::ui {

// Creates the shader and buffers on the current context. Call after ImGui::CreateContext().
void renderer_init();
// Call before ImGui::NewFrame(): creates the font texture from io.Fonts when there is none yet.
void renderer_new_frame();
// Deletes every GL object it created (the font texture too). Safe on a lost context.
void renderer_shutdown();
// Rebuilds the font texture after the font atlas changed.
void renderer_rebuild_fonts();
// Draws into the default framebuffer; leaves the scissor test off so a following glClear is whole.
void renderer_draw(const ImDrawData* draw_data);

}  // namespace lde::ui
