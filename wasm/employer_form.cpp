// The Werkgever questions (see employer_form.hpp).
//
// [SECTION] Help markers: the rule's sources and confidence on the assessment date
// [SECTION] Question rows, jump and highlight
// [SECTION] Answer widgets (yes/no/don't know, date, number, text, choice), each tracked
// [SECTION] Groups: organisation, local services, quality and registration
// [SECTION] Assessment date and draw_employer_questions
#include "employer_form.hpp"

#include <cstdio>
#include <cstdlib>
#include <set>

#include <imgui.h>
#include <imgui_internal.h>

#include "cull.hpp"
#include "loop.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace lde::ui {

EmployerForm& employer_form() {
  static EmployerForm form;
  return form;
}

std::string question_id(const std::string& input_path) {
  const std::string org = "organisation.";
  if (input_path == "services") return "employer.services.add";
  std::string rest = input_path.rfind(org, 0) == 0 ? input_path.substr(org.size()) : input_path;
  if (rest.rfind("target_group_fte.", 0) == 0) rest = "fte." + rest.substr(17);
  return "employer." + rest;
}

namespace {

// A field being drawn: its widget id, the label the user reads, and the rule behind it.
struct Field {
  std::string id;
  std::string label;
  std::string parameter;  // rules parameter whose sources the help marker shows ("" = none)
};

// [SECTION] Help markers -------------------------------------------------------------------------------

std::string help_text(const AppState& s, const std::string& parameter) {
  const auto* v = builtin_rules().version_on(parameter, s.report.assessment_date);
  if (!v) return tr(s, "employer_ui.date.help");
  const auto& p = builtin_rules().parameter(parameter);
  const std::string lang = to_string(language(s));
  std::string text = p.description.count(lang) ? p.description.at(lang) : parameter;
  text += "\n\n" + tr(s, "employer_ui.help.rule_on", {{"date", to_display(s.report.assessment_date)}});
  for (const auto& src : v->sources) {
    text += "\n\xE2\x80\xA2 " + tr(s, "employer_ui.help.sources") + ": " + src.title;
    if (!src.article.empty()) text += ", " + src.article;
    text += " \xE2\x80\x94 " + tr(s, "employer_ui.help.confidence") + ": " + tr(s, "confidence." + to_string(src.confidence));
  }
  if (auto note = v->note.find(lang); note != v->note.end()) text += "\n\n" + note->second;
  for (const auto& alt : v->alternatives)
    if (auto note = alt.note.find(lang); note != alt.note.end()) text += "\n\n" + note->second;
  return text;
}

void help_marker(const AppState& s, const Field& field) {
  ImGui::TextDisabled("(?)");
  track(field.id + ".help", field.label, "help");
  if (tooltip_wanted())
    tooltip(field.parameter.empty() ? tr(s, "employer_ui.date.help") : help_text(s, field.parameter));
}

// [SECTION] Question rows, jump and highlight ----------------------------------------------------------

// Starts a table row: the help marker and the label in the first column, the cursor in the second.
void question_row(const AppState& s, EmployerForm& f, const Field& field) {
  ImGui::TableNextRow();
  if (f.highlight == field.id && ImGui::GetTime() < f.highlight_until) {
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, status_tint(Status::unknown));
    wake();  // keep drawing until the highlight fades
  }
  ImGui::TableNextColumn();
  if (std::string& label = f.labels[field.id]; label != field.label) label = field.label;
  if (f.jump_to == field.id) {
    // The screen scrolls in the frame's "content" window, the parent of the card this form is drawn on.
    ImGuiWindow* card = ImGui::GetCurrentWindow();
    ImGuiWindow* content = card->ParentWindow ? card->ParentWindow : card;
    ImGui::SetScrollFromPosY(content, ImGui::GetCursorScreenPos().y - content->Pos.y, 0.3f);
    f.highlight = field.id;
    f.highlight_until = ImGui::GetTime() + 2.5;
    f.jump_to.clear();
    wake();
  }
  ImGui::AlignTextToFramePadding();
  help_marker(s, field);
  ImGui::SameLine();
  ImGui::TextWrapped("%s", field.label.c_str());
  ImGui::TableNextColumn();
}

