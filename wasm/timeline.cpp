// The worker timeline (see timeline.hpp). Everything is drawn in device pixels; sizes derive from the
// font size, which the theme scales with devicePixelRatio.
//
// [SECTION] Items: events and synthetic bars placed on lanes
// [SECTION] Drawing primitives (hatching, dashes, markers)
// [SECTION] Axis
// [SECTION] Input: zoom, pan, focus, keyboard stepping
// [SECTION] draw_timeline
#include "timeline.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>

#include "check_view.hpp"
#include "platform.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace lde::ui {

namespace {

// [SECTION] Items: events and synthetic bars placed on lanes ------------------------------------------

enum Lane { kLaneTrajectory, kLane2023, kLaneTransition, kLaneAbsence, kLaneMilestones, kLaneCount };
const char* const kLaneKeys[kLaneCount] = {"trajectory", "regime_2023", "transition", "absence", "milestones"};

struct Item {
  int event = -1;  // index into WorkerReport::events; -1 for the synthetic trajectory bar
  Lane lane = kLaneMilestones;
  double from = 0, to = 0;  // days; a milestone has from == to
  bool span = false;
  bool open_end = false;  // drawn to the right edge with an arrow (55+ without end date)
  std::string kind;
  std::string label;
};

double day_of(const Date& d) { return static_cast<double>(to_days(d)); }
Date date_of(double day) { return civil_from_days(static_cast<std::int64_t>(std::floor(day))); }

Lane lane_of(const std::string& kind) {
  if (kind == "sixth_year" || kind == "age_55_extension") return kLaneTrajectory;
  if (kind == "temporary_compensation" || kind == "wop_40_low" || kind == "transitional_regime") return kLane2023;
  if (kind == "transition_trajectory" || kind == "transition_phase") return kLaneTransition;
  if (kind == "internship" || kind == "incapacity" || kind == "training") return kLaneAbsence;
  return kLaneMilestones;
}

std::vector<Item> items_of(const AppState& s, const WorkerReport& w) {
  std::vector<Item> items;
  // The trajectory itself as one bar: start to the regular end (the events carry the rest).
  if (w.trajectory.start && w.trajectory.regular_end) {
    Item bar;
    bar.lane = kLaneTrajectory;
    bar.from = day_of(*w.trajectory.start);
    bar.to = day_of(*w.trajectory.regular_end);
    bar.span = true;
    bar.kind = "trajectory";
    bar.label = tr(s, "worker_ui.timeline.trajectory_bar");
    items.push_back(bar);
  }
  for (std::size_t i = 0; i < w.events.size(); ++i) {
    const Event& e = w.events[i];
    // A planned internship is the third transition phase, which the transition lane already shows.
    if (e.kind == "internship" && e.indicative) continue;
    Item it;
    it.event = static_cast<int>(i);
    it.kind = e.kind;
    it.label = e.label;
    it.lane = lane_of(e.kind);
    it.from = day_of(e.date);
    it.span = e.to.has_value() || e.kind == "age_55_extension";
    it.open_end = e.kind == "age_55_extension" && !e.to;
    it.to = e.to ? day_of(*e.to) : it.from;
    // The extension after the regular or sixth-year end is a span on the trajectory lane as well.
    if (e.kind == "extended_end") {
      Item ext = it;
      ext.lane = kLaneTrajectory;
      ext.span = true;
      const bool sixth = std::any_of(w.events.begin(), w.events.end(), [](const Event& x) { return x.kind == "max_end"; }) &&
                         w.trajectory.end && w.trajectory.max_end && *w.trajectory.end > *w.trajectory.max_end;
      const Date base = sixth ? *w.trajectory.max_end : *w.trajectory.regular_end;
      ext.from = day_of(base) + 1;
      ext.to = it.from;
      items.push_back(ext);
    }
    items.push_back(it);
  }
  return items;
}

struct KindPalette {
  ImU32 fill;
  ImU32 text;
};

// The fills are the same in both themes (palette.cpp); a label over a translucent fill is theme text,
// and the start and end markers are drawn in the theme's ink.
KindPalette palette_of(const std::string& kind) {
  if (!has_timeline_kind(kind)) return {colours::text, colours::panel};
  const KindColours k = timeline_kind(kind);
  return {to_u32(k.fill), k.translucent ? colours::text : to_u32(k.label)};
}

// [SECTION] Drawing primitives (hatching, dashes, markers) --------------------------------------------

ImU32 with_alpha(ImU32 c, int alpha) { return (c & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT); }

void hatch(ImDrawList* dl, const ImVec2& min, const ImVec2& max, ImU32 colour, float step, float thickness) {
  dl->PushClipRect(min, max, true);
  const float h = max.y - min.y;
  for (float x = min.x - h; x < max.x; x += step) dl->AddLine(ImVec2(x, max.y), ImVec2(x + h, min.y), colour, thickness);
  dl->PopClipRect();
}

void dashed_line(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 colour, float dash, float thickness) {
  const float len = std::sqrt((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y));
  if (len <= 0) return;
  const ImVec2 dir((b.x - a.x) / len, (b.y - a.y) / len);
  for (float t = 0; t < len; t += dash * 2) {
    const float e = std::min(t + dash, len);
    dl->AddLine(ImVec2(a.x + dir.x * t, a.y + dir.y * t), ImVec2(a.x + dir.x * e, a.y + dir.y * e), colour, thickness);
  }
}

void dashed_rect(ImDrawList* dl, const ImVec2& min, const ImVec2& max, ImU32 colour, float dash, float thickness) {
  dashed_line(dl, min, ImVec2(max.x, min.y), colour, dash, thickness);
  dashed_line(dl, ImVec2(max.x, min.y), max, colour, dash, thickness);
  dashed_line(dl, max, ImVec2(min.x, max.y), colour, dash, thickness);
  dashed_line(dl, ImVec2(min.x, max.y), min, colour, dash, thickness);
}

// A milestone marker centred on `c` with half-size `r`; the shape tells the kind (never colour alone).
void marker(ImDrawList* dl, const std::string& kind, ImVec2 c, float r, ImU32 colour) {
  const ImU32 outline = IM_COL32_WHITE;
  if (kind == "pop") {
    dl->AddQuadFilled(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y), ImVec2(c.x, c.y + r), ImVec2(c.x - r, c.y), colour);
    dl->AddQuad(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y), ImVec2(c.x, c.y + r), ImVec2(c.x - r, c.y), outline, 1.5f);
  } else if (kind == "vdab_evaluation") {
    dl->AddCircleFilled(c, r * 0.85f, colour);
    dl->AddCircle(c, r * 0.85f, outline, 0, 1.5f);
    dl->AddLine(ImVec2(c.x - r * 0.4f, c.y), ImVec2(c.x - r * 0.05f, c.y + r * 0.35f), outline, 1.5f);
    dl->AddLine(ImVec2(c.x - r * 0.05f, c.y + r * 0.35f), ImVec2(c.x + r * 0.45f, c.y - r * 0.35f), outline, 1.5f);
  } else if (kind == "regular_end" || kind == "max_end" || kind == "extended_end") {
    // A flag: pole and pennant.
    dl->AddLine(ImVec2(c.x, c.y - r * 1.2f), ImVec2(c.x, c.y + r), colour, 2.0f);
    dl->AddTriangleFilled(ImVec2(c.x, c.y - r * 1.2f), ImVec2(c.x + r * 1.2f, c.y - r * 0.75f), ImVec2(c.x, c.y - r * 0.3f),
                          kind == "max_end" ? with_alpha(colour, 110) : colour);
  } else if (kind == "trajectory_start" || kind == "employment_start") {
    if (kind == "employment_start") {
      dl->AddCircle(c, r * 0.8f, colour, 0, 2.0f);
    } else {
      dl->AddCircleFilled(c, r * 0.8f, colour);
      dl->AddCircle(c, r * 0.8f, outline, 0, 1.5f);
    }
  } else {
    dl->AddRectFilled(ImVec2(c.x - r * 0.75f, c.y - r * 0.75f), ImVec2(c.x + r * 0.75f, c.y + r * 0.75f), colour, 2.0f);
    dl->AddRect(ImVec2(c.x - r * 0.75f, c.y - r * 0.75f), ImVec2(c.x + r * 0.75f, c.y + r * 0.75f), outline, 2.0f, 0, 1.5f);
  }
}

