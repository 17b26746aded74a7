// Employer self-check: LDE recognition, label, local services and quality registration, each rule at its
// boundaries (rules-reference sections 1, 2, 5 and 9.5/9.6).
#include <catch2/catch.hpp>

#include <functional>

#include "lde/evaluate.hpp"

using lde::Date;
using lde::Status;
using nlohmann::json;

namespace {

// Evaluates `organisation` (and optional services) on `on`, in `language`.
lde::Report run(const json& organisation, const Date& on, const json& services = json::array(), const char* language = "en") {
  json doc{{"schema", "lde-assessment/1"}, {"assessment_date", lde::to_iso(on)}, {"language", language},
           {"organisation", organisation}, {"services", services}};
  const auto parsed = lde::assessment_from_json(doc);
  INFO((parsed.ok() ? std::string() : parsed.error->to_string()));
  REQUIRE(parsed.ok());
  return lde::evaluate(*parsed.assessment, on);
}

const lde::Check& check(const lde::Report& r, const std::string& id) {
  const lde::Check* c = lde::find_check(r.checks, id);
  INFO(id);
  REQUIRE(c != nullptr);
  return *c;
}

Status status(const json& organisation, const Date& on, const std::string& id, const json& services = json::array()) {
  const auto r = run(organisation, on, services);
  return check(r, id).status;
}

bool any_note_contains(const lde::Check& c, const std::string& text) {
  for (const auto& n : c.notes)
    if (n.find(text) != std::string::npos) return true;
  return false;
}

void for_each_check(const std::vector<lde::Check>& checks, const std::function<void(const lde::Check&)>& f) {
  for (const auto& c : checks) {
    f(c);
    for_each_check(c.children, f);
  }
}

// An established enterprise (not converted, trajectories allocated long ago).
json established(double fte_value, int year) {
  return json{{"existed_before_2015", false},
              {"trajectories_allocated_on", "2015-06-01"},
              {"target_group_fte", {{std::to_string(year), fte_value}}}};
}

const char* kMinFte = "lde.recognition.min_fte";

}  // namespace

// [legal form] ---------------------------------------------------------------------------------------

TEST_CASE("a BV without social purpose is not an allowed legal form (T1)") {
  const auto r = run({{"legal_form", "company"}}, Date{2018, 5, 1});
  const auto& c = check(r, "lde.recognition.legal_form");
  CHECK(c.status == Status::not_met);
  CHECK(c.answers["organisation.legal_form"] == "company");
  CHECK_THAT(c.explanation, Catch::Contains("not allowed"));
  CHECK(check(r, "lde.recognition").status == Status::not_met);
}

TEST_CASE("a vzw, a public-law legal person, a VSO and an intermunicipal partnership are allowed legal forms") {
  for (const char* form : {"vzw", "public_law_entity", "social_purpose_company", "intermunicipal_partnership"}) {
    INFO(form);
    CHECK(status({{"legal_form", form}}, Date{2018, 5, 1}, "lde.recognition.legal_form") == Status::met);
  }
  for (const char* form : {"company", "natural_person", "other"}) {
    INFO(form);
    CHECK(status({{"legal_form", form}}, Date{2018, 5, 1}, "lde.recognition.legal_form") == Status::not_met);
  }
}

TEST_CASE("a CV recognised as social enterprise counts from 1 May 2019 only, as a low-confidence inference") {
  const json org{{"legal_form", "cooperative_recognised_social_enterprise"}};
  CHECK(status(org, Date{2019, 4, 30}, "lde.recognition.legal_form") == Status::not_met);
  const auto r = run(org, Date{2019, 5, 1});
  const auto& c = check(r, "lde.recognition.legal_form");
  CHECK(c.status == Status::met);
  CHECK(c.confidence() == lde::Confidence::low);
  CHECK(any_note_contains(c, "inference"));
  CHECK(any_note_contains(c, "Literal reading"));
}

TEST_CASE("a former VSO after 1 May 2019 still meets the legal form, with the presumption explained") {
  const auto before = run({{"legal_form", "social_purpose_company"}}, Date{2019, 4, 30});
  CHECK(check(before, "lde.recognition.legal_form").notes.empty());
  const auto after = run({{"legal_form", "social_purpose_company"}}, Date{2019, 5, 1});
  const auto& c = check(after, "lde.recognition.legal_form");
  CHECK(c.status == Status::met);
  CHECK(any_note_contains(c, "presumed recognised as a social enterprise"));
}