bool begin_questions(const char* id) {
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX)) return false;
  ImGui::TableSetupColumn("question", ImGuiTableColumnFlags_WidthStretch, 0.55f);
  ImGui::TableSetupColumn("answer", ImGuiTableColumnFlags_WidthStretch, 0.45f);
  return true;
}

// [SECTION] Answer widgets -------------------------------------------------------------------------------

// Yes / no / don't know: "don't know" leaves the answer open (null), it is never "no".
bool yes_no(const AppState& s, const Field& field, std::optional<bool>& value) {
  const struct {
    const char* suffix;
    const char* key;
    std::optional<bool> v;
  } options[] = {{"yes", "employer_ui.yes", true}, {"no", "employer_ui.no", false}, {"unset", "employer_ui.unknown", std::nullopt}};
  bool changed = false;
  for (std::size_t i = 0; i < 3; ++i) {
    if (i) ImGui::SameLine();
    const std::string id = field.id + "." + options[i].suffix;
    if (toggle(id.c_str(), tr(s, options[i].key), value == options[i].v) && value != options[i].v) {
      value = options[i].v;
      changed = true;
    }
  }
  return changed;
}

std::optional<Date> parse_typed_date(const std::string& raw) {
  std::string text;
  for (char c : raw)
    if (c != ' ') text += c;
  if (auto iso = parse_date(text)) return iso;
  unsigned day = 0, month = 0;
  int year = 0;
  char tail = 0;
  if (std::sscanf(text.c_str(), "%u/%u/%d%c", &day, &month, &year, &tail) == 3 && year >= 1900 && year <= 2200) {
    const Date d{year, month, day};
    if (is_valid(d)) return d;
  }
  return std::nullopt;
}

// A date typed as dd/mm/yyyy; empty = unanswered. While the text is not a date, nothing changes.
bool date_field(const AppState& s, const Field& field, std::optional<Date>& value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s", value ? to_display(*value).c_str() : "");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7.5f);
  const std::string hint = tr(s, "employer_ui.date.hint");
  const bool edited = ImGui::InputTextWithHint(("##" + field.id).c_str(), hint.c_str(), buf, sizeof buf);
  track(field.id, field.label, "input_date", value ? nlohmann::json(to_iso(*value)) : nlohmann::json(nullptr));
  const bool active = ImGui::IsItemActive();
  if (!active && !edited) return false;  // the text shown is the value's own: nothing to parse
  const std::string text = buf;
  const auto parsed = parse_typed_date(text);
  if (active && !text.empty() && !parsed) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, status_colour(Status::not_met));
    ImGui::TextUnformatted(tr(s, "employer_ui.date.invalid").c_str());
    ImGui::PopStyleColor();
  }
  if (!edited) return false;
  if (text.empty()) {
    const bool had = value.has_value();
    value.reset();
    return had;
  }
  if (!parsed || parsed == value) return false;
  value = parsed;
  return true;
}

// A number typed with a decimal comma or point; empty = unanswered.
bool number_field(const AppState& s, const Field& field, std::optional<double>& value) {
  char buf[32];
  if (value) std::snprintf(buf, sizeof buf, "%g", *value);
  else buf[0] = '\0';
  if (language(s) == Language::nl)
    for (char& c : buf)
      if (c == '.') c = ',';
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
  const bool edited = ImGui::InputText(("##" + field.id).c_str(), buf, sizeof buf, ImGuiInputTextFlags_CharsDecimal);
  track(field.id, field.label, "input_number", value ? nlohmann::json(*value) : nlohmann::json(nullptr));
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
  if (end == text.c_str() || *end != '\0' || (value && *value == v)) return false;
  value = v;
  return true;
}

