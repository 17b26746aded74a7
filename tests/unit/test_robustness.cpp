// Regression tests for inputs that once crashed or broke a parser (found by the fuzzers, the property
// tests or the sanitizers; issue 7). Each names the input and what must happen instead.
#include <catch2/catch.hpp>

#include <string>

#include "lde/assessment.hpp"
#include "lde/batch.hpp"

using nlohmann::json;

namespace {
const lde::BatchOptions kOptions{std::nullopt, std::nullopt, lde::Date{2024, 1, 15}};
}

TEST_CASE("a number too large for a double is an input error with line and column, not an internal failure") {
  // nlohmann_json reports 1e400 as out_of_range, which the parser once let escape as an exception.
  const std::string text = "{\"schema\": \"lde-assessment/1\",\n \"organisation\": {\"target_group_fte\": {\"2022\": 1e400}}}";
  lde::ParseResult parsed;
  REQUIRE_NOTHROW(parsed = lde::parse_assessment(text));
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.error->line == 2);
  CHECK(parsed.error->column == 48);  // the 1 of 1e400
  CHECK(parsed.error->to_string() == "line 2, column 48: invalid JSON: number 1e400 is out of range");
}

TEST_CASE("a batch line with an out-of-range number gives an error object for that line") {
  const auto out = lde::batch_line("{\"schema\": \"lde-assessment/1\", \"x\": -1e400}", 7, kOptions);
  REQUIRE(out);
  const json j = json::parse(*out);
  CHECK(j["line"] == 7);
  CHECK(j["error"]["message"].get<std::string>().find("out of range") != std::string::npos);
}

TEST_CASE("a batch line with invalid UTF-8 gives a valid JSON error object instead of stopping the batch") {
  // The syntax error message echoes the bad bytes; writing them into the output line once threw
  // json type_error 316 and ended the whole batch with an internal error.
  for (const std::string bad : {"\xC3", "\xFF\xFE", "\xE2\x82", "\xED\xA0\x80"}) {
    const std::string line = "{\"schema\": \"lde-assessment/1\", \"organisation\": {\"name\": \"" + bad + "\"}}";
    std::optional<std::string> out;
    REQUIRE_NOTHROW(out = lde::batch_line(line, 3, kOptions));
    REQUIRE(out);
    json j;
    REQUIRE_NOTHROW(j = json::parse(*out));
    CHECK(j["line"] == 3);
    CHECK(j["error"]["column"].get<int>() > 0);
  }
}

TEST_CASE("a blank batch line is skipped and a valid one gives a report") {
  CHECK_FALSE(lde::batch_line(" \t\r", 1, kOptions));
  const auto out = lde::batch_line("{\"schema\": \"lde-assessment/1\", \"assessment_date\": \"2023-06-30\"}", 2, kOptions);
  REQUIRE(out);
  const json j = json::parse(*out);
  CHECK(j["schema"] == "lde-report/1");
  CHECK(j["assessment_date"] == "2023-06-30");
}

TEST_CASE("the batch --date and --lang options override the assessment's own date and language") {
  const lde::BatchOptions options{lde::Date{2023, 7, 1}, lde::Language::en, lde::Date{2024, 1, 15}};
  const auto out = lde::batch_line("{\"schema\": \"lde-assessment/1\", \"assessment_date\": \"2023-06-30\", \"language\": \"nl\"}", 1,
                                   options);
  REQUIRE(out);
  const json j = json::parse(*out);
  CHECK(j["assessment_date"] == "2023-07-01");
  CHECK(j["regime"] == "imw");
}

TEST_CASE("an IMW decision date before 2015-04-01 is an input error naming its path, not an internal failure") {
  // Found by fuzz_batch_line: the IMW rules were looked up on 1011-11-15 and threw RuleError.
  const auto doc = [](const std::string& date) {
    return "{\"schema\": \"lde-assessment/1\", \"assessment_date\": \"2025-06-01\", \"workers\": [{\"id\": \"w1\", \"imw\": "
           "{\"contract_hours\": 38, \"package\": \"two_year\", \"decision_date\": \"" + date + "\"}}]}";
  };
  const auto early = lde::parse_assessment(doc("1011-11-15"));
  REQUIRE_FALSE(early.ok());
  CHECK(early.error->to_string() ==
        "workers[0].imw.decision_date: 1011-11-15 is before 2015-04-01, the earliest date this tool assesses");
  CHECK_FALSE(lde::parse_assessment(doc("2015-03-31")).ok());
  CHECK(lde::parse_assessment(doc("2015-04-01")).ok());
  const auto out = lde::batch_line(doc("1011-11-15"), 4, kOptions);
  REQUIRE(out);
  CHECK(json::parse(*out)["error"]["path"] == "workers[0].imw.decision_date");
  const auto fine = lde::batch_line(doc("2015-04-01"), 5, kOptions);
  REQUIRE(fine);
  CHECK(json::parse(*fine)["schema"] == "lde-report/1");
}
