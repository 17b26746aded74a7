// Parts of the Individueel maatwerk tab: the questions (employer, worker, premium inputs, what-if
// sliders) and the results (totals, bar chart, schedule table, LDE comparison). Every edit goes to the
// assessment through set_assessment, so report() always matches what the tab shows.
#pragma once

#include <cstddef>

#include "app.hpp"

namespace lde::ui {

void draw_imw_employer_inputs(AppState& s);
void draw_imw_worker_inputs(AppState& s, std::size_t worker);
void draw_imw_what_if(AppState& s, std::size_t worker);

void draw_imw_totals(AppState& s, const WorkerReport& w);
void draw_imw_chart(AppState& s, const WorkerReport& w);
void draw_imw_schedule_table(AppState& s, const WorkerReport& w);
void draw_imw_comparison(AppState& s, const WorkerReport& w);

}  // namespace lde::ui
