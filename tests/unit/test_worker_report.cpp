// The worker part of the report: events, the checks trajectory.duration and transition.2023, the summary.
#include <catch2/catch.hpp>

#include <algorithm>

#include "lde/evaluate.hpp"

using lde::Date;
using lde::Status;

namespace {

Date d(const char* iso) { return lde::parse_date(iso).value(); }

lde::WorkerReport worker_report(const std::string& worker_json, const std::string& org_json = "{}",
                                const char* on = "2022-03-15", const char* lang = "nl") {
  const auto parsed = lde::parse_assessment(std::string(R"({"schema": "lde-assessment/1", "language": ")") + lang +
                                            R"(", "assessment_date": ")" + on + R"(", "organisation": )" + org_json +
                                            R"(, "workers": [)" + worker_json + "]}");
  INFO((parsed.ok() ? std::string() : parsed.error->to_string()));
  REQUIRE(parsed.ok());
  const auto report = lde::evaluate(*parsed.assessment, d("2026-11-22"));
  REQUIRE(report.workers.size() == 1);
  return report.workers[0];
}

std::vector<const lde::Event*> events_of(const lde::WorkerReport& w, const std::string& kind) {
  std::vector<const lde::Event*> out;
  for (const auto& e : w.events)
    if (e.kind == kind) out.push_back(&e);
  return out;
}

const lde::Check& check(const lde::WorkerReport& w, const std::string& id) {
  const auto* c = lde::find_check(w.checks, id);
  INFO(id);
  REQUIRE(c != nullptr);
  return *c;
}

bool contains(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

std::string joined_notes(const lde::Check& c) {
  std::string out;
  for (const auto& n : c.notes) out += n + "\n";
  for (const auto& child : c.children) out += joined_notes(child);
  return out;
}

}  // namespace

TEST_CASE("T13: employed on 30 June 2023 under the IMW option gives a temporary compensation until 31 August 2024") {
  const auto w = worker_report(R"({"id": "w1", "employment_start": "2019-09-01"})", R"({"transition_option": "imw"})");
  const auto comp = events_of(w, "temporary_compensation");
  REQUIRE(comp.size() == 1);
  CHECK(comp[0]->date == d("2023-07-01"));
  CHECK(comp[0]->to == d("2024-08-31"));
  CHECK(events_of(w, "transition_trajectory").empty());
  CHECK(events_of(w, "transition_phase").empty());
  const auto eval = events_of(w, "vdab_evaluation");
  REQUIRE(eval.size() == 1);
  CHECK(eval[0]->date == d("2024-08-31"));
  const auto& t = check(w, "transition.2023");
  CHECK(t.status == Status::met);
  CHECK_THAT(t.explanation, Catch::Contains("31/08/2024") && Catch::Contains("VDAB"));
  CHECK_THAT(joined_notes(t), Catch::Contains("IMW-dossier"));
  // Assessed on 15/03/2022, being employed on 30/06/2023 is still an expectation, and the report says so.
  CHECK_THAT(joined_notes(t), Catch::Contains("30/06/2023 nog in de toekomst"));
  const auto later = worker_report(R"({"id": "w1", "employment_start": "2019-09-01"})", R"({"transition_option": "imw"})", "2023-06-30");
  CHECK(joined_notes(check(later, "transition.2023")).find("in de toekomst") == std::string::npos);
}

TEST_CASE("the worker summary says the year, the next POP and the end in plain words") {
  const auto w = worker_report(R"({"id": "w1", "employment_start": "2019-09-01"})", R"({"transition_option": "imw"})");
  REQUIRE(w.extra.contains("summary"));
  const auto& s = w.extra["summary"];
  REQUIRE(s.size() >= 3);
  CHECK(s[0] == "Je zit in jaar 3 van 5.");
  CHECK(s[1] == "Je volgende POP is op 01/09/2022.");
  CHECK(s[2] == "Je traject loopt af op 31/08/2024.");
  const auto en = worker_report(R"({"id": "w1", "employment_start": "2019-09-01"})", R"({"transition_option": "imw"})", "2022-03-15", "en");
  CHECK(en.extra["summary"][0] == "You are in year 3 of 5.");
}