bool text_field(const Field& field, std::optional<std::string>& value) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%s", value ? value->c_str() : "");
  ImGui::SetNextItemWidth(-FLT_MIN);
  const bool edited = ImGui::InputText(("##" + field.id).c_str(), buf, sizeof buf);
  track(field.id, field.label, "input_text", value ? nlohmann::json(*value) : nlohmann::json(nullptr));
  if (!edited) return false;
  if (buf[0] == '\0') value.reset();
  else value = std::string(buf);
  return true;
}

// A choice among contract values plus "don't know"; options are tracked while the list is open.
bool choice(const AppState& s, const Field& field, const std::vector<std::string>& values, const std::string& names,
            std::optional<std::string>& value) {
  const std::string shown = value ? tr(s, names + *value) : tr(s, "employer_ui.unknown");
  bool changed = false;
  ImGui::SetNextItemWidth(-FLT_MIN);
  const bool open = ImGui::BeginCombo(("##" + field.id).c_str(), shown.c_str());
  track(field.id, field.label, "combo", value ? nlohmann::json(*value) : nlohmann::json(nullptr));
  if (!open) return false;
  auto option = [&](const std::optional<std::string>& v, const std::string& label) {
    const std::string id = field.id + "." + v.value_or("unset");
    if (ImGui::Selectable((label + "###" + id).c_str(), value == v) && value != v) {
      value = v;
      changed = true;
    }
    track(id, label, "option", value == v);
  };
  for (const auto& v : values) option(v, tr(s, names + v));
  option(std::nullopt, tr(s, "employer_ui.unknown"));
  ImGui::EndCombo();
  return changed;
}

// [SECTION] Groups ----------------------------------------------------------------------------------------

Field field(const AppState& s, const std::string& id, const std::string& question, const std::string& parameter) {
  return Field{id, tr(s, "employer_ui.q." + question), parameter};
}

