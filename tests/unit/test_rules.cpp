#include <catch2/catch.hpp>

#include "lde/evaluate.hpp"
#include "lde/rules.hpp"

using lde::Date;

namespace {
const char* kSample = R"({
  "parameters": {
    "demo.threshold": {
      "description": {"nl": "Drempel", "en": "Threshold"},
      "unit": "fte",
      "versions": [
        {"from": "2015-04-01", "value": 5, "sources": [{"title": "A", "url": "https://a.example", "confidence": "high"}]},
        {"from": "2020-10-16", "value": 0, "sources": [{"title": "B", "url": "https://b.example", "article": "art. 2", "confidence": "medium"}],
         "note": {"nl": "uitgesteld", "en": "postponed"},
         "alternatives": [{"value": 5, "sources": [{"title": "C", "url": "https://c.example", "confidence": "low"}],
                           "note": {"nl": "andere lezing", "en": "other reading"}}]}
      ]
    }
  }
})";
}  // namespace

TEST_CASE("a parameter's value is the version in force on the date asked") {
  lde::RuleBook book;
  book.add_file("demo.json", kSample);
  CHECK(book.version_on("demo.threshold", Date{2015, 3, 31}) == nullptr);
  CHECK(book.number("demo.threshold", Date{2015, 4, 1}) == 5);
  CHECK(book.number("demo.threshold", Date{2020, 10, 15}) == 5);
  CHECK(book.number("demo.threshold", Date{2020, 10, 16}) == 0);
  CHECK(book.number("demo.threshold", Date{2030, 1, 1}) == 0);
  const auto& v = book.at("demo.threshold", Date{2021, 1, 1});
  CHECK(v.sources.at(0).article == "art. 2");
  CHECK(v.confidence() == lde::Confidence::medium);
  CHECK(v.alternatives.size() == 1);
  CHECK(v.note.at("en") == "postponed");
  CHECK_THROWS_AS(book.at("demo.threshold", Date{2000, 1, 1}), lde::RuleError);
}

TEST_CASE("an override replaces the value on every date and keeps the sources") {
  lde::RuleBook book;
  book.add_file("demo.json", kSample);
  book.set_override("demo.threshold", 7);
  CHECK(book.number("demo.threshold", Date{2016, 1, 1}) == 7);
  CHECK(book.at("demo.threshold", Date{2021, 1, 1}).sources.at(0).title == "B");
  book.clear_overrides();
  CHECK(book.number("demo.threshold", Date{2016, 1, 1}) == 5);
}

TEST_CASE("a broken rules file is refused with its file name and JSON path") {
  lde::RuleBook book;
  SECTION("a version without sources") {
    const char* text = R"({"parameters": {"x": {"description": {"nl": "a", "en": "b"}, "unit": "bool",
      "versions": [{"from": "2015-04-01", "value": true}]}}})";
    CHECK_THROWS_WITH(book.add_file("bad.json", text), Catch::Contains("bad.json") && Catch::Contains("parameters.x.versions[0]") &&
                                                           Catch::Contains("sources"));
  }
  SECTION("a source without a known confidence") {
    const char* text = R"({"parameters": {"x": {"description": {"nl": "a", "en": "b"}, "unit": "bool",
      "versions": [{"from": "2015-04-01", "value": true, "sources": [{"title": "t", "url": "u", "confidence": "sure"}]}]}}})";
    CHECK_THROWS_WITH(book.add_file("bad.json", text), Catch::Contains("parameters.x.versions[0].sources[0].confidence"));
  }
  SECTION("versions out of order") {
    const char* text = R"({"parameters": {"x": {"description": {"nl": "a", "en": "b"}, "unit": "bool",
      "versions": [{"from": "2016-01-01", "value": true, "sources": [{"title": "t", "url": "u", "confidence": "high"}]},
                   {"from": "2015-01-01", "value": false, "sources": [{"title": "t", "url": "u", "confidence": "high"}]}]}}})";
    CHECK_THROWS_WITH(book.add_file("bad.json", text), Catch::Contains("versions[1].from"));
  }
  SECTION("a date that does not exist") {
    const char* text = R"({"parameters": {"x": {"description": {"nl": "a", "en": "b"}, "unit": "bool",
      "versions": [{"from": "2015-02-30", "value": true, "sources": [{"title": "t", "url": "u", "confidence": "high"}]}]}}})";
    CHECK_THROWS_WITH(book.add_file("bad.json", text), Catch::Contains("versions[0].from"));
  }
}

TEST_CASE("every built-in parameter is in force from the earliest assessment date and fully cited") {
  const auto& book = lde::builtin_rules();
  REQUIRE(book.all().size() > 0);
  for (const auto& [id, p] : book.all()) {
    INFO(id);
    CHECK(book.version_on(id, lde::kEarliestAssessmentDate) != nullptr);
    CHECK(p.description.count("nl") == 1);
    CHECK(p.description.count("en") == 1);
    for (const auto& v : p.versions) {
      CHECK_FALSE(v.sources.empty());
      for (const auto& s : v.sources) {
        CHECK_FALSE(s.title.empty());
        CHECK(s.url.rfind("http", 0) == 0);
      }
    }
  }
}

TEST_CASE("the built-in rules include the closure of LDE applications on 1 July 2023") {
  const auto& book = lde::builtin_rules();
  CHECK(book.flag("lde.recognition.applications_open", Date{2023, 6, 30}));
  CHECK_FALSE(book.flag("lde.recognition.applications_open", Date{2023, 7, 1}));
}
