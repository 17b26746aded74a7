#include <catch2/catch.hpp>

#include "lde/assessment.hpp"

namespace {
std::string error_of(const std::string& text) {
  const auto r = lde::parse_assessment(text);
  REQUIRE_FALSE(r.ok());
  return r.error->to_string();
}
}  // namespace

TEST_CASE("a minimal assessment is read with everything unanswered") {
  const auto r = lde::parse_assessment(R"({"schema": "lde-assessment/1"})");
  REQUIRE(r.ok());
  CHECK_FALSE(r.assessment->organisation.legal_form);
  CHECK_FALSE(r.assessment->assessment_date);
  CHECK(r.assessment->language == lde::Language::nl);
}

TEST_CASE("null means not answered, never no") {
  const auto r = lde::parse_assessment(
      R"({"schema": "lde-assessment/1", "organisation": {"offers_insertion_trajectories": null, "other_activities": false}})");
  REQUIRE(r.ok());
  CHECK_FALSE(r.assessment->organisation.offers_insertion_trajectories.has_value());
  CHECK(r.assessment->organisation.other_activities == false);
}

TEST_CASE("a syntax error names the line and column") {
  const std::string text = "{\n  \"schema\": \"lde-assessment/1\",\n  \"language\": nl\n}";
  const auto r = lde::parse_assessment(text);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error->line == 3);
  CHECK(r.error->column == 15);
  CHECK_THAT(r.error->to_string(), Catch::StartsWith("line 3, column 15: invalid JSON"));
}

TEST_CASE("validation errors name the JSON path of the bad field") {
  CHECK(error_of(R"({"schema": "lde-assessment/2"})") ==
        "schema: \"lde-assessment/2\" is not supported (this version reads \"lde-assessment/1\")");
  CHECK_THAT(error_of(R"({})"), Catch::StartsWith("schema: is missing"));
  CHECK(error_of(R"({"schema": "lde-assessment/1", "organisaton": {}})") == "organisaton: unknown field");
  CHECK(error_of(R"({"schema": "lde-assessment/1", "organisation": {"legal_form": "bv"}})") ==
        "organisation.legal_form: \"bv\" is not one of vzw, public_law_entity, social_purpose_company, "
        "cooperative_recognised_social_enterprise, intermunicipal_partnership, company, natural_person, other");
  CHECK(error_of(R"({"schema": "lde-assessment/1", "organisation": {"target_group_fte": {"2022": -1}}})") ==
        "organisation.target_group_fte.2022: -1 must be 0 or more");
  CHECK(error_of(R"({"schema": "lde-assessment/1", "organisation": {"target_group_fte": {"22": 5}}})") ==
        "organisation.target_group_fte.22: \"22\" is not a year (1900-2200)");
  CHECK(error_of(R"({"schema": "lde-assessment/1", "organisation": {"offers_insertion_trajectories": "yes"}})") ==
        "organisation.offers_insertion_trajectories: must be true, false or null (got \"yes\")");
  CHECK(error_of(R"({"schema": "lde-assessment/1", "workers": [{"id": "w1", "trajectory_start": "2023-02-30"}]})") ==
        "workers[0].trajectory_start: 2023-02-30 is not a date (YYYY-MM-DD)");
  CHECK(error_of(R"({"schema": "lde-assessment/1", "workers": [{"id": "w1"}, {"id": "w2", "imw": {"wage_premium_percent": 37}}]})") ==
        "workers[1].imw.wage_premium_percent: 37 is not a multiple of 5 between 20 and 75");
  CHECK(error_of(R"({"schema": "lde-assessment/1", "workers": [{"id": "w1", "work_fraction": 1.2}]})") ==
        "workers[0].work_fraction: 1.2 must be more than 0 and at most 1");
  CHECK(error_of(R"({"schema": "lde-assessment/1", "workers": [{"id": "w1", "work_fraction": 0}]})") ==
        "workers[0].work_fraction: 0 must be more than 0 and at most 1");
  CHECK(error_of(R"({"schema": "lde-assessment/1", "workers": [{"id": "w1", "incapacity_periods": [{"from": "2021-02-01", "to": "2021-01-01"}]}]})") ==
        "workers[0].incapacity_periods[0].to: 2021-01-01 is before from (2021-02-01)");
  CHECK(error_of(R"({"schema": "lde-assessment/1", "workers": [{"id": "w1", "incapacity_periods": [{"from": "2021-01-01", "to": "2021-03-01"}, {"from": "2021-03-01", "to": "2021-04-01"}]}]})") ==
        "workers[0].incapacity_periods[1]: overlaps incapacity_periods[0]");
  CHECK(error_of(R"({"schema": "lde-assessment/1", "workers": [{"id": "w1"}, {"id": "w1"}]})") ==
        "workers[1].id: \"w1\" is used twice");
  CHECK(error_of(R"({"schema": "lde-assessment/1", "workers": [{"name": "x"}]})") ==
        "workers[0].id: is required (a short text such as \"w1\")");
  CHECK_THAT(error_of(R"({"schema": "lde-assessment/1", "assessment_date": "2014-12-31"})"),
             Catch::StartsWith("assessment_date: 2014-12-31 is before 2015-04-01"));
}

