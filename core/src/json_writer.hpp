// Compact JSON written straight into a std::string (internal to lde_core): the escaping and layout of
// nlohmann_json's dump() without building a tree. Used by the report writer (report_json.cpp) and the
// batch summary (batch.cpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "lde/date.hpp"

namespace lde::json_out {

inline constexpr char kHex[] = "0123456789abcdef";

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is not valid.
inline std::size_t utf8_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  std::size_t n = 0;
  unsigned min = 0, cp = 0;
  if (c >= 0xC2 && c <= 0xDF) n = 2, cp = c & 0x1F, min = 0x80;
  else if (c >= 0xE0 && c <= 0xEF) n = 3, cp = c & 0x0F, min = 0x800;
  else if (c >= 0xF0 && c <= 0xF4) n = 4, cp = c & 0x07, min = 0x10000;
  else return 0;
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}

  // A JSON string: '"', '\\' and control characters escaped as nlohmann_json does; UTF-8 passes
  // through; an invalid byte becomes U+FFFD (the output is always valid UTF-8 JSON).
  void string(std::string_view s) {
    out_ += '"';
    std::size_t run = 0;  // start of the pending run of bytes that need no escaping
    for (std::size_t i = 0; i < s.size();) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
        ++i;
        continue;
      }
      if (c >= 0x80) {
        if (const std::size_t n = utf8_length(s, i)) {
          i += n;
          continue;
        }
      }
      out_.append(s.data() + run, i - run);
      escape(c);
      run = ++i;
    }
    out_.append(s.data() + run, s.size() - run);
    out_ += '"';
  }

  void key(std::string_view k) {
    separate();
    string(k);
    out_ += ':';
    first_ = true;  // the value that follows needs no comma
  }

  void open(char bracket) {
    separate();
    out_ += bracket;
    first_ = true;
  }
  void close(char bracket) {
    out_ += bracket;
    first_ = false;
  }

  void value(std::string_view s) {
    separate();
    string(s);
  }
  void null() {
    separate();
    out_ += "null";
  }
  void integer(long long n) {
    separate();
    out_ += std::to_string(n);
  }
  // A date as "YYYY-MM-DD", or null when absent.
  void date(const std::optional<Date>& d) {
    if (d) value(to_iso(*d));
    else null();
  }
  void boolean(bool b) {
    separate();
    out_ += b ? "true" : "false";
  }
  // Numbers and nested free-form parts (answers, extras) are few: nlohmann_json formats them, so
  // doubles come out exactly as in the DOM path (shortest round trip, "1200.0" for whole values).
  void json(const nlohmann::json& j) {
    separate();
    out_ += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }

  void strings(const std::vector<std::string>& items) {
    open('[');
    for (const auto& s : items) value(s);
    close(']');
  }

 private:
  void separate() {
    if (!first_) out_ += ',';
    first_ = false;
  }

  void escape(unsigned char c) {
    switch (c) {
      case '"': out_ += "\\\""; return;
      case '\\': out_ += "\\\\"; return;
      case '\b': out_ += "\\b"; return;
      case '\f': out_ += "\\f"; return;
      case '\n': out_ += "\\n"; return;
      case '\r': out_ += "\\r"; return;
      case '\t': out_ += "\\t"; return;
      default: break;
    }
    if (c < 0x20) {
      out_ += "\\u00";
      out_ += kHex[c >> 4];
      out_ += kHex[c & 0xF];
    } else {
      out_ += "\xEF\xBF\xBD";  // an invalid UTF-8 byte
    }
  }

  std::string& out_;
  bool first_ = true;
};

}  // namespace lde::json_out
