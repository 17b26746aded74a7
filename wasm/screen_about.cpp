// Over / About: version, privacy, notation, what the confidence levels mean, and the full rule
// catalogue (every parameter with its dated values and legal sources) straight from the core.
#include <imgui.h>

#include "check_view.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#ifndef LDE_VERSION
#define LDE_VERSION "dev"
#endif

namespace lde::ui {

namespace {

std::string localised(const AppState& s, const std::map<std::string, std::string>& texts) {
  if (auto it = texts.find(to_string(language(s))); it != texts.end()) return it->second;
  if (auto it = texts.find("nl"); it != texts.end()) return it->second;
  return texts.empty() ? std::string() : texts.begin()->second;
}

// A parameter value in the user's notation, by the parameter's unit.
std::string format_value(const AppState& s, const nlohmann::json& value, const std::string& unit) {
  const Language lang = language(s);
  if (value.is_boolean()) return tr(s, value.get<bool>() ? "ui.common.yes" : "ui.common.no");
  if (value.is_number()) {
    const double v = value.get<double>();
    if (unit == "eur") return format_money(v, lang);
    if (unit == "percent") return format_percent(v, lang);
    const bool whole = v == static_cast<double>(static_cast<long long>(v));
    const std::string number = format_number(v, whole ? 0 : 2, lang);
    if (unit == "years") return number + " " + tr(s, v == 1.0 ? "ui.about.unit.year" : "ui.about.unit.years");
    return number;
  }
  if (value.is_string()) {
    const std::string text = value.get<std::string>();
    if (unit == "date")
      if (const auto d = parse_date(text)) return to_display(*d);
    return text;
  }
  if (value.is_array()) {
    std::string out;
    for (const auto& item : value) out += (out.empty() ? "" : ", ") + format_value(s, item, "");
    return out;
  }
  return value.dump();
}

void draw_parameter(AppState& s, const Parameter& p) {
  const std::string description = localised(s, p.description);
  const std::string label = description.empty() ? p.id : description;
  if (!tree_node(("about.rule." + p.id).c_str(), label)) return;
  muted(p.id);
  for (const ParameterVersion& v : p.versions) {
    const std::string scope = "about.rule." + p.id + "@" + to_iso(v.from);
    ImGui::PushID(scope.c_str());
    ImGui::Spacing();
    ImGui::PushFont(fonts().bold);
    paragraph(tr(s, "ui.about.version_from", {{"date", to_display(v.from)}, {"value", format_value(s, v.value, p.unit)}}));
    ImGui::PopFont();
    const std::string note = localised(s, v.note);
    if (!note.empty()) muted(note);
    draw_sources(s, v.sources, scope);
    int index = 0;
    for (const Alternative& alt : v.alternatives) {
      ImGui::Indent();
      paragraph(tr(s, "ui.about.alternative", {{"value", format_value(s, alt.value, p.unit)}}));
      const std::string alt_note = localised(s, alt.note);
      if (!alt_note.empty()) muted(alt_note);
      draw_sources(s, alt.sources, scope + ".alternative[" + std::to_string(index++) + "]");
      ImGui::Unindent();
    }
    ImGui::PopID();
  }
  ImGui::TreePop();
}

void draw_confidence_legend(AppState& s) {
  for (Confidence c : {Confidence::high, Confidence::medium_high, Confidence::medium, Confidence::low_medium,
                       Confidence::low}) {
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::PushFont(fonts().bold);
    ImGui::TextUnformatted(confidence_word(s, c).c_str());
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextWrapped("%s", tr(s, "ui.about.confidence_meaning." + to_string(c)).c_str());
  }
}

}  // namespace

void draw_about_screen(AppState& s) {
  heading(tr(s, "ui.about.title"));
  paragraph(tr(s, "ui.about.intro"));
  ImGui::Spacing();
  key_value(tr(s, "ui.about.version"), LDE_VERSION);

  subheading(tr(s, "ui.about.privacy_title"));
  paragraph(tr(s, "ui.about.privacy"));

  subheading(tr(s, "ui.about.notation_title"));
  const Language lang = language(s);
  paragraph(tr(s, "ui.about.notation", {{"date", to_display(s.today)}, {"money", format_money(1234.56, lang)},
                                       {"number", format_number(4.5, 2, lang)}}));

  subheading(tr(s, "ui.about.confidence_title"));
  paragraph(tr(s, "ui.about.confidence_intro"));
  draw_confidence_legend(s);

  subheading(tr(s, "ui.about.rules_title"));
  paragraph(tr(s, "ui.about.rules_intro"));
  ImGui::Spacing();
  const RuleBook& rules = builtin_rules();
  for (const std::string& file : rules.files()) {
    if (!tree_node(("about.file." + file).c_str(), tr(s, "ui.about.rules_file", {{"file", file}}), true)) continue;
    for (const auto& [id, parameter] : rules.all())
      if (parameter.file == file) draw_parameter(s, parameter);
    ImGui::TreePop();
  }
  ImGui::Spacing();
  ImGui::Separator();
  muted(tr(s, "ui.about.disclaimer"));
}

}  // namespace lde::ui