void text_in(ImDrawList* dl, const ImVec2& min, const ImVec2& max, const std::string& text, ImU32 colour) {
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  const float pad = ImGui::GetFontSize() * 0.35f;
  if (size.x + 2 * pad > max.x - min.x) return;  // only when it fits; the tooltip has it anyway
  dl->AddText(ImVec2(min.x + pad, (min.y + max.y - size.y) * 0.5f), colour, text.c_str());
}

// [SECTION] Axis -------------------------------------------------------------------------------------

struct Plot {
  float x0, x1, top, axis_bottom, bottom;
  double first_day, days_per_pixel;
  float x_of(double day) const { return x0 + static_cast<float>((day - first_day) / days_per_pixel); }
  double day_at(float x) const { return first_day + (x - x0) * days_per_pixel; }
};

void draw_axis(const AppState& s, ImDrawList* dl, const Plot& p) {
  const Date first = date_of(p.first_day), last = date_of(p.day_at(p.x1));
  const float font = ImGui::GetFontSize();
  const float quarter_px = static_cast<float>(91.3 / p.days_per_pixel);
  const float month_px = static_cast<float>(30.4 / p.days_per_pixel);
  const std::string q = tr(s, "worker_ui.timeline.quarter_letter");
  for (int y = first.year; y <= last.year + 1; ++y) {
    for (int m = 1; m <= 12; ++m) {
      const float x = p.x_of(day_of(Date{y, static_cast<unsigned>(m), 1}));
      if (x < p.x0 - 1 || x > p.x1 + 1) continue;
      if (m == 1) {
        dl->AddLine(ImVec2(x, p.top + font * 0.2f), ImVec2(x, p.bottom), colours::grid_year, 1.0f);
      } else if ((m - 1) % 3 == 0 && quarter_px > font * 0.9f) {
        dl->AddLine(ImVec2(x, p.axis_bottom - font * 0.55f), ImVec2(x, p.bottom), colours::grid_quarter, 1.0f);
        dl->AddLine(ImVec2(x, p.axis_bottom - font * 0.55f), ImVec2(x, p.axis_bottom), colours::axis, 1.0f);
      } else if (month_px > font * 0.9f) {
        dl->AddLine(ImVec2(x, p.axis_bottom - font * 0.3f), ImVec2(x, p.axis_bottom), colours::grid_year, 1.0f);
      }
    }
    // Year label at the start of the year (kept inside the plot while the year is visible).
    const float x = p.x_of(day_of(Date{y, 1, 1}));
    const float next = p.x_of(day_of(Date{y + 1, 1, 1}));
    const std::string label = std::to_string(y);
    const float w = ImGui::CalcTextSize(label.c_str()).x;
    const float lx = std::max(x + font * 0.3f, p.x0 + font * 0.3f);
    if (lx + w < next - font * 0.2f && lx + w < p.x1)
      ImGui::GetWindowDrawList()->AddText(fonts().bold, fonts().bold->FontSize, ImVec2(lx, p.top + font * 0.25f), colours::text, label.c_str());
    if (quarter_px > font * 2.4f)
      for (int k = 1; k <= 4; ++k) {
        const float qx = p.x_of(day_of(Date{y, static_cast<unsigned>((k - 1) * 3 + 1), 1}));
        const std::string ql = q + std::to_string(k);
        const float qy = p.axis_bottom - font * 1.25f;
        if (qx + font * 0.3f > p.x0 && qx + font * 1.6f < p.x1)
          dl->AddText(ImVec2(qx + font * 0.3f, qy), colours::muted, ql.c_str());
      }
  }
  dl->AddLine(ImVec2(p.x0, p.axis_bottom), ImVec2(p.x1, p.axis_bottom), colours::axis, 1.0f);
}

