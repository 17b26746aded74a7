// Property tests (issue 7): laws that must hold for every input, checked exhaustively where the domain
// is small and on seeded pseudo-random samples where it is not. The generator is our own SplitMix64,
// so native and wasm runs draw the same numbers and a failure reproduces on both.
//
// [SECTION] Seeded generator
// [SECTION] Term ends against a brute-force calendar walk
// [SECTION] Months and quarters
// [SECTION] Parent-status combination
// [SECTION] Assessment JSON round trips of generated assessments
// [SECTION] Parsing never throws on mutated inputs
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lde/assessment.hpp"
#include "lde/batch.hpp"
#include "lde/check.hpp"
#include "lde/date.hpp"
#include "lde/evaluate.hpp"

using lde::Date;
using lde::Status;
using nlohmann::json;

namespace {

// [SECTION] Seeded generator ---------------------------------------------------------------------------
struct Rng {
  std::uint64_t state;
  std::uint64_t next() {  // SplitMix64
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  int between(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }
  bool chance(int percent) { return between(1, 100) <= percent; }
  Date date(const Date& from, const Date& to) {
    return lde::civil_from_days(lde::to_days(from) + between(0, static_cast<int>(lde::days_between(from, to))));
  }
  template <typename T>
  const T& pick(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(between(0, static_cast<int>(items.size()) - 1))];
  }
};

// A hand-stepped calendar, independent of the day-count algorithms under test.
Date next_day_by_hand(Date d) {
  static const unsigned lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  const unsigned month_length = (d.month == 2 && leap) ? 29 : lengths[d.month - 1];
  if (d.day < month_length) return Date{d.year, d.month, d.day + 1};
  if (d.month < 12) return Date{d.year, d.month + 1, 1};
  return Date{d.year + 1, 1, 1};
}

// Walks day by day from `start` and records the last day of each of the first `max_years` years: a
// year is complete on the day before the start's month and day come round again; for a 29 February
// start in a year without 29 February, the new year begins on 1 March (design.md, "Date").
std::vector<Date> year_ends_by_walking(const Date& start, int max_years) {
  std::vector<Date> ends;
  const bool feb29 = start.month == 2 && start.day == 29;
  Date previous = start;
  Date day = next_day_by_hand(start);
  while (static_cast<int>(ends.size()) < max_years) {
    bool new_year;
    if (feb29) {
      const bool leap = (day.year % 4 == 0 && day.year % 100 != 0) || day.year % 400 == 0;
      new_year = leap ? (day.month == 2 && day.day == 29) : (day.month == 3 && day.day == 1);
    } else {
      new_year = day.month == start.month && day.day == start.day;
    }
    if (new_year) ends.push_back(previous);
    previous = day;
    day = next_day_by_hand(day);
  }
  return ends;
}

}  // namespace

// [SECTION] Term ends against a brute-force calendar walk ------------------------------------------------

TEST_CASE("term ends equal a day-by-day count of calendar years for every start day 2013-2026") {
  for (Date start{2013, 1, 1}; start <= Date{2026, 12, 31}; start = next_day_by_hand(start)) {
    const auto ends = year_ends_by_walking(start, 6);
    for (int years = 1; years <= 6; ++years) {
      INFO("start " << lde::to_iso(start) << ", " << years << " years");
      REQUIRE(lde::term_end(start, years) == ends[static_cast<std::size_t>(years - 1)]);
    }
  }
}

TEST_CASE("term ends equal a day-by-day count for seeded start days from 1900 to 2200") {
  Rng rng{20260701};
  std::vector<Date> starts = {{1900, 2, 28}, {1900, 3, 1}, {1996, 2, 29}, {2000, 2, 29}, {2096, 2, 29}, {2195, 12, 31}};
  for (int i = 0; i < 1500; ++i) starts.push_back(rng.date({1900, 1, 1}, {2194, 12, 31}));
  for (const Date& start : starts) {
    const auto ends = year_ends_by_walking(start, 6);
    for (int years = 1; years <= 6; ++years) {
      INFO("start " << lde::to_iso(start) << ", " << years << " years");
      REQUIRE(lde::term_end(start, years) == ends[static_cast<std::size_t>(years - 1)]);
    }
  }
}

