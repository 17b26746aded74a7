// The worker's trajectory dates (lde/worker_timeline.hpp): ends, extensions, phases, 1 July 2023.
#include <catch2/catch.hpp>

#include "lde/evaluate.hpp"
#include "lde/worker_timeline.hpp"

using lde::Date;
using lde::Regime2023;

namespace {

Date d(const char* iso) { return lde::parse_date(iso).value(); }

lde::Assessment assessment(const std::string& worker_json, const std::string& org_json = "{}") {
  const auto parsed = lde::parse_assessment(R"({"schema": "lde-assessment/1", "organisation": )" + org_json +
                                            R"(, "workers": [)" + worker_json + "]}");
  INFO((parsed.ok() ? std::string() : parsed.error->to_string()));
  REQUIRE(parsed.ok());
  return *parsed.assessment;
}

lde::TrajectoryPlan plan(const std::string& worker_json, const Date& on = Date{2026, 11, 22}) {
  const auto a = assessment(worker_json);
  return lde::plan_trajectory(a.workers[0], lde::builtin_rules(), on);
}

}  // namespace

TEST_CASE("a trajectory that starts on 1 September 2019 ends on 31 August 2024, or 31 August 2025 with a sixth year") {
  const auto p = plan(R"({"id": "w1", "employment_start": "2019-09-01"})");
  CHECK(p.start == d("2019-09-01"));
  CHECK(p.regular_end == d("2024-08-31"));
  CHECK(p.max_end == d("2025-08-31"));
  CHECK(p.end == d("2024-08-31"));
  const auto sixth = plan(R"({"id": "w1", "employment_start": "2019-09-01", "exceptional_sixth_year": true})");
  CHECK(sixth.end == d("2025-08-31"));
  CHECK(sixth.years == 6);
}

TEST_CASE("a start on 29 February ends on 28 February when the anniversary year has no 29 February") {
  const auto p = plan(R"({"id": "w1", "employment_start": "2016-02-29"})");
  CHECK(p.regular_end == d("2021-02-28"));
  CHECK(p.max_end == d("2022-02-28"));
  // Trajectory year 2 starts on 1 March 2017 (no 29 February), year 5 on 29 February 2020.
  REQUIRE(p.pop_years.size() == 5);
  CHECK(p.pop_years[1].from == d("2017-03-01"));
  CHECK(p.pop_years[0].to == d("2017-02-28"));
  CHECK(p.pop_years[4].from == d("2020-02-29"));
}

TEST_CASE("a start on 1 March ends on the last day of February, 29 February in a leap year") {
  CHECK(plan(R"({"id": "w1", "employment_start": "2019-03-01"})").regular_end == d("2024-02-29"));
  CHECK(plan(R"({"id": "w1", "employment_start": "2019-03-01"})").max_end == d("2025-02-28"));
  CHECK(plan(R"({"id": "w1", "employment_start": "2018-03-01"})").regular_end == d("2023-02-28"));
}

TEST_CASE("workers employed before 1 April 2015 count their trajectory from 1 April 2015") {
  SECTION("hired in 2012") {
    const auto p = plan(R"({"id": "w1", "employment_start": "2012-01-01"})");
    CHECK(p.start == d("2015-04-01"));
    CHECK(p.counted_from_2015);
    CHECK(p.regular_end == d("2020-03-31"));
  }
  SECTION("the day before, on and after 1 April 2015") {
    CHECK(plan(R"({"id": "w1", "employment_start": "2015-03-31"})").start == d("2015-04-01"));
    CHECK(plan(R"({"id": "w1", "employment_start": "2015-04-01"})").start == d("2015-04-01"));
    CHECK_FALSE(plan(R"({"id": "w1", "employment_start": "2015-04-01"})").counted_from_2015);
    CHECK(plan(R"({"id": "w1", "employment_start": "2015-04-02"})").start == d("2015-04-02"));
  }
}

TEST_CASE("DWSE counts from the start of employment; a trajectory start is used only without one") {
  CHECK(plan(R"({"id": "w1", "employment_start": "2019-09-01", "trajectory_start": "2019-11-01"})").start == d("2019-09-01"));
  CHECK(plan(R"({"id": "w1", "trajectory_start": "2019-11-01"})").start == d("2019-11-01"));
  const auto none = plan(R"({"id": "w1"})");
  CHECK_FALSE(none.start);
  CHECK(none.regime_2023 == Regime2023::unknown_start);
  CHECK(lde::status_on(none, d("2020-01-01")) == "unknown");
}