// A labelled vertical line across the lanes (today, 1 July 2023).
// Returns the label's horizontal extent (empty when the day is out of view).
std::pair<float, float> vertical_marker(ImDrawList* dl, const Plot& p, double day, const std::string& label, ImU32 colour, bool dashed,
                                        float label_row, std::pair<float, float> avoid = {0, 0}) {
  const float x = p.x_of(day);
  if (x < p.x0 || x > p.x1) return {0, 0};
  const float font = ImGui::GetFontSize();
  if (dashed)
    dashed_line(dl, ImVec2(x, p.axis_bottom), ImVec2(x, p.bottom), colour, font * 0.35f, 2.0f);
  else
    dl->AddLine(ImVec2(x, p.axis_bottom - font * 0.2f), ImVec2(x, p.bottom), colour, 2.0f);
  const ImVec2 size = ImGui::CalcTextSize(label.c_str());
  const float pad = font * 0.3f;
  float lx = x - size.x * 0.5f - pad;
  lx = std::clamp(lx, p.x0, p.x1 - size.x - 2 * pad);
  const float rx = lx + size.x + 2 * pad;
  const bool meets = avoid.second > avoid.first && lx < avoid.second + pad && rx > avoid.first - pad;
  const float ly = p.bottom + label_row + (meets ? size.y + pad * 2.0f : 0.0f);
  if (meets) dl->AddLine(ImVec2(x, p.bottom), ImVec2(x, ly), colour, 1.0f);
  dl->AddRectFilled(ImVec2(lx, ly), ImVec2(rx, ly + size.y + pad), colour, font * 0.3f);
  dl->AddText(ImVec2(lx + pad, ly + pad * 0.5f), IM_COL32_WHITE, label.c_str());
  return {lx, rx};
}

