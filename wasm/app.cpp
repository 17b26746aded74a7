#include "app.hpp"

#include <exception>
#include <unordered_map>
#include <utility>

#include "persist.hpp"

namespace lde::ui {

const char* tab_name(Tab t) {
  switch (t) {
    case Tab::employer: return "employer";
    case Tab::worker: return "worker";
    case Tab::imw: return "imw";
    case Tab::report: return "report";
    case Tab::about: return "about";
  }
  return "employer";
}

std::optional<Tab> parse_tab(std::string_view name) {
  for (Tab t : kTabs)
    if (name == tab_name(t)) return t;
  return std::nullopt;
}

AppState& app() {
  static AppState state;
  return state;
}

void refresh_report(AppState& s) {
  if (!s.needs_evaluation) return;
  s.needs_evaluation = false;
  ++s.revision;
  assessment_revised(s.revision);
  try {
    s.report = evaluate(s.assessment, context(s), s.today);
    s.evaluation_error.clear();
  } catch (const std::exception& e) {
    // A rules-file or core bug must not take the page down: keep the last report and say why.
    s.evaluation_error = e.what();
  }
}

void set_assessment(AppState& s, Assessment a) {
  s.assessment = std::move(a);
  s.needs_evaluation = true;
  refresh_report(s);
}

void set_language(AppState& s, Language lang) {
  if (s.assessment.language == lang) return;
  s.assessment.language = lang;
  s.needs_evaluation = true;
  refresh_report(s);
}

void set_today(AppState& s, const Date& today) {
  if (s.today == today) return;
  s.today = today;
  s.needs_evaluation = true;
}

Language language(const AppState& s) { return s.assessment.language; }

std::string tr(const AppState& s, const std::string& key, const Args& args) {
  if (args.empty()) return tr(s, key);
  return builtin_messages().text(language(s), key, args);
}

const std::string& tr(const AppState& s, std::string_view key) {
  // The screens look the same fixed texts up every frame; the built-in catalogue never changes, so
  // each (language, key) is resolved once. Map nodes never move: the references stay valid. Lookups
  // take the key as a view (most are string literals): no temporary string per lookup.
  struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view k) const noexcept { return std::hash<std::string_view>{}(k); }
  };
  static std::unordered_map<std::string, std::string, KeyHash, std::equal_to<>> cache[2];
  auto& texts = cache[language(s) == Language::nl ? 0 : 1];
  auto it = texts.find(key);
  if (it == texts.end()) {
    std::string owned(key);
    std::string text = builtin_messages().text(language(s), owned);
    it = texts.emplace(std::move(owned), std::move(text)).first;
  }
  return it->second;
}

Context context(const AppState& s) { return Context{builtin_rules(), builtin_messages(), language(s)}; }

}  // namespace lde::ui