TEST_CASE("an unanswered legal form is unknown with its input path, never not met") {
  const auto r = run(json::object(), Date{2018, 5, 1});
  const auto& c = check(r, "lde.recognition.legal_form");
  CHECK(c.status == Status::unknown);
  CHECK(c.open_questions == std::vector<std::string>{"organisation.legal_form"});
}

// [5 FTE minimum] ------------------------------------------------------------------------------------

TEST_CASE("4.99 FTE fails and 5.00 FTE meets the minimum once the condition applies") {
  CHECK(status(established(4.99, 2018), Date{2019, 6, 1}, kMinFte) == Status::not_met);
  CHECK(status(established(5.00, 2018), Date{2019, 6, 1}, kMinFte) == Status::met);
  const auto r = run(established(4.5, 2018), Date{2019, 6, 1}, json::array(), "nl");
  CHECK(check(r, kMinFte).explanation == "4,50 VTE in 2018 is minder dan de vereiste 5 VTE.");
}

TEST_CASE("the FTE that counts is the yearly average of the last complete calendar year before the assessment date") {
  const auto dec31 = run({{"existed_before_2015", false}, {"trajectories_allocated_on", "2015-06-01"}}, Date{2018, 12, 31});
  CHECK(check(dec31, kMinFte).open_questions == std::vector<std::string>{"organisation.target_group_fte.2017"});
  const auto jan1 = run({{"existed_before_2015", false}, {"trajectories_allocated_on", "2015-06-01"}}, Date{2019, 1, 1});
  const auto& c = check(jan1, kMinFte);
  CHECK(c.status == Status::unknown);
  CHECK(c.open_questions == std::vector<std::string>{"organisation.target_group_fte.2018"});
  CHECK(any_note_contains(c, "last complete calendar year"));
}

TEST_CASE("a starting enterprise is in its 2-year grace period through the last day and must comply the day after (T5)") {
  const json org{{"existed_before_2015", false}, {"trajectories_allocated_on", "2017-03-01"}, {"target_group_fte", {{"2018", 4.0}}}};
  const auto last_day = run(org, Date{2019, 2, 28});
  CHECK(check(last_day, kMinFte).status == Status::not_applicable);
  CHECK_THAT(check(last_day, kMinFte).explanation, Catch::Contains("28/02/2019") && Catch::Contains("01/03/2017"));
  CHECK(status(org, Date{2019, 3, 1}, kMinFte) == Status::not_met);
}

TEST_CASE("a converted pre-2015 initiative: the rules in force on the assessment date decide its deadline") {
  const json org{{"existed_before_2015", true}, {"target_group_fte", {{"2018", 4.5}}}};
  SECTION("before the order of 14 December 2018 took effect, the deadline of 1 January 2019 had passed") {
    const auto r = run(org, Date{2019, 2, 9});
    CHECK(check(r, kMinFte).status == Status::not_met);
    CHECK(any_note_contains(check(r, kMinFte), "already been postponed once"));
  }
  SECTION("from 10 February 2019 the deadline is 1 January 2021") {
    const auto r = run(org, Date{2019, 2, 10});
    CHECK(check(r, kMinFte).status == Status::not_applicable);
    CHECK_THAT(check(r, kMinFte).explanation, Catch::Contains("01/01/2021"));
    CHECK(any_note_contains(check(r, kMinFte), "14 December 2018"));
  }
}

TEST_CASE("the 16 October 2020 decision postpones the 5 FTE condition to 1 January 2024, and the other reading stays visible") {
  const json converted{{"existed_before_2015", true}, {"target_group_fte", {{"2019", 4.5}}}};
  SECTION("the day before, a converted initiative waits for 1 January 2021") {
    const auto r = run(converted, Date{2020, 10, 15});
    CHECK(check(r, kMinFte).status == Status::not_applicable);
    CHECK_THAT(check(r, kMinFte).explanation, Catch::Contains("01/01/2021"));
  }
  SECTION("from that day, the condition waits for 1 January 2024") {
    const auto r = run(converted, Date{2020, 10, 16});
    const auto& c = check(r, kMinFte);
    CHECK(c.status == Status::not_applicable);
    CHECK_THAT(c.explanation, Catch::Contains("01/01/2024") && Catch::Contains("16/10/2020"));
    CHECK(any_note_contains(c, "Other reading"));
    CHECK(c.confidence() >= lde::Confidence::medium);  // weaker or equal: rests on a medium source
  }
  SECTION("an established enterprise below 5 FTE fails the day before and is postponed from that day") {
    CHECK(status(established(4.5, 2019), Date{2020, 10, 15}, kMinFte) == Status::not_met);
    CHECK(status(established(4.5, 2019), Date{2020, 10, 16}, kMinFte) == Status::not_applicable);
  }
}

