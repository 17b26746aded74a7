// Werkgever / Employer: the assessment date, the grouped questions (employer_form.cpp) and, beside them
// (two columns when wide, stacked when narrow), the live verdict tree and the list of questions still
// to answer, each entry jumping to its question. From 1 July 2023 a banner points to the IMW tab.
#include <algorithm>

#include <imgui.h>

#include "check_view.hpp"
#include "cull.hpp"
#include "employer_form.hpp"
#include "loop.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace lde::ui {

void draw_assessment_summary(AppState& s) {
  const bool from_assessment = s.assessment.assessment_date.has_value();
  key_value(tr(s, "ui.summary.assessment_date"),
            to_display(s.report.assessment_date) + "  (" +
                tr(s, from_assessment ? "ui.summary.date_from_assessment" : "ui.summary.date_today") + ")");
  key_value(tr(s, "ui.summary.regime"), tr(s, "regime." + s.report.regime));
  if (s.assessment.organisation.name) key_value(tr(s, "ui.summary.organisation"), *s.assessment.organisation.name);
}

namespace {

// The report's banners (Report.extra["banners"]); the one about closed LDE recognitions links to IMW.
void draw_banners(AppState& s) {
  if (!s.report.extra.contains("banners")) return;
  for (const auto& banner : s.report.extra["banners"]) {
    const std::string id = banner.value("id", "");
    ImGui::PushStyleColor(ImGuiCol_ChildBg, status_tint(Status::unknown));
    ImGui::PushStyleColor(ImGuiCol_Border, status_colour(Status::unknown));
    ImGui::BeginChild(("banner." + id).c_str(), ImVec2(0, 0),
                      ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NavFlattened);
    ImGui::PushFont(fonts().bold);
    ImGui::PushStyleColor(ImGuiCol_Text, status_colour(Status::unknown));
    ImGui::TextWrapped("\xE2\x9A\xA0  %s", banner.value("text", "").c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    track("employer.banner." + id, banner.value("text", ""), "message");
    if (banner.value("action", "") == "imw" && button("employer.banner.imw", tr(s, "employer_ui.banner.button"))) {
      s.requested_tab = Tab::imw;
      wake();
    }
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
    ImGui::Spacing();
  }
}

// Every unanswered input path the employer checks still need, in tree order, without repeats.
std::vector<std::string> open_questions(const std::vector<const Check*>& checks) {
  std::vector<std::string> out;
  for (const Check* c : checks)
    for (const std::string& q : c->open_questions)
      if (std::find(out.begin(), out.end(), q) == out.end()) out.push_back(q);
  return out;
}

void draw_open_questions(AppState& s, EmployerForm& f, const std::vector<const Check*>& checks) {
  subheading(tr(s, "employer_ui.open.title"));
  const auto questions = open_questions(checks);
  if (questions.empty()) {
    muted(tr(s, "employer_ui.open.none"));
    return;
  }
  muted(tr(s, "employer_ui.open.hint"));
  // A bounded, scrollable list so that the verdict tree below stays in reach.
  const float line = ImGui::GetTextLineHeightWithSpacing();
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, line * 9.5f));
  ImGui::BeginChild("employer.open", ImVec2(0, 0), ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY,
                    ImGuiWindowFlags_NavFlattened);
  for (const std::string& path : questions) {
    const std::string target = question_id(path);
    const auto label = f.labels.find(target);
    std::string text = "\xE2\x86\x92 " + (label != f.labels.end() ? label->second : path);
    // A service's questions are the same for every service: say which service.
    if (path.rfind("services[", 0) == 0) {
      const std::size_t i = std::stoul(path.substr(9));
      const auto& services = s.assessment.services;
      const std::string name = i < services.size() && services[i].name && !services[i].name->empty()
                                   ? *services[i].name
                                   : tr(s, "employer.service.unnamed", {{"number", std::to_string(i + 1)}});
      if (path != "services") text = "\xE2\x86\x92 " + name + ": " + text.substr(4);
    }
    ImGui::PushID(path.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, colours::accent);
    const bool clicked = ImGui::Selectable((text + "##open").c_str(), false);
    ImGui::PopStyleColor();
    track("employer.open[" + path + "]", text, "link", path);
    tooltip(path);
    if (clicked) {
      f.jump_to = target;
      wake();
    }
    ImGui::PopID();
  }
  ImGui::EndChild();
}

