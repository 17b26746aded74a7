// Individueel maatwerk / Individual customised work: the employer and worker questions, the verdicts
// (imw.employer, imw.worker, imw.wage_premium, imw.guidance_premium), what-if sliders, yearly totals,
// a bar chart and the quarterly schedule, and for former LDE workers the comparison with the
// temporary compensation. Questions live in imw_inputs.cpp, results in imw_results.cpp.
#include <algorithm>

#include <imgui.h>

#include "check_view.hpp"
#include "imw_view.hpp"
#include "screens.hpp"
#include "widgets.hpp"

namespace lde::ui {

namespace {

std::size_t& selected_worker() {
  static std::size_t index = 0;
  return index;
}

std::string worker_label(const Worker& w) { return w.name ? *w.name + " (" + w.id + ")" : w.id; }

// Picks the worker the tab shows; returns false when there is none yet (offers to add one).
bool pick_worker(AppState& s) {
  auto& workers = s.assessment.workers;
  if (workers.empty()) {
    muted(tr(s, "imw.ui.no_workers"));
    if (button("imw.add_worker", tr(s, "imw.ui.add_worker"))) {
      Assessment a = s.assessment;
      Worker w;
      w.id = "w1";
      w.imw = WorkerImw{};
      a.workers.push_back(w);
      selected_worker() = 0;
      set_assessment(s, std::move(a));
    }
    return false;
  }
  std::size_t& index = selected_worker();
  index = std::min(index, workers.size() - 1);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(s, "imw.ui.worker").c_str());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
  const std::string label = tr(s, "imw.ui.worker");
  const bool open = ImGui::BeginCombo("##imw.worker_select", worker_label(workers[index]).c_str());
  track("imw.worker_select", label, "combo", workers[index].id);
  if (open) {
    for (std::size_t i = 0; i < workers.size(); ++i) {
      if (ImGui::Selectable(worker_label(workers[i]).c_str(), i == index)) index = i;
      track("imw.worker_select." + workers[i].id, worker_label(workers[i]), "combo_item", i == index);
    }
    ImGui::EndCombo();
  }
  if (!workers[index].imw) {
    muted(tr(s, "imw.ui.no_imw"));
    if (button("imw.start", tr(s, "imw.ui.start"))) {
      Assessment a = s.assessment;
      a.workers[index].imw = WorkerImw{};
      set_assessment(s, std::move(a));
    }
    return false;
  }
  return true;
}

const WorkerReport* report_of(const AppState& s, const std::string& id) {
  for (const auto& w : s.report.workers)
    if (w.id == id) return &w;
  return nullptr;
}

}  // namespace

void draw_imw_screen(AppState& s) {
  heading(tr(s, "ui.imw.title"));
  muted(tr(s, "ui.imw.intro"));
  ImGui::Spacing();
  draw_assessment_summary(s);
  ImGui::Spacing();
  ImGui::Separator();
  subheading(tr(s, "ui.imw.employer"));
  draw_imw_employer_inputs(s);
  const std::vector<const Check*> employer = checks_with_prefix(s.report.checks, {"imw."});
  if (!employer.empty()) draw_checks(s, employer, "imw");
  ImGui::Spacing();
  ImGui::Separator();
  subheading(tr(s, "imw.ui.worker_section"));
  if (!pick_worker(s)) return;
  const std::size_t index = selected_worker();
  draw_imw_worker_inputs(s, index);
  ImGui::Spacing();
  draw_imw_what_if(s, index);
  ImGui::Spacing();
  ImGui::Separator();
  const std::string id = s.assessment.workers.at(index).id;
  const WorkerReport* w = report_of(s, id);
  if (!w) return;
  subheading(tr(s, "imw.ui.verdicts"));
  draw_checks(s, checks_with_prefix(w->checks, {"imw."}), "imw.worker[" + id + "]");
  ImGui::Spacing();
  draw_imw_totals(s, *w);
  ImGui::Spacing();
  draw_imw_chart(s, *w);
  ImGui::Spacing();
  draw_imw_schedule_table(s, *w);
  draw_imw_comparison(s, *w);
}

}  // namespace lde::ui
