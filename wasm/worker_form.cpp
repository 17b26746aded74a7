// The worker edit form (see worker_form.hpp).
//
// [SECTION] Field widgets (date, text, number, yes/no/unanswered), each tracked for the tests
// [SECTION] Lists (POP dates, periods)
// [SECTION] draw_worker_form
#include "worker_form.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <imgui.h>

#include "theme.hpp"
#include "widgets.hpp"

namespace lde::ui {

std::optional<Date> parse_user_date(const std::string& raw) {
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

namespace {

// [SECTION] Field widgets -------------------------------------------------------------------------------

void label_cell(const std::string& label) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label.c_str());
  ImGui::TableNextColumn();
}

// A date typed as dd/mm/yyyy; empty = unanswered. Returns true when the value changed.
bool date_input(const AppState& s, const std::string& id, const std::string& label, std::optional<Date>& value,
                float width = 0.0f) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s", value ? to_display(*value).c_str() : "");
  ImGui::SetNextItemWidth(width > 0 ? width : ImGui::GetFontSize() * 7.5f);
  const std::string hint = tr(s, "worker_ui.form.date_hint");
  const bool edited = ImGui::InputTextWithHint(("##" + id).c_str(), hint.c_str(), buf, sizeof buf);
  track(id, label, "input_date", value ? nlohmann::json(to_iso(*value)) : nlohmann::json(nullptr));
  bool changed = false;
  const std::string text = buf;
  const auto parsed = parse_user_date(text);
  if (edited) {
    if (text.empty() && value) {
      value.reset();
      changed = true;
    } else if (parsed && parsed != value) {
      value = parsed;
      changed = true;
    }
  }
  if (ImGui::IsItemActive() && !text.empty() && !parsed) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, status_colour(Status::not_met));
    ImGui::TextUnformatted(tr(s, "worker_ui.form.invalid_date").c_str());
    ImGui::PopStyleColor();
  }
  return changed;
}

bool text_input(const std::string& id, const std::string& label, std::optional<std::string>& value) {
  char buf[128];
  std::snprintf(buf, sizeof buf, "%s", value ? value->c_str() : "");
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
  const bool edited = ImGui::InputText(("##" + id).c_str(), buf, sizeof buf);
  track(id, label, "input_text", value ? nlohmann::json(*value) : nlohmann::json(nullptr));
  if (!edited) return false;
  if (buf[0] == '\0') value.reset();
  else value = std::string(buf);
  return true;
}

// A number typed with a decimal comma or point; empty = unanswered.
bool number_input(const std::string& id, const std::string& label, std::optional<double>& value) {
  char buf[32];
  if (value) std::snprintf(buf, sizeof buf, "%g", *value);
  else buf[0] = '\0';
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 6.0f);
  const bool edited = ImGui::InputText(("##" + id).c_str(), buf, sizeof buf, ImGuiInputTextFlags_CharsDecimal);
  track(id, label, "input_number", value ? nlohmann::json(*value) : nlohmann::json(nullptr));
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
  if (end == text.c_str() || *end != '\0') return false;
  value = v;
  return true;
}

// Yes / no / unanswered as three pills: unanswered is a real answer state, never "no".
bool tri_state(const AppState& s, const std::string& id, std::optional<bool>& value) {
  bool changed = false;
  const struct {
    const char* suffix;
    const char* key;
    std::optional<bool> v;
  } options[] = {{"yes", "worker_ui.form.yes", true}, {"no", "worker_ui.form.no", false}, {"unset", "worker_ui.form.unanswered", std::nullopt}};
  bool first = true;
  for (const auto& o : options) {
    if (!first) ImGui::SameLine();
    first = false;
    const std::string oid = id + "." + o.suffix;
    if (toggle(oid.c_str(), tr(s, o.key), value == o.v) && value != o.v) {
      value = o.v;
      changed = true;
    }
  }
  return changed;
}

// [SECTION] Lists ---------------------------------------------------------------------------------------

bool period_list(const AppState& s, const std::string& id, std::vector<Period>& periods, bool to_optional_label) {
  bool changed = false;
  for (std::size_t i = 0; i < periods.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    const std::string pid = id + "[" + std::to_string(i) + "]";
    changed |= date_input(s, pid + ".from", tr(s, "worker_ui.form.from"), periods[i].from);
    ImGui::SameLine();
    ImGui::TextUnformatted("\xE2\x80\x93");
    ImGui::SameLine();
    changed |= date_input(s, pid + ".to", tr(s, "worker_ui.form.to"), periods[i].to);
    ImGui::SameLine();
    if (button((pid + ".remove").c_str(), tr(s, "worker_ui.form.remove"))) {
      periods.erase(periods.begin() + static_cast<std::ptrdiff_t>(i));
      ImGui::PopID();
      return true;
    }
    ImGui::PopID();
  }
  if (to_optional_label && !periods.empty()) muted(tr(s, "worker_ui.form.open_to_hint"));
  if (button((id + ".add").c_str(), tr(s, "worker_ui.form.add_period"))) {
    periods.push_back(Period{s.report.assessment_date, std::nullopt});
    changed = true;
  }
  return changed;
}