TEST_CASE("the IMW wage premium percentage is accepted at 20, 75 and every multiple of 5 between") {
  for (int p = 0; p <= 100; ++p) {
    const auto r = lde::parse_assessment(R"({"schema": "lde-assessment/1", "workers": [{"id": "w", "imw": {"wage_premium_percent": )" +
                                         std::to_string(p) + "}}]}");
    INFO(p);
    CHECK(r.ok() == (p >= 20 && p <= 75 && p % 5 == 0));
  }
}

TEST_CASE("an assessment survives a write and read unchanged") {
  const std::string text = R"({
    "schema": "lde-assessment/1", "assessment_date": "2022-06-30", "language": "en",
    "organisation": {"name": "Fietspunt vzw", "legal_form": "vzw", "target_group_fte": {"2021": 5.4, "2022": null},
      "contingent_allocated": false,
      "sui_generis_division": {"responsible_person": true, "identifiable": null},
      "quality": {"registered": true, "registration_filed_on": "2020-01-10", "proof": "market_certificate", "proof_obtained_on": "2021-01-15"},
      "transition_option": "imw"},
    "services": [{"name": "Fietspunt", "nature": "sgei", "impact_analysis": {"done": true}}],
    "workers": [{"id": "w1", "name": "An", "employment_start": "2019-09-01", "work_fraction": 0.8,
      "employed_on": [{"from": "2019-09-01", "to": null}], "pop_dates": ["2020-09-01"],
      "internship": {"from": "2024-03-01", "to": "2024-05-31"},
      "imw": {"residence": "flanders", "wage_premium_percent": 40, "monthly_reference_wage": 3600.5}}]
  })";
  const auto first = lde::parse_assessment(text);
  REQUIRE(first.ok());
  const auto written = lde::to_json(*first.assessment);
  const auto second = lde::assessment_from_json(written);
  REQUIRE(second.ok());
  CHECK(lde::to_json(*second.assessment) == written);
  CHECK(written["organisation"]["target_group_fte"]["2021"] == 5.4);
  CHECK(written["organisation"]["target_group_fte"]["2022"].is_null());
  CHECK(written["workers"][0]["imw"]["wage_premium_percent"] == 40);
  CHECK(written["organisation"]["contingent_allocated"] == false);
  CHECK(written["organisation"]["quality"]["registration_filed_on"] == "2020-01-10");
}

TEST_CASE("line and column count characters, not bytes") {
  const std::string text = "{\"a\": \"\xC3\xAB\xC3\xAB\", x}";
  const auto [line, column] = lde::line_column(text, text.find('x'));
  CHECK(line == 1);
  CHECK(column == 13);
}
