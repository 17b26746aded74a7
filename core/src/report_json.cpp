// Compact "lde-report/1" JSON written straight into a string, without building a nlohmann::json tree.
//
// `ldecheck batch` writes one report per line for hundreds of thousands of lines; building the JSON
// DOM and destroying it again was most of its time (scripts/bench.sh). This writer produces exactly
// the bytes `nlohmann::json(report).dump()` produces (keys in sorted order, the same escaping and
// number format): test_report_json.cpp checks that on every scenario, so the two cannot drift apart.
// The `to_json` functions in report.cpp, check.cpp and rules.cpp stay the definition of the contract.
#include <algorithm>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

#include "lde/report.hpp"

namespace lde {

namespace {

constexpr char kHex[] = "0123456789abcdef";

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is not valid.
std::size_t utf8_length(std::string_view s, std::size_t i) {
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

// [SECTION] The contract's objects, keys in the sorted order of nlohmann_json's std::map objects ------

void write(Writer& w, const Source& s) {
  w.open('{');
  if (!s.article.empty()) w.key("article"), w.value(s.article);
  w.key("confidence"), w.value(to_string(s.confidence));
  w.key("title"), w.value(s.title);
  w.key("url"), w.value(s.url);
  w.close('}');
}

void write(Writer& w, const std::vector<Source>& sources) {
  w.open('[');
  for (const auto& s : sources) write(w, s);
  w.close(']');
}

void write(Writer& w, const Check& c) {
  w.open('{');
  w.key("answers"), w.json(c.answers);
  w.key("children");
  w.open('[');
  for (const auto& child : c.children) write(w, child);
  w.close(']');
  if (auto conf = c.confidence()) w.key("confidence"), w.value(to_string(*conf));
  w.key("explanation"), w.value(c.explanation);
  w.key("id"), w.value(c.id);
  if (!c.notes.empty()) w.key("notes"), w.strings(c.notes);
  w.key("open_questions"), w.strings(c.open_questions);
  w.key("sources"), write(w, c.sources);
  w.key("status"), w.value(to_string(c.status));
  w.close('}');
}

void write(Writer& w, const std::vector<Check>& checks) {
  w.open('[');
  for (const auto& c : checks) write(w, c);
  w.close(']');
}

void write(Writer& w, const Event& e) {
  w.open('{');
  w.key("date"), w.value(to_iso(e.date));
  if (!e.detail.empty()) w.key("detail"), w.value(e.detail);
  if (e.indicative) w.key("indicative"), w.boolean(true);
  w.key("kind"), w.value(e.kind);
  w.key("label"), w.value(e.label);
  if (!e.sources.empty()) w.key("sources"), write(w, e.sources);
  if (e.to) w.key("to"), w.value(to_iso(*e.to));
  w.close('}');
}

void write(Writer& w, const ImwScheduleRow& r) {
  w.open('{');
  w.key("capped_reference_wage"), w.json(r.capped_reference_wage);
  w.key("guidance_premium_amount"), w.json(r.guidance_premium_amount);
  w.key("quarter"), w.value(to_string(r.quarter));
  w.key("term_quarter"), w.json(r.term_quarter);
  w.key("wage_premium_amount"), w.json(r.wage_premium_amount);
  w.key("wage_premium_percent"), w.json(r.wage_premium_percent);
  w.close('}');
}

void write_date(Writer& w, const std::optional<Date>& d) {
  if (d) w.value(to_iso(*d));
  else w.null();
}

// An object whose fixed members may be joined (and overridden) by the free-form `extra` members, as
// to_json does with `j[k] = v`: members are written in key order.
using Member = std::pair<std::string_view, std::function<void(Writer&)>>;

void write_object(Writer& w, std::vector<Member> members, const nlohmann::json& extra) {
  for (auto it = extra.begin(); it != extra.end(); ++it) {
    const std::string& name = it.key();  // lives in `extra`, which outlives `members`
    const nlohmann::json* value = &it.value();
    auto same = std::find_if(members.begin(), members.end(), [&](const Member& m) { return m.first == name; });
    auto emit = [value](Writer& out) { out.json(*value); };
    if (same != members.end()) same->second = emit;
    else members.emplace_back(name, emit);
  }
  std::sort(members.begin(), members.end(), [](const Member& a, const Member& b) { return a.first < b.first; });
  w.open('{');
  for (const auto& [k, emit] : members) {
    w.key(k);
    emit(w);
  }
  w.close('}');
}

void write(Writer& w, const WorkerReport& r) {
  std::vector<Member> members{
      {"id", [&](Writer& o) { o.value(r.id); }},
      {"status_on_date", [&](Writer& o) { o.value(r.status_on_date); }},
      {"trajectory",
       [&](Writer& o) {
         o.open('{');
         o.key("end"), write_date(o, r.trajectory.end);
         o.key("max_end"), write_date(o, r.trajectory.max_end);
         o.key("regular_end"), write_date(o, r.trajectory.regular_end);
         o.key("start"), write_date(o, r.trajectory.start);
         o.close('}');
       }},
      {"events",
       [&](Writer& o) {
         o.open('[');
         for (const auto& e : r.events) write(o, e);
         o.close(']');
       }},
      {"imw_schedule",
       [&](Writer& o) {
         o.open('[');
         for (const auto& row : r.imw_schedule) write(o, row);
         o.close(']');
       }},
      {"checks", [&](Writer& o) { write(o, r.checks); }}};
  if (!r.name.empty()) members.emplace_back("name", [&](Writer& o) { o.value(r.name); });
  write_object(w, std::move(members), r.extra);
}

}  // namespace

std::string to_json_string(const Report& r) {
  std::string out;
  out.reserve(32 * 1024);
  Writer w(out);
  std::vector<Member> members{
      {"schema", [](Writer& o) { o.value(kReportSchema); }},
      {"assessment_date", [&](Writer& o) { o.value(to_iso(r.assessment_date)); }},
      {"language", [&](Writer& o) { o.value(to_string(r.language)); }},
      {"regime", [&](Writer& o) { o.value(r.regime); }},
      {"checks", [&](Writer& o) { write(o, r.checks); }},
      {"workers",
       [&](Writer& o) {
         o.open('[');
         for (const auto& worker : r.workers) write(o, worker);
         o.close(']');
       }}};
  write_object(w, std::move(members), r.extra);
  return out;
}

}  // namespace lde