TEST_CASE("the transition trajectory is placed so that its internship ends on the trajectory end") {
  // Start 1 March 2016: end 28 February 2021, well before 1 July 2023.
  const auto p = plan(R"({"id": "w1", "employment_start": "2016-03-01"})");
  REQUIRE(p.regime_2023 == Regime2023::ended_before);
  REQUIRE(p.transition_phases.size() == 4);
  CHECK(p.transition_phases[0].name == "pre_trajectory");
  CHECK(p.transition_phases[0].span == lde::Span{d("2020-08-01"), d("2020-08-31")});
  CHECK(p.transition_phases[1].span == lde::Span{d("2020-09-01"), d("2020-11-30")});
  CHECK(p.transition_phases[2].name == "internship");
  CHECK(p.transition_phases[2].span == lde::Span{d("2020-12-01"), d("2021-02-28")});
  CHECK(p.transition_phases[3].span == lde::Span{d("2021-03-01"), d("2021-05-31")});
}

TEST_CASE("a given internship anchors the transition phases") {
  const auto p = plan(R"({"id": "w1", "employment_start": "2016-03-01", "internship": {"from": "2020-10-05", "to": "2020-12-18"}})");
  REQUIRE(p.transition_phases.size() == 4);
  CHECK(p.transition_phases[2].span == lde::Span{d("2020-10-05"), d("2020-12-18")});
  CHECK(p.transition_phases[1].span == lde::Span{d("2020-07-05"), d("2020-10-04")});
  CHECK(p.transition_phases[0].span == lde::Span{d("2020-06-05"), d("2020-07-04")});
  CHECK(p.transition_phases[3].span == lde::Span{d("2020-12-19"), d("2021-03-18")});
}

TEST_CASE("the status on each boundary day of a trajectory that ended under LDE") {
  const auto p = plan(R"({"id": "w1", "employment_start": "2016-03-01"})");
  CHECK(lde::status_on(p, d("2016-02-29")) == "not_started");
  CHECK(lde::status_on(p, d("2016-03-01")) == "in_trajectory");
  CHECK(lde::status_on(p, d("2020-07-31")) == "in_trajectory");
  CHECK(lde::status_on(p, d("2020-08-01")) == "transition_period");
  CHECK(lde::status_on(p, d("2021-02-28")) == "transition_period");
  CHECK(lde::status_on(p, d("2021-05-31")) == "transition_period");
  CHECK(lde::status_on(p, d("2021-06-01")) == "ended");
}

TEST_CASE("the status on each boundary day of a trajectory in the 2023 transitional regime") {
  const auto p = plan(R"({"id": "w1", "employment_start": "2019-09-01"})");
  REQUIRE(p.regime_2023 == Regime2023::transitional);
  CHECK(p.transition_phases.empty());
  CHECK(lde::status_on(p, d("2019-08-31")) == "not_started");
  CHECK(lde::status_on(p, d("2019-09-01")) == "in_trajectory");
  CHECK(lde::status_on(p, d("2024-08-30")) == "in_trajectory");
  CHECK(lde::status_on(p, d("2024-08-31")) == "in_trajectory");
  CHECK(lde::status_on(p, d("2024-09-01")) == "ended");
}

TEST_CASE("only workers employed on 30 June 2023 stay in the transitional regime") {
  SECTION("employed since 30 June 2023") {
    const auto p = plan(R"({"id": "w1", "employment_start": "2023-06-30"})");
    CHECK(p.regime_2023 == Regime2023::transitional);
    CHECK(p.transitional_end == d("2028-06-29"));
  }
  SECTION("hired on 1 July 2023") {
    const auto p = plan(R"({"id": "w1", "employment_start": "2023-07-01"})");
    CHECK(p.regime_2023 == Regime2023::hired_after_cutoff);
    CHECK_FALSE(p.start);
    CHECK(lde::status_on(p, d("2024-01-01")) == "no_lde_trajectory");
  }
  SECTION("hired on 3 July 2023") {
    CHECK(plan(R"({"id": "w1", "employment_start": "2023-07-03"})").regime_2023 == Regime2023::hired_after_cutoff);
  }
  SECTION("employment periods that stop before 30 June 2023") {
    const auto p = plan(R"({"id": "w1", "employment_start": "2020-01-01", "employed_on": [{"from": "2020-01-01", "to": "2023-06-29"}]})");
    CHECK(p.regime_2023 == Regime2023::not_employed_cutoff);
    CHECK(p.left_on == d("2023-06-29"));
    CHECK(lde::status_on(p, d("2023-06-30")) == "ended");
  }
  SECTION("employment periods that cover 30 June 2023") {
    const auto p = plan(R"({"id": "w1", "employment_start": "2020-01-01", "employed_on": [{"from": "2020-01-01", "to": "2023-06-30"}]})");
    CHECK(p.regime_2023 == Regime2023::transitional);
  }
}