// [SECTION] Input: zoom, pan, focus, keyboard stepping -------------------------------------------------

void fit(TimelineView& v, const std::vector<Item>& items, const Date& today, float plot_width) {
  double lo = day_of(today), hi = day_of(today);
  for (const Item& it : items) {
    lo = std::min(lo, it.from);
    hi = std::max(hi, it.to);
  }
  const double margin = std::max(60.0, (hi - lo) * 0.04);
  lo -= margin;
  hi += margin;
  v.days_per_pixel = std::max(0.05, (hi - lo) / std::max(1.0f, plot_width));
  v.first_day = lo;
}

void center_on(TimelineView& v, double day, float plot_width) {
  const double visible = plot_width * v.days_per_pixel;
  if (day < v.first_day + visible * 0.08 || day > v.first_day + visible * 0.92) v.first_day = day - visible * 0.5;
}

// Multiplies the days per pixel by `factor`, keeping the day under screen x `x` where it is.
void zoom_around(TimelineView& v, const Plot& p, float x, double factor) {
  const float mx = std::clamp(x, p.x0, p.x1);
  const double anchor = p.day_at(mx);
  v.days_per_pixel = std::clamp(v.days_per_pixel * factor, 0.02, 60.0);
  v.first_day = anchor - (mx - p.x0) * v.days_per_pixel;
}

void handle_input(const WorkerReport& w, TimelineView& v, const Plot& p, ImGuiID id, bool hovered, bool active) {
  ImGuiIO& io = ImGui::GetIO();
  const float plot_width = p.x1 - p.x0;
  if (hovered) {
    ImGui::SetKeyOwner(ImGuiKey_MouseWheelY, id);
    ImGui::SetKeyOwner(ImGuiKey_MouseWheelX, id);
  }
  // Wheel (and ctrl+wheel, which browsers send for a trackpad pinch) zooms around the pointer.
  if (hovered && io.MouseWheel != 0.0f)
    zoom_around(v, p, io.MousePos.x, std::pow(1.18, -static_cast<double>(io.MouseWheel)));
  // A two-finger pinch on a touch screen (platform.cpp): the pointer is the centre between the fingers.
  if (hovered && pending_pinch() != 1.0f) {
    zoom_around(v, p, io.MousePos.x, 1.0 / pending_pinch());
    take_pinch();
  }
  if (hovered && io.MouseWheelH != 0.0f) v.first_day -= io.MouseWheelH * ImGui::GetFontSize() * 3.0f * v.days_per_pixel;
  if (active && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) v.first_day -= io.MouseDelta.x * v.days_per_pixel;
  if (active || ImGui::IsItemClicked()) v.focused = true;
  else if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !hovered) v.focused = false;
  // Keyboard focus (Tab) gives the timeline the arrow keys as a click does; leaving it takes them back.
  const bool nav_focused = ImGui::IsItemFocused() && !ImGui::GetCurrentContext()->NavDisableHighlight;
  if (nav_focused && !v.nav_focused) v.focused = true;
  if (!ImGui::IsItemFocused() && v.nav_focused) v.focused = false;
  v.nav_focused = nav_focused;
  if (!v.focused) return;
  // + and - zoom around the selected event, or the middle when none is selected.
  for (ImGuiKey key : {ImGuiKey_Equal, ImGuiKey_Minus, ImGuiKey_KeypadAdd, ImGuiKey_KeypadSubtract})
    ImGui::SetKeyOwner(key, id);
  const bool has_selection = v.selected >= 0 && v.selected < static_cast<int>(w.events.size());
  const float zoom_x = has_selection ? p.x_of(day_of(w.events[static_cast<std::size_t>(v.selected)].date))
                                     : (p.x0 + p.x1) * 0.5f;
  if (ImGui::IsKeyPressed(ImGuiKey_Equal, id) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd, id))
    zoom_around(v, p, zoom_x, 1.0 / 1.4);
  if (ImGui::IsKeyPressed(ImGuiKey_Minus, id) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract, id))
    zoom_around(v, p, zoom_x, 1.4);
  if (w.events.empty()) return;
  ImGui::SetKeyOwner(ImGuiKey_LeftArrow, id);
  ImGui::SetKeyOwner(ImGuiKey_RightArrow, id);
  ImGui::SetKeyOwner(ImGuiKey_Escape, id);
  const int n = static_cast<int>(w.events.size());
  int step = 0;
  if (ImGui::IsKeyPressed(ImGuiKey_RightArrow, id)) step = 1;
  if (ImGui::IsKeyPressed(ImGuiKey_LeftArrow, id)) step = -1;
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, id)) {
    v.focused = false;
    v.selected = -1;
    return;
  }
  if (step == 0) return;
  if (v.selected < 0) v.selected = step > 0 ? 0 : n - 1;
  else v.selected = std::clamp(v.selected + step, 0, n - 1);
  center_on(v, day_of(w.events[static_cast<std::size_t>(v.selected)].date), plot_width);
}