TEST_CASE("4.5 FTE in 2022 for an established enterprise is not a failure under the postponement (T3, rules-reference 9.5)") {
  const auto r = run(established(4.5, 2022), Date{2023, 3, 1});
  const auto& c = check(r, kMinFte);
  CHECK(c.status == Status::not_applicable);
  CHECK(any_note_contains(c, "4.50 FTE in 2022 fails"));
}

TEST_CASE("from 1 January 2024 the postponed 5 FTE condition applies to the year 2023") {
  CHECK(status(established(4.5, 2022), Date{2023, 12, 31}, kMinFte) == Status::not_applicable);
  CHECK(status(established(4.5, 2023), Date{2024, 1, 1}, kMinFte) == Status::not_met);
  CHECK(status(established(5.0, 2023), Date{2024, 1, 1}, kMinFte) == Status::met);
}

TEST_CASE("below 5 FTE with the start of the enterprise unanswered is unknown and names the missing answer") {
  const auto r = run({{"target_group_fte", {{"2024", 3.0}}}}, Date{2025, 2, 1});
  const auto& c = check(r, kMinFte);
  CHECK(c.status == Status::unknown);
  CHECK(c.open_questions == std::vector<std::string>{"organisation.existed_before_2015"});
  const auto r2 = run({{"existed_before_2015", false}, {"target_group_fte", {{"2024", 3.0}}}}, Date{2025, 2, 1});
  CHECK(check(r2, kMinFte).open_questions == std::vector<std::string>{"organisation.trajectories_allocated_on"});
}

// [label] --------------------------------------------------------------------------------------------

TEST_CASE("a label granted on 1 January 2016 without contingent is valid through 31 December 2020 and expired on 1 January 2021 (T7)") {
  const json org{{"label_granted_on", "2016-01-01"}, {"contingent_allocated", false}};
  const auto last = run(org, Date{2020, 12, 31});
  CHECK(check(last, "lde.label.validity").status == Status::met);
  CHECK_THAT(check(last, "lde.label.validity").explanation, Catch::Contains("31/12/2020"));
  CHECK(status(org, Date{2021, 1, 1}, "lde.label.validity") == Status::not_met);
  CHECK(status(org, Date{2021, 1, 1}, "lde.label") == Status::not_met);
}

TEST_CASE("a label becomes valid indefinitely once a contingent is allocated (T8)") {
  const json org{{"label_granted_on", "2016-01-01"}, {"contingent_allocated_on", "2017-01-01"}};
  CHECK(status(org, Date{2030, 6, 1}, "lde.label.validity") == Status::met);
  const json undated{{"label_granted_on", "2016-01-01"}, {"contingent_allocated", true}};
  CHECK(status(undated, Date{2030, 6, 1}, "lde.label.validity") == Status::met);
}

TEST_CASE("a contingent allocated after the label expired does not revive it") {
  const json org{{"label_granted_on", "2016-01-01"}, {"contingent_allocated_on", "2021-01-01"}};
  CHECK(status(org, Date{2022, 1, 1}, "lde.label.validity") == Status::not_met);
  const json in_time{{"label_granted_on", "2016-01-01"}, {"contingent_allocated_on", "2020-12-31"}};
  CHECK(status(in_time, Date{2022, 1, 1}, "lde.label.validity") == Status::met);
}

TEST_CASE("after five years with the contingent unanswered the label is unknown, not expired") {
  const auto r = run({{"label_granted_on", "2016-01-01"}}, Date{2021, 1, 1});
  const auto& c = check(r, "lde.label.validity");
  CHECK(c.status == Status::unknown);
  CHECK(c.open_questions == std::vector<std::string>{"organisation.contingent_allocated"});
  const auto none = run(json::object(), Date{2021, 1, 1});
  CHECK(check(none, "lde.label.validity").open_questions == std::vector<std::string>{"organisation.label_granted_on"});
}

// [applications and banner] --------------------------------------------------------------------------

