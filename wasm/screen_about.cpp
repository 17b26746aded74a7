// Over / About: version, privacy, notation, the keyboard, what the confidence levels mean, and the full rule
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

// The word for a count of `unit` ("5 jaar", "1 quarter"); empty when the unit has no word.
std::string unit_word(const AppState& s, const std::string& unit, double count) {
  const std::string plural = "ui.about.unit." + unit;
  const std::string singular = plural + ".one";
  if (count == 1.0 && builtin_messages().has(language(s), singular)) return tr(s, singular);
  return builtin_messages().has(language(s), plural + ".many") ? tr(s, plural + ".many") : std::string();
}

std::string plain_number(const AppState& s, double v) {
  const bool whole = v == static_cast<double>(static_cast<long long>(v));
  return format_number(v, whole ? 0 : 2, language(s));
}

// A value inside a list or table of values: numbers without their unit (the unit follows the whole).
std::string format_plain(const AppState& s, const nlohmann::json& value) {
  if (value.is_null()) return tr(s, "ui.about.no_value");
  if (value.is_boolean()) return tr(s, value.get<bool>() ? "ui.common.yes" : "ui.common.no");
  if (value.is_number()) return plain_number(s, value.get<double>());
  if (value.is_string()) return value.get<std::string>();
  std::string out;
  const bool object = value.is_object();
  for (const auto& [key, item] : value.items()) {
    if (!out.empty()) out += object ? "; " : ", ";
    if (object) out += key + ": ";
    out += item.is_structured() ? "(" + format_plain(s, item) + ")" : format_plain(s, item);
  }
  return out;
}

// A parameter value in the user's notation, by the parameter's unit (rules/*.json "unit").
std::string format_value(const AppState& s, const nlohmann::json& value, const std::string& unit) {
  const Language lang = language(s);
  if (value.is_number()) {
    const double v = value.get<double>();
    if (unit == "eur") return format_money(v, lang);
    if (unit == "percent") return format_percent(v, lang);
    if (unit == "fte") return format_number(v, 2, lang) + " " + tr(s, "ui.about.unit.fte");
    const std::string word = unit_word(s, unit, v);
    return plain_number(s, v) + (word.empty() ? "" : " " + word);
  }
  if (value.is_string() && unit == "date")
    if (const auto d = parse_date(value.get<std::string>())) return to_display(*d);
  if (value.is_structured()) {
    std::string suffix;
    if (unit == "eur") suffix = "\xE2\x82\xAC";
    else if (unit == "percent") suffix = "%";
    else suffix = unit_word(s, unit, 2);
    return format_plain(s, value) + (suffix.empty() ? "" : " (" + suffix + ")");
  }
  return format_plain(s, value);
}

// "From 01/04/2015" for a dated version; the first version of many rule files starts on a sentinel
// date (1900-01-01) that means "before the next change" rather than a real date.
std::string version_label(const AppState& s, const Parameter& p, std::size_t index) {
  const ParameterVersion& v = p.versions[index];
  const std::string value = format_value(s, v.value, p.unit);
  if (v.from.year > 1900) return tr(s, "ui.about.version_from", {{"date", to_display(v.from)}, {"value", value}});
  if (index + 1 < p.versions.size())
    return tr(s, "ui.about.version_before", {{"date", to_display(p.versions[index + 1].from)}, {"value", value}});
  return tr(s, "ui.about.version_always", {{"value", value}});
}

void draw_parameter(AppState& s, const Parameter& p) {
  const std::string description = localised(s, p.description);
  const std::string label = description.empty() ? p.id : description;
  if (!tree_node(("about.rule." + p.id).c_str(), label)) return;
  muted(p.id);
  for (std::size_t i = 0; i < p.versions.size(); ++i) {
    const ParameterVersion& v = p.versions[i];
    const std::string scope = "about.rule." + p.id + "@" + to_iso(v.from);
    ImGui::PushID(scope.c_str());
    ImGui::Spacing();
    ImGui::PushFont(fonts().bold);
    paragraph(version_label(s, p, i));
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

  subheading(tr(s, "ui.keyboard.title"));
  paragraph(tr(s, "ui.keyboard.intro"));
  for (const char* key : {"tab", "arrows", "activate", "escape", "tabs", "zoom"}) {
    ImGui::Bullet();
    ImGui::SameLine();
    paragraph(tr(s, std::string("ui.keyboard.") + key));
  }

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