bool organisation_group(const AppState& s, EmployerForm& f, Organisation& o) {
  bool changed = false;
  const Date on = s.report.assessment_date;
  if (!begin_questions("employer.organisation")) return false;
  Field name = field(s, "employer.name", "name", "");
  name.parameter = "lde.recognition.conditions";
  question_row(s, f, name);
  changed |= text_field(name, o.name);
  Field legal = field(s, "employer.legal_form", "legal_form", "lde.recognition.allowed_legal_forms");
  question_row(s, f, legal);
  changed |= choice(s, legal, kLegalForms, "employer.legal_form_name.", o.legal_form);

  struct YesNo {
    const char* id;
    const char* parameter;
    std::optional<bool>* value;
  };
  auto yes_no_row = [&](const YesNo& q) {
    const Field fl = field(s, std::string("employer.") + q.id, q.id, q.parameter);
    question_row(s, f, fl);
    changed |= yes_no(s, fl, *q.value);
  };
  auto date_row = [&](const char* id, const char* parameter, std::optional<Date>& value) {
    const Field fl = field(s, std::string("employer.") + id, id, parameter);
    question_row(s, f, fl);
    changed |= date_field(s, fl, value);
  };
  yes_no_row({"offers_insertion_trajectories", "lde.recognition.conditions", &o.offers_insertion_trajectories});
  yes_no_row({"transparent_quality_operations", "lde.recognition.conditions", &o.transparent_quality_operations});
  yes_no_row({"operates_local_services", "lde.recognition.conditions", &o.operates_local_services});
  yes_no_row({"existed_before_2015", "lde.recognition.converted_fte_deadline", &o.existed_before_2015});
  if (!o.existed_before_2015.value_or(false))
    date_row("trajectories_allocated_on", "lde.recognition.start_grace_years", o.trajectories_allocated_on);

  // FTE per year: the year that counts on the assessment date, the two before it, and any year answered.
  const int counted = on.year - static_cast<int>(builtin_rules().number("lde.recognition.fte_reference_year_offset", on));
  std::set<int> years{counted - 2, counted - 1, counted};
  for (const auto& [year, v] : o.target_group_fte) years.insert(year);
  for (int year : years) {
    Field fl = field(s, "employer.fte." + std::to_string(year), "fte", "lde.recognition.min_target_group_fte");
    fl.label = tr(s, "employer_ui.q.fte", {{"year", std::to_string(year)}});
    if (year == counted) fl.label += " " + tr(s, "employer_ui.q.fte_counted", {{"date", to_display(on)}});
    question_row(s, f, fl);
    std::optional<double> value;
    if (auto it = o.target_group_fte.find(year); it != o.target_group_fte.end()) value = it->second;
    if (number_field(s, fl, value)) {
      if (value) o.target_group_fte[year] = value;
      else o.target_group_fte.erase(year);
      changed = true;
    }
  }

  date_row("recognition_requested_on", "lde.recognition.applications_open", o.recognition_requested_on);
  date_row("label_granted_on", "lde.label.validity_years", o.label_granted_on);
  yes_no_row({"contingent_allocated", "lde.label.indefinite_once_contingent", &o.contingent_allocated});
  if (o.contingent_allocated.value_or(false) || o.contingent_allocated_on)
    date_row("contingent_allocated_on", "lde.label.indefinite_once_contingent", o.contingent_allocated_on);
  yes_no_row({"other_activities", "lde.recognition.sui_generis_required", &o.other_activities});
  ImGui::EndTable();

  // The sui-generis division: asked when it can be required, or when already answered.
  const bool may_be_required = o.other_activities.value_or(false) || o.legal_form == std::string("public_law_entity") ||
                               o.employer_kind == std::string("local_authority") || o.sui_generis_division;
  ImGui::Spacing();
  subheading(tr(s, "employer_ui.group.sui_generis"));
  if (!may_be_required) {
    muted(tr(s, "employer_ui.sui_generis_hint"));
    return changed;
  }
  SuiGenerisDivision d = o.sui_generis_division.value_or(SuiGenerisDivision{});
  bool division_changed = false;
  if (begin_questions("employer.sui_generis")) {
    for (const auto& [key, value] : {std::pair<const char*, std::optional<bool>*>{"responsible_person", &d.responsible_person},
                                     {"identifiable", &d.identifiable},
                                     {"separate_accounts", &d.separate_accounts}}) {
      const Field fl = field(s, std::string("employer.sui_generis_division.") + key, key, "lde.recognition.sui_generis_elements");
      question_row(s, f, fl);
      division_changed |= yes_no(s, fl, *value);
    }
    ImGui::EndTable();
  }
  if (division_changed) {
    o.sui_generis_division = d;
    changed = true;
  }
  return changed;
}

