// Widget helpers every screen uses, and the widget registry behind window.ldecheck.widgets().
//
// The end-to-end tests drive the real canvas with real mouse events; to know where to click they read
// the registry. Rule for screen authors: call ui::track() right after EVERY interactive ImGui widget
// (or use the wrappers below, which do it for you), with an id that is stable across languages:
//
//   if (ImGui::Checkbox(label.c_str(), &flag)) changed = true;
//   ui::track("org.existed_before_2015", label, "checkbox", flag);
//   ui::tooltip(source_text);   // optional: the tooltip of the same item, also visible to tests
//
// kinds: tab, button, checkbox, radio, input_text, input_number, input_date, combo, slider, tree, link.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "lde/check.hpp"

namespace lde::ui {

struct WidgetRecord {
  std::string id;     // stable, language-independent ("tab.about", "lang.en", "lde.recognition")
  std::string label;  // what the user reads, in the current language
  std::string kind;
  float x = 0, y = 0, w = 0, h = 0;  // CSS pixels relative to the canvas (app.js adds the canvas offset)
  nlohmann::json value;              // checkbox/tab/radio: bool; inputs: their value; tree: open
};

// Records the last ImGui item (its visible, unclipped part). Items scrolled out of view are skipped.
void track(std::string_view id, std::string_view label, std::string_view kind, nlohmann::json value = nullptr);
// Shows `text` as the tooltip of the last item when it is hovered, and records it for the tests.
void tooltip(const std::string& text);
// True when the last item would show a tooltip this frame: guards a tooltip text that is costly to
// build, so it is built only while it is shown (`if (tooltip_wanted()) tooltip(build());`).
bool tooltip_wanted();
// Records a rectangle that is not an ImGui item (a marker drawn on a custom canvas such as the worker
// timeline), in the current window's screen coordinates; clipped like track().
void track_rect(std::string_view id, std::string_view label, std::string_view kind, float x, float y, float w, float h,
                nlohmann::json value = nullptr);
// For a custom widget tracked with track_rect(): reports `id` as focused (ldecheck.focused()) when the
// last ImGui item (its invisible button) has keyboard focus.
void track_focus(std::string_view id);
// Shows `text` as a tooltip now, whatever is hovered (keyboard focus on a custom widget), and records it.
void tooltip_now(const std::string& text);

// Wrappers that draw and track in one call. Labels may change with the language; ids never do.
bool button(const char* id, const std::string& label);
bool checkbox(const char* id, const std::string& label, bool* value);
// A pill-shaped toggle among siblings (the language switch); returns true when clicked.
bool toggle(const char* id, const std::string& label, bool selected);
// A text link that opens `url` in a new browser tab (a user's own navigation, never a fetch by the app).
void link(const char* id, const std::string& label, const std::string& url);
// Tree node whose open state is tracked; returns whether it is open (call ImGui::TreePop() then).
bool tree_node(const char* id, const std::string& label, bool default_open = false);

// Text helpers with the app's typography.
void heading(const std::string& text);     // screen title (bold, large; catalogue text only: glyph_ranges.hpp)
void subheading(const std::string& text);  // section title (bold)
void paragraph(const std::string& text);   // wrapped body text
void muted(const std::string& text);       // wrapped secondary text
void key_value(const std::string& key, const std::string& value);  // "Key   value" row
// A status pill: icon + word in the status colour (never colour alone).
void status_badge(Status status, const std::string& word);
std::string status_icon(Status status);

// --- used by the main loop and the bridge --------------------------------------------------------------
void begin_widget_frame();
void end_widget_frame(float pixel_ratio);  // publishes this frame's records in CSS pixels
std::span<const WidgetRecord> published_widgets();
const std::string& published_tooltip();  // the tooltip shown in the last rendered frame ("" if none)
const std::string& published_focus();    // the tracked id with keyboard focus in the last frame ("" if none)
nlohmann::json widgets_json();

}  // namespace lde::ui
