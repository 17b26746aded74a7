// Individueel maatwerk: schedule rows, amounts and caps at their boundaries, eligibility checks,
// totals and the LDE comparison (rules-reference §6, §9.1-9.2).
#include <catch2/catch.hpp>

#include <numeric>

#include "lde/evaluate.hpp"
#include "lde/imw.hpp"

using lde::Date;
using lde::ImwPlan;
using lde::Quarter;
using lde::Status;
using nlohmann::json;

namespace {

const Date kToday{2026, 11, 22};

// An assessment with one IMW worker; `imw` and `worker` are merged into a complete, eligible default.
json assessment(json imw = json::object(), json worker = json::object(), json organisation = json::object()) {
  json m = {{"work_limitation_recognised", true}, {"support_need", "wage_and_guidance"}, {"residence", "flanders"},
            {"contract_hours", 38}, {"package", "five_year"}, {"decision_date", "2023-11-15"},
            {"monthly_reference_wage", 3000.0}, {"guidance_need", "low"}};
  m.merge_patch(imw);
  json w = {{"id", "w1"}, {"work_fraction", 1.0}, {"imw", m}};
  w.merge_patch(worker);
  json org = {{"employer_kind", "private_legal_person"}, {"in_difficulty", false}};
  org.merge_patch(organisation);
  return {{"schema", "lde-assessment/1"}, {"assessment_date", "2024-01-15"}, {"organisation", org}, {"workers", {w}}};
}

lde::Report evaluate_json(const json& j, const lde::RuleBook& rules = lde::builtin_rules(), lde::Language lang = lde::Language::nl) {
  const auto parsed = lde::assessment_from_json(j);
  REQUIRE(parsed.ok());
  const lde::Context ctx{rules, lde::builtin_messages(), lang};
  return lde::evaluate(*parsed.assessment, ctx, kToday);
}

lde::Check worker_check(const lde::Report& r, const std::string& id) {
  const lde::Check* c = lde::find_check(r.workers.at(0).checks, id);
  REQUIRE(c != nullptr);
  return *c;
}

bool any_note_contains(const lde::Check& c, const std::string& text) {
  for (const auto& n : c.notes)
    if (n.find(text) != std::string::npos) return true;
  return false;
}

ImwPlan plan(const std::string& package, Date decision = {2023, 11, 15}) {
  ImwPlan p;
  p.decision_date = decision;
  p.package = package;
  p.term_kind = lde::term_kind_of_package(package);
  p.monthly_reference_wage = 3000.0;
  return p;
}

lde::RuleBook with_break_points(const json& periods) {
  lde::RuleBook book = lde::builtin_rules();
  book.set_override("imw.start_package.period_quarters", periods);
  return book;
}

}  // namespace

TEST_CASE("a 5-year premium decided on 15 November 2023 runs 20 quarters from 2023Q4 (T25)") {
  const auto rows = lde::imw_schedule(lde::builtin_rules(), plan("five_year"));
  REQUIRE(rows.size() == 20);
  CHECK(rows.front().quarter == Quarter{2023, 4});
  CHECK(rows.front().term_quarter == 1);
  CHECK(rows.back().quarter == Quarter{2028, 3});
  CHECK(rows.back().term_quarter == 20);
}

TEST_CASE("the term starts in the quarter of the decision, on the first and on the last day of a quarter") {
  CHECK(lde::imw_schedule(lde::builtin_rules(), plan("five_year", {2023, 10, 1})).front().quarter == Quarter{2023, 4});
  CHECK(lde::imw_schedule(lde::builtin_rules(), plan("five_year", {2023, 9, 30})).front().quarter == Quarter{2023, 3});
  CHECK(lde::imw_schedule(lde::builtin_rules(), plan("five_year", {2023, 12, 31})).back().quarter == Quarter{2028, 3});
}

TEST_CASE("a 2-year start package gives 20 % for 8 quarters and then stops") {
  const auto rows = lde::imw_schedule(lde::builtin_rules(), plan("two_year"));
  REQUIRE(rows.size() == 8);
  for (const auto& r : rows) CHECK(r.wage_premium_percent == 20);
  CHECK(rows.back().quarter == Quarter{2025, 3});
}

