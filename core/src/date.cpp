#include "lde/date.hpp"

#include <cstdio>

namespace lde {

namespace {
bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}
int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}
}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
  if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
  const Date date{to_int(y), static_cast<unsigned>(to_int(m)), static_cast<unsigned>(to_int(d))};
  if (!is_valid(date)) return std::nullopt;
  return date;
}

std::string to_iso(const Date& d) {
  if (d.year >= 0 && d.year <= 9999 && d.month <= 99 && d.day <= 99) {  // batch writes millions: no printf
    std::string s = "0000-00-00";
    const auto put = [&](std::size_t at, unsigned v, int digits) {
      for (int i = digits - 1; i >= 0; --i, v /= 10) s[at + static_cast<std::size_t>(i)] = static_cast<char>('0' + v % 10);
    };
    put(0, static_cast<unsigned>(d.year), 4);
    put(5, d.month, 2);
    put(8, d.day, 2);
    return s;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", d.year, d.month, d.day);
  return buf;
}

std::string to_display(const Date& d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02u/%02u/%04d", d.day, d.month, d.year);
  return buf;
}

std::string to_string(const Quarter& q) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04dQ%d", q.year, q.number);
  return buf;
}

std::optional<Quarter> parse_quarter(std::string_view text) {
  if (text.size() != 6 || text[4] != 'Q' || !all_digits(text.substr(0, 4))) return std::nullopt;
  const char n = text[5];
  if (n < '1' || n > '4') return std::nullopt;
  return Quarter{to_int(text.substr(0, 4)), n - '0'};
}

}  // namespace lde
