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

#include "json_writer.hpp"
#include "lde/report.hpp"

namespace lde {

namespace {

using json_out::Writer;

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
         o.key("end"), o.date(r.trajectory.end);
         o.key("max_end"), o.date(r.trajectory.max_end);
         o.key("regular_end"), o.date(r.trajectory.regular_end);
         o.key("start"), o.date(r.trajectory.start);
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
