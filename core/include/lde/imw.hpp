// Individueel maatwerk (IMW): the premium formulas, exposed for tests and the browser's what-if view.
// Every amount comes from a dated parameter in assets/rules/imw.json and assets/rules/ggmmi.json.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lde/report.hpp"
#include "lde/rules.hpp"

namespace lde {

// What the quarterly schedule needs, resolved from a worker's answers.
struct ImwPlan {
  Date decision_date;                  // the department's decision; the term starts in its quarter
  std::string term_kind = "five_year";  // "two_year" | "five_year" (keys of imw.term.quarters)
  std::optional<std::string> package;   // start package; its percentages apply per period
  std::optional<int> vdab_percent;      // a percentage set by VDAB; replaces the package percentages
  double monthly_reference_wage = 0.0;  // gross wage + employer contributions - reductions, per month
  double work_fraction = 1.0;
  bool guidance = false;                // a guidance premium was granted
  std::string guidance_need = "none";   // none | low | medium | high (variable part)
};

// The term ("two_year" | "five_year") of a start package.
std::string term_kind_of_package(const std::string& package);
// Number of quarters of a term (imw.term.quarters).
int term_quarters(const RuleBook& rules, const std::string& term_kind, const Date& on);

// VDAB "referteloon": the monthly cap is 2 x GGMMI pro rata the work fraction, with the GGMMI in force on
// `month_first` (imw.reference_wage.ggmmi_in_quarter: first day of each month). Rounded to cents.
double reference_wage_cap_month(const RuleBook& rules, const Date& month_first, double work_fraction);
// The capped reference wage of a quarter: per month min(wage, cap), summed over the quarter's 3 months.
double capped_reference_wage_quarter(const RuleBook& rules, const Quarter& q, double monthly_wage, double work_fraction);
// The start-package percentage in a 1-based term quarter, with the break points in force on `on`.
int start_package_percent(const RuleBook& rules, const std::string& package, int term_quarter, const Date& on);
// Guidance premium of a 1-based term quarter: fixed part (first quarters higher) + variable part by need.
double guidance_premium_quarter(const RuleBook& rules, int term_quarter, const std::string& need, const Date& on);
// One row per quarter from the decision quarter to the end of the term.
std::vector<ImwScheduleRow> imw_schedule(const RuleBook& rules, const ImwPlan& plan);

// Yearly totals and the LDE comparison (WorkerReport.extra) as report text; "" when there are none.
enum class ImwFormat { text, markdown, html };
std::string render_imw_extras(const WorkerReport& w, const Context& ctx, ImwFormat format);

}  // namespace lde
