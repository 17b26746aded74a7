// Werknemer / Worker: the list of workers (add, select, remove), then for the selected worker the
// plain-language summary, the timeline of the insertion trajectory, the edit form and the checks.
#include <algorithm>

#include <imgui.h>

#include "check_view.hpp"
#include "cull.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "timeline.hpp"
#include "widgets.hpp"
#include "worker_form.hpp"

namespace lde::ui {

namespace {

struct WorkerScreen {
  std::string selected;  // worker id
  TimelineView timeline;
  std::string form_error;
};

WorkerScreen& screen() {
  static WorkerScreen state;
  return state;
}

std::string display_name(const AppState& s, const Worker& w) {
  if (w.name && !w.name->empty()) return *w.name;
  return tr(s, "worker_ui.unnamed", {{"id", w.id}});
}

std::string new_worker_id(const Assessment& a) {
  for (int n = static_cast<int>(a.workers.size()) + 1;; ++n) {
    const std::string id = "w" + std::to_string(n);
    if (std::none_of(a.workers.begin(), a.workers.end(), [&](const Worker& w) { return w.id == id; })) return id;
  }
}

void draw_worker_list(AppState& s, WorkerScreen& ui) {
  for (const Worker& w : s.assessment.workers) {
    if (toggle(("worker.select." + w.id).c_str(), display_name(s, w), ui.selected == w.id)) {
      ui.selected = w.id;
      ui.form_error.clear();
    }
    ImGui::SameLine();
  }
  if (button("worker.add", tr(s, "worker_ui.add"))) {
    Worker w;
    w.id = new_worker_id(s.assessment);
    ui.selected = w.id;
    ui.form_error.clear();
    s.assessment.workers.push_back(std::move(w));
    s.needs_evaluation = true;
  }
}

// The worker's position and the plain-language sentences of the report (WorkerReport.extra["summary"]).
void draw_summary(AppState& s, const WorkerReport& w) {
  const std::string status = tr(s, "worker_status." + w.status_on_date);
  ImFont* font = fonts().bold;
  const std::string pill = tr(s, "worker_ui.position", {{"status", status}});
  const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, pill.c_str());
  const ImVec2 pad(ImGui::GetFontSize() * 0.6f, ImGui::GetFontSize() * 0.25f);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(pos, ImVec2(pos.x + size.x + 2 * pad.x, pos.y + size.y + 2 * pad.y), colours::info_tint,
                    size.y);
  dl->AddText(font, font->FontSize, ImVec2(pos.x + pad.x, pos.y + pad.y), colours::accent, pill.c_str());
  ImGui::Dummy(ImVec2(size.x + 2 * pad.x, size.y + 2 * pad.y));
  if (!w.extra.contains("summary")) return;
  // The first sentence (where the worker stands) large; the rest as body text.
  bool first = true;
  for (const auto& line : w.extra["summary"]) {
    ImGui::PushFont(first ? fonts().heading : fonts().body);
    ImGui::TextWrapped("%s", line.get<std::string>().c_str());
    ImGui::PopFont();
    first = false;
  }
}

void draw_selected(AppState& s, WorkerScreen& ui, std::size_t index) {
  const Worker& worker = s.assessment.workers[index];
  const auto report = std::find_if(s.report.workers.begin(), s.report.workers.end(),
                                   [&](const WorkerReport& r) { return r.id == worker.id; });
  ImGui::Spacing();
  ImGui::Separator();
  subheading(display_name(s, worker));
  if (report != s.report.workers.end()) {
    draw_summary(s, *report);
    ImGui::Spacing();
    subheading(tr(s, "worker_ui.timeline.title"));
    muted(tr(s, "worker_ui.timeline.hint"));
    draw_timeline(s, *report, ui.timeline);
    draw_timeline_legend(s);
  }
  ImGui::Spacing();
  if (tree_node("worker.form", tr(s, "worker_ui.form.title"), true)) {
    // Out of view, the form is not drawn; its last height is reserved (cull.hpp).
    ImGui::PushID(worker.id.c_str());
    if (CulledBlock block("worker.form.fields", layout_key(s)); block) draw_worker_form(s, index, ui.form_error);
    ImGui::PopID();
    if (!ui.form_error.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, status_colour(Status::not_met));
      paragraph(tr(s, "worker_ui.form.rejected", {{"error", ui.form_error}}));
      ImGui::PopStyleColor();
      track("worker.form.error", ui.form_error, "text");
    }
    if (button("worker.remove", tr(s, "worker_ui.remove"))) {
      s.assessment.workers.erase(s.assessment.workers.begin() + static_cast<std::ptrdiff_t>(index));
      s.needs_evaluation = true;
      ui.selected = s.assessment.workers.empty() ? std::string() : s.assessment.workers.front().id;
      ImGui::TreePop();
      return;
    }
    ImGui::TreePop();
  }
  if (report != s.report.workers.end() && !report->checks.empty()) {
    subheading(tr(s, "worker_ui.checks_title"));
    draw_checks(s, report->checks, "worker[" + report->id + "]");
  }
}

}  // namespace

void draw_worker_screen(AppState& s) {
  WorkerScreen& ui = screen();
  heading(tr(s, "ui.worker.title"));
  muted(tr(s, "worker_ui.intro"));
  ImGui::Spacing();
  draw_assessment_summary(s);
  ImGui::Spacing();
  // Keep a valid selection when workers come and go (a loaded file, a removal).
  const auto& workers = s.assessment.workers;
  auto found = std::find_if(workers.begin(), workers.end(), [&](const Worker& w) { return w.id == ui.selected; });
  if (found == workers.end() && !workers.empty()) {
    ui.selected = workers.front().id;
    found = workers.begin();
  }
  draw_worker_list(s, ui);
  if (workers.empty()) {
    muted(tr(s, "ui.worker.none"));
    return;
  }
  found = std::find_if(workers.begin(), workers.end(), [&](const Worker& w) { return w.id == ui.selected; });
  if (found != workers.end()) draw_selected(s, ui, static_cast<std::size_t>(found - workers.begin()));
}

}  // namespace lde::ui
