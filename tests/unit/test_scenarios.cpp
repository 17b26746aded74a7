// Runs every tests/scenarios/*.json: an assessment and the report fragment it must produce.
// Scenario format: {"title": "...", "basis": "...", "today": "YYYY-MM-DD"?, "assessment": {...},
//   "expect_checks": {"<check id>": "<status>", "workers[<id>].<check id>": "<status>"},
//   "expect": <a fragment of the report JSON>, "expect_error": "<text the input error contains>"}
// A fragment matches when every key it has is in the report with a matching value; arrays of objects
// with an "id" are matched by id, other arrays element by element.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lde/evaluate.hpp"
#include "test_files.hpp"

namespace {

using nlohmann::json;

using lde::test::json_files;
using lde::test::read_file;

// Returns "" when `expected` is a fragment of `actual`, else where it differs.
std::string fragment_mismatch(const json& expected, const json& actual, const std::string& path) {
  if (expected.is_object()) {
    if (!actual.is_object()) return path + ": expected an object, got " + actual.dump();
    for (const auto& [k, v] : expected.items()) {
      if (!actual.contains(k)) return path + "." + k + ": missing";
      if (auto m = fragment_mismatch(v, actual.at(k), path + "." + k); !m.empty()) return m;
    }
    return "";
  }
  if (expected.is_array()) {
    if (!actual.is_array()) return path + ": expected an array, got " + actual.dump();
    for (std::size_t i = 0; i < expected.size(); ++i) {
      const json& e = expected[i];
      if (e.is_object() && e.contains("id")) {
        auto it = std::find_if(actual.begin(), actual.end(),
                               [&](const json& a) { return a.is_object() && a.value("id", json()) == e["id"]; });
        if (it == actual.end()) return path + "[id=" + e["id"].dump() + "]: missing";
        if (auto m = fragment_mismatch(e, *it, path + "[id=" + e["id"].dump() + "]"); !m.empty()) return m;
      } else {
        if (i >= actual.size()) return path + "[" + std::to_string(i) + "]: missing";
        if (auto m = fragment_mismatch(e, actual[i], path + "[" + std::to_string(i) + "]"); !m.empty()) return m;
      }
    }
    if (!expected.empty() && !expected[0].is_object() && expected.size() != actual.size())
      return path + ": expected " + std::to_string(expected.size()) + " elements, got " + std::to_string(actual.size());
    return "";
  }
  if (expected.is_number() && actual.is_number()) {
    if (std::abs(expected.get<double>() - actual.get<double>()) > 0.005)
      return path + ": expected " + expected.dump() + ", got " + actual.dump();
    return "";
  }
  if (expected != actual) return path + ": expected " + expected.dump() + ", got " + actual.dump();
  return "";
}

const json* find_check_json(const json& checks, const std::string& id) {
  for (const auto& c : checks) {
    if (c["id"] == id) return &c;
    if (const json* found = find_check_json(c["children"], id)) return found;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("every scenario produces the report fragment it expects") {
  const std::filesystem::path dir = std::filesystem::path(LDE_SOURCE_DIR) / "tests" / "scenarios";
  const std::vector<std::filesystem::path> files = json_files(dir);
  REQUIRE(files.size() >= 1);
  for (const auto& file : files) {
    DYNAMIC_SECTION(file.filename().string()) {
      const json scenario = json::parse(read_file(file));
      const auto parsed = lde::assessment_from_json(scenario.at("assessment"));
      if (scenario.contains("expect_error")) {
        REQUIRE_FALSE(parsed.ok());
        CHECK_THAT(parsed.error->to_string(), Catch::Contains(scenario["expect_error"].get<std::string>()));
        continue;
      }
      INFO((parsed.ok() ? std::string() : parsed.error->to_string()));
      REQUIRE(parsed.ok());
      const lde::Date today = lde::parse_date(scenario.value("today", "2026-11-22")).value();
      const json report = lde::evaluate(*parsed.assessment, today);
      if (scenario.contains("expect_checks")) {
        for (const auto& [id, status] : scenario["expect_checks"].items()) {
          const json* check = nullptr;
          if (id.rfind("workers[", 0) == 0) {
            const auto close = id.find("].");
            const std::string worker = id.substr(8, close - 8);
            for (const auto& w : report["workers"])
              if (w["id"] == worker) check = find_check_json(w["checks"], id.substr(close + 2));
          } else {
            check = find_check_json(report["checks"], id);
          }
          INFO(file.filename().string() << ": " << id);
          REQUIRE(check != nullptr);
          INFO((*check)["explanation"].get<std::string>());
          CHECK((*check)["status"] == status);
        }
      }
      if (scenario.contains("expect")) {
        const std::string m = fragment_mismatch(scenario["expect"], report, "report");
        INFO(file.filename().string());
        CHECK(m == "");
      }
    }
  }
}