TEST_CASE("start-package percentages change after quarters 5 and 8 under the 5/3/12 reading") {
  const auto& rules = lde::builtin_rules();
  const Date on{2023, 11, 15};
  SECTION("5 years, need for a wage premium: 40/30/20 (T18, T19)") {
    CHECK(lde::start_package_percent(rules, "five_year", 3, on) == 40);
    CHECK(lde::start_package_percent(rules, "five_year", 5, on) == 40);
    CHECK(lde::start_package_percent(rules, "five_year", 6, on) == 30);
    CHECK(lde::start_package_percent(rules, "five_year", 8, on) == 30);
    CHECK(lde::start_package_percent(rules, "five_year", 9, on) == 20);
    CHECK(lde::start_package_percent(rules, "five_year", 20, on) == 20);
  }
  SECTION("increased wage premium: 55/50/40") {
    CHECK(lde::start_package_percent(rules, "five_year_increased", 5, on) == 55);
    CHECK(lde::start_package_percent(rules, "five_year_increased", 6, on) == 50);
    CHECK(lde::start_package_percent(rules, "five_year_increased", 9, on) == 40);
  }
  SECTION("collective customised work advice in a maatwerkbedrijf: 45/45/40") {
    CHECK(lde::start_package_percent(rules, "five_year_cmw_in_maatwerkbedrijf", 1, on) == 45);
    CHECK(lde::start_package_percent(rules, "five_year_cmw_in_maatwerkbedrijf", 8, on) == 45);
    CHECK(lde::start_package_percent(rules, "five_year_cmw_in_maatwerkbedrijf", 9, on) == 40);
  }
}

TEST_CASE("under the 5/4/11 reading quarter 9 still gives 30 % and quarter 10 gives 20 %") {
  const auto rules = with_break_points(json::array({5, 4, 11}));
  const Date on{2023, 11, 15};
  CHECK(lde::start_package_percent(rules, "five_year", 5, on) == 40);
  CHECK(lde::start_package_percent(rules, "five_year", 6, on) == 30);
  CHECK(lde::start_package_percent(rules, "five_year", 9, on) == 30);
  CHECK(lde::start_package_percent(rules, "five_year", 10, on) == 20);
  CHECK(lde::start_package_percent(rules, "two_year", 8, on) == 20);
}

TEST_CASE("the report says which break-point reading it used and that another exists") {
  SECTION("default reading 5/3/12") {
    const auto r = evaluate_json(assessment());
    CHECK(any_note_contains(worker_check(r, "imw.wage_premium"), "5/3/12"));
    CHECK(any_note_contains(worker_check(r, "imw.wage_premium"), "5/4/11"));
    CHECK(r.workers[0].extra["imw_totals"]["break_points"] == json::array({5, 3, 12}));
    CHECK(r.workers[0].extra["imw_totals"]["break_points_other_readings"] == json::array({json::array({5, 4, 11})}));
  }
  SECTION("switched to 5/4/11, the note names 5/3/12 as the other reading") {
    const auto rules = with_break_points(json::array({5, 4, 11}));
    const auto r = evaluate_json(assessment(), rules);
    CHECK(r.workers[0].imw_schedule[8].wage_premium_percent == 30);
    CHECK(r.workers[0].extra["imw_totals"]["break_points_other_readings"] == json::array({json::array({5, 3, 12})}));
  }
}

TEST_CASE("the monthly cap follows the GGMMI on the first day of each month") {
  const auto& rules = lde::builtin_rules();
  CHECK(lde::reference_wage_cap_month(rules, {2023, 10, 1}, 1.0) == Approx(3909.98));
  CHECK(lde::reference_wage_cap_month(rules, {2023, 11, 1}, 1.0) == Approx(3988.36));
  CHECK(lde::reference_wage_cap_month(rules, {2024, 3, 1}, 1.0) == Approx(3988.36));
  CHECK(lde::reference_wage_cap_month(rules, {2024, 4, 1}, 1.0) == Approx(4059.76));
  CHECK(lde::reference_wage_cap_month(rules, {2025, 1, 1}, 1.0) == Approx(4140.96));
  CHECK(lde::reference_wage_cap_month(rules, {2025, 2, 1}, 1.0) == Approx(4223.78));
}

