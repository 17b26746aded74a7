// The edit form of one worker: every worker field of the lde-assessment/1 contract except the IMW
// block (the IMW tab edits that), plus the employer's 2023 transition option that decides the worker's
// 2023 verdict. Edits go to a draft that is validated like a loaded file; a refused edit shows the
// path-named error and changes nothing.
#pragma once

#include <string>

#include "app.hpp"

namespace lde::ui {

// Draws the form for s.assessment.workers[index]; returns the validation error of the last refused edit
// in `error` (cleared after an accepted one).
void draw_worker_form(AppState& s, std::size_t index, std::string& error);

// Parses what a user types as a date: dd/mm/yyyy (also d/m/yyyy) or yyyy-mm-dd.
std::optional<Date> parse_user_date(const std::string& text);

}  // namespace lde::ui
