// The IMW questions: employer kind and difficulty, the worker's eligibility answers (tri-state: yes, no,
// not answered), the premium inputs and the what-if sliders. Each question shows the sources of the
// rule it feeds on hover; every widget is tracked for the end-to-end tests.
//
// [SECTION] Field widgets
// [SECTION] Employer questions
// [SECTION] Worker questions
// [SECTION] What-if sliders
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <imgui.h>

#include "imw_view.hpp"
#include "widgets.hpp"
#include "worker_form.hpp"

namespace lde::ui {

namespace {

// [SECTION] Field widgets -------------------------------------------------------------------------------

// "Title — confidence: high" lines of a parameter's sources, for the hover text of a question.
std::string sources_text(const AppState& s, const std::string& parameter) {
  const auto* v = builtin_rules().version_on(parameter, s.report.assessment_date);
  if (!v) return "";
  std::string text = tr(s, "imw.ui.sources") + ":";
  for (const auto& src : v->sources)
    text += "\n• " + src.title + " — " + tr(s, "confidence." + to_string(src.confidence));
  const auto note = v->note.find(to_string(language(s)));
  if (note != v->note.end()) text += "\n\n" + note->second;
  return text;
}

void question(const AppState& s, const std::string& label, const std::string& parameter) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label.c_str());
  if (!parameter.empty() && tooltip_wanted()) tooltip(sources_text(s, parameter));
  ImGui::TableNextColumn();
}

bool begin_form(const char* id) {
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchProp)) return false;
  ImGui::TableSetupColumn("q", ImGuiTableColumnFlags_WidthStretch, 0.45f);
  ImGui::TableSetupColumn("a", ImGuiTableColumnFlags_WidthStretch, 0.55f);
  return true;
}

// Yes / no / not answered: not answered is a real state, never "no".
bool tri_state(const AppState& s, const std::string& id, std::optional<bool>& value, const std::string& hover) {
  bool changed = false;
  const struct {
    const char* suffix;
    const char* key;
    std::optional<bool> v;
  } options[] = {{"yes", "imw.ui.yes", true}, {"no", "imw.ui.no", false}, {"unset", "imw.ui.unanswered", std::nullopt}};
  for (std::size_t i = 0; i < 3; ++i) {
    if (i) ImGui::SameLine();
    const std::string oid = id + "." + options[i].suffix;
    if (toggle(oid.c_str(), tr(s, options[i].key), value == options[i].v) && value != options[i].v) {
      value = options[i].v;
      changed = true;
    }
    tooltip(hover);
  }
  return changed;
}

// A choice among contract values (plus "not answered"), labelled through `label_prefix`.
bool choice(const AppState& s, const std::string& id, const std::string& label, const std::vector<std::string>& values,
            const std::string& label_prefix, std::optional<std::string>& value, const std::string& hover) {
  const std::string shown = value ? tr(s, label_prefix + *value) : tr(s, "imw.ui.unanswered");
  bool changed = false;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 18.0f);
  const bool open = ImGui::BeginCombo(("##" + id).c_str(), shown.c_str());
  track(id, label, "combo", value ? nlohmann::json(*value) : nlohmann::json(nullptr));
  tooltip(hover);
  if (open) {
    if (ImGui::Selectable(tr(s, "imw.ui.unanswered").c_str(), !value.has_value())) {
      changed = value.has_value();
      value.reset();
    }
    track(id + ".unset", tr(s, "imw.ui.unanswered"), "combo_item", !value.has_value());
    for (const auto& v : values) {
      if (ImGui::Selectable(tr(s, label_prefix + v).c_str(), value == v)) {
        changed = value != v;
        value = v;
      }
      track(id + "." + v, tr(s, label_prefix + v), "combo_item", value == v);
    }
    ImGui::EndCombo();
  }
  return changed;
}