TEST_CASE("a wage just under the cap is used in full, just over it is capped") {
  const auto& rules = lde::builtin_rules();
  const Quarter q{2024, 3};  // every month: 2 x 2.070,48 = 4.140,96
  CHECK(lde::capped_reference_wage_quarter(rules, q, 4140.95, 1.0) == Approx(3 * 4140.95));
  CHECK(lde::capped_reference_wage_quarter(rules, q, 4140.96, 1.0) == Approx(3 * 4140.96));
  CHECK(lde::capped_reference_wage_quarter(rules, q, 4140.97, 1.0) == Approx(3 * 4140.96));
  SECTION("in a quarter where the GGMMI changes, each month has its own cap") {
    // 2023Q4: October 3.909,98; November and December 3.988,36.
    CHECK(lde::capped_reference_wage_quarter(rules, {2023, 4}, 3950.0, 1.0) == Approx(3909.98 + 3950.0 + 3950.0));
  }
}

TEST_CASE("the cap of a part-time worker is pro rata the work fraction (T16)") {
  // 80 % in 2025Q2: 0,8 x 2 x 2.111,89 = 3.379,02 a month.
  const auto& rules = lde::builtin_rules();
  CHECK(lde::reference_wage_cap_month(rules, {2025, 4, 1}, 0.8) == Approx(3379.02));
  CHECK(lde::capped_reference_wage_quarter(rules, {2025, 2}, 3600.0, 0.8) == Approx(3 * 3379.02));
  CHECK(lde::capped_reference_wage_quarter(rules, {2025, 2}, 3379.01, 0.8) == Approx(3 * 3379.01));
}

TEST_CASE("a VDAB percentage of 20 % and of 75 % applies to the capped reference wage in every quarter") {
  for (int pct : {20, 75}) {
    const auto r = evaluate_json(assessment({{"wage_premium_percent", pct}}));
    const auto& rows = r.workers[0].imw_schedule;
    REQUIRE(rows.size() == 20);
    for (const auto& row : rows) {
      CHECK(row.wage_premium_percent == pct);
      CHECK(row.wage_premium_amount == Approx(row.capped_reference_wage * pct / 100.0).margin(0.005));
    }
    CHECK(rows[1].capped_reference_wage == Approx(9000.0));
    CHECK(rows[1].wage_premium_amount == Approx(9000.0 * pct / 100.0));
  }
}

TEST_CASE("a wage premium of 37 %, 15 % or 80 % is refused naming wage_premium_percent") {
  for (int pct : {37, 15, 80}) {
    const auto parsed = lde::assessment_from_json(assessment({{"wage_premium_percent", pct}}));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error->path == "workers[0].imw.wage_premium_percent");
  }
}

TEST_CASE("the guidance premium's fixed part drops from 1.200 to 600 after the fifth quarter") {
  const auto& rules = lde::builtin_rules();
  const Date on{2023, 11, 15};
  CHECK(lde::guidance_premium_quarter(rules, 1, "none", on) == Approx(1200));
  CHECK(lde::guidance_premium_quarter(rules, 5, "high", on) == Approx(1200 + 1280));
  CHECK(lde::guidance_premium_quarter(rules, 6, "high", on) == Approx(600 + 1280));
  CHECK(lde::guidance_premium_quarter(rules, 6, "low", on) == Approx(600 + 430));
  CHECK(lde::guidance_premium_quarter(rules, 20, "medium", on) == Approx(600 + 730));
}

