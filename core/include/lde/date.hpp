// Civil dates (no time zone), the LDE term rule and calendar quarters.
// Algorithms after Howard Hinnant's days_from_civil / civil_from_days: pure, constexpr, no allocation.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lde {

struct Date {
  int year = 1970;
  unsigned month = 1;
  unsigned day = 1;
  friend constexpr auto operator<=>(const Date&, const Date&) = default;
};

constexpr bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

constexpr unsigned days_in_month(int y, unsigned m) {
  constexpr unsigned lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return (m == 2 && is_leap_year(y)) ? 29u : lengths[(m - 1) % 12];
}

constexpr bool is_valid(const Date& d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

// Days since 1970-01-01 (negative before).
constexpr std::int64_t days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

constexpr Date civil_from_days(std::int64_t z) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), m, d};
}

constexpr std::int64_t to_days(const Date& d) { return days_from_civil(d.year, d.month, d.day); }
constexpr Date add_days(const Date& d, std::int64_t n) { return civil_from_days(to_days(d) + n); }
constexpr std::int64_t days_between(const Date& from, const Date& to) { return to_days(to) - to_days(from); }

// The same day `years` later; 29 February falls on 1 March in a year without one.
constexpr Date anniversary(const Date& start, int years) {
  const int y = start.year + years;
  if (start.month == 2 && start.day == 29 && !is_leap_year(y)) return Date{y, 3, 1};
  return Date{y, start.month, start.day};
}

// Last day included of a period of `years` years that starts on `start` (design.md, "Date"):
// the day before the anniversary. 1 March 2019 + 5 years -> 29 February 2024;
// 29 February 2020 + 5 years -> 28 February 2025.
constexpr Date term_end(const Date& start, int years) { return add_days(anniversary(start, years), -1); }

// Adds calendar months; the day is clamped to the end of the target month.
constexpr Date add_months(const Date& d, int months) {
  const int total = d.year * 12 + static_cast<int>(d.month) - 1 + months;
  const int y = (total >= 0 ? total : total - 11) / 12;
  const unsigned m = static_cast<unsigned>(total - y * 12) + 1;
  const unsigned dim = days_in_month(y, m);
  return Date{y, m, d.day < dim ? d.day : dim};
}

struct Quarter {
  int year = 1970;
  int number = 1;  // 1..4
  friend constexpr auto operator<=>(const Quarter&, const Quarter&) = default;
};

constexpr Quarter quarter_of(const Date& d) { return Quarter{d.year, static_cast<int>((d.month - 1) / 3 + 1)}; }
constexpr Date first_day(const Quarter& q) { return Date{q.year, static_cast<unsigned>((q.number - 1) * 3 + 1), 1}; }
constexpr Date last_day(const Quarter& q) {
  const unsigned m = static_cast<unsigned>(q.number * 3);
  return Date{q.year, m, days_in_month(q.year, m)};
}
constexpr Quarter add_quarters(const Quarter& q, int n) {
  const int total = q.year * 4 + (q.number - 1) + n;
  const int y = (total >= 0 ? total : total - 3) / 4;
  return Quarter{y, total - y * 4 + 1};
}
constexpr int quarters_between(const Quarter& from, const Quarter& to) {
  return (to.year * 4 + to.number) - (from.year * 4 + from.number);
}

// Strict ISO form YYYY-MM-DD; nullopt when the text is not an existing date.
std::optional<Date> parse_date(std::string_view text);
std::string to_iso(const Date& d);
// User-facing form dd/mm/yyyy (both languages).
std::string to_display(const Date& d);
// "2023Q4"
std::string to_string(const Quarter& q);
std::optional<Quarter> parse_quarter(std::string_view text);

}  // namespace lde
