// Rapport / Report: the whole report tree — every check, and per worker the trajectory, its dated
// events, the IMW schedule and the worker's checks. Same content as `ldecheck assess`.
#include <imgui.h>

#include "check_view.hpp"
#include "persist.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace lde::ui {

namespace {

constexpr ImGuiTableFlags kTableFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                        ImGuiTableFlags_BordersOuter | ImGuiTableFlags_SizingStretchProp |
                                        ImGuiTableFlags_PadOuterX;

std::string event_dates(const Event& e) {
  return e.to ? to_display(e.date) + " \xE2\x80\x93 " + to_display(*e.to) : to_display(e.date);
}

void draw_events(AppState& s, const WorkerReport& w) {
  if (!ImGui::BeginTable(("events." + w.id).c_str(), 2, kTableFlags)) return;
  ImGui::TableSetupColumn(tr(s, "report.date").c_str(), ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn(tr(s, "report.event").c_str(), ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  for (const Event& e : w.events) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(event_dates(e).c_str());
    ImGui::TableNextColumn();
    const std::string label = e.indicative ? e.label + "  (" + tr(s, "report.indicative") + ")" : e.label;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(label.c_str());
    ImGui::PopTextWrapPos();
    tooltip(e.detail);
  }
  ImGui::EndTable();
}

void draw_worker(AppState& s, const WorkerReport& w) {
  const std::string title = tr(s, "report.worker") + " " + w.id + (w.name.empty() ? "" : " \xE2\x80\x94 " + w.name);
  if (!tree_node(("report.worker[" + w.id + "]").c_str(), title, true)) return;
  key_value(tr(s, "report.status"), tr(s, "worker_status." + w.status_on_date));
  if (w.trajectory.start) key_value(tr(s, "report.trajectory_start"), to_display(*w.trajectory.start));
  if (w.trajectory.end) key_value(tr(s, "report.trajectory_end"), to_display(*w.trajectory.end));
  if (!w.events.empty()) {
    subheading(tr(s, "ui.report.events"));
    draw_events(s, w);
  }
  if (!w.imw_schedule.empty()) {
    subheading(tr(s, "report.imw_schedule"));
    const Language lang = language(s);
    if (ImGui::BeginTable(("schedule." + w.id).c_str(), 4, kTableFlags)) {
      for (const char* column : {"quarter", "wage_premium_percent", "wage_premium", "guidance_premium"})
        ImGui::TableSetupColumn(tr(s, std::string("report.") + column).c_str());
      ImGui::TableHeadersRow();
      for (const ImwScheduleRow& row : w.imw_schedule) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(to_string(row.quarter).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(format_percent(row.wage_premium_percent, lang).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(format_money(row.wage_premium_amount, lang).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(format_money(row.guidance_premium_amount, lang).c_str());
      }
      ImGui::EndTable();
    }
  }
  if (!w.checks.empty()) {
    subheading(tr(s, "ui.report.checks"));
    draw_checks(s, w.checks, "report.worker[" + w.id + "]");
  }
  ImGui::TreePop();
}

}  // namespace

void draw_report_screen(AppState& s) {
  heading(tr(s, "report.title"));
  muted(tr(s, "ui.report.intro"));
  ImGui::Spacing();
  draw_report_actions(s);
  ImGui::Spacing();
  draw_assessment_summary(s);
  ImGui::Spacing();
  ImGui::Separator();
  if (!s.report.checks.empty()) {
    subheading(tr(s, "report.employer_section"));
    ImGui::Spacing();
    draw_checks(s, s.report.checks, "report");
  }
  if (!s.report.workers.empty()) {
    subheading(tr(s, "ui.report.workers"));
    ImGui::Spacing();
    for (const WorkerReport& w : s.report.workers) draw_worker(s, w);
  }
  ImGui::Spacing();
  ImGui::Separator();
  muted(tr(s, "report.footer"));
}

}  // namespace lde::ui
