#include "lde/check.hpp"

#include <algorithm>

namespace lde {

std::string to_string(Status s) {
  switch (s) {
    case Status::met: return "met";
    case Status::not_met: return "not_met";
    case Status::unknown: return "unknown";
    case Status::not_applicable: return "not_applicable";
  }
  return "unknown";
}

std::optional<Status> parse_status(std::string_view text) {
  if (text == "met") return Status::met;
  if (text == "not_met") return Status::not_met;
  if (text == "unknown") return Status::unknown;
  if (text == "not_applicable") return Status::not_applicable;
  return std::nullopt;
}

Status combine(std::initializer_list<Status> statuses) {
  bool any_unknown = false, any_met = false;
  for (Status s : statuses) {
    if (s == Status::not_met) return Status::not_met;
    if (s == Status::unknown) any_unknown = true;
    if (s == Status::met) any_met = true;
  }
  if (any_unknown) return Status::unknown;
  return any_met ? Status::met : Status::not_applicable;
}

Status combine(const std::vector<Check>& children) {
  bool any_unknown = false, any_met = false;
  for (const auto& c : children) {
    if (c.status == Status::not_met) return Status::not_met;
    if (c.status == Status::unknown) any_unknown = true;
    if (c.status == Status::met) any_met = true;
  }
  if (any_unknown) return Status::unknown;
  return any_met ? Status::met : Status::not_applicable;
}

void close_parent(Check& parent) {
  parent.status = combine(parent.children);
  for (const auto& c : parent.children)
    for (const auto& q : c.open_questions)
      if (std::find(parent.open_questions.begin(), parent.open_questions.end(), q) == parent.open_questions.end())
        parent.open_questions.push_back(q);
}

std::optional<Confidence> Check::confidence() const {
  std::optional<Confidence> out;
  for (const auto& s : sources) out = out ? weakest(*out, s.confidence) : s.confidence;
  for (const auto& c : children)
    if (c.status != Status::not_applicable)
      if (auto cc = c.confidence()) out = out ? weakest(*out, *cc) : *cc;
  return out;
}

const Check* find_check(const std::vector<Check>& checks, const std::string& id) {
  for (const auto& c : checks) {
    if (c.id == id) return &c;
    if (const auto* found = find_check(c.children, id)) return found;
  }
  return nullptr;
}

std::string check_message_key(const std::string& id) {
  std::string out = "check.";
  bool in_index = false;
  for (char c : id) {
    if (c == '[') in_index = true;
    else if (c == ']') in_index = false;
    else if (!in_index) out += c;
  }
  return out;
}

void to_json(nlohmann::json& j, const Check& c) {
  j = nlohmann::json{{"id", c.id},
                     {"status", to_string(c.status)},
                     {"explanation", c.explanation},
                     {"sources", c.sources},
                     {"open_questions", c.open_questions},
                     {"answers", c.answers},
                     {"children", nlohmann::json::array()}};
  if (auto conf = c.confidence()) j["confidence"] = to_string(*conf);
  if (!c.notes.empty()) j["notes"] = c.notes;
  for (const auto& child : c.children) j["children"].push_back(child);
}

}  // namespace lde