bool number_input(const std::string& id, const std::string& label, std::optional<double>& value, const std::string& hover) {
  char buf[32];
  if (value) std::snprintf(buf, sizeof buf, "%g", *value);
  else buf[0] = '\0';
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.0f);
  const bool edited = ImGui::InputText(("##" + id).c_str(), buf, sizeof buf, ImGuiInputTextFlags_CharsDecimal);
  track(id, label, "input_number", value ? nlohmann::json(*value) : nlohmann::json(nullptr));
  tooltip(hover);
  if (!edited) return false;
  std::string text = buf;
  for (char& c : text)
    if (c == ',') c = '.';
  if (text.empty()) {
    const bool had = value.has_value();
    value.reset();
    return had;
  }
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || *end != '\0' || v < 0) return false;
  value = v;
  return true;
}

bool date_input(const AppState& s, const std::string& id, const std::string& label, std::optional<Date>& value,
                const std::string& hover) {
  static std::string editing_id, editing_text;  // keeps a half-typed date while the field has focus
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s", editing_id == id ? editing_text.c_str() : (value ? to_display(*value).c_str() : ""));
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.5f);
  const std::string hint = tr(s, "imw.ui.date_hint");
  const bool edited = ImGui::InputTextWithHint(("##" + id).c_str(), hint.c_str(), buf, sizeof buf);
  track(id, label, "input_date", value ? nlohmann::json(to_iso(*value)) : nlohmann::json(nullptr));
  tooltip(hover);
  if (ImGui::IsItemActive()) {
    editing_id = id;
    editing_text = buf;
  } else if (editing_id == id) {
    editing_id.clear();
  }
  if (!edited) return false;
  const std::string text = buf;
  if (text.empty()) {
    const bool had = value.has_value();
    value.reset();
    return had;
  }
  const auto parsed = parse_user_date(text);
  if (!parsed || parsed == value) return false;
  value = parsed;
  return true;
}

// ImGui sliders take a printf format: a literal percent sign must be doubled.
std::string slider_format(const std::string& text) {
  std::string out;
  for (char c : text) out += c == '%' ? std::string("%%") : std::string(1, c);
  return out;
}

const std::vector<std::string> kKinds = {"private_legal_person", "natural_person", "foreign_employer",
                                         "school", "local_authority", "other_public"};
const std::vector<std::string> kResidenceValues = {"flanders", "other_eu_eea", "brussels", "wallonia", "outside_eu_eea"};
const std::vector<std::string> kPackages = {"two_year", "five_year", "five_year_increased", "five_year_cmw_in_maatwerkbedrijf"};

// Each form edits a copy of the part it shows (not of the whole assessment: this runs every frame) and
// hands a changed copy to set_assessment() (commit_* below).
void commit_organisation(AppState& s, Organisation&& o) {
  Assessment a = s.assessment;
  a.organisation = std::move(o);
  set_assessment(s, std::move(a));
}
void commit_worker(AppState& s, std::size_t index, Worker&& w) {
  Assessment a = s.assessment;
  a.workers.at(index) = std::move(w);
  set_assessment(s, std::move(a));
}

}  // namespace

// [SECTION] Employer questions ------------------------------------------------------------------------------

void draw_imw_employer_inputs(AppState& s) {
  Organisation o = s.assessment.organisation;
  bool changed = false;
  if (begin_form("imw.employer.form")) {
    const std::string kind_label = tr(s, "imw.ui.q.employer_kind");
    question(s, kind_label, "imw.employer.eligible_kinds");
    changed |= choice(s, "imw.employer_kind", kind_label, kKinds, "imw.employer_kind.", o.employer_kind,
                      sources_text(s, "imw.employer.eligible_kinds"));
    question(s, tr(s, "imw.ui.q.in_difficulty"), "imw.employer.in_difficulty_excluded");
    changed |= tri_state(s, "imw.in_difficulty", o.in_difficulty, sources_text(s, "imw.employer.in_difficulty_excluded"));
    ImGui::EndTable();
  }
  if (changed) commit_organisation(s, std::move(o));
}

// [SECTION] Worker questions --------------------------------------------------------------------------------

