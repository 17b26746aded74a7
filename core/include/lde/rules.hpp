// Dated parameters loaded from assets/rules/*.json (OpenFisca-style: every value keyed by the date it
// takes effect, every value with its legal sources and a confidence).
#pragma once

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "lde/date.hpp"

namespace lde {

// Ordered from most to least certain; a conclusion is as certain as its weakest source.
enum class Confidence { high, medium_high, medium, low_medium, low };

std::string to_string(Confidence c);           // "high", "medium-high", ...
std::optional<Confidence> parse_confidence(std::string_view text);
Confidence weakest(Confidence a, Confidence b);

struct Source {
  std::string title;
  std::string url;
  std::string article;  // may be empty
  Confidence confidence = Confidence::low;
  friend bool operator==(const Source&, const Source&) = default;
};

void to_json(nlohmann::json& j, const Source& s);

// Another reading of the same parameter that a source supports (kept visible to users).
struct Alternative {
  nlohmann::json value;
  std::vector<Source> sources;
  std::map<std::string, std::string> note;  // language -> text
};

struct ParameterVersion {
  Date from;
  nlohmann::json value;
  std::vector<Source> sources;
  std::map<std::string, std::string> note;  // language -> text (why this version, conflicts)
  std::vector<Alternative> alternatives;
  Confidence confidence() const;  // weakest of its sources
};

struct Parameter {
  std::string id;
  std::string file;  // the rules file it came from, e.g. "lde.json"
  std::map<std::string, std::string> description;  // language -> text
  std::string unit;  // "bool", "fte", "years", "date", "percent", "eur", "list", ...
  std::vector<ParameterVersion> versions;  // sorted by `from`, strictly increasing
};

struct RuleError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class RuleBook {
 public:
  // Adds every parameter of one rules file (its text); throws RuleError naming file and JSON path.
  void add_file(const std::string& file_name, const std::string& text);

  // Lookups take a string_view: a literal id costs no std::string (the maps compare transparently).
  bool has(std::string_view id) const { return parameters_.find(id) != parameters_.end(); }
  const Parameter& parameter(std::string_view id) const;  // throws RuleError when unknown
  // The version in force on `on`; nullptr before the first version.
  const ParameterVersion* version_on(std::string_view id, const Date& on) const;
  // Same, but throws RuleError when nothing is in force on that date.
  const ParameterVersion& at(std::string_view id, const Date& on) const;

  double number(std::string_view id, const Date& on) const { return at(id, on).value.get<double>(); }
  bool flag(std::string_view id, const Date& on) const { return at(id, on).value.get<bool>(); }
  Date date(std::string_view id, const Date& on) const;
  const std::map<std::string, Parameter, std::less<>>& all() const { return parameters_; }
  const std::vector<std::string>& files() const { return files_; }

  // Switches set by users or tests (e.g. "trajectory.extensions.apply" -> false). An override
  // replaces the value in force on every date, keeping the sources.
  void set_override(const std::string& id, nlohmann::json value);
  void clear_overrides() { overrides_.clear(); }

 private:
  std::map<std::string, Parameter, std::less<>> parameters_;
  std::map<std::string, std::vector<ParameterVersion>, std::less<>> overrides_;  // id -> versions, value replaced
  std::vector<std::string> files_;
};

// The catalogue as JSON (ldecheck rules --format json).
nlohmann::json catalogue_json(const RuleBook& book);

}  // namespace lde