TEST_CASE("a guidance premium is only paid when VDAB found a guidance need") {
  const auto r = evaluate_json(assessment({{"support_need", "wage"}}));
  CHECK(worker_check(r, "imw.guidance_premium").status == Status::not_applicable);
  for (const auto& row : r.workers[0].imw_schedule) CHECK(row.guidance_premium_amount == 0.0);
  const auto g = evaluate_json(assessment({{"guidance_need", "medium"}}));
  CHECK(worker_check(g, "imw.guidance_premium").status == Status::met);
  CHECK(g.workers[0].imw_schedule[4].guidance_premium_amount == Approx(1930));
  CHECK(g.workers[0].imw_schedule[5].guidance_premium_amount == Approx(1330));
}

TEST_CASE("a contract of exactly 24 hours counts on the best reading and the ambiguity is shown") {
  SECTION("24 hours") {
    const lde::Check c = worker_check(evaluate_json(assessment({{"contract_hours", 24}})), "imw.worker.contract");
    CHECK(c.status == Status::met);
    CHECK_FALSE(c.notes.empty());
  }
  SECTION("23,5 hours") {
    CHECK(worker_check(evaluate_json(assessment({{"contract_hours", 23.5}})), "imw.worker.contract").status == Status::not_met);
  }
  SECTION("24 hours when the reading 'longer than 24 hours' is chosen") {
    lde::RuleBook rules = lde::builtin_rules();
    rules.set_override("imw.worker.min_contract_hours_inclusive", false);
    CHECK(worker_check(evaluate_json(assessment({{"contract_hours", 24}}), rules), "imw.worker.contract").status == Status::not_met);
    CHECK(worker_check(evaluate_json(assessment({{"contract_hours", 24.5}}), rules), "imw.worker.contract").status == Status::met);
  }
  SECTION("unanswered is unknown with the exact input path") {
    const lde::Check c = worker_check(evaluate_json(assessment({{"contract_hours", nullptr}})), "imw.worker.contract");
    CHECK(c.status == Status::unknown);
    CHECK(c.open_questions == std::vector<std::string>{"workers[0].imw.contract_hours"});
  }
}

TEST_CASE("the explanation names the contract hours that decided it, in Dutch and English") {
  const auto j = assessment({{"contract_hours", 23.5}});
  CHECK_THAT(worker_check(evaluate_json(j), "imw.worker.contract").explanation, Catch::Contains("23,50 uur"));
  CHECK_THAT(worker_check(evaluate_json(j, lde::builtin_rules(), lde::Language::en), "imw.worker.contract").explanation,
             Catch::Contains("23.50 hours"));
}

TEST_CASE("residence: Flanders or another EU/EEA state while working in Flanders (T22, T23)") {
  auto status = [](json imw, json org = json::object()) {
    return worker_check(evaluate_json(assessment(imw, json::object(), org)), "imw.worker.residence").status;
  };
  CHECK(status({{"residence", "flanders"}}) == Status::met);
  CHECK(status({{"residence", "other_eu_eea"}, {"works_in_flanders", true}}) == Status::met);
  CHECK(status({{"residence", "other_eu_eea"}, {"works_in_flanders", false}}) == Status::not_met);
  CHECK(status({{"residence", "other_eu_eea"}}) == Status::unknown);
  CHECK(status({{"residence", "outside_eu_eea"}}) == Status::not_met);
  CHECK(status({{"residence", "flanders"}}, {{"employer_kind", "foreign_employer"}}) == Status::met);
  CHECK(status({{"residence", "other_eu_eea"}, {"works_in_flanders", true}}, {{"employer_kind", "foreign_employer"}}) ==
        Status::not_met);
  for (const char* region : {"brussels", "wallonia"}) {
    const lde::Check c = worker_check(evaluate_json(assessment({{"residence", region}, {"works_in_flanders", true}})),
                                 "imw.worker.residence");
    CHECK(c.status == Status::not_met);
    CHECK(c.notes.size() == 1);  // literal reading, medium confidence
  }
}

