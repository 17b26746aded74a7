#include <catch2/catch.hpp>

#include "lde/date.hpp"

using lde::Date;

TEST_CASE("an ISO date is read only when it exists") {
  CHECK(lde::parse_date("2024-02-29") == Date{2024, 2, 29});
  CHECK_FALSE(lde::parse_date("2023-02-29"));
  CHECK_FALSE(lde::parse_date("2023-02-30"));
  CHECK_FALSE(lde::parse_date("2100-02-29"));
  CHECK(lde::parse_date("2000-02-29") == Date{2000, 2, 29});
  CHECK_FALSE(lde::parse_date("2023-13-01"));
  CHECK_FALSE(lde::parse_date("2023-00-10"));
  CHECK_FALSE(lde::parse_date("2023-04-31"));
  CHECK_FALSE(lde::parse_date("2023-4-1"));
  CHECK_FALSE(lde::parse_date("2023-04-01T00:00"));
  CHECK_FALSE(lde::parse_date(""));
  CHECK_FALSE(lde::parse_date("20a3-04-01"));
}

TEST_CASE("dates are shown as dd/mm/yyyy and written as YYYY-MM-DD") {
  CHECK(lde::to_display(Date{2022, 9, 1}) == "01/09/2022");
  CHECK(lde::to_iso(Date{2022, 9, 1}) == "2022-09-01");
}

TEST_CASE("day counts round-trip for every day from 1900 to 2200") {
  const auto first = lde::days_from_civil(1900, 1, 1);
  const auto last = lde::days_from_civil(2200, 12, 31);
  Date expected{1900, 1, 1};
  for (auto z = first; z <= last; ++z) {
    const Date d = lde::civil_from_days(z);
    REQUIRE(d == expected);
    REQUIRE(lde::to_days(d) == z);
    REQUIRE(lde::is_valid(d));
    // step the expected date by hand: the brute-force calendar
    if (expected.day < lde::days_in_month(expected.year, expected.month)) {
      ++expected.day;
    } else if (expected.month < 12) {
      ++expected.month;
      expected.day = 1;
    } else {
      ++expected.year;
      expected.month = 1;
      expected.day = 1;
    }
  }
  CHECK(lde::days_from_civil(1970, 1, 1) == 0);
}

TEST_CASE("leap years follow the Gregorian rule") {
  CHECK(lde::is_leap_year(2024));
  CHECK_FALSE(lde::is_leap_year(2023));
  CHECK_FALSE(lde::is_leap_year(1900));
  CHECK(lde::is_leap_year(2000));
  CHECK_FALSE(lde::is_leap_year(2100));
}

TEST_CASE("a 5-year period ends on the day before the fifth anniversary") {
  CHECK(lde::term_end(Date{2019, 9, 1}, 5) == Date{2024, 8, 31});
  CHECK(lde::term_end(Date{2019, 9, 1}, 6) == Date{2025, 8, 31});
  SECTION("a start on 1 March ends on 29 February in a leap year") {
    CHECK(lde::term_end(Date{2019, 3, 1}, 5) == Date{2024, 2, 29});
    CHECK(lde::term_end(Date{2020, 3, 1}, 5) == Date{2025, 2, 28});
  }
  SECTION("a start on 29 February ends on 28 February") {
    CHECK(lde::term_end(Date{2020, 2, 29}, 5) == Date{2025, 2, 28});
    CHECK(lde::term_end(Date{2020, 2, 29}, 4) == Date{2024, 2, 28});
    CHECK(lde::term_end(Date{2020, 2, 29}, 1) == Date{2021, 2, 28});
  }
  SECTION("a start on 1 January ends on 31 December") {
    CHECK(lde::term_end(Date{2016, 1, 1}, 5) == Date{2020, 12, 31});
  }
}

TEST_CASE("term ends agree with a brute-force day count for every start day 2015-2030") {
  for (auto z = lde::days_from_civil(2015, 1, 1); z <= lde::days_from_civil(2030, 12, 31); ++z) {
    const Date start = lde::civil_from_days(z);
    for (int years : {1, 5, 6}) {
      // brute force: walk forward day by day until the calendar date reaches the anniversary
      const Date end = lde::term_end(start, years);
      const Date next = lde::add_days(end, 1);
      // the day after the end is the anniversary, or 1 March for a 29 February start
      const bool feb29 = start.month == 2 && start.day == 29;
      if (feb29 && !lde::is_leap_year(start.year + years)) {
        REQUIRE(next == Date{start.year + years, 3, 1});
      } else {
        REQUIRE(next == Date{start.year + years, start.month, start.day});
      }
      // and the length in days is 365 or 366 per year
      const auto length = lde::days_between(start, next);
      REQUIRE(length >= 365 * years);
      REQUIRE(length <= 365 * years + (years + 3) / 4 + 1);
    }
  }
}

TEST_CASE("adding months clamps to the end of the month") {
  CHECK(lde::add_months(Date{2023, 1, 31}, 1) == Date{2023, 2, 28});
  CHECK(lde::add_months(Date{2024, 1, 31}, 1) == Date{2024, 2, 29});
  CHECK(lde::add_months(Date{2023, 12, 15}, 1) == Date{2024, 1, 15});
  CHECK(lde::add_months(Date{2023, 3, 31}, -1) == Date{2023, 2, 28});
  CHECK(lde::add_months(Date{2023, 1, 15}, -13) == Date{2021, 12, 15});
}

TEST_CASE("calendar quarters") {
  CHECK(lde::quarter_of(Date{2023, 11, 15}) == lde::Quarter{2023, 4});
  CHECK(lde::quarter_of(Date{2023, 3, 31}) == lde::Quarter{2023, 1});
  CHECK(lde::quarter_of(Date{2023, 4, 1}) == lde::Quarter{2023, 2});
  CHECK(lde::quarter_of(Date{2023, 7, 1}) == lde::Quarter{2023, 3});
  CHECK(lde::to_string(lde::Quarter{2023, 4}) == "2023Q4");
  CHECK(lde::parse_quarter("2023Q4") == lde::Quarter{2023, 4});
  CHECK_FALSE(lde::parse_quarter("2023Q5"));
  CHECK(lde::first_day(lde::Quarter{2024, 1}) == Date{2024, 1, 1});
  CHECK(lde::last_day(lde::Quarter{2024, 1}) == Date{2024, 3, 31});
  CHECK(lde::last_day(lde::Quarter{2023, 4}) == Date{2023, 12, 31});
  CHECK(lde::add_quarters(lde::Quarter{2023, 4}, 1) == lde::Quarter{2024, 1});
  CHECK(lde::add_quarters(lde::Quarter{2023, 4}, 19) == lde::Quarter{2028, 3});
  CHECK(lde::add_quarters(lde::Quarter{2024, 1}, -1) == lde::Quarter{2023, 4});
  CHECK(lde::quarters_between(lde::Quarter{2023, 4}, lde::Quarter{2028, 3}) == 19);
  for (auto z = lde::days_from_civil(1999, 12, 1); z <= lde::days_from_civil(2001, 2, 1); ++z) {
    const Date d = lde::civil_from_days(z);
    const auto q = lde::quarter_of(d);
    REQUIRE(lde::first_day(q) <= d);
    REQUIRE(d <= lde::last_day(q));
  }
}