TEST_CASE("a new application is possible on 30 June 2023 and not on 1 July 2023, when a banner points to IMW") {
  const json org{{"legal_form", "vzw"}};
  const auto june = run(org, Date{2023, 6, 30});
  CHECK(check(june, "lde.recognition.applications_open").status == Status::met);
  CHECK_FALSE(june.extra.contains("banners"));
  const auto july = run(org, Date{2023, 7, 1});
  CHECK(check(july, "lde.recognition.applications_open").status == Status::not_met);
  REQUIRE(july.extra.contains("banners"));
  CHECK(july.extra["banners"][0]["id"] == "lde.no_new_recognitions");
  CHECK(july.extra["banners"][0]["action"] == "imw");
  CHECK_THAT(july.extra["banners"][0]["text"].get<std::string>(), Catch::Contains("01/07/2023"));
}

// [sui-generis division] -----------------------------------------------------------------------------

TEST_CASE("a municipality with other activities and no sui-generis division does not comply (T6)") {
  const json org{{"legal_form", "public_law_entity"},
                 {"other_activities", true},
                 {"sui_generis_division", {{"responsible_person", false}, {"identifiable", false}, {"separate_accounts", false}}}};
  const auto r = run(org, Date{2018, 5, 1});
  CHECK(check(r, "lde.recognition.sui_generis_division").status == Status::not_met);
  CHECK(check(r, "lde.recognition.sui_generis_division.separate_accounts").status == Status::not_met);
  CHECK(check(r, "lde.recognition").status == Status::not_met);
}

TEST_CASE("a local authority needs a sui-generis division even when other activities are unanswered") {
  const auto r = run({{"legal_form", "public_law_entity"}}, Date{2018, 5, 1});
  const auto& c = check(r, "lde.recognition.sui_generis_division");
  CHECK(c.status == Status::unknown);
  CHECK(c.open_questions == std::vector<std::string>{"organisation.sui_generis_division.responsible_person",
                                                     "organisation.sui_generis_division.identifiable",
                                                     "organisation.sui_generis_division.separate_accounts"});
}

TEST_CASE("a vzw without other activities needs no sui-generis division; unanswered stays unknown") {
  CHECK(status({{"legal_form", "vzw"}, {"other_activities", false}}, Date{2018, 5, 1}, "lde.recognition.sui_generis_division") ==
        Status::not_applicable);
  const auto r = run({{"legal_form", "vzw"}}, Date{2018, 5, 1});
  CHECK(check(r, "lde.recognition.sui_generis_division").open_questions == std::vector<std::string>{"organisation.other_activities"});
  const json complete{{"legal_form", "vzw"},
                      {"other_activities", true},
                      {"sui_generis_division", {{"responsible_person", true}, {"identifiable", true}, {"separate_accounts", true}}}};
  CHECK(status(complete, Date{2018, 5, 1}, "lde.recognition.sui_generis_division") == Status::met);
}

// [local services] -----------------------------------------------------------------------------------

namespace {
json good_service() {
  return json{{"name", "Fietspunt"},
              {"no_displacement", true},
              {"embedded_locally", true},
              {"complementary", true},
              {"quality_accessible", true},
              {"nature", "sgei"},
              {"sustainable_employment", true},
              {"long_term", true},
              {"in_line_with_flemish_policy", true},
              {"impact_analysis", {{"done", true}, {"local_stakeholders_consulted", true}, {"socio_economic_stakeholders_heard", true}}}};
}
}  // namespace

TEST_CASE("a service meeting all eight conditions and the impact analysis is met") {
  const auto r = run({{"operates_local_services", true}}, Date{2018, 5, 1}, json::array({good_service()}));
  CHECK(check(r, "lde.services[0]").status == Status::met);
  CHECK(check(r, "lde.services[0]").children.size() == 9);
  CHECK(check(r, "lde.recognition.local_services").status == Status::met);
}

TEST_CASE("a local service that displaces existing jobs does not meet the conditions (T10)") {
  json s = good_service();
  s["no_displacement"] = false;
  const auto r = run({{"operates_local_services", true}}, Date{2018, 5, 1}, json::array({good_service(), s}));
  CHECK(check(r, "lde.services[1].no_displacement").status == Status::not_met);
  CHECK(check(r, "lde.services[1]").status == Status::not_met);
  CHECK(check(r, "lde.services[0]").status == Status::met);
  const auto& local = check(r, "lde.recognition.local_services");
  CHECK(local.status == Status::not_met);
  CHECK_THAT(local.explanation, Catch::Contains("lde.services[1]"));
}