bool service_block(const AppState& s, EmployerForm& f, Service& sv, std::size_t i, bool& remove) {
  bool changed = false;
  const std::string base = "employer.services[" + std::to_string(i) + "]";
  const std::string name = sv.name && !sv.name->empty() ? *sv.name : tr(s, "employer.service.unnamed", {{"number", std::to_string(i + 1)}});
  ImGui::PushID(base.c_str());
  ImGui::Spacing();
  ImGui::PushFont(fonts().bold);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(tr(s, "employer_ui.service.title", {{"number", std::to_string(i + 1)}, {"name", name}}).c_str());
  ImGui::PopFont();
  ImGui::SameLine();
  if (button((base + ".remove").c_str(), tr(s, "employer_ui.service.remove"))) remove = true;
  if (begin_questions((base + ".questions").c_str())) {
    Field fl = field(s, base + ".name", "service_name", "lde.services.conditions");
    question_row(s, f, fl);
    changed |= text_field(fl, sv.name);
    fl = field(s, base + ".commissioning_authority", "commissioning_authority", "lde.services.conditions");
    question_row(s, f, fl);
    changed |= text_field(fl, sv.commissioning_authority);
    auto yes_no_row = [&](const char* key, const char* question, const char* parameter, std::optional<bool>& value) {
      const Field q = field(s, base + "." + key, question, parameter);
      question_row(s, f, q);
      changed |= yes_no(s, q, value);
    };
    yes_no_row("no_displacement", "no_displacement", "lde.services.conditions", sv.no_displacement);
    yes_no_row("embedded_locally", "embedded_locally", "lde.services.conditions", sv.embedded_locally);
    yes_no_row("complementary", "complementary", "lde.services.conditions", sv.complementary);
    yes_no_row("quality_accessible", "quality_accessible", "lde.services.conditions", sv.quality_accessible);
    fl = field(s, base + ".nature", "nature", "lde.services.allowed_natures");
    question_row(s, f, fl);
    changed |= choice(s, fl, kServiceNatures, "employer.service.nature_name.", sv.nature);
    yes_no_row("sustainable_employment", "sustainable_employment", "lde.services.conditions", sv.sustainable_employment);
    yes_no_row("long_term", "long_term", "lde.services.conditions", sv.long_term);
    yes_no_row("in_line_with_flemish_policy", "in_line_with_flemish_policy", "lde.services.conditions", sv.in_line_with_flemish_policy);
    ImpactAnalysis ia = sv.impact_analysis.value_or(ImpactAnalysis{});
    bool ia_changed = false;
    auto ia_row = [&](const char* key, const char* question, std::optional<bool>& value) {
      const Field q = field(s, base + ".impact_analysis." + key, question, "lde.services.impact_analysis");
      question_row(s, f, q);
      ia_changed |= yes_no(s, q, value);
    };
    ia_row("done", "impact_done", ia.done);
    ia_row("local_stakeholders_consulted", "impact_local", ia.local_stakeholders_consulted);
    ia_row("socio_economic_stakeholders_heard", "impact_socio", ia.socio_economic_stakeholders_heard);
    if (ia_changed) {
      sv.impact_analysis = ia;
      changed = true;
    }
    ImGui::EndTable();
  }
  ImGui::PopID();
  return changed;
}

bool services_group(const AppState& s, EmployerForm& f, std::vector<Service>& services) {
  bool changed = false;
  if (services.empty()) muted(tr(s, "employer_ui.service.none"));
  const std::uint64_t key = layout_key(s);
  for (std::size_t i = 0; i < services.size(); ++i) {
    bool remove = false;
    ImGui::PushID(static_cast<int>(i));
    if (CulledBlock block("employer.service", key, !f.jump_to.empty()); block)
      changed |= service_block(s, f, services[i], i, remove);
    ImGui::PopID();
    if (remove) {
      services.erase(services.begin() + static_cast<std::ptrdiff_t>(i));
      return true;  // indices shift: draw the rest next frame
    }
  }
  ImGui::Spacing();
  // The add button is also the target of the "describe a service" open question.
  if (f.jump_to == "employer.services.add") {
    ImGuiWindow* card = ImGui::GetCurrentWindow();
    ImGuiWindow* content = card->ParentWindow ? card->ParentWindow : card;
    ImGui::SetScrollFromPosY(content, ImGui::GetCursorScreenPos().y - content->Pos.y, 0.3f);
    f.jump_to.clear();
  }
  f.labels["employer.services.add"] = tr(s, "employer_ui.q.services");
  if (button("employer.services.add", tr(s, "employer_ui.service.add"))) {
    services.emplace_back();
    changed = true;
  }
  return changed;
}

bool quality_group(const AppState& s, EmployerForm& f, Organisation& o) {
  Quality q = o.quality.value_or(Quality{});
  bool changed = false;
  if (!begin_questions("employer.quality")) return false;
  auto yes_no_row = [&](const char* key, const char* parameter, std::optional<bool>& value) {
    const Field fl = field(s, std::string("employer.quality.") + key, key, parameter);
    question_row(s, f, fl);
    changed |= yes_no(s, fl, value);
  };
  auto date_row = [&](const char* key, const char* parameter, std::optional<Date>& value) {
    const Field fl = field(s, std::string("employer.quality.") + key, key, parameter);
    question_row(s, f, fl);
    changed |= date_field(s, fl, value);
  };
  yes_no_row("registered", "quality.registration.in_force_from", q.registered);
  date_row("registration_filed_on", "quality.registration.validation_days", q.registration_filed_on);
  date_row("registration_validated_on", "quality.registration.validation_days", q.registration_validated_on);
  yes_no_row("customer_service", "quality.registration.minimum_conditions", q.customer_service);
  yes_no_row("personnel_management", "quality.registration.minimum_conditions", q.personnel_management);
  yes_no_row("financial_management", "quality.registration.minimum_conditions", q.financial_management);
  const Field proof = field(s, "employer.quality.proof", "proof", "quality.proof.accepted_kinds");
  question_row(s, f, proof);
  changed |= choice(s, proof, kQualityProofs, "employer.quality.proof_name.", q.proof);
  date_row("proof_obtained_on", "quality.proof.approval_certificate_use", q.proof_obtained_on);
  ImGui::EndTable();
  if (changed) o.quality = q;
  return changed;
}