TEST_CASE("a 29 February start ends on 28 February whether or not the end year is a leap year (2000 is, 2100 is not)") {
  // 2096 + 4 = 2100 is not a leap year (divisible by 100, not by 400); 1996 + 4 = 2000 is.
  CHECK(lde::term_end(Date{2096, 2, 29}, 4) == Date{2100, 2, 28});
  CHECK(lde::term_end(Date{1996, 2, 29}, 4) == Date{2000, 2, 28});
  CHECK(year_ends_by_walking(Date{1996, 2, 29}, 4).back() == Date{2000, 2, 28});
  CHECK(year_ends_by_walking(Date{2096, 2, 29}, 4).back() == Date{2100, 2, 28});
}

// [SECTION] Months and quarters ---------------------------------------------------------------------------

TEST_CASE("adding months moves the month count exactly and clamps only past the month end") {
  Rng rng{42};
  for (int i = 0; i < 20000; ++i) {
    const Date d = rng.date({1900, 1, 1}, {2200, 12, 31});
    const int months = rng.between(-240, 240);
    const Date r = lde::add_months(d, months);
    INFO(lde::to_iso(d) << " + " << months << " months = " << lde::to_iso(r));
    REQUIRE(lde::is_valid(r));
    REQUIRE((r.year * 12 + static_cast<int>(r.month)) - (d.year * 12 + static_cast<int>(d.month)) == months);
    REQUIRE(r.day == std::min(d.day, lde::days_in_month(r.year, r.month)));
    if (d.day <= 28) REQUIRE(lde::add_months(r, -months) == d);
    // splitting the step lands in the same month, never later in it (clamping only loses days)
    const int part = rng.between(-24, 24);
    const Date split = lde::add_months(lde::add_months(d, part), months - part);
    REQUIRE(split.year == r.year);
    REQUIRE(split.month == r.month);
    REQUIRE(split.day <= r.day);
  }
}

TEST_CASE("adding months keeps the order of dates") {
  Rng rng{7};
  for (int i = 0; i < 20000; ++i) {
    Date a = rng.date({1900, 1, 1}, {2200, 12, 31});
    Date b = rng.date({1900, 1, 1}, {2200, 12, 31});
    if (b < a) std::swap(a, b);
    const int months = rng.between(-120, 120);
    REQUIRE(lde::add_months(a, months) <= lde::add_months(b, months));
  }
}

TEST_CASE("twelve months later is the anniversary for every day from 1900 to 2200") {
  for (auto z = lde::days_from_civil(1900, 1, 1); z <= lde::days_from_civil(2200, 12, 31); ++z) {
    const Date d = lde::civil_from_days(z);
    const Date next = lde::add_months(d, 12);
    if (d.month == 2 && d.day == 29)
      REQUIRE(next == Date{d.year + 1, 2, 28});
    else
      REQUIRE(next == lde::anniversary(d, 1));
  }
}

TEST_CASE("every day from 1900 to 2200 lies in exactly one calendar quarter, and quarters tile the calendar") {
  lde::Quarter expected = lde::quarter_of(Date{1900, 1, 1});
  for (auto z = lde::days_from_civil(1900, 1, 1); z <= lde::days_from_civil(2200, 12, 31); ++z) {
    const Date d = lde::civil_from_days(z);
    const lde::Quarter q = lde::quarter_of(d);
    if (d == lde::first_day(q) && z != lde::days_from_civil(1900, 1, 1)) expected = lde::add_quarters(expected, 1);
    REQUIRE(q == expected);
    REQUIRE(lde::first_day(q) <= d);
    REQUIRE(d <= lde::last_day(q));
    if (d == lde::last_day(q)) REQUIRE(lde::add_days(d, 1) == lde::first_day(lde::add_quarters(q, 1)));
    REQUIRE(lde::quarter_of(lde::add_months(d, 3)) == lde::add_quarters(q, 1));
  }
}