void draw_imw_worker_inputs(AppState& s, std::size_t index) {
  Worker w = s.assessment.workers.at(index);
  WorkerImw& m = *w.imw;
  bool changed = false;
  subheading(tr(s, "imw.ui.eligibility"));
  if (begin_form("imw.worker.form")) {
    const std::string hours_label = tr(s, "imw.ui.q.contract_hours");
    question(s, hours_label, "imw.worker.min_contract_hours_inclusive");
    changed |= number_input("imw.contract_hours", hours_label, m.contract_hours, sources_text(s, "imw.worker.min_contract_hours_inclusive"));
    question(s, tr(s, "imw.ui.q.work_limitation"), "imw.worker.work_limitation_required");
    changed |= tri_state(s, "imw.work_limitation", m.work_limitation_recognised, sources_text(s, "imw.worker.work_limitation_required"));
    const std::string residence_label = tr(s, "imw.ui.q.residence");
    question(s, residence_label, "imw.worker.eligible_residences");
    changed |= choice(s, "imw.residence", residence_label, kResidenceValues, "imw.residence_name.", m.residence,
                      sources_text(s, "imw.worker.eligible_residences"));
    if (m.residence == "other_eu_eea") {
      question(s, tr(s, "imw.ui.q.works_in_flanders"), "imw.worker.eligible_residences");
      changed |= tri_state(s, "imw.works_in_flanders", m.works_in_flanders, sources_text(s, "imw.worker.eligible_residences"));
    }
    ImGui::EndTable();
  }
  subheading(tr(s, "imw.ui.premium_inputs"));
  if (begin_form("imw.premium.form")) {
    const std::string date_label = tr(s, "imw.ui.q.decision_date");
    question(s, date_label, "imw.term.starts_in_decision_quarter");
    changed |= date_input(s, "imw.decision_date", date_label, m.decision_date, sources_text(s, "imw.term.starts_in_decision_quarter"));
    const std::string package_label = tr(s, "imw.ui.q.package");
    question(s, package_label, "imw.start_package.percentages");
    changed |= choice(s, "imw.package", package_label, kPackages, "imw.package_name.", m.package,
                      sources_text(s, "imw.start_package.period_quarters"));
    question(s, tr(s, "imw.ui.q.percent_source"), "imw.wage_premium.percent_range");
    const bool vdab = m.wage_premium_percent.has_value();
    if (toggle("imw.percent_source.package", tr(s, "imw.ui.percent_from_package"), !vdab) && vdab) {
      m.wage_premium_percent.reset();
      changed = true;
    }
    ImGui::SameLine();
    if (toggle("imw.percent_source.vdab", tr(s, "imw.ui.percent_from_vdab"), vdab) && !vdab) {
      m.wage_premium_percent = 40;
      changed = true;
    }
    const std::string wage_label = tr(s, "imw.ui.q.monthly_reference_wage");
    question(s, wage_label, "imw.reference_wage.cap_ggmmi_multiple");
    changed |= number_input("imw.monthly_reference_wage", wage_label, m.monthly_reference_wage,
                            sources_text(s, "imw.reference_wage.cap_ggmmi_multiple"));
    const std::string fraction_label = tr(s, "imw.ui.q.work_fraction");
    question(s, fraction_label, "imw.reference_wage.cap_ggmmi_multiple");
    changed |= number_input("imw.work_fraction", fraction_label, w.work_fraction, sources_text(s, "imw.reference_wage.cap_ggmmi_multiple"));
    const std::string support_label = tr(s, "imw.ui.q.support_need");
    question(s, support_label, "imw.guidance.fixed_per_quarter");
    changed |= choice(s, "imw.support_need", support_label, {"wage", "wage_and_guidance"}, "imw.ui.support_need.", m.support_need,
                      sources_text(s, "imw.guidance.fixed_per_quarter"));
    if (m.support_need == "wage_and_guidance") {
      const std::string need_label = tr(s, "imw.ui.q.guidance_need");
      question(s, need_label, "imw.guidance.variable_per_quarter");
      changed |= choice(s, "imw.guidance_need", need_label, {"none", "low", "medium", "high"}, "imw.guidance_need_name.",
                        m.guidance_need, sources_text(s, "imw.guidance.variable_per_quarter"));
    }
    ImGui::EndTable();
  }
  // A work fraction outside (0, 1] would be refused by the reader; keep the last valid one.
  if (w.work_fraction && (*w.work_fraction <= 0 || *w.work_fraction > 1)) changed = false;
  if (changed) commit_worker(s, index, std::move(w));
}