TEST_CASE("every trajectory that spans 1 July 2023 gets a regime change and, employed on 30 June, the SINE stop") {
  const auto w = worker_report(R"({"id": "w1", "employment_start": "2019-09-01"})");
  REQUIRE(events_of(w, "regime_change").size() == 1);
  CHECK(events_of(w, "regime_change")[0]->date == d("2023-07-01"));
  REQUIRE(events_of(w, "sine_stop").size() == 1);
  CHECK(events_of(w, "sine_stop")[0]->date == d("2023-07-01"));
  const auto ended = worker_report(R"({"id": "w1", "employment_start": "2018-07-01"})");
  CHECK(events_of(ended, "regime_change").empty());
  CHECK(events_of(ended, "sine_stop").empty());
  CHECK(check(ended, "transition.2023").status == Status::not_applicable);
}

TEST_CASE("without the employer's transition option the 2023 verdict is unknown and asks for it") {
  const auto w = worker_report(R"({"id": "w1", "employment_start": "2019-09-01"})");
  const auto& t = check(w, "transition.2023");
  CHECK(t.status == Status::unknown);
  CHECK(contains(t.open_questions, "organisation.transition_option"));
  CHECK(events_of(w, "temporary_compensation").empty());
  REQUIRE(events_of(w, "transitional_regime").size() == 1);
  CHECK(events_of(w, "transitional_regime")[0]->to == d("2024-08-31"));
}

TEST_CASE("the collective option gives WOP 40 laag to the end and names the three outcomes of the end evaluation") {
  const auto w = worker_report(R"({"id": "w1", "employment_start": "2019-09-01"})", R"({"transition_option": "collective_customised_work"})");
  const auto wop = events_of(w, "wop_40_low");
  REQUIRE(wop.size() == 1);
  CHECK(wop[0]->date == d("2023-07-01"));
  CHECK(wop[0]->to == d("2024-08-31"));
  CHECK_THAT(wop[0]->label, Catch::Contains("WOP 40 laag"));
  CHECK(events_of(w, "temporary_compensation").empty());
  const auto& t = check(w, "transition.2023");
  CHECK(t.status == Status::met);
  CHECK_THAT(joined_notes(t), Catch::Contains("(1)") && Catch::Contains("(2)") && Catch::Contains("(3)"));
}