TEST_CASE("quarter arithmetic: adding n quarters is n quarters between, and the text form round-trips") {
  Rng rng{1234};
  for (int i = 0; i < 20000; ++i) {
    const lde::Quarter q{rng.between(1900, 2200), rng.between(1, 4)};
    const int n = rng.between(-400, 400);
    const lde::Quarter moved = lde::add_quarters(q, n);
    REQUIRE(moved.number >= 1);
    REQUIRE(moved.number <= 4);
    REQUIRE(lde::quarters_between(q, moved) == n);
    REQUIRE(lde::add_quarters(moved, -n) == q);
    REQUIRE(lde::parse_quarter(lde::to_string(q)) == q);
    REQUIRE(lde::first_day(moved) == lde::add_months(lde::first_day(q), 3 * n));
  }
}

// [SECTION] Parent-status combination ---------------------------------------------------------------------

namespace {
lde::Check leaf(Status s, std::vector<std::string> open = {}) {
  lde::Check c;
  c.id = "x";
  c.status = s;
  c.open_questions = std::move(open);
  return c;
}
const Status kAllStatuses[] = {Status::met, Status::not_met, Status::unknown, Status::not_applicable};
}  // namespace

TEST_CASE("the parent status does not depend on the order of the children or on grouping them") {
  Rng rng{99};
  for (int i = 0; i < 5000; ++i) {
    std::vector<lde::Check> children;
    const int n = rng.between(1, 9);
    for (int k = 0; k < n; ++k) children.push_back(leaf(kAllStatuses[rng.between(0, 3)]));
    const Status whole = lde::combine(children);
    auto shuffled = children;
    for (std::size_t k = shuffled.size(); k > 1; --k)
      std::swap(shuffled[k - 1], shuffled[static_cast<std::size_t>(rng.between(0, static_cast<int>(k) - 1))]);
    REQUIRE(lde::combine(shuffled) == whole);
    // grouping: a sub-parent over a prefix, then the rest beside it
    const auto cut = static_cast<std::ptrdiff_t>(rng.between(0, n));
    lde::Check group;
    group.id = "g";
    group.children.assign(children.begin(), children.begin() + cut);
    lde::close_parent(group);
    std::vector<lde::Check> nested = {group};
    nested.insert(nested.end(), children.begin() + cut, children.end());
    if (cut == 0) nested.erase(nested.begin());  // an empty group is not a child
    REQUIRE(lde::combine(nested) == whole);
  }
}

TEST_CASE("a closed parent lists every open question of its children once, in order of first appearance") {
  Rng rng{5};
  const std::vector<std::string> paths = {"organisation.legal_form", "organisation.quality.proof", "workers[0].trajectory_start",
                                          "services[1].nature"};
  for (int i = 0; i < 2000; ++i) {
    lde::Check parent;
    parent.id = "p";
    std::vector<std::string> expected;
    const int n = rng.between(1, 6);
    for (int k = 0; k < n; ++k) {
      std::vector<std::string> open;
      for (int q = rng.between(0, 3); q > 0; --q) open.push_back(rng.pick(paths));
      for (const auto& p : open)
        if (std::find(expected.begin(), expected.end(), p) == expected.end()) expected.push_back(p);
      parent.children.push_back(leaf(open.empty() ? Status::met : Status::unknown, open));
    }
    lde::close_parent(parent);
    REQUIRE(parent.open_questions == expected);
    REQUIRE(parent.status == (expected.empty() ? Status::met : Status::unknown));
  }
}

// [SECTION] Assessment JSON round trips of generated assessments -----------------------------------------

