// Werknemer / Worker: the workers in the report with their position on the assessment date and the
// dates of their insertion trajectory, then each worker's own checks.
#include <imgui.h>

#include "check_view.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace lde::ui {

namespace {

std::string date_or_dash(const std::optional<Date>& d) { return d ? to_display(*d) : "\xE2\x80\x93"; }

void draw_worker_table(AppState& s) {
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("workers", 7, flags)) return;
  for (const char* column : {"id", "name", "status", "start", "regular_end", "max_end", "end"})
    ImGui::TableSetupColumn(tr(s, std::string("ui.worker.column.") + column).c_str());
  ImGui::TableHeadersRow();
  for (const WorkerReport& w : s.report.workers) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(w.id.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(w.name.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(tr(s, "worker_status." + w.status_on_date).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(date_or_dash(w.trajectory.start).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(date_or_dash(w.trajectory.regular_end).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(date_or_dash(w.trajectory.max_end).c_str());
    ImGui::TableNextColumn();
    // A known start without an end is the open-ended 55+ extension (BVR art. 19).
    const bool open_end = w.trajectory.start && !w.trajectory.end;
    ImGui::TextUnformatted(open_end ? tr(s, "ui.worker.open_end").c_str() : date_or_dash(w.trajectory.end).c_str());
  }
  ImGui::EndTable();
}

}  // namespace

void draw_worker_screen(AppState& s) {
  heading(tr(s, "ui.worker.title"));
  muted(tr(s, "ui.worker.intro"));
  ImGui::Spacing();
  draw_assessment_summary(s);
  ImGui::Spacing();
  if (s.report.workers.empty()) {
    muted(tr(s, "ui.worker.none"));
    return;
  }
  draw_worker_table(s);
  for (const WorkerReport& w : s.report.workers) {
    if (w.checks.empty()) continue;
    subheading(tr(s, "ui.worker.checks_of", {{"worker", w.name.empty() ? w.id : w.name + " (" + w.id + ")"}}));
    draw_checks(s, w.checks, "worker[" + w.id + "]");
  }
}

}  // namespace lde::ui
