// The fast reader behind parse_assessment (core/src/fast_json.hpp) must read every text it accepts
// exactly as the nlohmann_json reader does, and must hand everything else over to that reader.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "lde/assessment.hpp"
#include "test_files.hpp"

namespace {

using lde::detail::parse_assessment_fast;
using lde::detail::parse_assessment_nlohmann;

// What parse_assessment answers, as text: the assessment written back, or the error.
std::string answer(const lde::ParseResult& r) {
  return r.ok() ? lde::to_json(*r.assessment).dump() : "error: " + r.error->to_string();
}

// The fast reader either declines or reads what nlohmann_json reads; parse_assessment answers as
// the nlohmann_json reader does. Returns whether the fast reader accepted the text.
bool agrees(const std::string& text) {
  INFO("text: " << text);
  const auto fast = parse_assessment_fast(text);
  const lde::ParseResult full = parse_assessment_nlohmann(text);
  if (fast) {
    REQUIRE(full.ok());
    // dump() rather than json ==, which would take -0.0 for 0.0.
    REQUIRE(lde::to_json(*fast).dump() == lde::to_json(*full.assessment).dump());
  }
  REQUIRE(answer(lde::parse_assessment(text)) == answer(full));
  return fast.has_value();
}

const std::string kBatchLine =
    R"({"schema":"lde-assessment/1","assessment_date":"2024-03-15","organisation":{"employer_kind":"private_legal_person",)"
    R"("in_difficulty":false},"workers":[{"id":"w1","name":"Werknemer 1","employment_start":"2020-08-23",)"
    R"("trajectory_start":"2020-08-23","exceptional_sixth_year":false,"work_fraction":0.56,"birth_date":"1991-01-18",)"
    R"("age_55_extension":false,"employed_on":[{"from":"2020-08-23","to":null}],"pop_dates":["2020-08-23","2021-08-23"],)"
    R"("imw":{"contract_hours":19,"wage_premium_percent":40,"monthly_reference_wage":2345.67,"package":"five_year"}}]})";

std::string with_worker_field(const std::string& field_and_value) {
  return R"({"schema": "lde-assessment/1", "workers": [{"id": "w1", )" + field_and_value + "}]}";
}

}  // namespace

TEST_CASE("the fast reader reads a batch line, and every scenario and example, as nlohmann_json does") {
  CHECK(agrees(kBatchLine));
  int accepted = 0, files = 0;
  const std::filesystem::path root(LDE_SOURCE_DIR);
  for (const auto& dir : {root / "tests" / "scenarios", root / "assets" / "examples"})
    for (const auto& f : lde::test::json_files(dir)) {
      const nlohmann::json j = nlohmann::json::parse(lde::test::read_file(f));
      const nlohmann::json doc = j.contains("assessment") ? j["assessment"] : j;
      ++files;
      for (int indent : {-1, 2})
        if (agrees(doc.dump(indent))) ++accepted;
    }
  REQUIRE(files > 20);
  CHECK(accepted > files);  // most are plain JSON: the fast reader is really in use
}

TEST_CASE("the fast reader reads whitespace, empty containers, nulls and numbers as nlohmann_json does") {
  CHECK(agrees("\r\n\t {\"schema\"\t:\r\n\"lde-assessment/1\" , \"services\" : [ ] ,\"organisation\":{ } }\n"));
  CHECK(agrees(R"({"schema": "lde-assessment/1", "assessment_date": null, "workers": []})"));
  for (const char* number : {"0.5", "5e-1", "5E-1", "0.50", "1", "1.0", "1E0", "0.1", "0.3333333333333333",
                             "0.30000000000000004", "1e-0", "2.5e-1"})
    CHECK(agrees(with_worker_field(std::string(R"("work_fraction": )") + number)));
  for (const char* number : {"0", "-0", "-0.0", "38", "38.5", "123456789012345678", "1e3", "1e+3", "0.000001", "1e-400"})
    CHECK(agrees(with_worker_field(std::string(R"("imw": {"contract_hours": )") + number + "}")));
  for (const char* number : {"40", "40.0", "4e1", "4.0E+1"})
    CHECK(agrees(with_worker_field(std::string(R"("imw": {"wage_premium_percent": )") + number + "}")));
  // -0 is an integer to nlohmann_json, so it reads back as 0, not -0.0.
  const auto zero = parse_assessment_fast(with_worker_field(R"("imw": {"contract_hours": -0})"));
  REQUIRE(zero);
  CHECK_FALSE(std::signbit(*zero->workers[0].imw->contract_hours));
}