TEST_CASE("a trajectory ending on 30 June 2023 is untouched by 1 July 2023; one ending on 1 July is not") {
  const auto before = plan(R"({"id": "w1", "employment_start": "2018-07-01"})");
  CHECK(before.end == d("2023-06-30"));
  CHECK(before.regime_2023 == Regime2023::ended_before);
  const auto on = plan(R"({"id": "w1", "employment_start": "2018-07-02"})");
  CHECK(on.end == d("2023-07-01"));
  CHECK(on.regime_2023 == Regime2023::transitional);
  CHECK(on.transitional_end == d("2023-07-01"));
}

TEST_CASE("long-term absence and training move the end by their length inside the trajectory") {
  const std::string base = R"("id": "w1", "employment_start": "2016-03-01")";
  SECTION("ten days of incapacity") {
    const auto p = plan("{" + base + R"(, "incapacity_periods": [{"from": "2018-01-10", "to": "2018-01-19"}]})");
    CHECK(p.extension_days == 10);
    CHECK(p.end == d("2021-03-10"));
    CHECK(p.regular_end == d("2021-02-28"));
  }
  SECTION("overlapping incapacity and training count once") {
    const auto p = plan("{" + base + R"(, "incapacity_periods": [{"from": "2018-01-10", "to": "2018-01-19"}],
                                         "training_extensions": [{"from": "2018-01-15", "to": "2018-01-24"}]})");
    CHECK(p.extension_days == 15);
    CHECK(p.end == d("2021-03-15"));
  }
  SECTION("an absence starting the day after the end changes nothing") {
    const auto p = plan("{" + base + R"(, "incapacity_periods": [{"from": "2021-03-01", "to": "2021-04-30"}]})");
    CHECK(p.extension_days == 0);
    CHECK(p.end == d("2021-02-28"));
  }
  SECTION("an absence starting on the last day suspends it until the absence is over") {
    const auto p = plan("{" + base + R"(, "incapacity_periods": [{"from": "2021-02-28", "to": "2021-03-09"}]})");
    CHECK(p.extension_days == 10);
    CHECK(p.end == d("2021-03-10"));
  }
  SECTION("an absence without an end counts up to the assessment date") {
    const auto p = plan("{" + base + R"(, "incapacity_periods": [{"from": "2021-02-19", "to": null}]})", d("2021-02-28"));
    CHECK(p.open_absence);
    CHECK(p.extension_days == 10);
    CHECK(p.end == d("2021-03-10"));
  }
  SECTION("switched off, the periods do not move the end") {
    lde::RuleBook rules = lde::builtin_rules();
    rules.set_override("trajectory.extensions.apply", false);
    const auto a = assessment("{" + base + R"(, "incapacity_periods": [{"from": "2018-01-10", "to": "2018-01-19"}]})");
    const auto p = lde::plan_trajectory(a.workers[0], rules, d("2026-11-22"));
    CHECK_FALSE(p.extensions_applied);
    CHECK(p.extension_days == 0);
    CHECK(p.end == d("2021-02-28"));
  }
}

TEST_CASE("an extension can carry a trajectory across 1 July 2023") {
  // Regular end 30 June 2023; 20 days of absence move it to 20 July 2023.
  const auto p = plan(R"({"id": "w1", "employment_start": "2018-07-01", "incapacity_periods": [{"from": "2020-02-01", "to": "2020-02-20"}]})");
  CHECK(p.end == d("2023-07-20"));
  CHECK(p.regime_2023 == Regime2023::transitional);
  CHECK(p.transitional_end == d("2023-07-20"));
}