bool pop_list(const AppState& s, const std::string& id, std::optional<std::vector<Date>>& dates) {
  bool changed = false;
  if (dates) {
    for (std::size_t i = 0; i < dates->size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      const std::string pid = id + "[" + std::to_string(i) + "]";
      std::optional<Date> d = (*dates)[i];
      if (date_input(s, pid, tr(s, "worker_ui.form.pop_dates"), d) && d) {
        (*dates)[i] = *d;
        changed = true;
      }
      ImGui::SameLine();
      if (button((pid + ".remove").c_str(), tr(s, "worker_ui.form.remove"))) {
        dates->erase(dates->begin() + static_cast<std::ptrdiff_t>(i));
        if (dates->empty()) dates.reset();
        ImGui::PopID();
        return true;
      }
      ImGui::PopID();
    }
  }
  if (button((id + ".add").c_str(), tr(s, "worker_ui.form.add_pop"))) {
    if (!dates) dates.emplace();
    dates->push_back(s.report.assessment_date);
    changed = true;
  }
  return changed;
}

}  // namespace

// [SECTION] draw_worker_form ------------------------------------------------------------------------------

void draw_worker_form(AppState& s, std::size_t index, std::string& error) {
  // The widgets edit copies of this worker and the employer's transition option; the whole assessment is
  // copied only when something changed (not every frame).
  Worker w = s.assessment.workers[index];
  std::optional<std::string> transition_option = s.assessment.organisation.transition_option;
  const std::string f = "worker.form.";
  bool changed = false;
  if (ImGui::BeginTable("worker_form", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX)) {
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 15.0f);
    ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthStretch);
    const auto row = [&](const char* key) {
      const std::string label = tr(s, std::string("worker_ui.form.") + key);
      label_cell(label);
      return label;
    };
    {
      const std::string label = row("name");
      changed |= text_input(f + "name", label, w.name);
    }
    {
      const std::string label = row("employment_start");
      changed |= date_input(s, f + "employment_start", label, w.employment_start);
    }
    {
      const std::string label = row("trajectory_start");
      changed |= date_input(s, f + "trajectory_start", label, w.trajectory_start);
    }
    {
      const std::string label = row("birth_date");
      changed |= date_input(s, f + "birth_date", label, w.birth_date);
    }
    {
      const std::string label = row("work_fraction");
      changed |= number_input(f + "work_fraction", label, w.work_fraction);
    }
    row("exceptional_sixth_year");
    changed |= tri_state(s, f + "exceptional_sixth_year", w.exceptional_sixth_year);
    row("age_55_extension");
    changed |= tri_state(s, f + "age_55_extension", w.age_55_extension);
    row("transition_option");
    {
      auto& option = transition_option;
      const struct {
        const char* suffix;
        const char* key;
        std::optional<std::string> v;
      } options[] = {{"imw", "worker_ui.form.option_imw", std::string("imw")},
                     {"cmw", "worker_ui.form.option_cmw", std::string("collective_customised_work")},
                     {"unset", "worker_ui.form.unanswered", std::nullopt}};
      bool first = true;
      for (const auto& o : options) {
        if (!first) ImGui::SameLine();
        first = false;
        if (toggle((f + "transition_option." + o.suffix).c_str(), tr(s, o.key), option == o.v) && option != o.v) {
          option = o.v;
          changed = true;
        }
      }
    }
    row("pop_dates");
    changed |= pop_list(s, f + "pop_dates", w.pop_dates);
    row("internship");
    {
      std::optional<Date> from = w.internship ? w.internship->from : std::nullopt;
      std::optional<Date> to = w.internship ? w.internship->to : std::nullopt;
      bool edited = date_input(s, f + "internship.from", tr(s, "worker_ui.form.from"), from);
      ImGui::SameLine();
      ImGui::TextUnformatted("\xE2\x80\x93");
      ImGui::SameLine();
      edited |= date_input(s, f + "internship.to", tr(s, "worker_ui.form.to"), to);
      if (edited) {
        if (!from && !to) w.internship.reset();
        else w.internship = Period{from, to};
        changed = true;
      }
    }
    row("employed_on");
    changed |= period_list(s, f + "employed_on", w.employed_on, true);
    row("incapacity_periods");
    changed |= period_list(s, f + "incapacity_periods", w.incapacity_periods, true);
    row("training_extensions");
    changed |= period_list(s, f + "training_extensions", w.training_extensions, false);
    ImGui::EndTable();
  }
  if (!changed) return;
  Assessment draft = s.assessment;
  draft.workers[index] = std::move(w);
  draft.organisation.transition_option = std::move(transition_option);
  // Validate the edit exactly like a loaded file: a refused edit names the JSON path and changes nothing.
  const ParseResult checked = assessment_from_json(to_json(draft));
  if (!checked.ok()) {
    error = checked.error->to_string();
    return;
  }
  error.clear();
  s.assessment = std::move(draft);
  s.needs_evaluation = true;
}

}  // namespace lde::ui
