// Individueel maatwerk / Individual customised work: the IMW checks in the report (employer and per
// worker) and, where the core computed one, the quarterly premium schedule.
#include <imgui.h>

#include "check_view.hpp"
#include "screens.hpp"
#include "widgets.hpp"

namespace lde::ui {

namespace {

void draw_schedule(AppState& s, const WorkerReport& w) {
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable(("schedule." + w.id).c_str(), 4, flags)) return;
  for (const char* column : {"quarter", "wage_premium_percent", "wage_premium", "guidance_premium"})
    ImGui::TableSetupColumn(tr(s, std::string("report.") + column).c_str());
  ImGui::TableHeadersRow();
  const Language lang = language(s);
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

}  // namespace

void draw_imw_screen(AppState& s) {
  heading(tr(s, "ui.imw.title"));
  muted(tr(s, "ui.imw.intro"));
  ImGui::Spacing();
  draw_assessment_summary(s);
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
  bool any = false;
  const std::vector<Check> employer = checks_with_prefix(s.report.checks, {"imw."});
  if (!employer.empty()) {
    any = true;
    subheading(tr(s, "ui.imw.employer"));
    draw_checks(s, employer, "imw");
  }
  for (const WorkerReport& w : s.report.workers) {
    const std::vector<Check> checks = checks_with_prefix(w.checks, {"imw."});
    if (checks.empty() && w.imw_schedule.empty()) continue;
    any = true;
    subheading(tr(s, "ui.imw.worker", {{"worker", w.name.empty() ? w.id : w.name + " (" + w.id + ")"}}));
    draw_checks(s, checks, "imw.worker[" + w.id + "]");
    if (!w.imw_schedule.empty()) {
      subheading(tr(s, "report.imw_schedule"));
      draw_schedule(s, w);
    }
  }
  if (!any) muted(tr(s, "ui.imw.none"));
}

}  // namespace lde::ui