std::string fingerprint(const WorkerReport& w) {
  std::string f = w.id;
  for (const Event& e : w.events) f += "|" + e.kind + to_iso(e.date) + (e.to ? to_iso(*e.to) : "");
  return f;
}

}  // namespace

void draw_timeline_legend(const AppState& s) {
  const float font = ImGui::GetFontSize();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float sw = font * 1.6f, sh = font * 0.8f, gap = font * 1.1f;
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  ImVec2 pos = ImGui::GetCursorScreenPos();
  const float line = font * 1.5f;
  float x = pos.x, y = pos.y;
  const auto entry = [&](const char* key, auto&& draw_swatch, float swatch_width) {
    const std::string text = tr(s, std::string("worker_ui.timeline.legend.") + key);
    const float w = swatch_width + font * 0.4f + ImGui::CalcTextSize(text.c_str()).x;
    if (x + w > right && x > pos.x) x = pos.x, y += line;
    draw_swatch(ImVec2(x, y + (line - sh) * 0.5f));
    dl->AddText(ImVec2(x + swatch_width + font * 0.4f, y + (line - font) * 0.5f), colours::muted, text.c_str());
    x += w + gap;
  };
  const auto bar = [&](const char* kind) {
    return [&, kind](ImVec2 a) { dl->AddRectFilled(a, ImVec2(a.x + sw, a.y + sh), palette_of(kind).fill, font * 0.2f); };
  };
  entry("trajectory", bar("trajectory"), sw);
  entry("sixth_year", [&](ImVec2 a) {
    const ImVec2 b(a.x + sw, a.y + sh);
    dl->AddRectFilled(a, b, with_alpha(palette_of("sixth_year").fill, 40), font * 0.2f);
    hatch(dl, a, b, with_alpha(palette_of("sixth_year").fill, 170), font * 0.35f, 1.5f);
  }, sw);
  entry("age_55", [&](ImVec2 a) {
    const ImVec2 b(a.x + sw, a.y + sh);
    dl->AddRectFilled(a, b, with_alpha(palette_of("age_55_extension").fill, 60), font * 0.2f);
    hatch(dl, a, b, with_alpha(palette_of("age_55_extension").fill, 170), font * 0.45f, 1.5f);
  }, sw);
  entry("regime_2023", bar("temporary_compensation"), sw);
  entry("phase", [&](ImVec2 a) {
    const ImVec2 b(a.x + sw, a.y + sh);
    dl->AddRectFilled(a, b, palette_of("transition_phase").fill);
    dashed_rect(dl, a, b, IM_COL32(0x1F, 0x5A, 0x36, 0xFF), font * 0.2f, 1.2f);
  }, sw);
  entry("absence", bar("incapacity"), sw);
  const float r = font * 0.4f;
  const auto mark = [&](const char* kind) {
    return [&, kind](ImVec2 a) { marker(dl, kind, ImVec2(a.x + r, a.y + sh * 0.5f), r, palette_of(kind).fill); };
  };
  entry("pop", mark("pop"), 2 * r);
  entry("evaluation", mark("vdab_evaluation"), 2 * r);
  entry("end", mark("regular_end"), 2 * r);
  entry("switch", mark("regime_change"), 2 * r);
  ImGui::Dummy(ImVec2(right - pos.x, y + line - pos.y));
}