TEST_CASE("employers: private employers, schools and local authorities qualify; other public bodies do not (T20, T21)") {
  auto kind = [](const char* k) {
    const auto r = evaluate_json(assessment(json::object(), json::object(), {{"employer_kind", k}}));
    return lde::find_check(r.checks, "imw.employer.kind")->status;
  };
  for (const char* k : {"private_legal_person", "natural_person", "foreign_employer", "school", "local_authority"})
    CHECK(kind(k) == Status::met);
  CHECK(kind("other_public") == Status::not_met);
  const auto r = evaluate_json(assessment(json::object(), json::object(), {{"employer_kind", "other_public"}}));
  CHECK(worker_check(r, "imw.wage_premium").status == Status::not_met);
  CHECK_THAT(worker_check(r, "imw.wage_premium").explanation, Catch::Contains("Soort werkgever"));
}

TEST_CASE("an enterprise in difficulty does not qualify, and unanswered is unknown") {
  const auto r = evaluate_json(assessment(json::object(), json::object(), {{"in_difficulty", true}}));
  CHECK(lde::find_check(r.checks, "imw.employer.not_in_difficulty")->status == Status::not_met);
  const auto u = evaluate_json(assessment(json::object(), json::object(), {{"in_difficulty", nullptr}}));
  const auto* c = lde::find_check(u.checks, "imw.employer.not_in_difficulty");
  CHECK(c->status == Status::unknown);
  CHECK(c->open_questions == std::vector<std::string>{"organisation.in_difficulty"});
  CHECK(worker_check(u, "imw.wage_premium").status == Status::unknown);
  CHECK(u.workers[0].imw_schedule.size() == 20);
}

TEST_CASE("without IMW answers there are no IMW checks") {
  json j = {{"schema", "lde-assessment/1"}, {"assessment_date", "2024-01-15"}, {"workers", {{{"id", "w1"}}}}};
  const auto r = evaluate_json(j);
  CHECK(lde::find_check(r.checks, "imw.employer") == nullptr);
  CHECK(lde::find_check(r.workers[0].checks, "imw.worker") == nullptr);
  CHECK(r.workers[0].imw_schedule.empty());
}

TEST_CASE("a missing wage gives an unknown wage premium naming the input, never not_met") {
  const auto r = evaluate_json(assessment({{"monthly_reference_wage", nullptr}}, {{"work_fraction", nullptr}}));
  const auto& c = worker_check(r, "imw.wage_premium");
  CHECK(c.status == Status::unknown);
  CHECK(c.open_questions == std::vector<std::string>{"workers[0].imw.monthly_reference_wage", "workers[0].work_fraction"});
  CHECK(r.workers[0].imw_schedule.empty());
}

TEST_CASE("a decision before 1 July 2023 cannot be an IMW decision; on 1 July 2023 it can") {
  const auto before = evaluate_json(assessment({{"decision_date", "2023-06-30"}}));
  CHECK(worker_check(before, "imw.wage_premium").status == Status::not_met);
  CHECK(before.workers[0].imw_schedule.empty());
  const auto on = evaluate_json(assessment({{"decision_date", "2023-07-01"}}));
  CHECK(worker_check(on, "imw.wage_premium").status == Status::met);
  CHECK(on.workers[0].imw_schedule.front().quarter == Quarter{2023, 3});
}

TEST_CASE("yearly totals add up the quarters of each calendar year and of the whole term") {
  const auto r = evaluate_json(assessment());
  const auto& rows = r.workers[0].imw_schedule;
  const json totals = r.workers[0].extra["imw_totals"];
  double wage2024 = 0, all = 0;
  for (const auto& row : rows) {
    if (row.quarter.year == 2024) wage2024 += row.wage_premium_amount;
    all += row.wage_premium_amount + row.guidance_premium_amount;
  }
  CHECK(totals["years"][0]["year"] == 2023);
  CHECK(totals["years"][1]["wage_premium"].get<double>() == Approx(wage2024));
  CHECK(totals["term"]["total"].get<double>() == Approx(all));
  CHECK(totals["first_quarter"] == "2023Q4");
  CHECK(totals["last_quarter"] == "2028Q3");
  // 2023Q4: capped 9.000 at 40 % = 3.600; guidance 1.200 + 430.
  CHECK(totals["years"][0]["wage_premium"].get<double>() == Approx(3600));
  CHECK(totals["years"][0]["guidance_premium"].get<double>() == Approx(1630));
}

