// The fast report writer (to_json_string) must write exactly what the nlohmann_json DOM path writes:
// the to_json functions define the contract, the writer only makes it cheap.
#include <catch2/catch.hpp>

#include "lde/evaluate.hpp"
#include "test_files.hpp"

using lde::test::json_files;
using lde::test::read_file;
using nlohmann::json;

TEST_CASE("the fast report writer writes the same bytes as the JSON tree for every scenario and example") {
  const std::filesystem::path root(LDE_SOURCE_DIR);
  std::vector<json> assessments;
  for (const auto& file : json_files(root / "tests" / "scenarios")) {
    const json scenario = json::parse(read_file(file));
    if (!scenario.contains("expect_error")) assessments.push_back(scenario.at("assessment"));
  }
  for (const auto& file : json_files(root / "assets" / "examples")) assessments.push_back(json::parse(read_file(file)));
  REQUIRE(assessments.size() >= 40);
  int compared = 0;
  for (const auto& input : assessments) {
    auto parsed = lde::assessment_from_json(input);
    REQUIRE(parsed.ok());
    for (const char* date : {"2019-06-30", "2023-06-30", "2024-03-15"}) {
      for (auto lang : {lde::Language::nl, lde::Language::en}) {
        lde::Assessment a = *parsed.assessment;
        a.language = lang;
        const lde::Report report = lde::evaluate(a, *lde::parse_date(date));
        INFO(input.dump().substr(0, 300) << " on " << date);
        REQUIRE(lde::to_json_string(report) == json(report).dump());
        ++compared;
      }
    }
  }
  CHECK(compared == static_cast<int>(assessments.size()) * 6);
}

TEST_CASE("the fast report writer escapes what JSON requires and keeps UTF-8") {
  lde::Report r;
  r.assessment_date = *lde::parse_date("2024-03-15");
  r.regime = "imw";
  lde::WorkerReport w;
  w.id = "w\"1\\";
  w.name = "Zo\xC3\xAB tab\there\nnew line \x01\x1f del\x7f \xE2\x82\xAC 1.234,56 \xF0\x9F\x98\x80";
  w.status_on_date = "in_trajectory";
  w.extra["summary"] = json::array({"a", "b"});
  w.extra["name"] = "overridden by extra";
  r.workers.push_back(w);
  r.extra["banners"] = json::array({json{{"id", "x"}, {"text", "\xE2\x82\xAC"}}});
  const std::string written = lde::to_json_string(r);
  CHECK(written == json(r).dump());
  CHECK(json::parse(written)["workers"][0]["name"] == "overridden by extra");
}

TEST_CASE("the fast report writer replaces invalid UTF-8 instead of writing broken JSON") {
  lde::Report r;
  r.assessment_date = *lde::parse_date("2024-03-15");
  r.regime = "lde";
  lde::WorkerReport w;
  w.id = std::string("bad \xC3 byte \xFF end");
  r.workers.push_back(w);
  const std::string written = lde::to_json_string(r);
  const json back = json::parse(written);  // throws on invalid UTF-8
  CHECK(back["workers"][0]["id"] == "bad \xEF\xBF\xBD byte \xEF\xBF\xBD end");
}
