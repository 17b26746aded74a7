// The Werkgever questions: organisation, local services (add/remove), quality and registration. Every
// question has a "(?)" help marker whose tooltip gives the rule's sources and confidence on the
// assessment date. Edits go to a draft that is validated like a loaded file: a refused edit shows the
// path-named error and changes nothing.
#pragma once

#include <string>
#include <unordered_map>

#include "app.hpp"

namespace lde::ui {

struct EmployerForm {
  std::string jump_to;          // widget id of a question to scroll to on the next frame
  std::string highlight;        // widget id highlighted after a jump
  double highlight_until = 0;   // ImGui time
  std::string error;            // last refused edit, path-named ("organisation.target_group_fte.2022: ...")
  std::unordered_map<std::string, std::string> labels;  // widget id -> question label, for the open-question list
};

EmployerForm& employer_form();

// Draws every employer question (in a parent that is at least a few hundred pixels wide).
void draw_employer_questions(AppState& s, EmployerForm& f);

// The question (widget id) an unanswered input path belongs to:
// "organisation.legal_form" -> "employer.legal_form", "organisation.target_group_fte.2022" ->
// "employer.fte.2022", "services[1].nature" -> "employer.services[1].nature", "services" -> "employer.services.add".
std::string question_id(const std::string& input_path);

// The assessment date row: a dd/mm/yyyy field, one day back or forward, and today.
void draw_assessment_date(AppState& s, EmployerForm& f);

}  // namespace lde::ui