void draw_verdicts(AppState& s, EmployerForm& f) {
  const std::vector<const Check*> checks = checks_with_prefix(s.report.checks, {"lde.", "quality."});
  draw_open_questions(s, f, checks);
  ImGui::Spacing();
  subheading(tr(s, "employer_ui.verdict.title"));
  muted(tr(s, "employer_ui.verdict.hint"));
  // Each top-level check is a header (pill, title, why) over its conditions; a condition opens to show
  // its answers, notes and sources with their confidence.
  // Groups out of view are not drawn (cull.hpp).
  const std::uint64_t key = layout_key(s);
  for (const Check* check : checks) {
    const Check& group = *check;
    ImGui::Spacing();
    CulledBlock block(group.id, key);
    if (!block) continue;
    if (group.children.empty()) {  // e.g. the quality model before it applies: one plain row
      draw_check(s, group, "employer");
      continue;
    }
    ImGui::PushID(group.id.c_str());
    status_badge(group.status, status_word(s, group.status));
    ImGui::SameLine();
    ImGui::PushFont(fonts().bold);
    std::string title = check_title(s, group);
    for (const auto& [path, value] : group.answers.items())
      if (path.size() > 5 && path.compare(path.size() - 5, 5, ".name") == 0 && value.is_string())
        title += ": " + value.get<std::string>();
    ImGui::TextWrapped("%s", title.c_str());
    ImGui::PopFont();
    track("employer.verdict." + group.id, title, "status", to_string(group.status));
    muted(group.explanation);
    for (const std::string& note : group.notes) muted("\xE2\x9A\xA0  " + note);
    ImGui::Indent(ImGui::GetStyle().IndentSpacing * 0.5f);
    for (const Check& child : group.children) draw_check(s, child, "employer");
    ImGui::Unindent(ImGui::GetStyle().IndentSpacing * 0.5f);
    ImGui::PopID();
  }
}

void draw_error(AppState& s, const EmployerForm& f) {
  if (f.error.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, status_colour(Status::not_met));
  const std::string text = "\xE2\x9C\x98 " + tr(s, "employer_ui.error", {{"error", f.error}});
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
  track("employer.error", text, "message");
}

}  // namespace

void draw_employer_screen(AppState& s) {
  EmployerForm& f = employer_form();
  heading(tr(s, "ui.employer.title"));
  muted(tr(s, "employer_ui.intro"));
  ImGui::Spacing();
  draw_banners(s);
  draw_assessment_date(s, f);
  key_value(tr(s, "ui.summary.regime"), tr(s, "regime." + s.report.regime));
  draw_error(s, f);
  ImGui::Spacing();
  ImGui::Separator();

  // Two columns from about 60 characters of width each side; stacked below that.
  const bool wide = ImGui::GetContentRegionAvail().x >= ImGui::GetFontSize() * 58.0f;
  if (wide && ImGui::BeginTable("employer.layout", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerV)) {
    ImGui::TableSetupColumn("questions", ImGuiTableColumnFlags_WidthStretch, 0.5f);
    ImGui::TableSetupColumn("verdicts", ImGuiTableColumnFlags_WidthStretch, 0.5f);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    draw_employer_questions(s, f);
    ImGui::TableNextColumn();
    ImGui::Indent(ImGui::GetStyle().ItemSpacing.x);
    draw_verdicts(s, f);
    ImGui::Unindent(ImGui::GetStyle().ItemSpacing.x);
    ImGui::EndTable();
  } else {
    draw_employer_questions(s, f);
    ImGui::Spacing();
    ImGui::Separator();
    draw_verdicts(s, f);
  }
}

}  // namespace lde::ui