TEST_CASE("T14: a worker hired after 30 June 2023 has no LDE trajectory and is pointed to IMW") {
  for (const char* start : {"2023-07-01", "2023-07-03"}) {
    const auto w = worker_report(std::string(R"({"id": "w1", "employment_start": ")") + start + R"("})", R"({"transition_option": "imw"})", "2023-09-01");
    INFO(start);
    CHECK(w.status_on_date == "no_lde_trajectory");
    CHECK_FALSE(w.trajectory.start);
    CHECK_FALSE(w.trajectory.end);
    CHECK(events_of(w, "temporary_compensation").empty());
    CHECK(events_of(w, "pop").empty());
    CHECK(check(w, "transition.2023").status == Status::not_met);
    CHECK(check(w, "transition.2023.employed_on_cutoff").status == Status::not_met);
    CHECK(check(w, "trajectory.duration").status == Status::not_applicable);
    CHECK_THAT(check(w, "transition.2023").explanation, Catch::Contains("individueel maatwerk"));
  }
  const auto employed = worker_report(R"({"id": "w1", "employment_start": "2023-06-30"})", R"({"transition_option": "imw"})", "2023-09-01");
  CHECK(employed.status_on_date == "in_trajectory");
  CHECK(check(employed, "transition.2023.employed_on_cutoff").status == Status::met);
  REQUIRE(events_of(employed, "temporary_compensation").size() == 1);
  CHECK(events_of(employed, "temporary_compensation")[0]->to == d("2028-06-29"));
}

TEST_CASE("a worker who left before 30 June 2023 gets no transitional regime") {
  const auto w = worker_report(R"({"id": "w1", "employment_start": "2020-01-01", "employed_on": [{"from": "2020-01-01", "to": "2023-03-31"}]})",
                               R"({"transition_option": "imw"})", "2023-09-01");
  CHECK(check(w, "transition.2023").status == Status::not_met);
  CHECK(w.status_on_date == "ended");
  CHECK(events_of(w, "temporary_compensation").empty());
}

TEST_CASE("one planned POP per trajectory year on each anniversary of the start") {
  const auto w = worker_report(R"({"id": "w1", "employment_start": "2016-02-29"})");
  const auto pops = events_of(w, "pop");
  REQUIRE(pops.size() == 5);
  CHECK(pops[0]->date == d("2016-02-29"));
  CHECK(pops[1]->date == d("2017-03-01"));
  CHECK(pops[4]->date == d("2020-02-29"));
  CHECK(check(w, "trajectory.duration.pop").status == Status::unknown);
  CHECK(contains(check(w, "trajectory.duration.pop").open_questions, "workers[0].pop_dates"));
}

TEST_CASE("given POP dates: every completed trajectory year must have one") {
  const std::string start = R"("id": "w1", "employment_start": "2019-09-01")";
  SECTION("a POP in each year so far") {
    const auto w = worker_report("{" + start + R"(, "pop_dates": ["2019-09-20", "2020-10-01", "2021-08-31"]})");
    CHECK(check(w, "trajectory.duration.pop").status == Status::met);
    CHECK(events_of(w, "pop").size() == 3);
  }
  SECTION("year 2 without a POP") {
    const auto w = worker_report("{" + start + R"(, "pop_dates": ["2019-09-20", "2021-09-01"]})");
    const auto& c = check(w, "trajectory.duration.pop");
    CHECK(c.status == Status::not_met);
    CHECK_THAT(c.explanation, Catch::Contains("Trajectjaar 2") && Catch::Contains("01/09/2020") && Catch::Contains("31/08/2021"));
    CHECK(check(w, "trajectory.duration").status == Status::not_met);
  }
  SECTION("the current year may still get its POP") {
    const auto w = worker_report("{" + start + R"(, "pop_dates": ["2019-09-20", "2020-10-01"]})");
    CHECK(check(w, "trajectory.duration.pop").status == Status::met);
    CHECK_THAT(check(w, "trajectory.duration.pop").explanation, Catch::Contains("31/08/2022"));
  }
  SECTION("a POP date before the start is shown as outside the trajectory years") {
    const auto w = worker_report("{" + start + R"(, "pop_dates": ["2019-08-31", "2019-09-20", "2020-10-01"]})");
    const auto pops = events_of(w, "pop");
    REQUIRE(pops.size() == 3);
    CHECK(pops[0]->date == d("2019-08-31"));
    CHECK_THAT(pops[0]->label, Catch::Contains("buiten"));
    CHECK(check(w, "trajectory.duration.pop").status == Status::met);
  }
  SECTION("a POP on the last day of a year counts for that year, one on the next day does not") {
    CHECK(check(worker_report("{" + start + R"(, "pop_dates": ["2020-08-31", "2021-08-31"]})"), "trajectory.duration.pop").status == Status::met);
    CHECK(check(worker_report("{" + start + R"(, "pop_dates": ["2020-09-01", "2021-08-31"]})"), "trajectory.duration.pop").status == Status::not_met);
  }
}

TEST_CASE("a trajectory that ended under LDE shows the indicative transition trajectory, internship and evaluation") {
  const auto w = worker_report(R"({"id": "w1", "employment_start": "2016-03-01"})", "{}", "2020-09-15");
  CHECK(w.status_on_date == "transition_period");
  const auto tt = events_of(w, "transition_trajectory");
  REQUIRE(tt.size() == 1);
  CHECK(tt[0]->indicative);
  CHECK(tt[0]->date == d("2020-08-01"));
  CHECK(tt[0]->to == d("2021-05-31"));
  const auto phases = events_of(w, "transition_phase");
  REQUIRE(phases.size() == 4);
  for (const auto* p : phases) CHECK(p->indicative);
  const auto internship = events_of(w, "internship");
  REQUIRE(internship.size() == 1);
  CHECK(internship[0]->to == d("2021-02-28"));
  const auto eval = events_of(w, "vdab_evaluation");
  REQUIRE(eval.size() == 1);
  CHECK(eval[0]->date == d("2020-07-31"));
  // Medium-confidence sources back the placement.
  REQUIRE_FALSE(tt[0]->sources.empty());
  CHECK(std::any_of(tt[0]->sources.begin(), tt[0]->sources.end(), [](const lde::Source& s) { return s.confidence == lde::Confidence::medium; }));
  CHECK(w.extra["summary"][0] == "Je zit in je doorstroomtraject, fase jobmatching, tot 31/05/2021.");
}

TEST_CASE("the text and Markdown reports label indicative placements once") {
  const auto parsed = lde::parse_assessment(R"({"schema": "lde-assessment/1", "assessment_date": "2020-09-15",
                                                "workers": [{"id": "a", "employment_start": "2016-03-01"}]})");
  REQUIRE(parsed.ok());
  const lde::Context ctx{lde::builtin_rules(), lde::builtin_messages(), lde::Language::nl};
  const auto report = lde::evaluate(*parsed.assessment, ctx, d("2026-11-22"));
  const std::string text = lde::render_text(report, ctx);
  CHECK_THAT(text, Catch::Contains("01/08/2020 \xE2\x80\x93 31/05/2021  Doorstroomtraject (indicatief)\n"));
  CHECK_THAT(text, Catch::Contains("01/12/2020 \xE2\x80\x93 28/02/2021  Stage (gepland) (indicatief)\n"));
  CHECK(text.find("(indicatief) (indicatief)") == std::string::npos);
  CHECK_THAT(lde::render_markdown(report, ctx), Catch::Contains("| Doorstroomtraject _(indicatief)_ |"));
}