std::string event_tooltip(const AppState& s, const Event& e) {
  std::string text = to_display(e.date);
  if (e.to) text += " \xE2\x80\x93 " + to_display(*e.to);
  text += "\n" + e.label;
  if (e.indicative) text += " (" + tr(s, "report.indicative") + ")";
  if (!e.detail.empty()) text += "\n" + e.detail;
  std::size_t shown = 0;
  for (const Source& src : e.sources) {
    if (shown++ == 2) break;
    text += "\n" + tr(s, "report.source") + ": " + src.title + (src.article.empty() ? "" : ", " + src.article) + " (" +
            tr(s, "report.confidence") + ": " + confidence_word(s, src.confidence) + ")";
  }
  return text;
}

// [SECTION] draw_timeline ----------------------------------------------------------------------------

void draw_timeline(AppState& s, const WorkerReport& w, TimelineView& v) {
  const std::vector<Item> items = items_of(s, w);
  const float font = ImGui::GetFontSize();
  const float width = ImGui::GetContentRegionAvail().x;
  const float gutter = font * 9.5f;
  const float axis_h = font * 2.7f;
  const float lane_h = font * 2.1f;
  const float label_space = font * 3.5f;  // below the lanes: "vandaag" and the 1 July 2023 label, on two rows when they meet
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float height = axis_h + lane_h * static_cast<float>(static_cast<int>(kLaneCount)) + label_space + font * 0.6f;

  const std::string widget_id = "timeline." + w.id;
  ImGui::InvisibleButton(widget_id.c_str(), ImVec2(width, height));
  track_focus(widget_id);
  const ImGuiID id = ImGui::GetItemID();
  const bool hovered = ImGui::IsItemHovered();
  const bool active = ImGui::IsItemActive();

  Plot p{};
  p.x0 = origin.x + gutter;
  p.x1 = origin.x + width - font * 0.8f;
  p.top = origin.y;
  p.axis_bottom = origin.y + axis_h;
  p.bottom = p.axis_bottom + lane_h * static_cast<float>(static_cast<int>(kLaneCount));

  const std::string print = fingerprint(w);
  if (v.worker_id != w.id || v.fitted_for != print || v.days_per_pixel <= 0) {
    if (v.worker_id != w.id) v.selected = -1;
    v.worker_id = w.id;
    v.fitted_for = print;
    fit(v, items, s.report.assessment_date, p.x1 - p.x0);
  }
  if (v.selected >= static_cast<int>(w.events.size())) v.selected = -1;
  p.first_day = v.first_day;
  p.days_per_pixel = v.days_per_pixel;
  handle_input(w, v, p, id, hovered, active);
  p.first_day = v.first_day;
  p.days_per_pixel = v.days_per_pixel;
  if (hovered) ImGui::SetMouseCursor(active ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_Hand);

  ImDrawList* dl = ImGui::GetWindowDrawList();
  // Card, lanes and gutter labels.
  dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), colours::panel, font * 0.4f);
  dl->AddRect(origin, ImVec2(origin.x + width, origin.y + height), v.focused ? colours::accent : colours::border, font * 0.4f, 0,
              v.focused ? 2.0f : 1.0f);
  for (int l = 0; l < kLaneCount; ++l) {
    const float y = p.axis_bottom + lane_h * static_cast<float>(l);
    if (l % 2 == 1)
      dl->AddRectFilled(ImVec2(origin.x + 1, y), ImVec2(origin.x + width - 1, y + lane_h), colours::lane_stripe);
    const std::string name = tr(s, std::string("worker_ui.timeline.lane.") + kLaneKeys[l]);
    dl->AddText(ImVec2(origin.x + font * 0.6f, y + (lane_h - font) * 0.5f), colours::muted, name.c_str());
  }
  dl->PushClipRect(ImVec2(p.x0, p.top), ImVec2(p.x1, p.bottom + label_space), true);
  draw_axis(s, dl, p);

  // Spans first, milestones on top; remember where each item landed for hover and tracking.
  struct Placed {
    const Item* item;
    ImVec2 min, max;
  };
  std::vector<Placed> placed;
  for (const Item& it : items) {
    if (!it.span) continue;
    const float lane_top = p.axis_bottom + lane_h * static_cast<float>(static_cast<int>(it.lane));
    float y0 = lane_top + lane_h * 0.2f, y1 = lane_top + lane_h * 0.8f;
    if (it.kind == "transition_trajectory") y1 = y0 + lane_h * 0.12f, y0 -= lane_h * 0.08f;  // a bracket above the phases
    if (it.kind == "transition_phase") y0 += lane_h * 0.08f;
    float x0 = p.x_of(it.from), x1 = it.open_end ? p.x1 + font : p.x_of(it.to + 1.0);
    x1 = std::max(x1, x0 + 2.0f);
    const Event* e = it.event >= 0 ? &w.events[static_cast<std::size_t>(it.event)] : nullptr;
    const KindPalette pal = palette_of(it.kind);
    const ImVec2 a(x0, y0), b(x1, y1);
    const float rounding = font * 0.25f;
    if (it.kind == "sixth_year") {
      const bool applies = w.trajectory.end && w.trajectory.max_end && !(*w.trajectory.end < *w.trajectory.max_end);
      dl->AddRectFilled(a, b, with_alpha(pal.fill, applies ? 70 : 28), rounding);
      hatch(dl, a, b, with_alpha(pal.fill, applies ? 200 : 120), font * 0.45f, 1.5f);
      dl->AddRect(a, b, with_alpha(pal.fill, 160), rounding);
    } else if (it.kind == "age_55_extension") {
      dl->AddRectFilled(a, b, with_alpha(pal.fill, 60), rounding);
      hatch(dl, a, b, with_alpha(pal.fill, 170), font * 0.6f, 2.0f);
      if (it.open_end) {
        const float ax = p.x1 - font * 0.2f, cy = (y0 + y1) * 0.5f;
        dl->AddTriangleFilled(ImVec2(ax - font * 0.7f, y0 - 2), ImVec2(ax, cy), ImVec2(ax - font * 0.7f, y1 + 2), pal.fill);
      }
    } else if (it.kind == "transition_trajectory") {
      dl->AddRectFilled(a, b, pal.fill, 1.0f);
      // The whole placement is indicative: say so in words on the lane, not only with dotted outlines.
      const std::string tag = it.label + " (" + tr(s, "report.indicative") + ")";
      const ImVec2 size = ImGui::CalcTextSize(tag.c_str());
      const float gap = font * 0.5f;
      const float left = x0 - gap - size.x;
      const float tx = left >= p.x0 + 2.0f ? left : x1 + gap;  // before the trajectory if it fits, else after it
      dl->AddText(ImVec2(tx, lane_top + (lane_h - size.y) * 0.5f), colours::indicative_ink, tag.c_str());
    } else if (it.kind == "transition_phase") {
      const std::vector<Rgb>& greens = transition_phase_fills();
      int phase = 0;
      for (const Placed& q : placed)
        if (q.item->kind == "transition_phase") ++phase;
      dl->AddRectFilled(a, b, to_u32(greens[static_cast<std::size_t>(phase) % greens.size()]));
      dashed_rect(dl, a, b, IM_COL32(0x1F, 0x5A, 0x36, 0xFF), font * 0.3f, 1.2f);
      text_in(dl, a, b, it.label, to_u32(timeline_ink()));
    } else {
      dl->AddRectFilled(a, b, pal.fill, rounding);
      if (e && e->indicative) dashed_rect(dl, a, b, colours::text, font * 0.3f, 1.2f);
      text_in(dl, a, b, it.label, pal.text);
    }
    if (it.kind == "sixth_year" || it.kind == "age_55_extension") text_in(dl, a, b, it.label, pal.text);
    placed.push_back({&it, a, b});
  }

  // Milestones: markers in the milestone lane; several on the same spot move apart.
  const float r = font * 0.45f;
  const float milestone_y = p.axis_bottom + lane_h * (static_cast<float>(static_cast<int>(kLaneMilestones)) + 0.5f);
  std::vector<float> taken;
  for (const Item& it : items) {
    if (it.span || it.lane != kLaneMilestones) continue;
    float x = p.x_of(it.from + 0.5);
    while (std::any_of(taken.begin(), taken.end(), [&](float t) { return std::fabs(t - x) < r * 1.9f; })) x += r * 2.0f;
    taken.push_back(x);
    const KindPalette pal = palette_of(it.kind);
    marker(dl, it.kind, ImVec2(x, milestone_y), r, pal.fill);
    placed.push_back({&it, ImVec2(x - r * 1.2f, milestone_y - r * 1.4f), ImVec2(x + r * 1.4f, milestone_y + r * 1.2f)});
    // The switch of 1 July 2023 also crosses every lane.
    if (it.kind == "regime_change") dashed_line(dl, ImVec2(p.x_of(it.from), p.axis_bottom), ImVec2(p.x_of(it.from), p.bottom), with_alpha(pal.fill, 200), font * 0.3f, 1.5f);
  }

  // Today (the assessment date) and the 1 July 2023 line, labelled under the lanes.
  const Date switch_day = builtin_rules().date("transition.imw_start", s.report.assessment_date);
  const auto today_label = vertical_marker(dl, p, day_of(s.report.assessment_date) + 0.5,
                                          tr(s, "worker_ui.timeline.today", {{"date", to_display(s.report.assessment_date)}}),
                                          to_u32(timeline_today()), false, font * 0.3f);
  vertical_marker(dl, p, day_of(switch_day), tr(s, "worker_ui.timeline.switch_2023", {{"date", to_display(switch_day)}}),
                  to_u32(timeline_switch()), true, font * 0.3f, today_label);
  dl->PopClipRect();

  // Hover: the smallest item under the pointer (milestones win over the spans behind them).
  const Placed* under = nullptr;
  if (hovered && !ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
    const ImVec2 m = ImGui::GetIO().MousePos;
    float best = 1e30f;
    for (const Placed& q : placed) {
      if (m.x < q.min.x || m.x > q.max.x || m.y < q.min.y || m.y > q.max.y || m.x < p.x0 || m.x > p.x1) continue;
      const float area = (q.max.x - q.min.x) * (q.max.y - q.min.y) * (q.item->span ? 1.0f : 0.001f);
      if (area < best) best = area, under = &q;
    }
  }
  const auto tooltip_of = [&](const Item& it) {
    if (it.event >= 0) return event_tooltip(s, w.events[static_cast<std::size_t>(it.event)]);
    std::string text = to_display(date_of(it.from)) + " \xE2\x80\x93 " + to_display(date_of(it.to)) + "\n" + it.label;
    if (const Check* c = find_check(w.checks, "trajectory.duration")) {
      text += "\n" + c->explanation;
      for (const Source& src : c->sources) {
        text += "\n" + tr(s, "report.source") + ": " + src.title + " (" + tr(s, "report.confidence") + ": " + confidence_word(s, src.confidence) + ")";
        break;
      }
    }
    return text;
  };
  // Keyboard selection: a ring around the selected event, and its tooltip while no pointer hovers one.
  const Placed* selected = nullptr;
  if (v.selected >= 0)
    for (const Placed& q : placed)
      if (q.item->event == v.selected) selected = &q;
  if (selected) {
    dl->AddRect(ImVec2(selected->min.x - 3, selected->min.y - 3), ImVec2(selected->max.x + 3, selected->max.y + 3), colours::accent,
                font * 0.3f, 0, 2.5f);
  }
  if (under) {
    ImGui::SetNextWindowPos(ImVec2(ImGui::GetIO().MousePos.x + font, ImGui::GetIO().MousePos.y + font), ImGuiCond_Always);
    tooltip_now(tooltip_of(*under->item));
  } else if (v.focused && v.selected >= 0) {
    const Event& e = w.events[static_cast<std::size_t>(v.selected)];
    const float x = std::clamp(p.x_of(day_of(e.date)), p.x0, p.x1);
    ImGui::SetNextWindowPos(ImVec2(x, p.bottom + label_space + font * 0.4f), ImGuiCond_Always);
    tooltip_now(event_tooltip(s, e));
  }

  // Automation: the timeline itself and every visible item, with stable ids.
  const Date first = date_of(p.first_day), last = date_of(p.day_at(p.x1));
  track_rect(widget_id, tr(s, "worker_ui.timeline.title"), "timeline", origin.x, origin.y, width, height,
             {{"focused", v.focused}, {"selected", v.selected}, {"from", to_iso(first)}, {"to", to_iso(last)},
              {"days_per_pixel", v.days_per_pixel}});
  for (const Placed& q : placed) {
    const float x0 = std::max(q.min.x, p.x0), x1 = std::min(q.max.x, p.x1);
    if (x1 - x0 < 1.0f) continue;
    const Item& it = *q.item;
    const std::string item_id = widget_id + (it.event >= 0 ? ".event." + std::to_string(it.event) : ".bar." + it.kind) +
                                (it.lane == kLaneTrajectory && it.kind == "extended_end" ? ".span" : "");
    nlohmann::json value{{"kind", it.kind}, {"date", to_iso(date_of(it.from))}};
    if (it.span && !it.open_end) value["to"] = to_iso(date_of(it.to));
    if (it.event >= 0) value["indicative"] = w.events[static_cast<std::size_t>(it.event)].indicative;
    track_rect(item_id, it.label, "timeline_event", x0, q.min.y, x1 - x0, q.max.y - q.min.y, value);
  }
}

}  // namespace lde::ui