namespace {

std::string iso(const Date& d) { return lde::to_iso(d); }

json maybe_bool(Rng& rng) { return rng.chance(50); }

// A valid lde-assessment/1 document with a random subset of the contract's fields answered.
json generate_assessment(Rng& rng) {
  json a = {{"schema", "lde-assessment/1"}};
  if (rng.chance(80)) a["assessment_date"] = iso(rng.date({2015, 4, 1}, {2030, 12, 31}));
  if (rng.chance(50)) a["language"] = rng.chance(50) ? "nl" : "en";
  json o = json::object();
  auto maybe = [&](json& obj, const char* key, auto&& make) {
    if (rng.chance(60)) obj[key] = make();
  };
  maybe(o, "name", [&] { return rng.pick(std::vector<std::string>{"Fietspunt vzw", "Sociale kruidenier", "Ōkë € 1.234,56"}); });
  maybe(o, "legal_form", [&] { return rng.pick(lde::kLegalForms); });
  for (const char* key : {"recognition_requested_on", "label_granted_on", "contingent_allocated_on", "trajectories_allocated_on"})
    maybe(o, key, [&] { return iso(rng.date({2014, 1, 1}, {2028, 12, 31})); });
  for (const char* key : {"existed_before_2015", "offers_insertion_trajectories", "transparent_quality_operations",
                          "operates_local_services", "other_activities", "sustainability_report_submitted", "in_difficulty"})
    maybe(o, key, [&] { return maybe_bool(rng); });
  maybe(o, "target_group_fte", [&] {
    json fte = json::object();
    for (int y = rng.between(2014, 2020), n = rng.between(1, 6); n > 0; --n, ++y)  // {} is written as absent
      fte[std::to_string(y)] = rng.between(0, 4000) / 100.0;
    return fte;
  });
  maybe(o, "sui_generis_division", [&] {
    json s = json::object();
    for (const char* key : {"responsible_person", "identifiable", "separate_accounts"}) maybe(s, key, [&] { return maybe_bool(rng); });
    return s;
  });
  maybe(o, "quality", [&] {
    json q = json::object();
    for (const char* key : {"registered", "customer_service", "personnel_management", "financial_management"})
      maybe(q, key, [&] { return maybe_bool(rng); });
    maybe(q, "registration_validated_on", [&] { return iso(rng.date({2015, 1, 1}, {2028, 12, 31})); });
    maybe(q, "proof", [&] { return rng.pick(lde::kQualityProofs); });
    maybe(q, "proof_obtained_on", [&] { return iso(rng.date({2015, 1, 1}, {2028, 12, 31})); });
    return q;
  });
  maybe(o, "employer_kind", [&] { return rng.pick(lde::kEmployerKinds); });
  maybe(o, "transition_option", [&] { return rng.pick(lde::kTransitionOptions); });
  a["organisation"] = o;

  json services = json::array();
  for (int n = rng.between(0, 3); n > 0; --n) {
    json s = json::object();
    maybe(s, "name", [&] { return std::string("Dienst ") + std::to_string(n); });
    maybe(s, "commissioning_authority", [&] { return std::string("Gemeente Gent"); });
    for (const char* key : {"no_displacement", "embedded_locally", "complementary", "quality_accessible",
                            "sustainable_employment", "long_term", "in_line_with_flemish_policy"})
      maybe(s, key, [&] { return maybe_bool(rng); });
    maybe(s, "nature", [&] { return rng.pick(lde::kServiceNatures); });
    maybe(s, "impact_analysis", [&] {
      json ia = json::object();
      for (const char* key : {"done", "local_stakeholders_consulted", "socio_economic_stakeholders_heard"})
        maybe(ia, key, [&] { return maybe_bool(rng); });
      return ia;
    });
    services.push_back(s);
  }
  if (!services.empty() || rng.chance(50)) a["services"] = services;

  json workers = json::array();
  for (int n = rng.between(0, 4), k = 0; k < n; ++k) {
    json w = {{"id", "w" + std::to_string(k + 1)}};
    const Date birth = rng.date({1955, 1, 1}, {2000, 12, 31});
    const Date start = rng.date({2012, 1, 1}, {2026, 12, 31});
    maybe(w, "name", [&] { return std::string("Werknemer ") + std::to_string(k + 1); });
    maybe(w, "birth_date", [&] { return iso(birth); });
    maybe(w, "employment_start", [&] { return iso(start); });
    maybe(w, "trajectory_start", [&] { return iso(lde::add_days(start, rng.between(0, 60))); });
    maybe(w, "exceptional_sixth_year", [&] { return maybe_bool(rng); });
    maybe(w, "age_55_extension", [&] { return maybe_bool(rng); });
    maybe(w, "work_fraction", [&] { return rng.between(1, 100) / 100.0; });
    for (const char* key : {"employed_on", "incapacity_periods", "training_extensions"}) {
      maybe(w, key, [&] {
        json periods = json::array();
        Date from = lde::add_days(start, rng.between(0, 400));
        // the writer omits an empty list (no periods and an absent list read the same), so generate 1-3
        for (int p = rng.between(1, 3); p > 0; --p) {
          const Date to = lde::add_days(from, rng.between(0, 500));
          const bool open = p == 1 && rng.chance(30);
          periods.push_back({{"from", iso(from)}, {"to", open ? json(nullptr) : json(iso(to))}});
          from = lde::add_days(to, rng.between(1, 300));
        }
        return periods;
      });
    }
    maybe(w, "pop_dates", [&] {
      json pops = json::array();
      for (int p = rng.between(0, 6), y = 0; y < p; ++y) pops.push_back(iso(lde::add_months(start, 12 * y)));
      return pops;
    });
    maybe(w, "internship", [&] {
      const Date from = lde::add_months(start, rng.between(24, 60));
      return json{{"from", iso(from)}, {"to", iso(lde::add_days(from, rng.between(0, 180)))}};
    });
    maybe(w, "imw", [&] {
      json m = json::object();
      maybe(m, "work_limitation_recognised", [&] { return maybe_bool(rng); });
      maybe(m, "support_need", [&] { return rng.pick(lde::kSupportNeeds); });
      maybe(m, "residence", [&] { return rng.pick(lde::kResidences); });
      maybe(m, "works_in_flanders", [&] { return maybe_bool(rng); });
      maybe(m, "contract_hours", [&] { return rng.between(0, 400) / 10.0; });
      maybe(m, "package", [&] { return rng.pick(lde::kImwPackages); });
      maybe(m, "decision_date", [&] { return iso(rng.date({2023, 7, 1}, {2027, 12, 31})); });
      maybe(m, "wage_premium_percent", [&] { return 5 * rng.between(4, 15); });
      maybe(m, "monthly_reference_wage", [&] { return rng.between(150000, 600000) / 100.0; });
      maybe(m, "guidance_need", [&] { return rng.pick(lde::kGuidanceNeeds); });
      return m;
    });
    workers.push_back(w);
  }
  if (!workers.empty() || rng.chance(50)) a["workers"] = workers;
  return a;
}

// "" when every answered field of `expected` is in `actual` with the same value.
std::string missing_from(const json& expected, const json& actual, const std::string& path) {
  if (expected.is_object()) {
    if (!actual.is_object()) return path + ": not an object";
    for (const auto& [k, v] : expected.items()) {
      if (!actual.contains(k)) return path + "." + k + ": dropped";
      if (auto m = missing_from(v, actual.at(k), path + "." + k); !m.empty()) return m;
    }
    return "";
  }
  if (expected.is_array()) {
    if (!actual.is_array() || actual.size() != expected.size()) return path + ": array differs";
    for (std::size_t i = 0; i < expected.size(); ++i)
      if (auto m = missing_from(expected[i], actual[i], path + "[" + std::to_string(i) + "]"); !m.empty()) return m;
    return "";
  }
  return expected == actual ? "" : path + ": " + expected.dump() + " became " + actual.dump();
}

}  // namespace