TEST_CASE("the ends are events, with the sixth year as a span after the regular end") {
  const auto w = worker_report(R"({"id": "w1", "employment_start": "2019-03-01"})");
  REQUIRE(events_of(w, "regular_end").size() == 1);
  CHECK(events_of(w, "regular_end")[0]->date == d("2024-02-29"));
  REQUIRE(events_of(w, "max_end").size() == 1);
  CHECK(events_of(w, "max_end")[0]->date == d("2025-02-28"));
  REQUIRE(events_of(w, "sixth_year").size() == 1);
  CHECK(events_of(w, "sixth_year")[0]->date == d("2024-03-01"));
  CHECK(events_of(w, "sixth_year")[0]->to == d("2025-02-28"));
}

TEST_CASE("extensions are shown, said to be low-to-medium confidence, and can be switched off") {
  const std::string worker = R"({"id": "w1", "employment_start": "2019-09-01", "incapacity_periods": [{"from": "2021-01-01", "to": "2021-03-31"}]})";
  const auto w = worker_report(worker, R"({"transition_option": "imw"})");
  CHECK(w.trajectory.end == d("2024-11-29"));
  CHECK(w.trajectory.regular_end == d("2024-08-31"));
  REQUIRE(events_of(w, "incapacity").size() == 1);
  CHECK(events_of(w, "incapacity")[0]->to == d("2021-03-31"));
  REQUIRE(events_of(w, "extended_end").size() == 1);
  CHECK(events_of(w, "temporary_compensation")[0]->to == d("2024-11-29"));
  const auto& dur = check(w, "trajectory.duration");
  CHECK(dur.confidence() == lde::Confidence::low_medium);
  CHECK_THAT(joined_notes(dur), Catch::Contains("laag tot middel"));
  CHECK(w.extra["extension"]["days"] == 90);
}

