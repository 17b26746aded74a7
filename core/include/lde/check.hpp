// The verdict tree: a check per condition, four statuses, the parent-combination rule.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lde/rules.hpp"

namespace lde {

enum class Status { met, not_met, unknown, not_applicable };

std::string to_string(Status s);
std::optional<Status> parse_status(std::string_view text);

struct Check {
  std::string id;  // stable, e.g. "lde.recognition.min_fte"
  Status status = Status::unknown;
  std::string explanation;  // one sentence in the report language, naming the deciding answer
  std::vector<Source> sources;
  std::vector<std::string> open_questions;  // input paths still unanswered, e.g. "organisation.legal_form"
  nlohmann::json answers = nlohmann::json::object();  // input path -> value that was used
  std::vector<std::string> notes;  // uncertainty or conflicting readings, in the report language
  std::vector<Check> children;
  // Weakest confidence among the sources of this check and its children; nullopt without sources.
  std::optional<Confidence> confidence() const;
};

// Parent rule (design.md): not_met if any child is, else unknown if any is, else met; children that
// are not_applicable are ignored; a parent whose children are all not_applicable is not_applicable.
Status combine(const std::vector<Check>& children);
Status combine(std::initializer_list<Status> statuses);

// Sets parent.status from its children and gathers their open questions (deduplicated, in order).
void close_parent(Check& parent);

// Depth-first search by id; nullptr when absent.
const Check* find_check(const std::vector<Check>& checks, const std::string& id);

// The message-catalogue stem of a check id: indices dropped ("lde.services[2].long_term" ->
// "check.lde.services.long_term"); "<stem>.title" is the check's short name in the UI and reports.
std::string check_message_key(const std::string& id);

void to_json(nlohmann::json& j, const Check& c);

}  // namespace lde