TEST_CASE("55+ example: employed since 1 January 2012 and extended, counted in 5-year blocks from 1 April 2015") {
  const auto p = plan(R"({"id": "w1", "employment_start": "2012-01-01", "age_55_extension": true})");
  CHECK(p.start == d("2015-04-01"));
  CHECK_FALSE(p.end);  // open end (BVR art. 19)
  REQUIRE(p.age_55_block);
  CHECK(p.age_55_block->from == d("2020-04-01"));
  // The rule of the source (multiples of 5 years from 1 April 2015) gives 31 March 2025; the source's own
  // example says 31 March 2024. The rule is encoded and the conflict is shown (test in test_worker_report).
  CHECK(p.transitional_end == d("2025-03-31"));
  CHECK(lde::status_on(p, d("2025-03-31")) == "in_trajectory");
  CHECK(lde::status_on(p, d("2025-04-01")) == "ended");
  CHECK(p.pop_years.size() == 10);
}

TEST_CASE("55+ example: a trajectory started in 2016 and extended runs a second block 2021-2026") {
  const auto p = plan(R"({"id": "w1", "employment_start": "2016-05-01", "age_55_extension": true})");
  CHECK_FALSE(p.end);
  REQUIRE(p.age_55_block);
  CHECK(p.age_55_block->from == d("2021-05-01"));
  CHECK(p.age_55_block->to == d("2026-04-30"));
  CHECK(p.transitional_end == d("2026-04-30"));
}

TEST_CASE("illness extensions are added on top of the 55+ blocks") {
  const auto p = plan(R"({"id": "w1", "employment_start": "2016-05-01", "age_55_extension": true,
                          "incapacity_periods": [{"from": "2022-01-01", "to": "2022-01-31"}]})");
  CHECK(p.extension_days == 31);
  CHECK(p.transitional_end == d("2026-05-31"));
}

TEST_CASE("ages are completed years, reached on the birthday") {
  CHECK(lde::age_on(d("1966-05-01"), d("2021-04-30")) == 54);
  CHECK(lde::age_on(d("1966-05-01"), d("2021-05-01")) == 55);
  CHECK(lde::age_on(d("1966-04-30"), d("2021-04-30")) == 55);
}

TEST_CASE("extended_end without absences is the unextended end") {
  long days = -1;
  CHECK(lde::extended_end(d("2019-09-01"), d("2024-08-31"), {}, &days) == d("2024-08-31"));
  CHECK(days == 0);
}

TEST_CASE("with the exceptional sixth year the status changes the day after the sixth year ends") {
  const auto p = plan(R"({"id": "w1", "employment_start": "2019-09-01", "exceptional_sixth_year": true})");
  REQUIRE(p.regime_2023 == Regime2023::transitional);
  CHECK(p.transitional_end == d("2025-08-31"));
  CHECK(lde::status_on(p, d("2024-09-01")) == "in_trajectory");
  CHECK(lde::status_on(p, d("2025-08-30")) == "in_trajectory");
  CHECK(lde::status_on(p, d("2025-08-31")) == "in_trajectory");
  CHECK(lde::status_on(p, d("2025-09-01")) == "ended");
}

TEST_CASE("an extended trajectory ends on its extended end, not on the regular one") {
  const auto p = plan(R"({"id": "w1", "employment_start": "2019-09-01", "training_extensions": [{"from": "2020-03-01", "to": "2020-03-10"}]})");
  CHECK(p.end == d("2024-09-10"));
  CHECK(lde::status_on(p, d("2024-08-31")) == "in_trajectory");
  CHECK(lde::status_on(p, d("2024-09-10")) == "in_trajectory");
  CHECK(lde::status_on(p, d("2024-09-11")) == "ended");
}

TEST_CASE("the 55+ block running on 1 July 2023 ends the transitional regime") {
  // Start 1 July 2018: the first block ends on 30 June 2023, so the second one (to 30 June 2028) runs on 1 July.
  const auto second = plan(R"({"id": "w1", "employment_start": "2018-07-01", "age_55_extension": true})");
  REQUIRE(second.age_55_block);
  CHECK(second.age_55_block->from == d("2023-07-01"));
  CHECK(second.transitional_end == d("2028-06-30"));
  // Start 2 July 2018: the first block ends on 1 July 2023 itself and still runs on that day.
  const auto first = plan(R"({"id": "w1", "employment_start": "2018-07-02", "age_55_extension": true})");
  CHECK(first.transitional_end == d("2023-07-01"));
}
