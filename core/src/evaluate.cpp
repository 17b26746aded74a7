#include "lde/evaluate.hpp"

#include <chrono>
#include <string_view>
#include <utility>
#include <vector>

namespace lde {

// Generated at build time from assets/ (scripts/embed_assets.cmake).
const std::vector<std::pair<std::string_view, std::string_view>>& embedded_assets();

namespace {
bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
}  // namespace

const RuleBook& builtin_rules() {
  static const RuleBook book = [] {
    RuleBook b;
    for (const auto& [name, text] : embedded_assets())
      if (starts_with(name, "rules/")) b.add_file(std::string(name.substr(6)), std::string(text));
    return b;
  }();
  return book;
}

const Messages& builtin_messages() {
  static const Messages messages = [] {
    Messages m;
    m.add_files_when_used([](Language lang) {
      const std::string folder = "i18n/" + to_string(lang) + "/";
      std::vector<std::pair<std::string_view, std::string_view>> files;
      for (const auto& [name, text] : embedded_assets())
        if (starts_with(name, folder)) files.emplace_back(name, text);
      return files;
    });
    return m;
  }();
  return messages;
}

std::vector<Source> Context::sources(const std::string& parameter_id, const Date& on) const {
  const auto* v = rules.version_on(parameter_id, on);
  return v ? v->sources : std::vector<Source>{};
}

Date today_utc() {
  const auto now = std::chrono::system_clock::now();
  const auto days = std::chrono::duration_cast<std::chrono::hours>(now.time_since_epoch()).count() / 24;
  return civil_from_days(days);
}

std::string regime_on(const RuleBook& rules, const Date& on) {
  return on < rules.date("transition.imw_start", on) ? "lde" : "imw";
}

Report evaluate(const Assessment& a, const Context& ctx, const Date& today) {
  Report r;
  r.assessment_date = a.assessment_date.value_or(today);
  r.language = ctx.language;
  r.regime = regime_on(ctx.rules, r.assessment_date);  // transition_2023.json
  evaluate_employer(a, r.assessment_date, ctx, r);
  evaluate_workers(a, r.assessment_date, ctx, r);
  evaluate_imw(a, r.assessment_date, ctx, r);
  return r;
}

Report evaluate(const Assessment& a, const Date& today) {
  const Context ctx{builtin_rules(), builtin_messages(), a.language};
  return evaluate(a, ctx, today);
}

}  // namespace lde
