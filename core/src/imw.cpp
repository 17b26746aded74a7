// Individueel maatwerk (IMW): employer and worker eligibility (imw.employer.*, imw.worker.*), the
// wage and guidance premiums (imw.wage_premium, imw.guidance_premium), the quarterly schedule, yearly
// totals and the comparison with the LDE temporary compensation (rules-reference §6, §9.1-9.2).
//
// Scope: the employer checks appear when organisation.employer_kind or in_difficulty is answered or
// any worker has an `imw` object; the worker checks only for workers with an `imw` object.
//
// [SECTION] Formulas (premium amounts, the schedule)
// [SECTION] Helpers (check construction, messages)
// [SECTION] Employer checks
// [SECTION] Worker checks
// [SECTION] Premium checks
// [SECTION] Totals and the LDE comparison
// [SECTION] Entry point
#include "lde/imw.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "lde/evaluate.hpp"

namespace lde {

// ---------------------------------------------------------------------------------------------------
// [SECTION] Formulas (premium amounts, the schedule)
// ---------------------------------------------------------------------------------------------------

namespace {

double cents(double amount) { return std::round(amount * 100.0) / 100.0; }

double ggmmi_on(const RuleBook& rules, const Date& on) {
  const auto& v = rules.at("ggmmi.monthly", on);
  if (!v.value.is_number()) throw RuleError("ggmmi.monthly: no amount encoded on " + to_iso(on));
  return v.value.get<double>();
}

Date month_first(const Quarter& q, int month_index) {
  const Date first = first_day(q);
  return add_months(first, month_index);
}

}  // namespace

std::string term_kind_of_package(const std::string& package) { return package == "two_year" ? "two_year" : "five_year"; }

// Decree 14/01/2022; DWSE: 2 years (not renewable) or 5 years (renewable), counted in quarters.
int term_quarters(const RuleBook& rules, const std::string& term_kind, const Date& on) {
  return rules.at("imw.term.quarters", on).value.at(term_kind).get<int>();
}

// VDAB referteloon: cap = 2 x GGMMI (cao nr. 43, art. 3) x work fraction.
double reference_wage_cap_month(const RuleBook& rules, const Date& month_first_day, double work_fraction) {
  const double multiple = rules.number("imw.reference_wage.cap_ggmmi_multiple", month_first_day);
  return cents(multiple * ggmmi_on(rules, month_first_day) * work_fraction);
}

// BVR 15/07/2022 art. 21: the quarter's reference wage; the monthly cap rule is this tool's documented choice.
double capped_reference_wage_quarter(const RuleBook& rules, const Quarter& q, double monthly_wage, double work_fraction) {
  double total = 0.0;
  for (int m = 0; m < 3; ++m)
    total += std::min(cents(monthly_wage), reference_wage_cap_month(rules, month_first(q, m), work_fraction));
  return cents(total);
}

// Start packages (herwin table; break points imw.start_package.period_quarters, 5/3/12 by default).
int start_package_percent(const RuleBook& rules, const std::string& package, int term_quarter, const Date& on) {
  const auto percentages = rules.at("imw.start_package.percentages", on).value.at(package);
  const auto periods = rules.at("imw.start_package.period_quarters", on).value;
  std::size_t period = 0;
  int end_of_period = 0;
  for (; period < periods.size(); ++period) {
    end_of_period += periods[period].get<int>();
    if (term_quarter <= end_of_period) break;
  }
  period = std::min(period, percentages.size() - 1);
  return percentages[period].get<int>();
}

// Guidance premium (herwin): fixed part per quarter (higher in the first quarters) + variable part by need.
double guidance_premium_quarter(const RuleBook& rules, int term_quarter, const std::string& need, const Date& on) {
  const auto fixed = rules.at("imw.guidance.fixed_per_quarter", on).value;
  const auto variable = rules.at("imw.guidance.variable_per_quarter", on).value;
  const double fixed_part =
      term_quarter <= fixed.at("first_quarters").get<int>() ? fixed.at("initial").get<double>() : fixed.at("after").get<double>();
  return cents(fixed_part + variable.at(need).get<double>());
}

std::vector<ImwScheduleRow> imw_schedule(const RuleBook& rules, const ImwPlan& plan) {
  std::vector<ImwScheduleRow> rows;
  const Date on = plan.decision_date;
  const Quarter first = quarter_of(on);
  const int quarters = term_quarters(rules, plan.term_kind, on);
  for (int i = 0; i < quarters; ++i) {
    ImwScheduleRow row;
    row.quarter = add_quarters(first, i);
    row.term_quarter = i + 1;
    row.wage_premium_percent =
        plan.vdab_percent ? *plan.vdab_percent : start_package_percent(rules, *plan.package, row.term_quarter, on);
    row.capped_reference_wage = capped_reference_wage_quarter(rules, row.quarter, plan.monthly_reference_wage, plan.work_fraction);
    row.wage_premium_amount = cents(row.capped_reference_wage * row.wage_premium_percent / 100.0);
    row.guidance_premium_amount = plan.guidance ? guidance_premium_quarter(rules, row.term_quarter, plan.guidance_need, on) : 0.0;
    rows.push_back(row);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------
// [SECTION] Helpers (check construction, messages)
// ---------------------------------------------------------------------------------------------------

namespace {

std::string worker_path(std::size_t i) { return "workers[" + std::to_string(i) + "]"; }

void add_sources(Check& c, const Context& ctx, const std::string& param, const Date& on) {
  for (const auto& s : ctx.sources(param, on))
    if (std::find(c.sources.begin(), c.sources.end(), s) == c.sources.end()) c.sources.push_back(s);
}

std::string note_of(const Context& ctx, const std::string& param, const Date& on) {
  const auto* v = ctx.rules.version_on(param, on);
  if (!v) return "";
  const auto it = v->note.find(to_string(ctx.language));
  return it == v->note.end() ? "" : it->second;
}

Check unanswered(const std::string& id, const std::string& path, const Context& ctx) {
  Check c;
  c.id = id;
  c.status = Status::unknown;
  c.open_questions.push_back(path);
  c.explanation = ctx.text("imw.unanswered", {{"question", ctx.text("imw.question." + path.substr(path.rfind('.') + 1))}});
  return c;
}

std::string money(double v, const Context& ctx) { return format_money(v, ctx.language); }
std::string percent(int p, const Context& ctx) { return format_percent(p, ctx.language); }
std::string hours(double h, const Context& ctx) {
  return format_number(h, std::fabs(h - std::round(h)) < 1e-9 ? 0 : 2, ctx.language);
}
std::string title(const Context& ctx, const std::string& id) { return ctx.text(check_message_key(id) + ".title"); }

bool contains(const nlohmann::json& list, const std::string& value) {
  return std::any_of(list.begin(), list.end(), [&](const auto& v) { return v.template get<std::string>() == value; });
}

// The other readings of a parameter with alternatives ("5/4/11" when 5/3/12 is used, and back).
std::vector<nlohmann::json> other_readings(const RuleBook& rules, const std::string& param, const Date& on) {
  std::vector<nlohmann::json> out;
  const auto& used = rules.at(param, on).value;
  const ParameterVersion* original = nullptr;
  for (const auto& version : rules.parameter(param).versions)
    if (version.from <= on) original = &version;
  if (!original) return out;
  if (original->value != used) out.push_back(original->value);
  for (const auto& alt : original->alternatives)
    if (alt.value != used) out.push_back(alt.value);
  return out;
}

std::string break_points_text(const nlohmann::json& periods) {
  std::string s;
  for (const auto& p : periods) s += (s.empty() ? "" : "/") + std::to_string(p.get<int>());
  return s;
}

}  // namespace

// ---------------------------------------------------------------------------------------------------
// [SECTION] Employer checks
// ---------------------------------------------------------------------------------------------------

namespace {

// Decree 14/01/2022; sodalis/besox lists: private employers, schools and local authorities only.
Check employer_kind_check(const Organisation& org, const Date& on, const Context& ctx) {
  const std::string id = "imw.employer.kind";
  if (!org.employer_kind) {
    Check c = unanswered(id, "organisation.employer_kind", ctx);
    add_sources(c, ctx, "imw.employer.eligible_kinds", on);
    return c;
  }
  Check c;
  c.id = id;
  add_sources(c, ctx, "imw.employer.eligible_kinds", on);
  c.answers["organisation.employer_kind"] = *org.employer_kind;
  const bool eligible = contains(ctx.rules.at("imw.employer.eligible_kinds", on).value, *org.employer_kind);
  const std::string kind = ctx.text("imw.employer_kind." + *org.employer_kind);
  c.status = eligible ? Status::met : Status::not_met;
  c.explanation = ctx.text(eligible ? "imw.employer.kind.met" : "imw.employer.kind.not_met", {{"kind", kind}});
  if (*org.employer_kind == "foreign_employer") {
    add_sources(c, ctx, "imw.employer.foreign_requires_worker_in_flanders", on);
    c.notes.push_back(ctx.text("imw.employer.kind.foreign_note"));
  }
  return c;
}

// Not eligible: enterprises in difficulty (sodalis, besox).
Check not_in_difficulty_check(const Organisation& org, const Date& on, const Context& ctx) {
  const std::string id = "imw.employer.not_in_difficulty";
  Check c = org.in_difficulty ? Check{} : unanswered(id, "organisation.in_difficulty", ctx);
  c.id = id;
  add_sources(c, ctx, "imw.employer.in_difficulty_excluded", on);
  if (!org.in_difficulty) return c;
  c.answers["organisation.in_difficulty"] = *org.in_difficulty;
  c.status = *org.in_difficulty ? Status::not_met : Status::met;
  c.explanation = ctx.text(*org.in_difficulty ? "imw.employer.in_difficulty.not_met" : "imw.employer.in_difficulty.met");
  return c;
}

Check employer_check(const Organisation& org, const Date& on, const Context& ctx) {
  Check c;
  c.id = "imw.employer";
  c.children.push_back(employer_kind_check(org, on, ctx));
  c.children.push_back(not_in_difficulty_check(org, on, ctx));
  close_parent(c);
  c.explanation = ctx.text("imw.employer." + to_string(c.status));
  return c;
}

}  // namespace

// ---------------------------------------------------------------------------------------------------
// [SECTION] Worker checks
// ---------------------------------------------------------------------------------------------------

namespace {

// An employment contract of at least 24 hours at the time of the application (sodalis, liberform).
Check contract_check(const WorkerImw& m, const std::string& path, const Date& on, const Context& ctx) {
  const std::string id = "imw.worker.contract";
  Check c = m.contract_hours ? Check{} : unanswered(id, path + ".imw.contract_hours", ctx);
  c.id = id;
  add_sources(c, ctx, "imw.worker.contract_required", on);
  add_sources(c, ctx, "imw.worker.min_contract_hours", on);
  add_sources(c, ctx, "imw.worker.min_contract_hours_inclusive", on);
  if (!m.contract_hours) return c;
  const double h = *m.contract_hours;
  const double min = ctx.rules.number("imw.worker.min_contract_hours", on);
  const bool inclusive = ctx.rules.flag("imw.worker.min_contract_hours_inclusive", on);
  c.answers[path + ".imw.contract_hours"] = h;
  const bool met = inclusive ? h >= min : h > min;
  c.status = met ? Status::met : Status::not_met;
  const Args args{{"hours", hours(h, ctx)}, {"min", hours(min, ctx)}};
  if (h <= 0)
    c.explanation = ctx.text("imw.worker.contract.none");
  else if (std::fabs(h - min) < 1e-9)
    c.explanation = ctx.text(inclusive ? "imw.worker.contract.exactly_met" : "imw.worker.contract.exactly_not_met", args);
  else
    c.explanation = ctx.text(met ? "imw.worker.contract.met" : "imw.worker.contract.not_met", args);
  if (std::fabs(h - min) < 1e-9) c.notes.push_back(note_of(ctx, "imw.worker.min_contract_hours_inclusive", on));
  return c;
}

// A work limitation recognised by VDAB (decree art. 32 indication; DWSE).
Check work_limitation_check(const WorkerImw& m, const std::string& path, const Date& on, const Context& ctx) {
  const std::string id = "imw.worker.work_limitation";
  Check c = m.work_limitation_recognised ? Check{} : unanswered(id, path + ".imw.work_limitation_recognised", ctx);
  c.id = id;
  add_sources(c, ctx, "imw.worker.work_limitation_required", on);
  if (!m.work_limitation_recognised) return c;
  c.answers[path + ".imw.work_limitation_recognised"] = *m.work_limitation_recognised;
  c.status = *m.work_limitation_recognised ? Status::met : Status::not_met;
  c.explanation = ctx.text(*m.work_limitation_recognised ? "imw.worker.work_limitation.met" : "imw.worker.work_limitation.not_met");
  return c;
}

// Main residence in the Flemish Region, or in another EU/EEA state while working in the Flemish Region;
// a foreign employer only for a worker living in Flanders (securex, liberform, sodalis).
Check residence_check(const WorkerImw& m, const Organisation& org, const std::string& path, const Date& on,
                      const Context& ctx) {
  const std::string id = "imw.worker.residence";
  Check c = m.residence ? Check{} : unanswered(id, path + ".imw.residence", ctx);
  c.id = id;
  add_sources(c, ctx, "imw.worker.eligible_residences", on);
  if (!m.residence) return c;
  const std::string& residence = *m.residence;
  c.answers[path + ".imw.residence"] = residence;
  const Args args{{"residence", ctx.text("imw.residence_name." + residence)}};
  if (org.employer_kind == "foreign_employer" && residence != "flanders") {
    add_sources(c, ctx, "imw.employer.foreign_requires_worker_in_flanders", on);
    c.status = Status::not_met;
    c.explanation = ctx.text("imw.worker.residence.foreign_employer", args);
    return c;
  }
  if (!contains(ctx.rules.at("imw.worker.eligible_residences", on).value, residence)) {
    c.status = Status::not_met;
    c.explanation = ctx.text("imw.worker.residence.not_met", args);
    if (residence == "brussels" || residence == "wallonia") c.notes.push_back(ctx.text("imw.worker.residence.literal_note"));
    return c;
  }
  if (residence == "flanders") {
    c.status = Status::met;
    c.explanation = ctx.text("imw.worker.residence.flanders");
    return c;
  }
  if (!m.works_in_flanders) {
    c.status = Status::unknown;
    c.open_questions.push_back(path + ".imw.works_in_flanders");
    c.explanation = ctx.text("imw.worker.residence.works_unknown", args);
    return c;
  }
  c.answers[path + ".imw.works_in_flanders"] = *m.works_in_flanders;
  c.status = *m.works_in_flanders ? Status::met : Status::not_met;
  c.explanation = ctx.text(*m.works_in_flanders ? "imw.worker.residence.eu_met" : "imw.worker.residence.eu_not_met", args);
  return c;
}

Check worker_check(const Worker& w, const Organisation& org, const std::string& path, const Date& on, const Context& ctx) {
  const WorkerImw& m = *w.imw;
  Check c;
  c.id = "imw.worker";
  c.children.push_back(contract_check(m, path, on, ctx));
  c.children.push_back(work_limitation_check(m, path, on, ctx));
  c.children.push_back(residence_check(m, org, path, on, ctx));
  close_parent(c);
  c.explanation = ctx.text("imw.worker." + to_string(c.status));
  return c;
}

}  // namespace

// ---------------------------------------------------------------------------------------------------
// [SECTION] Premium checks
// ---------------------------------------------------------------------------------------------------

namespace {

// The eligibility the premiums rest on: titles of the failing conditions, for the explanation.
struct Eligibility {
  Status status = Status::met;
  std::vector<std::string> failed;  // titles of not_met conditions
  std::vector<std::string> open;    // open questions
};

void collect_failed(const Check& c, const Context& ctx, std::vector<std::string>& out) {
  if (c.status != Status::not_met) return;
  if (c.children.empty()) {
    out.push_back(title(ctx, c.id));
    return;
  }
  for (const auto& child : c.children) collect_failed(child, ctx, out);
}

Eligibility eligibility_of(const std::vector<const Check*>& checks, const Context& ctx) {
  Eligibility e;
  std::vector<Status> statuses;
  for (const Check* c : checks) {
    if (!c) continue;
    statuses.push_back(c->status);
    collect_failed(*c, ctx, e.failed);
    for (const auto& q : c->open_questions) e.open.push_back(q);
  }
  e.status = Status::met;
  for (Status s : statuses)
    if (s == Status::not_met || (s == Status::unknown && e.status != Status::not_met)) e.status = s;
  return e;
}

std::string joined(const std::vector<std::string>& items) {
  std::string s;
  for (const auto& i : items) s += (s.empty() ? "" : ", ") + i;
  return s;
}

// The resolved plan, or the input paths still missing.
struct PlanResult {
  std::optional<ImwPlan> plan;
  std::vector<std::string> missing;
  bool before_imw = false;
  bool term_assumed = false;
};

PlanResult resolve_plan(const Worker& w, const std::string& path, const Context& ctx, bool need_guidance) {
  const WorkerImw& m = *w.imw;
  PlanResult r;
  if (!m.decision_date) r.missing.push_back(path + ".imw.decision_date");
  if (!m.wage_premium_percent && !m.package) r.missing.push_back(path + ".imw.wage_premium_percent");
  if (!m.monthly_reference_wage) r.missing.push_back(path + ".imw.monthly_reference_wage");
  if (!w.work_fraction) r.missing.push_back(path + ".work_fraction");
  if (need_guidance) {
    if (!m.support_need) r.missing.push_back(path + ".imw.support_need");
    else if (*m.support_need == "wage_and_guidance" && !m.guidance_need) r.missing.push_back(path + ".imw.guidance_need");
  }
  if (m.decision_date && *m.decision_date < ctx.rules.date("transition.imw_start", *m.decision_date)) r.before_imw = true;
  if (!r.missing.empty() || r.before_imw) return r;
  ImwPlan p;
  p.decision_date = *m.decision_date;
  p.package = m.package;
  p.vdab_percent = m.wage_premium_percent;
  p.term_kind = m.package ? term_kind_of_package(*m.package) : "five_year";
  r.term_assumed = !m.package;
  p.monthly_reference_wage = *m.monthly_reference_wage;
  p.work_fraction = *w.work_fraction;
  p.guidance = m.support_need == "wage_and_guidance";
  p.guidance_need = m.guidance_need.value_or("none");
  r.plan = p;
  return r;
}

void apply_eligibility(Check& c, const Eligibility& e, const Context& ctx) {
  if (e.status == Status::not_met) {
    c.status = Status::not_met;
    c.explanation = ctx.text("imw.premium.not_eligible", {{"conditions", joined(e.failed)}});
  } else if (e.status == Status::unknown && c.status == Status::met) {
    c.status = Status::unknown;
    c.notes.insert(c.notes.begin(), ctx.text("imw.premium.if_eligible"));
  }
  for (const auto& q : e.open)
    if (std::find(c.open_questions.begin(), c.open_questions.end(), q) == c.open_questions.end()) c.open_questions.push_back(q);
}

Check wage_premium_check(const Worker& w, const std::string& path, const PlanResult& pr,
                         const std::vector<ImwScheduleRow>& rows, const Eligibility& e, const Date& on, const Context& ctx) {
  const WorkerImw& m = *w.imw;
  Check c;
  c.id = "imw.wage_premium";
  const Date at = m.decision_date.value_or(on);
  add_sources(c, ctx, "imw.wage_premium.percent_range", at);
  add_sources(c, ctx, "imw.term.quarters", at);
  add_sources(c, ctx, "imw.term.starts_in_decision_quarter", at);
  add_sources(c, ctx, "imw.reference_wage.cap_ggmmi_multiple", at);
  if (m.decision_date) c.answers[path + ".imw.decision_date"] = to_iso(*m.decision_date);
  if (m.package) c.answers[path + ".imw.package"] = *m.package;
  if (m.wage_premium_percent) c.answers[path + ".imw.wage_premium_percent"] = *m.wage_premium_percent;
  if (m.monthly_reference_wage) c.answers[path + ".imw.monthly_reference_wage"] = *m.monthly_reference_wage;
  if (w.work_fraction) c.answers[path + ".work_fraction"] = *w.work_fraction;
  if (pr.before_imw) {
    add_sources(c, ctx, "transition.imw_start", at);
    c.status = Status::not_met;
    c.explanation = ctx.text("imw.wage_premium.before_imw", {{"date", to_display(*m.decision_date)},
                                                             {"start", to_display(ctx.rules.date("transition.imw_start", at))}});
    return c;
  }
  if (rows.empty()) {
    c.status = Status::unknown;
    c.open_questions = pr.missing;
    c.explanation = ctx.text("imw.wage_premium.unknown");
    apply_eligibility(c, e, ctx);
    return c;
  }
  const ImwPlan& p = *pr.plan;
  double total = 0.0;
  for (const auto& r : rows) total += r.wage_premium_amount;
  const Args args{{"percent", percent(rows.front().wage_premium_percent, ctx)},
                  {"capped", money(rows.front().capped_reference_wage, ctx)},
                  {"amount", money(rows.front().wage_premium_amount, ctx)},
                  {"first", to_string(rows.front().quarter)},
                  {"last", to_string(rows.back().quarter)},
                  {"total", money(total, ctx)},
                  {"package", p.package ? ctx.text("imw.package_name." + *p.package) : ""}};
  c.status = Status::met;
  c.explanation = ctx.text(p.vdab_percent ? "imw.wage_premium.met_vdab" : "imw.wage_premium.met_package", args);
  if (!p.vdab_percent) {
    add_sources(c, ctx, "imw.start_package.percentages", at);
    add_sources(c, ctx, "imw.start_package.period_quarters", at);
    const auto used = ctx.rules.at("imw.start_package.period_quarters", at).value;
    std::string others;
    for (const auto& o : other_readings(ctx.rules, "imw.start_package.period_quarters", at))
      others += (others.empty() ? "" : ", ") + break_points_text(o);
    c.notes.push_back(ctx.text("imw.wage_premium.break_points_note",
                               {{"used", break_points_text(used)}, {"others", others.empty() ? "-" : others}}));
  } else if (p.package) {
    c.notes.push_back(ctx.text("imw.wage_premium.vdab_overrides_package"));
  }
  // The cap: where it bites, and the GGMMI versions it used.
  std::set<std::string> months_capped;
  bool low_ggmmi = false;
  for (const auto& r : rows)
    for (int i = 0; i < 3; ++i) {
      const Date d = add_months(first_day(r.quarter), i);
      add_sources(c, ctx, "ggmmi.monthly", d);
      const auto& v = ctx.rules.at("ggmmi.monthly", d);
      if (v.confidence() == Confidence::low || v.confidence() == Confidence::low_medium) low_ggmmi = true;
      if (p.monthly_reference_wage > reference_wage_cap_month(ctx.rules, d, p.work_fraction)) months_capped.insert(to_string(r.quarter));
    }
  add_sources(c, ctx, "imw.reference_wage.ggmmi_in_quarter", at);
  const Date first_month = first_day(rows.front().quarter);
  const Args cap_args{{"wage", money(p.monthly_reference_wage, ctx)},
                      {"cap", money(reference_wage_cap_month(ctx.rules, first_month, p.work_fraction), ctx)},
                      {"fraction", format_percent(p.work_fraction * 100.0, ctx.language)},
                      {"quarter", to_string(rows.front().quarter)},
                      {"count", std::to_string(months_capped.size())}};
  c.notes.push_back(ctx.text(months_capped.empty() ? "imw.wage_premium.cap_not_reached" : "imw.wage_premium.cap_reached", cap_args));
  c.notes.push_back(note_of(ctx, "imw.reference_wage.ggmmi_in_quarter", at));
  if (low_ggmmi) c.notes.push_back(ctx.text("imw.wage_premium.ggmmi_low_note"));
  if (pr.term_assumed) c.notes.push_back(ctx.text("imw.wage_premium.term_assumed"));
  // Term end and renewal (VDAB, DWSE): 2 years not renewable; 5 years renewable, window disputed.
  if (p.term_kind == "two_year") {
    add_sources(c, ctx, "imw.term.renewable", at);
    c.notes.push_back(ctx.text("imw.wage_premium.two_year_end", {{"last", to_string(rows.back().quarter)}}));
  } else {
    add_sources(c, ctx, "imw.term.renewal_window", at);
    const std::string window = ctx.rules.at("imw.term.renewal_window", at).value.get<std::string>();
    std::string other;
    for (const auto& o : other_readings(ctx.rules, "imw.term.renewal_window", at))
      other += (other.empty() ? "" : ", ") + ctx.text("imw.renewal_window." + o.get<std::string>());
    c.notes.push_back(ctx.text("imw.wage_premium.renewal_note",
                               {{"window", ctx.text("imw.renewal_window." + window)}, {"other", other.empty() ? "-" : other}}));
  }
  apply_eligibility(c, e, ctx);
  return c;
}

Check guidance_premium_check(const Worker& w, const std::string& path, const PlanResult& pr, const Eligibility& e,
                             const Date& on, const Context& ctx) {
  const WorkerImw& m = *w.imw;
  Check c;
  c.id = "imw.guidance_premium";
  const Date at = m.decision_date.value_or(on);
  add_sources(c, ctx, "imw.guidance.fixed_per_quarter", at);
  add_sources(c, ctx, "imw.guidance.variable_per_quarter", at);
  if (!m.support_need) {
    c.status = Status::unknown;
    c.open_questions.push_back(path + ".imw.support_need");
    c.explanation = ctx.text("imw.unanswered", {{"question", ctx.text("imw.question.support_need")}});
    apply_eligibility(c, e, ctx);
    return c;
  }
  c.answers[path + ".imw.support_need"] = *m.support_need;
  if (*m.support_need == "wage") {
    c.status = Status::not_applicable;
    c.explanation = ctx.text("imw.guidance_premium.wage_only");
    return c;
  }
  if (!m.guidance_need) {
    c.status = Status::unknown;
    c.open_questions.push_back(path + ".imw.guidance_need");
    c.explanation = ctx.text("imw.unanswered", {{"question", ctx.text("imw.question.guidance_need")}});
    apply_eligibility(c, e, ctx);
    return c;
  }
  c.answers[path + ".imw.guidance_need"] = *m.guidance_need;
  const auto fixed = ctx.rules.at("imw.guidance.fixed_per_quarter", at).value;
  const double variable = ctx.rules.at("imw.guidance.variable_per_quarter", at).value.at(*m.guidance_need).get<double>();
  const Args args{{"need", ctx.text("imw.guidance_need_name." + *m.guidance_need)},
                  {"first_quarters", std::to_string(fixed.at("first_quarters").get<int>())},
                  {"initial", money(fixed.at("initial").get<double>(), ctx)},
                  {"after", money(fixed.at("after").get<double>(), ctx)},
                  {"variable", money(variable, ctx)}};
  c.explanation = ctx.text("imw.guidance_premium.amounts", args);
  c.notes.push_back(note_of(ctx, "imw.guidance.fixed_per_quarter", at));
  if (pr.before_imw) {
    c.status = Status::not_met;
    c.explanation = ctx.text("imw.wage_premium.before_imw", {{"date", to_display(*m.decision_date)},
                                                             {"start", to_display(ctx.rules.date("transition.imw_start", at))}});
    return c;
  }
  c.status = m.decision_date ? Status::met : Status::unknown;
  if (!m.decision_date) c.open_questions.push_back(path + ".imw.decision_date");
  apply_eligibility(c, e, ctx);
  return c;
}

}  // namespace

// ---------------------------------------------------------------------------------------------------
// [SECTION] Totals and the LDE comparison
// ---------------------------------------------------------------------------------------------------

namespace {

nlohmann::json totals_json(const std::vector<ImwScheduleRow>& rows, const RuleBook& rules, const ImwPlan& p) {
  std::map<int, std::pair<double, double>> by_year;
  double wage = 0.0, guidance = 0.0;
  for (const auto& r : rows) {
    by_year[r.quarter.year].first += r.wage_premium_amount;
    by_year[r.quarter.year].second += r.guidance_premium_amount;
    wage += r.wage_premium_amount;
    guidance += r.guidance_premium_amount;
  }
  nlohmann::json years = nlohmann::json::array();
  for (const auto& [year, sums] : by_year)
    years.push_back({{"year", year},
                     {"wage_premium", cents(sums.first)},
                     {"guidance_premium", cents(sums.second)},
                     {"total", cents(sums.first + sums.second)}});
  nlohmann::json j{{"years", years},
                   {"term", {{"wage_premium", cents(wage)}, {"guidance_premium", cents(guidance)}, {"total", cents(wage + guidance)}}},
                   {"first_quarter", to_string(rows.front().quarter)},
                   {"last_quarter", to_string(rows.back().quarter)},
                   {"term_quarters", static_cast<int>(rows.size())},
                   {"term_kind", p.term_kind},
                   {"ggmmi_in_quarter", rules.at("imw.reference_wage.ggmmi_in_quarter", p.decision_date).value}};
  // The amounts are as certain as the weakest parameter they rest on (GGMMI months, cap rule, packages, guidance).
  Confidence confidence = Confidence::high;
  const auto weaken = [&](const std::string& id, const Date& on) {
    if (const auto* v = rules.version_on(id, on)) confidence = weakest(confidence, v->confidence());
  };
  for (const auto& r : rows)
    for (int m = 0; m < 3; ++m) weaken("ggmmi.monthly", add_months(first_day(r.quarter), m));
  for (const char* id : {"imw.reference_wage.cap_ggmmi_multiple", "imw.reference_wage.ggmmi_in_quarter", "imw.term.quarters"})
    weaken(id, p.decision_date);
  if (!p.vdab_percent)
    for (const char* id : {"imw.start_package.percentages", "imw.start_package.period_quarters"}) weaken(id, p.decision_date);
  if (p.guidance)
    for (const char* id : {"imw.guidance.fixed_per_quarter", "imw.guidance.variable_per_quarter"}) weaken(id, p.decision_date);
  j["confidence"] = to_string(confidence);
  if (!p.vdab_percent) {
    j["break_points"] = rules.at("imw.start_package.period_quarters", p.decision_date).value;
    j["break_points_other_readings"] = other_readings(rules, "imw.start_package.period_quarters", p.decision_date);
  }
  return j;
}

// LDE workers employed on 30 June 2023 whose employer chose IMW keep a temporary compensation for the
// rest of their insertion trajectory; it cannot be combined with an IMW premium (rules-reference §6g).
std::optional<nlohmann::json> comparison_json(const Worker& w, const WorkerReport& wr, const Organisation& org,
                                              const Date& on, const Context& ctx) {
  const Date imw_start = ctx.rules.date("transition.imw_start", on);
  const Date employed_by = ctx.rules.date("imw.transition.lde_employed_by", on);
  const std::optional<Date> hired = w.employment_start ? w.employment_start : w.trajectory_start;
  if (!wr.trajectory.start || !hired || *hired > employed_by) return std::nullopt;
  if (wr.trajectory.end && *wr.trajectory.end < imw_start) return std::nullopt;
  const Quarter first = quarter_of(imw_start);
  Quarter last = wr.trajectory.end ? quarter_of(*wr.trajectory.end) : first;
  if (!wr.imw_schedule.empty()) last = std::max(last, wr.imw_schedule.back().quarter);
  nlohmann::json rows = nlohmann::json::array();
  int overlap = 0;
  for (Quarter q = first; q <= last; q = add_quarters(q, 1)) {
    const bool covered = !wr.trajectory.end || first_day(q) <= *wr.trajectory.end;
    const auto it = std::find_if(wr.imw_schedule.begin(), wr.imw_schedule.end(), [&](const auto& r) { return r.quarter == q; });
    nlohmann::json row{{"quarter", to_string(q)},
                       {"temporary_compensation", covered},
                       {"temporary_compensation_amount", nullptr},
                       {"imw_wage_premium", nullptr},
                       {"imw_guidance_premium", nullptr},
                       {"imw_total", nullptr},
                       {"delta", nullptr}};
    if (it != wr.imw_schedule.end()) {
      row["imw_wage_premium"] = it->wage_premium_amount;
      row["imw_guidance_premium"] = it->guidance_premium_amount;
      row["imw_total"] = cents(it->wage_premium_amount + it->guidance_premium_amount);
      if (covered) ++overlap;
    }
    if (!covered) {  // no temporary compensation in this quarter: the difference is the IMW premium itself
      row["temporary_compensation_amount"] = 0.0;
      row["delta"] = row["imw_total"];
    }
    row["overlap"] = covered && it != wr.imw_schedule.end();
    rows.push_back(row);
  }
  const bool combinable = ctx.rules.flag("imw.transition.temporary_compensation_combinable", on);
  nlohmann::json j{
      {"temporary_compensation", {{"from", to_iso(imw_start)},
                                  {"to", wr.trajectory.end ? nlohmann::json(to_iso(*wr.trajectory.end)) : nlohmann::json(nullptr)},
                                  {"amount_known", false}}},
      {"route", org.transition_option ? nlohmann::json(*org.transition_option) : nlohmann::json(nullptr)},
      {"combinable", combinable},
      {"overlap_quarters", overlap},
      {"rows", rows},
      {"sources", ctx.sources("imw.transition.temporary_compensation_combinable", on)}};
  std::vector<std::string> notes{ctx.text("imw.comparison.amounts_unknown"),
                                 note_of(ctx, "imw.transition.temporary_compensation_combinable", on)};
  if (overlap > 0) notes.push_back(ctx.text("imw.comparison.overlap", {{"count", std::to_string(overlap)}}));
  if (w.imw && w.imw->package) notes.push_back(ctx.text("imw.comparison.no_start_package"));
  if (org.transition_option == "collective_customised_work") notes.push_back(ctx.text("imw.comparison.cmw_route"));
  else if (!org.transition_option) notes.push_back(ctx.text("imw.comparison.route_unknown"));
  j["notes"] = notes;
  return j;
}

WorkerReport& report_of(Report& out, const Worker& w, std::size_t i) {
  if (i < out.workers.size() && out.workers[i].id == w.id) return out.workers[i];
  for (auto& wr : out.workers)
    if (wr.id == w.id) return wr;
  WorkerReport wr;
  wr.id = w.id;
  wr.name = w.name.value_or("");
  out.workers.push_back(std::move(wr));
  return out.workers.back();
}

}  // namespace

// ---------------------------------------------------------------------------------------------------
// [SECTION] Entry point
// ---------------------------------------------------------------------------------------------------

void evaluate_imw(const Assessment& a, const Date& on, const Context& ctx, Report& out) {
  const Organisation& org = a.organisation;
  const bool any_imw = std::any_of(a.workers.begin(), a.workers.end(), [](const Worker& w) { return w.imw.has_value(); });
  std::optional<Check> employer;
  if (org.employer_kind || org.in_difficulty || any_imw) {
    employer = employer_check(org, on, ctx);
    out.checks.push_back(*employer);
  }
  for (std::size_t i = 0; i < a.workers.size(); ++i) {
    const Worker& w = a.workers[i];
    WorkerReport& wr = report_of(out, w, i);
    if (w.imw) {
      const std::string path = worker_path(i);
      const Check worker = worker_check(w, org, path, w.imw->decision_date.value_or(on), ctx);
      const Eligibility e = eligibility_of({&worker, employer ? &*employer : nullptr}, ctx);
      const PlanResult pr = resolve_plan(w, path, ctx, true);
      if (pr.plan) wr.imw_schedule = imw_schedule(ctx.rules, *pr.plan);
      wr.checks.push_back(worker);
      wr.checks.push_back(wage_premium_check(w, path, pr, wr.imw_schedule, e, on, ctx));
      wr.checks.push_back(guidance_premium_check(w, path, pr, e, on, ctx));
      if (pr.plan) wr.extra["imw_totals"] = totals_json(wr.imw_schedule, ctx.rules, *pr.plan);
    }
    if (auto cmp = comparison_json(w, wr, org, on, ctx)) wr.extra["imw_comparison"] = *cmp;
  }
}

}  // namespace lde