TEST_CASE("every generated valid assessment is accepted and survives a write-read round trip unchanged") {
  Rng rng{20231001};
  for (int i = 0; i < 1500; ++i) {
    const json doc = generate_assessment(rng);
    INFO(doc.dump());
    const auto parsed = lde::parse_assessment(doc.dump(i % 2 ? 2 : -1));
    REQUIRE(parsed.error.has_value() == false);
    REQUIRE(parsed.ok());
    const json written = lde::to_json(*parsed.assessment);
    REQUIRE(missing_from(doc, written, "$") == "");
    const auto again = lde::parse_assessment(written.dump());
    REQUIRE(again.ok());
    REQUIRE(lde::to_json(*again.assessment) == written);
  }
}

// [SECTION] Parsing never throws on mutated inputs ----------------------------------------------------------

namespace {

std::vector<std::string> seed_documents() {
  std::vector<std::string> docs;
  const std::filesystem::path dir = std::filesystem::path(LDE_SOURCE_DIR) / "tests" / "scenarios";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    const json scenario = json::parse(ss.str(), nullptr, false);
    if (scenario.is_object() && scenario.contains("assessment")) docs.push_back(scenario["assessment"].dump(1));
  }
  Rng rng{77};
  for (int i = 0; i < 20; ++i) docs.push_back(generate_assessment(rng).dump(1));
  return docs;
}

