// `ldecheck batch --summary` ("lde-batch-summary/1"): the text-free per-worker line must carry exactly
// the values the full report gives for the same input, validate input exactly as the report path does,
// and place the worker in the right trajectory year.
#include <catch2/catch.hpp>

#include "lde/batch.hpp"
#include "lde/evaluate.hpp"
#include "lde/worker_timeline.hpp"
#include "test_files.hpp"

using lde::test::json_files;
using lde::test::read_file;
using nlohmann::json;

namespace {

lde::BatchOptions options(bool summary, std::optional<lde::Date> date = std::nullopt) {
  lde::BatchOptions o{date, std::nullopt, lde::Date{2024, 1, 15}};
  o.summary = summary;
  return o;
}

// Every scenario's and example's assessment, valid or not, as one batch line each.
std::vector<std::string> all_inputs() {
  const std::filesystem::path root(LDE_SOURCE_DIR);
  std::vector<std::string> lines;
  for (const auto& file : json_files(root / "tests" / "scenarios")) lines.push_back(json::parse(read_file(file)).at("assessment").dump());
  for (const auto& file : json_files(root / "assets" / "examples")) lines.push_back(json::parse(read_file(file)).dump());
  return lines;
}

}  // namespace

TEST_CASE("the batch summary gives the report's trajectory dates, status and transitional end for every input") {
  const auto lines = all_inputs();
  REQUIRE(lines.size() >= 60);
  int workers = 0, errors = 0;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    for (const char* date : {"2019-06-30", "2023-06-30", "2023-07-01", "2024-03-15", "2031-01-01"}) {
      const auto on = lde::parse_date(date);
      const auto full = lde::batch_line(lines[n], static_cast<long>(n + 1), options(false, on));
      const auto summary = lde::batch_line(lines[n], static_cast<long>(n + 1), options(true, on));
      REQUIRE(full);
      REQUIRE(summary);
      INFO(lines[n].substr(0, 300) << " on " << date);
      const json report = json::parse(*full), s = json::parse(*summary);
      if (report.contains("error")) {  // input errors: the same object, whatever the mode
        CHECK(*summary == *full);
        ++errors;
        continue;
      }
      CHECK(s["schema"] == lde::kBatchSummarySchema);
      CHECK(s["line"] == n + 1);
      CHECK(s["assessment_date"] == report["assessment_date"]);
      CHECK(s["regime"] == report["regime"]);
      REQUIRE(s["workers"].size() == report["workers"].size());
      for (std::size_t i = 0; i < report["workers"].size(); ++i) {
        const json& w = report["workers"][i];
        const json& sw = s["workers"][i];
        CHECK(sw["id"] == w["id"]);
        CHECK(sw["status_on_date"] == w["status_on_date"]);
        CHECK(sw["trajectory"] == w["trajectory"]);
        CHECK(sw["transitional_end"] == (w.contains("transitional_end") ? w["transitional_end"] : json()));
        CHECK(sw["trajectory_year"].get<int>() >= 0);
        if (sw["status_on_date"] == "in_trajectory") CHECK(sw["trajectory_year"].get<int>() >= 1);
        if (sw["status_on_date"] == "not_started" || sw["status_on_date"] == "unknown") CHECK(sw["trajectory_year"] == 0);
        ++workers;
      }
    }
  }
  CHECK(workers > 100);
  CHECK(errors > 0);  // the scenarios include invalid input
}

TEST_CASE("the batch summary names the 1 July 2023 regime and counts trajectory years from the start") {
  const std::string line =
      R"({"schema":"lde-assessment/1","workers":[{"id":"a","employment_start":"2021-03-01","employed_on":[{"from":"2021-03-01","to":null}]},)"
      R"({"id":"b","employment_start":"2023-09-01"},{"id":"c"}]})";
  const auto at = [&](const char* date) { return json::parse(*lde::batch_line(line, 1, options(true, lde::parse_date(date)))); };
  const json before = at("2021-02-28"), first = at("2021-03-01"), last_of_first = at("2022-02-28"), second = at("2022-03-01");
  CHECK(before["workers"][0]["status_on_date"] == "not_started");
  CHECK(before["workers"][0]["trajectory_year"] == 0);
  CHECK(first["workers"][0]["trajectory_year"] == 1);
  CHECK(last_of_first["workers"][0]["trajectory_year"] == 1);
  CHECK(second["workers"][0]["trajectory_year"] == 2);
  CHECK(second["workers"][0]["regime_2023"] == "transitional");
  CHECK(second["workers"][1]["regime_2023"] == "hired_after_cutoff");
  CHECK(second["workers"][1]["status_on_date"] == "no_lde_trajectory");
  CHECK(second["workers"][1]["trajectory_year"] == 0);
  CHECK(second["workers"][2]["regime_2023"] == "unknown_start");
  CHECK(second["workers"][2]["trajectory"]["start"].is_null());
  // After the (transitional) end there is no trajectory year any more.
  const json after = at("2030-01-01");
  CHECK(after["workers"][0]["status_on_date"] == "ended");
  CHECK(after["workers"][0]["trajectory_year"] == 0);
}

TEST_CASE("trajectory_year_on agrees with counting whole years by (month, day) on every day") {
  lde::Worker w;
  w.id = "w";
  w.employment_start = lde::Date{2020, 2, 29};  // leap day: anniversaries fall on 28 February / 1 March
  const auto& rules = lde::builtin_rules();
  for (lde::Date on{2020, 2, 1}; on < lde::Date{2027, 6, 1}; on = lde::add_days(on, 1)) {
    const lde::TrajectoryPlan p = lde::plan_trajectory(w, rules, on);
    const auto end = lde::effective_end(p);
    int expected = 0;
    if (p.start && !(on < *p.start) && !(end && *end < on)) {
      // Whole years since the start (a 29 February start completes its year on 1 March), plus one.
      const bool before_birthday = std::pair(on.month, on.day) < std::pair(p.start->month, p.start->day);
      expected = on.year - p.start->year - (before_birthday ? 1 : 0) + 1;
    }
    INFO(lde::to_iso(on));
    REQUIRE(lde::trajectory_year_on(p, on) == expected);
    if (expected > 0) REQUIRE(expected <= p.years + 1);
  }
}