TEST_CASE("a former LDE worker's comparison lists the temporary-compensation quarters without inventing amounts (T13)") {
  const json j = assessment({{"package", nullptr}, {"wage_premium_percent", 40}, {"decision_date", "2024-09-02"}},
                            {{"employment_start", "2019-09-01"}, {"trajectory_start", "2019-09-01"}},
                            {{"transition_option", "imw"}});
  const auto r = evaluate_json(j);
  REQUIRE(r.workers[0].extra.contains("imw_comparison"));
  json cmp = r.workers[0].extra["imw_comparison"];
  INFO(cmp.dump());
  CHECK(cmp["temporary_compensation"]["from"] == "2023-07-01");
  CHECK(cmp["temporary_compensation"]["to"] == "2024-08-31");
  CHECK(cmp["temporary_compensation"]["amount_known"] == false);
  CHECK(cmp["combinable"] == false);
  CHECK(cmp["rows"][0]["quarter"] == "2023Q3");
  CHECK(cmp["rows"][0]["temporary_compensation"] == true);
  CHECK(cmp["rows"][0]["delta"].is_null());
  CHECK(cmp["rows"][4]["quarter"] == "2024Q3");
  CHECK(cmp["rows"][4]["temporary_compensation"] == true);
  CHECK(cmp["rows"][4]["overlap"] == true);
  CHECK(cmp["rows"][5]["temporary_compensation"] == false);
  CHECK(cmp["rows"][5]["imw_total"].get<double>() > 0);
  CHECK(cmp["overlap_quarters"] == 1);
}

TEST_CASE("a worker hired after 30 June 2023 has no LDE comparison (T14)") {
  const auto r = evaluate_json(assessment(json::object(), {{"employment_start", "2023-07-03"}, {"trajectory_start", "2023-07-03"}}));
  CHECK_FALSE(r.workers[0].extra.contains("imw_comparison"));
}

TEST_CASE("every IMW message key exists in Dutch and English") {
  const auto& m = lde::builtin_messages();
  for (const auto lang : {lde::Language::nl, lde::Language::en}) {
    const auto r = evaluate_json(assessment({{"contract_hours", 24}}, {{"employment_start", "2019-09-01"}}), lde::builtin_rules(), lang);
    const json j = r;
    CHECK(j.dump().find("\xE2\x9F\xA6") == std::string::npos);  // "⟦" marks a missing key
  }
  CHECK(m.has(lde::Language::nl, "check.imw.guidance_premium.title"));
}

TEST_CASE("text, markdown and HTML reports show the IMW totals and the LDE comparison") {
  const json j = assessment(json::object(), {{"employment_start", "2019-09-01"}}, {{"transition_option", "imw"}});
  const auto r = evaluate_json(j);
  const lde::Context ctx{lde::builtin_rules(), lde::builtin_messages(), lde::Language::nl};
  CHECK_THAT(lde::render_text(r, ctx), Catch::Contains("Totalen individueel maatwerk") && Catch::Contains("loopt (bedrag onbekend)"));
  CHECK_THAT(lde::render_markdown(r, ctx), Catch::Contains("**Totalen individueel maatwerk**"));
  CHECK_THAT(lde::render_html(r, ctx), Catch::Contains("<h3>Totalen individueel maatwerk</h3>") &&
                                           Catch::Contains("<h3>LDE (tijdelijke vergoeding) tegenover individueel maatwerk</h3>"));
}

TEST_CASE("the totals carry the confidence of the weakest parameter behind the amounts") {
  // The quarter aggregation of the GGMMI is this tool's choice (low), so every schedule is indicative.
  const auto r = evaluate_json(assessment({{"support_need", "wage"}, {"wage_premium_percent", 40}}));
  CHECK(r.workers[0].extra["imw_totals"]["confidence"] == "low");
  lde::RuleBook rules = lde::builtin_rules();
  CHECK(rules.version_on("ggmmi.monthly", {2023, 11, 1})->confidence() == lde::Confidence::medium);
  CHECK(rules.version_on("ggmmi.monthly", {2022, 5, 1})->confidence() == lde::Confidence::low);
}
