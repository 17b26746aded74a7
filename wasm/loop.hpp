// The render loop's controls, shared by the main loop and the browser bridge. Rendering is idle
// when nothing changes; input, resizes and load() wake it for a few frames (ImGui needs 2-3 frames
// to settle layout and hover state, and a little longer for tooltip delays).
#pragma once

namespace lde::ui {

void wake();
unsigned long frames_rendered();
// Renders a frame immediately (from an event handler), if rendering is awake.
void render_now();

}  // namespace lde::ui