TEST_CASE("the fast reader declines what it does not read itself, and nlohmann_json answers") {
  const std::string schema = R"("schema": "lde-assessment/1")";
  const std::string bom = "\xEF\xBB\xBF";
  std::string deep = "[";
  for (int i = 0; i < 40; ++i) deep = "[" + deep + "]";
  deep += "]";
  const std::vector<std::string> texts = {
           // JSON it leaves to nlohmann_json
           "{" + schema + R"(, "workers": [{"id": "w\u0031"}]})",              // an escape
           "{" + schema + R"(, "workers": [{"id": "w1", "name": "Zoë"}]})",    // UTF-8
           "{" + schema + ", \"workers\": [{\"id\": \"w1\", \"name\": \"tab\tin\"}]}",  // a raw control character
           "{" + schema + R"(, "language": "nl", "language": "en"})",          // a duplicate key: the last wins
           bom + "{" + schema + "}",                                           // a byte-order mark
           "{" + schema + R"(, "organisation": {"target_group_fte": {"2020": 1e400}}})",  // out of range
           "{" + schema + R"(, "organisation": {"target_group_fte": {"2020": 12345678901234567890}}})",
           "{" + schema + R"(, "unknown": )" + deep + "}",                     // deeper than kMaxDepth
           // not JSON
           "", " ", "{", "{" + schema + "} {}", "{" + schema + "} // note", "{" + schema + ",}", "[1,]",
           "{" + schema + R"(, "organisation": {"target_group_fte": {"2020": 01}}})",
           "{" + schema + R"(, "organisation": {"target_group_fte": {"2020": 1.}}})",
           "{" + schema + R"(, "organisation": {"target_group_fte": {"2020": .5}}})",
           "{" + schema + R"(, "organisation": {"target_group_fte": {"2020": -}}})",
           "{" + schema + R"(, "organisation": {"target_group_fte": {"2020": 1e}}})",
           "{" + schema + R"(, "language": nl})", "{" + schema + R"(, "workers": [{"id": "w1"})",
           "{" + schema + R"(, "workers": tru})", "{" + schema + R"(, "workers": nulll})", "{" + schema + R"(, "a" "b"})",
           "{'schema': 'lde-assessment/1'}", "{\"schema\": \"lde-assessment/1}",
           // JSON, but not a valid assessment
           "{}", "[]", "null", "{" + schema + R"(, "unknown": 1})",
           "{" + schema + R"(, "workers": [{"id": "w1"}, {"id": "w1"}]})",
           "{" + schema + R"(, "workers": [{"id": "w1", "work_fraction": 1.5}]})",
           "{" + schema + R"(, "workers": [{"id": "w1", "employed_on": [{"from": "2020-01-01", "to": "2019-01-01"}]}]})",
           "{" + schema + R"(, "workers": [{"id": "w1", "imw": {"wage_premium_percent": 37}}]})",
       };
  for (const std::string& text : texts) {
    CHECK_FALSE(agrees(text));
  }
  // The duplicate key: nlohmann_json keeps the last value, and so does parse_assessment.
  const auto dup = lde::parse_assessment("{" + schema + R"(, "language": "nl", "language": "en"})");
  REQUIRE(dup.ok());
  CHECK(dup.assessment->language == lde::Language::en);
}

TEST_CASE("a failed fast read leaves nothing behind for the next text") {
  CHECK_FALSE(parse_assessment_fast(R"({"schema": "lde-assessment/1", "workers": [{"id": "w1"}, {"id": )"));
  const auto next = parse_assessment_fast(kBatchLine);
  REQUIRE(next);
  CHECK(next->workers.size() == 1);
  CHECK(next->workers[0].pop_dates->size() == 2);
}