TEST_CASE("an impact analysis without hearing the socio-economic stakeholders is insufficient (T11)") {
  json s = good_service();
  s["impact_analysis"]["socio_economic_stakeholders_heard"] = false;
  const auto r = run(json::object(), Date{2018, 5, 1}, json::array({s}));
  const auto& c = check(r, "lde.services[0].impact_analysis");
  CHECK(c.status == Status::not_met);
  CHECK(c.answers["services[0].impact_analysis.socio_economic_stakeholders_heard"] == false);
  CHECK_THAT(c.explanation, Catch::Contains("socio-economic stakeholders were not heard"));
}

TEST_CASE("an economic service not organised as an SGEI fails; non-economic and SGEI services pass") {
  json s = good_service();
  for (const auto& [nature, expected] : std::vector<std::pair<std::string, Status>>{
           {"economic", Status::not_met}, {"sgei", Status::met}, {"non_economic", Status::met}}) {
    s["nature"] = nature;
    INFO(nature);
    CHECK(status(json::object(), Date{2018, 5, 1}, "lde.services[0].non_economic_or_sgei", json::array({s})) == expected);
  }
}

TEST_CASE("unanswered service questions are unknown with their exact input paths") {
  json s = good_service();
  s["impact_analysis"].erase("socio_economic_stakeholders_heard");
  s.erase("long_term");
  const auto r = run(json::object(), Date{2018, 5, 1}, json::array({s}));
  CHECK(check(r, "lde.services[0].impact_analysis").open_questions ==
        std::vector<std::string>{"services[0].impact_analysis.socio_economic_stakeholders_heard"});
  CHECK(check(r, "lde.services[0]").open_questions ==
        std::vector<std::string>{"services[0].long_term", "services[0].impact_analysis.socio_economic_stakeholders_heard"});
}

TEST_CASE("operating local services without describing one leaves the condition unknown") {
  const auto r = run({{"operates_local_services", true}}, Date{2018, 5, 1});
  CHECK(check(r, "lde.recognition.local_services").status == Status::unknown);
  CHECK(check(r, "lde.recognition.local_services").open_questions == std::vector<std::string>{"services"});
  CHECK(status({{"operates_local_services", false}}, Date{2018, 5, 1}, "lde.recognition.local_services") == Status::not_met);
}

// [quality and registration] -------------------------------------------------------------------------

namespace {
json quality(json q) { return json{{"quality", std::move(q)}}; }
}  // namespace

TEST_CASE("the quality model does not apply before 2 September 2019") {
  CHECK(status(json::object(), Date{2019, 9, 1}, "quality.registration") == Status::not_applicable);
  CHECK(status(json::object(), Date{2019, 9, 1}, "lde.recognition.quality_registration") == Status::not_applicable);
  CHECK(status(json::object(), Date{2019, 9, 2}, "quality.registration") == Status::unknown);
}

TEST_CASE("a registration filed 30 days ago is within the normal 40-day validation period (T26)") {
  const json org = quality({{"registration_filed_on", "2023-02-13"}});
  const auto day30 = run(org, Date{2023, 3, 15});
  const auto& c = check(day30, "quality.registration.registered");
  CHECK(c.status == Status::unknown);
  CHECK_THAT(c.explanation, Catch::Contains("30 days ago") && Catch::Contains("within the normal validation period of 40 days"));
  CHECK(c.open_questions == std::vector<std::string>{"organisation.quality.registration_validated_on"});
  CHECK_THAT(check(run(org, Date{2023, 3, 25}), "quality.registration.registered").explanation, Catch::Contains("within"));
  CHECK_THAT(check(run(org, Date{2023, 3, 26}), "quality.registration.registered").explanation, Catch::Contains("has passed"));
  CHECK(status(quality({{"registration_validated_on", "2023-03-10"}}), Date{2023, 3, 15}, "quality.registration.registered") ==
        Status::met);
}

TEST_CASE("a provider active before 2 September 2019 has a transition period through 1 September 2021") {
  const json org{{"label_granted_on", "2016-01-01"}, {"contingent_allocated", true}};
  const auto last = run(org, Date{2021, 9, 1});
  CHECK(check(last, "quality.registration").status == Status::not_applicable);
  CHECK_THAT(check(last, "quality.registration").explanation, Catch::Contains("01/09/2021"));
  CHECK(status(org, Date{2021, 9, 2}, "quality.registration") == Status::unknown);
  CHECK(status({{"label_granted_on", "2020-01-01"}}, Date{2021, 9, 1}, "quality.registration") == Status::unknown);
}