TEST_CASE("55+ without a fixed end: end is open, and the age is checked on the regular end") {
  SECTION("old enough") {
    const auto w = worker_report(R"({"id": "w1", "employment_start": "2016-05-01", "age_55_extension": true, "birth_date": "1966-04-30"})",
                                 R"({"transition_option": "imw"})");
    CHECK_FALSE(w.trajectory.end);
    CHECK(w.trajectory.regular_end == d("2021-04-30"));
    CHECK(check(w, "trajectory.duration.age_55_extension").status == Status::met);
    REQUIRE(events_of(w, "temporary_compensation").size() == 1);
    CHECK(events_of(w, "temporary_compensation")[0]->to == d("2026-04-30"));
  }
  SECTION("one day too young") {
    const auto w = worker_report(R"({"id": "w1", "employment_start": "2016-05-01", "age_55_extension": true, "birth_date": "1966-05-01"})");
    CHECK(check(w, "trajectory.duration.age_55_extension").status == Status::not_met);
  }
  SECTION("birth date unanswered") {
    const auto w = worker_report(R"({"id": "w1", "employment_start": "2016-05-01", "age_55_extension": true})");
    const auto& c = check(w, "trajectory.duration.age_55_extension");
    CHECK(c.status == Status::unknown);
    CHECK(contains(c.open_questions, "workers[0].birth_date"));
  }
}

TEST_CASE("55+ hired in 2012: the report follows the 5-year rule and shows the source's 31/03/2024 example as a conflict") {
  const auto w = worker_report(R"({"id": "w1", "employment_start": "2012-01-01", "age_55_extension": true})", R"({"transition_option": "imw"})", "2024-06-01");
  REQUIRE(events_of(w, "temporary_compensation").size() == 1);
  CHECK(events_of(w, "temporary_compensation")[0]->to == d("2025-03-31"));
  const auto& t = check(w, "transition.2023");
  CHECK_THAT(joined_notes(t), Catch::Contains("31/03/2024") && Catch::Contains("31/03/2025"));
  CHECK(w.status_on_date == "in_trajectory");
  REQUIRE(events_of(w, "employment_start").size() == 1);
  CHECK(events_of(w, "employment_start")[0]->date == d("2012-01-01"));
  CHECK(events_of(w, "trajectory_start")[0]->date == d("2015-04-01"));
}

TEST_CASE("a missing start date leaves the worker's verdicts unknown with the exact input path") {
  const auto w = worker_report(R"({"id": "w1"})");
  CHECK(w.status_on_date == "unknown");
  CHECK(check(w, "trajectory.duration").status == Status::unknown);
  CHECK(contains(check(w, "trajectory.duration").open_questions, "workers[0].employment_start"));
  CHECK(check(w, "transition.2023").status == Status::unknown);
  CHECK(w.events.empty());
}

TEST_CASE("worker events are in date order and every worker text exists in both languages") {
  const char* workers[] = {
      R"({"id": "a", "employment_start": "2019-09-01", "pop_dates": ["2019-09-20"], "internship": {"from": "2024-05-01", "to": "2024-07-31"}})",
      R"({"id": "a", "employment_start": "2016-03-01", "training_extensions": [{"from": "2017-01-01", "to": null}]})",
      R"({"id": "a", "employment_start": "2012-01-01", "age_55_extension": true, "exceptional_sixth_year": true})",
      R"({"id": "a", "employment_start": "2023-07-03"})",
      R"({"id": "a", "trajectory_start": "2019-09-01", "employment_start": "2019-08-01", "employed_on": [{"from": "2019-08-01", "to": "2022-01-01"}]})",
      R"({"id": "a"})"};
  for (const char* worker : workers)
    for (const char* org : {"{}", R"({"transition_option": "imw"})", R"({"transition_option": "collective_customised_work"})"})
      for (const char* lang : {"nl", "en"})
        for (const char* on : {"2015-06-01", "2020-09-15", "2023-07-01", "2026-11-22"}) {
          const auto w = worker_report(worker, org, on, lang);
          const std::string json = nlohmann::json(w).dump();
          INFO(worker << " " << org << " " << lang << " " << on);
          CHECK(json.find("\xE2\x9F\xA6") == std::string::npos);  // no missing message key
          for (std::size_t i = 1; i < w.events.size(); ++i) CHECK_FALSE(w.events[i].date < w.events[i - 1].date);
          for (const auto& e : w.events) CHECK_FALSE(e.label.empty());
        }
}