// Validates the draft like a loaded file; a refused edit keeps the assessment as it was.
void commit(AppState& s, EmployerForm& f, const Assessment& draft) {
  const auto checked = assessment_from_json(to_json(draft));
  if (!checked.ok()) {
    f.error = checked.error->to_string();
    return;
  }
  f.error.clear();
  s.assessment = *checked.assessment;
  s.needs_evaluation = true;
}

}  // namespace

// [SECTION] Assessment date and draw_employer_questions ----------------------------------------------------

void draw_assessment_date(AppState& s, EmployerForm& f) {
  // One line (no table) so that the field and its buttons fit a narrow screen too.
  Field fl{"employer.assessment_date", tr(s, "employer_ui.date.label"), ""};
  ImGui::AlignTextToFramePadding();
  help_marker(s, fl);
  ImGui::SameLine();
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(fl.label.c_str());
  ImGui::PopFont();
  ImGui::SameLine();
  // Only the date is edited here: the whole assessment is copied once something changed, not per frame.
  std::optional<Date> date = s.assessment.assessment_date;
  bool changed = date_field(s, fl, date);
  const Date shown = s.report.assessment_date;
  ImGui::SameLine();
  if (button("employer.assessment_date.prev", tr(s, "employer_ui.date.prev"))) {
    date = add_days(shown, -1);
    changed = true;
  }
  tooltip(tr(s, "employer_ui.date.prev_help"));
  ImGui::SameLine();
  if (button("employer.assessment_date.next", tr(s, "employer_ui.date.next"))) {
    date = add_days(shown, 1);
    changed = true;
  }
  tooltip(tr(s, "employer_ui.date.next_help"));
  ImGui::SameLine();
  if (button("employer.assessment_date.today", tr(s, "employer_ui.date.today"))) {
    date.reset();
    changed = true;
  }
  if (changed) {
    Assessment draft = s.assessment;
    draft.assessment_date = date;
    commit(s, f, draft);
  }
}

void draw_employer_questions(AppState& s, EmployerForm& f) {
  // The widgets edit copies of the employer's parts only (the workers are not copied every frame).
  Organisation organisation = s.assessment.organisation;
  std::vector<Service> services = s.assessment.services;
  bool changed = false;
  // Groups out of view are not drawn (cull.hpp), unless a jump to one of their questions is pending.
  const std::uint64_t key = layout_key(s);
  const bool jumping = !f.jump_to.empty();
  subheading(tr(s, "employer_ui.group.organisation"));
  if (CulledBlock block("employer.organisation", key, jumping); block) changed |= organisation_group(s, f, organisation);
  ImGui::Spacing();
  ImGui::Separator();
  subheading(tr(s, "employer_ui.group.services"));
  changed |= services_group(s, f, services);
  ImGui::Spacing();
  ImGui::Separator();
  subheading(tr(s, "employer_ui.group.quality"));
  if (CulledBlock block("employer.quality", key, jumping); block) changed |= quality_group(s, f, organisation);
  if (changed) {
    Assessment draft = s.assessment;
    draft.organisation = std::move(organisation);
    draft.services = std::move(services);
    commit(s, f, draft);
  }
}

}  // namespace lde::ui