TEST_CASE("all three categories of minimum quality conditions must be met") {
  const json base{{"registered", true}, {"customer_service", true}, {"personnel_management", true},
                  {"financial_management", true}, {"proof", "market_certificate"}};
  CHECK(status(quality(base), Date{2022, 1, 1}, "quality.registration") == Status::met);
  for (const char* category : {"customer_service", "personnel_management", "financial_management"}) {
    json q = base;
    q[category] = false;
    INFO(category);
    CHECK(status(quality(q), Date{2022, 1, 1}, "quality.registration") == Status::not_met);
    CHECK(status(quality(q), Date{2022, 1, 1}, std::string("quality.registration.") + category) == Status::not_met);
  }
  json none = base;
  none["proof"] = "none";
  CHECK(status(quality(none), Date{2022, 1, 1}, "quality.registration.proof") == Status::not_met);
}

TEST_CASE("an approval certificate is usable until 31 December 2022, then once for 18 months, and the conflicting source is shown") {
  const json org = quality({{"proof", "approval_certificate"}, {"proof_obtained_on", "2021-03-01"}});
  const auto dec = run(org, Date{2022, 12, 31});
  CHECK(check(dec, "quality.registration.proof").status == Status::met);
  CHECK(any_note_contains(check(dec, "quality.registration.proof"), "The sources disagree"));
  CHECK(status(org, Date{2024, 6, 30}, "quality.registration.proof") == Status::met);
  CHECK(status(org, Date{2024, 7, 1}, "quality.registration.proof") == Status::not_met);
  const json later = quality({{"proof", "approval_certificate"}, {"proof_obtained_on", "2023-05-10"}});
  CHECK_THAT(check(run(later, Date{2024, 7, 1}), "quality.registration.proof").explanation, Catch::Contains("09/11/2024"));
  const auto undated = run(quality({{"proof", "approval_certificate"}}), Date{2023, 1, 1});
  CHECK(check(undated, "quality.registration.proof").open_questions ==
        std::vector<std::string>{"organisation.quality.proof_obtained_on"});
}

// [the whole tree] -----------------------------------------------------------------------------------

TEST_CASE("an empty assessment never makes a condition not met, only unknown") {
  for (const Date& on : {Date{2016, 1, 1}, Date{2020, 10, 16}, Date{2023, 6, 30}, Date{2026, 11, 22}}) {
    const auto r = run(json::object(), on, json::array({json::object()}));
    for_each_check(r.checks, [&](const lde::Check& c) {
      INFO(lde::to_iso(on) << " " << c.id);
      if (c.id.rfind("lde.recognition", 0) == 0 && (c.id == "lde.recognition" || c.id == "lde.recognition.applications_open"))
        return;  // applications_open depends only on the date
      CHECK(c.status != Status::not_met);
      if (c.status == Status::unknown && c.children.empty()) CHECK_FALSE(c.open_questions.empty());
    });
  }
}

TEST_CASE("every employer check has a title and a resolved explanation in Dutch and English") {
  const json org{{"legal_form", "public_law_entity"}, {"other_activities", true}, {"label_granted_on", "2016-01-01"},
                 {"existed_before_2015", true}, {"quality", {{"proof", "approval_certificate"}, {"registration_filed_on", "2023-01-01"}}}};
  const auto& messages = lde::builtin_messages();
  for (const char* lang : {"nl", "en"}) {
    for (const Date& on : {Date{2019, 2, 1}, Date{2023, 3, 1}, Date{2024, 2, 1}}) {
      const auto r = run(org, on, json::array({good_service(), json::object()}), lang);
      const auto language = *lde::parse_language(lang);
      for_each_check(r.checks, [&](const lde::Check& c) {
        INFO(lang << " " << lde::to_iso(on) << " " << c.id << ": " << c.explanation);
        CHECK(messages.has(language, lde::check_message_key(c.id) + ".title"));
        CHECK_FALSE(c.explanation.empty());
        CHECK(c.explanation.find("\xE2\x9F\xA6") == std::string::npos);  // ⟦missing key⟧
        CHECK(c.explanation.find('{') == std::string::npos);
        for (const auto& n : c.notes) CHECK(n.find('{') == std::string::npos);
        if (c.children.empty() && c.status != Status::not_applicable) CHECK_FALSE(c.sources.empty());
      });
    }
  }
}