const std::vector<std::string> kTokens = {
    "null", "true", "false", "0", "-1", "1e308", "-1e308", "1e400", "0.5", "75", "37", "\"\"", "[]", "{}",
    "\"2023-02-29\"", "\"2024-02-29\"", "\"2015-03-31\"", "\"9999-12-31\"", "\"0000-01-01\"", "\"w1\"",
    "\"\xC3\"", "\"\xE2\x82\xAC\"", "\xFF", "\"\\u0000\"", "\"\\ud800\"", ",", ":", "{", "}", "[", "]", "\"",
    "\"id\"", "\"workers\"", "\"services\"", "\"organisation\"", "\"imw\"", "\"from\"", "\"to\""};

std::string mutate(Rng& rng, std::string text) {
  for (int m = rng.between(1, 4); m > 0 && !text.empty(); --m) {
    const auto at = static_cast<std::size_t>(rng.between(0, static_cast<int>(text.size()) - 1));
    switch (rng.between(0, 5)) {
      case 0: text[at] = static_cast<char>(rng.between(0, 255)); break;                     // flip a byte
      case 1: text.erase(at, static_cast<std::size_t>(rng.between(1, 12))); break;          // delete a run
      case 2: text.insert(at, rng.pick(kTokens)); break;                                    // insert a token
      case 3: text.resize(at); break;                                                       // truncate
      case 4: text.insert(at, text.substr(at, static_cast<std::size_t>(rng.between(1, 40)))); break;  // repeat
      default: {  // replace the value after a colon with a token
        const auto colon = text.find(':', at);
        if (colon == std::string::npos) break;
        const auto end = text.find_first_of(",}]", colon);
        text.replace(colon + 1, (end == std::string::npos ? text.size() : end) - colon - 1, rng.pick(kTokens));
      }
    }
  }
  return text;
}

}  // namespace

TEST_CASE("parsing never throws and a batch line always answers with one JSON line, for seeded mutations of valid inputs") {
  const auto seeds = seed_documents();
  REQUIRE(seeds.size() >= 20);
  Rng rng{31337};
  const lde::BatchOptions options{std::nullopt, std::nullopt, Date{2024, 1, 15}};
  int accepted = 0;
  for (int i = 0; i < 3000; ++i) {
    const std::string text = mutate(rng, rng.pick(seeds));
    INFO("input: " << text);
    lde::ParseResult parsed;
    REQUIRE_NOTHROW(parsed = lde::parse_assessment(text));
    REQUIRE(parsed.ok() != parsed.error.has_value());
    if (parsed.ok()) {
      ++accepted;
      REQUIRE_NOTHROW(lde::evaluate(*parsed.assessment, Date{2024, 1, 15}));
    }
    std::string line = text;
    std::replace(line.begin(), line.end(), '\n', ' ');
    std::optional<std::string> out;
    REQUIRE_NOTHROW(out = lde::batch_line(line, 1, options));
    if (!out) continue;
    const json j = json::parse(*out, nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    REQUIRE((j.contains("error") || j.value("schema", "") == "lde-report/1"));
  }
  CHECK(accepted > 0);  // the mutations also reach the evaluator, not only the syntax checker
}

TEST_CASE("the fast reader reads every generated and mutated text it accepts exactly as nlohmann_json does") {
  const auto seeds = seed_documents();
  Rng rng{4242};
  int fast_read = 0, mutated_fast_read = 0;
  for (int i = 0; i < 4000; ++i) {
    const bool mutated = i % 4 != 0;
    const std::string text = mutated ? mutate(rng, rng.pick(seeds)) : generate_assessment(rng).dump(i % 8 == 0 ? 2 : -1);
    INFO("input: " << text);
    const auto fast = lde::detail::parse_assessment_fast(text);
    const lde::ParseResult full = lde::detail::parse_assessment_nlohmann(text);
    if (!fast) continue;
    ++fast_read;
    if (mutated) ++mutated_fast_read;
    REQUIRE(full.ok());
    REQUIRE(lde::to_json(*fast).dump() == lde::to_json(*full.assessment).dump());  // dump: -0.0 is not 0.0
  }
  CHECK(fast_read > 500);
  CHECK(mutated_fast_read > 10);  // mutations that stay valid reach the comparison too
}