// [SECTION] What-if sliders ---------------------------------------------------------------------------------

void draw_imw_what_if(AppState& s, std::size_t index) {
  Worker w = s.assessment.workers.at(index);
  WorkerImw& m = *w.imw;
  const Language lang = language(s);
  bool changed = false;
  subheading(tr(s, "imw.ui.what_if"));
  muted(tr(s, "imw.ui.what_if_intro"));
  const float width = ImGui::GetFontSize() * 22.0f;
  if (begin_form("imw.what_if.form")) {
    // Percentage: 20..75 in steps of 5 (the slider moves over the step index).
    const std::string percent_label = tr(s, "imw.ui.slider.percent");
    question(s, percent_label, "imw.wage_premium.percent_range");
    // Without a VDAB percentage the slider starts at the package's first-quarter percentage.
    int shown = m.wage_premium_percent.value_or(40);
    for (const auto& wr : s.report.workers)
      if (wr.id == w.id && !wr.imw_schedule.empty() && !m.wage_premium_percent) shown = wr.imw_schedule.front().wage_premium_percent;
    int step = (shown - 20) / 5;
    const std::string percent_text = slider_format(format_percent(20 + step * 5, lang));
    ImGui::SetNextItemWidth(width);
    if (ImGui::SliderInt("##imw.slider.percent", &step, 0, 11, percent_text.c_str(), ImGuiSliderFlags_AlwaysClamp) &&
        m.wage_premium_percent != 20 + step * 5) {
      m.wage_premium_percent = 20 + step * 5;
      changed = true;
    }
    track("imw.slider.percent", percent_label, "slider", m.wage_premium_percent ? nlohmann::json(*m.wage_premium_percent) : nlohmann::json(nullptr));
    if (tooltip_wanted()) tooltip(sources_text(s, "imw.wage_premium.percent_range"));

    const std::string fraction_label = tr(s, "imw.ui.slider.work_fraction");
    question(s, fraction_label, "imw.reference_wage.cap_ggmmi_multiple");
    int fraction = static_cast<int>(std::lround(w.work_fraction.value_or(1.0) * 100.0));
    const std::string fraction_text = slider_format(format_percent(fraction, lang));
    ImGui::SetNextItemWidth(width);
    if (ImGui::SliderInt("##imw.slider.work_fraction", &fraction, 10, 100, fraction_text.c_str(), ImGuiSliderFlags_AlwaysClamp) &&
        std::lround(w.work_fraction.value_or(-1) * 100.0) != fraction) {
      w.work_fraction = fraction / 100.0;
      changed = true;
    }
    track("imw.slider.work_fraction", fraction_label, "slider", w.work_fraction ? nlohmann::json(*w.work_fraction) : nlohmann::json(nullptr));
    if (tooltip_wanted()) tooltip(sources_text(s, "imw.reference_wage.cap_ggmmi_multiple"));

    const std::string wage_label = tr(s, "imw.ui.slider.wage");
    question(s, wage_label, "imw.reference_wage.cap_ggmmi_multiple");
    int wage = static_cast<int>(std::lround(m.monthly_reference_wage.value_or(3000.0) / 10.0)) * 10;
    const std::string wage_text = slider_format(format_money(wage, lang));
    ImGui::SetNextItemWidth(width);
    if (ImGui::SliderInt("##imw.slider.wage", &wage, 1000, 8000, wage_text.c_str(), ImGuiSliderFlags_AlwaysClamp)) {
      const double rounded = std::round(wage / 10.0) * 10.0;
      if (m.monthly_reference_wage != rounded) {
        m.monthly_reference_wage = rounded;
        changed = true;
      }
    }
    track("imw.slider.wage", wage_label, "slider", m.monthly_reference_wage ? nlohmann::json(*m.monthly_reference_wage) : nlohmann::json(nullptr));
    if (tooltip_wanted()) tooltip(sources_text(s, "imw.reference_wage.ggmmi_in_quarter"));
    ImGui::EndTable();
  }
  if (changed) commit_worker(s, index, std::move(w));
}

}  // namespace lde::ui
