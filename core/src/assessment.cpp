// Reading and writing "lde-assessment/1" with validation that names the JSON path of the first bad
// field (conventions.md: `workers[1].imw.wage_premium_percent: 37 is not a multiple of 5 ...`).
//
// [SECTION] Reader: typed access with paths
// [SECTION] Parts: organisation, services, workers
// [SECTION] Document
// [SECTION] Writing back
#include "lde/assessment.hpp"

#include "fast_json.hpp"
#include "lde/json_parse.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace lde {

std::string InputError::to_string() const {
  if (line > 0) return "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + message;
  if (path.empty()) return message;
  return path + ": " + message;
}

std::pair<int, int> line_column(const std::string& text, std::size_t byte_offset) {
  int line = 1, column = 1;
  const std::size_t end = std::min(byte_offset, text.size());
  for (std::size_t i = 0; i < end; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;  // count characters, not UTF-8 continuation bytes
    }
  }
  return {line, column};
}

// [SECTION] Reader: typed access with paths ---------------------------------------------------------
namespace {

using nlohmann::json;

struct Stop {};  // thrown after the first error has been recorded

template <class J>
std::string short_dump(const J& v) {
  std::string s = v.dump();
  if (s.size() > 60) s = s.substr(0, 57) + "...";
  return s;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

// A JSON path ("workers[1].imw.package"), spelled out only when an error names it: each level refers
// to its parent, which lives further up the reader's call stack.
class Path {
 public:
  Path() = default;  // the document itself
  Path(const Path& parent, std::string_view key) : parent_(&parent), key_(key) {}
  Path(const Path& parent, std::size_t index) : parent_(&parent), index_(index), is_index_(true) {}

  bool is_root() const { return parent_ == nullptr; }
  std::string str() const {
    if (!parent_) return {};
    std::string out = parent_->str();
    if (is_index_) return out + "[" + std::to_string(index_) + "]";
    if (!out.empty()) out += '.';
    return out.append(key_);
  }

 private:
  const Path* parent_ = nullptr;
  std::string_view key_;
  std::size_t index_ = 0;
  bool is_index_ = false;
};

const json* find_member(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it == obj.end() ? nullptr : &*it;
}
const fast_json::Value* find_member(const fast_json::Value& obj, const char* key) { return obj.find(key); }

// v.get<T>() for nlohmann::json and fast_json::Value alike.
template <class T, class J>
T value_as(const J& v) {
  return v.template get<T>();
}

// Typed, validating access to a parsed document: J is nlohmann::json or fast_json::Value.
template <class J>
class Reader {
 public:
  std::optional<InputError> error;

  [[noreturn]] void fail(const std::string& path, const std::string& message) {
    error = InputError{path, message, 0, 0};
    throw Stop{};
  }
  [[noreturn]] void fail(const Path& path, const std::string& message) { fail(path.str(), message); }

  void object(const J& j, const Path& path, std::initializer_list<std::string_view> allowed) {
    if (!j.is_object()) fail(path.is_root() ? std::string("$") : path.str(), "must be an object (got " + short_dump(j) + ")");
    for (const auto& [k, v] : j.items()) {
      const std::string_view key(k);
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) fail(Path(path, key), "unknown field");
    }
  }

  static const J* get(const J& obj, const char* key) {
    const J* v = find_member(obj, key);
    return v && !v->is_null() ? v : nullptr;
  }

  std::optional<bool> boolean(const J& obj, const char* key, const Path& path) {
    const J* v = get(obj, key);
    if (!v) return std::nullopt;
    if (!v->is_boolean()) fail(Path(path, key), "must be true, false or null (got " + short_dump(*v) + ")");
    return value_as<bool>(*v);
  }

  std::optional<std::string> string(const J& obj, const char* key, const Path& path) {
    const J* v = get(obj, key);
    if (!v) return std::nullopt;
    if (!v->is_string()) fail(Path(path, key), "must be a string (got " + short_dump(*v) + ")");
    return value_as<std::string>(*v);
  }

  std::optional<std::string> choice(const J& obj, const char* key, const Path& path,
                                    const std::vector<std::string>& allowed) {
    auto s = string(obj, key, path);
    if (s && std::find(allowed.begin(), allowed.end(), *s) == allowed.end())
      fail(Path(path, key), "\"" + *s + "\" is not one of " + join(allowed));
    return s;
  }

  std::optional<Date> date_value(const J& v, const Path& path) {
    if (!v.is_string()) fail(path, "must be a date YYYY-MM-DD (got " + short_dump(v) + ")");
    auto d = parse_date(value_as<std::string>(v));
    if (!d) fail(path, value_as<std::string>(v) + " is not a date (YYYY-MM-DD)");
    return d;
  }

  std::optional<Date> date(const J& obj, const char* key, const Path& path) {
    const J* v = get(obj, key);
    if (!v) return std::nullopt;
    return date_value(*v, Path(path, key));
  }

  std::optional<double> number(const J& obj, const char* key, const Path& path) {
    const J* v = get(obj, key);
    if (!v) return std::nullopt;
    if (!v->is_number()) fail(Path(path, key), "must be a number (got " + short_dump(*v) + ")");
    const double d = value_as<double>(*v);
    if (!std::isfinite(d)) fail(Path(path, key), "must be a finite number");
    return d;
  }

  const J* array(const J& obj, const char* key, const Path& path) {
    const J* v = get(obj, key);
    if (!v) return nullptr;
    if (!v->is_array()) fail(Path(path, key), "must be an array (got " + short_dump(*v) + ")");
    return v;
  }
};

// [SECTION] Parts: organisation, services, workers ----------------------------------------------------

template <class J>
Quality read_quality(Reader<J>& r, const J& j, const Path& path) {
  r.object(j, path,
           {"registered", "registration_filed_on", "registration_validated_on", "customer_service", "personnel_management",
            "financial_management", "proof", "proof_obtained_on"});
  Quality q;
  q.registered = r.boolean(j, "registered", path);
  q.registration_filed_on = r.date(j, "registration_filed_on", path);
  q.registration_validated_on = r.date(j, "registration_validated_on", path);
  q.customer_service = r.boolean(j, "customer_service", path);
  q.personnel_management = r.boolean(j, "personnel_management", path);
  q.financial_management = r.boolean(j, "financial_management", path);
  q.proof = r.choice(j, "proof", path, kQualityProofs);
  q.proof_obtained_on = r.date(j, "proof_obtained_on", path);
  return q;
}

template <class J>
Organisation read_organisation(Reader<J>& r, const J& j, const Path& path) {
  r.object(j, path,
           {"name", "legal_form", "recognition_requested_on", "label_granted_on", "contingent_allocated_on", "contingent_allocated",
            "existed_before_2015", "trajectories_allocated_on", "target_group_fte", "offers_insertion_trajectories",
            "transparent_quality_operations", "operates_local_services", "other_activities", "sui_generis_division",
            "quality", "sustainability_report_submitted", "employer_kind", "in_difficulty", "transition_option"});
  Organisation o;
  o.name = r.string(j, "name", path);
  o.legal_form = r.choice(j, "legal_form", path, kLegalForms);
  o.recognition_requested_on = r.date(j, "recognition_requested_on", path);
  o.label_granted_on = r.date(j, "label_granted_on", path);
  o.contingent_allocated_on = r.date(j, "contingent_allocated_on", path);
  o.contingent_allocated = r.boolean(j, "contingent_allocated", path);
  o.existed_before_2015 = r.boolean(j, "existed_before_2015", path);
  o.trajectories_allocated_on = r.date(j, "trajectories_allocated_on", path);
  if (const J* fte = r.get(j, "target_group_fte")) {
    const Path fp(path, "target_group_fte");
    if (!fte->is_object()) r.fail(fp, "must be an object of year: FTE (got " + short_dump(*fte) + ")");
    for (const auto& [key, value] : fte->items()) {
      const std::string year(key);
      const Path yp(fp, year);
      const bool digits = year.size() == 4 && std::all_of(year.begin(), year.end(), [](char c) {
        return c >= '0' && c <= '9';
      });
      if (!digits || std::stoi(year) < 1900 || std::stoi(year) > 2200)
        r.fail(yp, "\"" + year + "\" is not a year (1900-2200)");
      if (value.is_null()) {
        o.target_group_fte[std::stoi(year)] = std::nullopt;
        continue;
      }
      if (!value.is_number()) r.fail(yp, "must be a number of FTE (got " + short_dump(value) + ")");
      const double v = value_as<double>(value);
      if (!std::isfinite(v) || v < 0) r.fail(yp, short_dump(value) + " must be 0 or more");
      if (v > 100000) r.fail(yp, short_dump(value) + " is not a plausible number of FTE");
      o.target_group_fte[std::stoi(year)] = v;
    }
  }
  o.offers_insertion_trajectories = r.boolean(j, "offers_insertion_trajectories", path);
  o.transparent_quality_operations = r.boolean(j, "transparent_quality_operations", path);
  o.operates_local_services = r.boolean(j, "operates_local_services", path);
  o.other_activities = r.boolean(j, "other_activities", path);
  if (const J* s = r.get(j, "sui_generis_division")) {
    const Path sp(path, "sui_generis_division");
    r.object(*s, sp, {"responsible_person", "identifiable", "separate_accounts"});
    SuiGenerisDivision d;
    d.responsible_person = r.boolean(*s, "responsible_person", sp);
    d.identifiable = r.boolean(*s, "identifiable", sp);
    d.separate_accounts = r.boolean(*s, "separate_accounts", sp);
    o.sui_generis_division = d;
  }
  if (const J* q = r.get(j, "quality")) o.quality = read_quality(r, *q, Path(path, "quality"));
  o.sustainability_report_submitted = r.boolean(j, "sustainability_report_submitted", path);
  o.employer_kind = r.choice(j, "employer_kind", path, kEmployerKinds);
  o.in_difficulty = r.boolean(j, "in_difficulty", path);
  o.transition_option = r.choice(j, "transition_option", path, kTransitionOptions);
  return o;
}

template <class J>
Service read_service(Reader<J>& r, const J& j, const Path& path) {
  r.object(j, path,
           {"name", "commissioning_authority", "no_displacement", "embedded_locally", "complementary",
            "quality_accessible", "nature", "sustainable_employment", "long_term", "in_line_with_flemish_policy",
            "impact_analysis"});
  Service s;
  s.name = r.string(j, "name", path);
  s.commissioning_authority = r.string(j, "commissioning_authority", path);
  s.no_displacement = r.boolean(j, "no_displacement", path);
  s.embedded_locally = r.boolean(j, "embedded_locally", path);
  s.complementary = r.boolean(j, "complementary", path);
  s.quality_accessible = r.boolean(j, "quality_accessible", path);
  s.nature = r.choice(j, "nature", path, kServiceNatures);
  s.sustainable_employment = r.boolean(j, "sustainable_employment", path);
  s.long_term = r.boolean(j, "long_term", path);
  s.in_line_with_flemish_policy = r.boolean(j, "in_line_with_flemish_policy", path);
  if (const J* ia = r.get(j, "impact_analysis")) {
    const Path ip(path, "impact_analysis");
    r.object(*ia, ip, {"done", "local_stakeholders_consulted", "socio_economic_stakeholders_heard"});
    ImpactAnalysis a;
    a.done = r.boolean(*ia, "done", ip);
    a.local_stakeholders_consulted = r.boolean(*ia, "local_stakeholders_consulted", ip);
    a.socio_economic_stakeholders_heard = r.boolean(*ia, "socio_economic_stakeholders_heard", ip);
    s.impact_analysis = a;
  }
  return s;
}

template <class J>
Period read_period(Reader<J>& r, const J& j, const Path& path, bool from_required) {
  r.object(j, path, {"from", "to"});
  Period p;
  p.from = r.date(j, "from", path);
  p.to = r.date(j, "to", path);
  if (from_required && !p.from) r.fail(Path(path, "from"), "is required");
  if (p.from && p.to && *p.to < *p.from)
    r.fail(Path(path, "to"), to_iso(*p.to) + " is before from (" + to_iso(*p.from) + ")");
  return p;
}

template <class J>
std::vector<Period> read_periods(Reader<J>& r, const J& j, const char* key, const Path& path,
                                 bool no_overlap) {
  std::vector<Period> out;
  const J* arr = r.array(j, key, path);
  if (!arr) return out;
  const Path ap(path, key);
  for (std::size_t i = 0; i < arr->size(); ++i) out.push_back(read_period(r, (*arr)[i], Path(ap, i), true));
  if (no_overlap) {
    for (std::size_t i = 0; i < out.size(); ++i)
      for (std::size_t k = 0; k < i; ++k) {
        const Date a_to = out[k].to.value_or(Date{9999, 12, 31});
        const Date b_to = out[i].to.value_or(Date{9999, 12, 31});
        if (*out[i].from <= a_to && *out[k].from <= b_to)
          r.fail(Path(ap, i), std::string("overlaps ") + key + "[" + std::to_string(k) + "]");
      }
  }
  return out;
}

template <class J>
WorkerImw read_worker_imw(Reader<J>& r, const J& j, const Path& path) {
  r.object(j, path,
           {"work_limitation_recognised", "support_need", "residence", "works_in_flanders", "contract_hours",
            "package", "decision_date", "wage_premium_percent", "monthly_reference_wage", "guidance_need"});
  WorkerImw m;
  m.work_limitation_recognised = r.boolean(j, "work_limitation_recognised", path);
  m.support_need = r.choice(j, "support_need", path, kSupportNeeds);
  m.residence = r.choice(j, "residence", path, kResidences);
  m.works_in_flanders = r.boolean(j, "works_in_flanders", path);
  m.contract_hours = r.number(j, "contract_hours", path);
  if (m.contract_hours && *m.contract_hours < 0)
    r.fail(Path(path, "contract_hours"), short_dump(*r.get(j, "contract_hours")) + " must be 0 or more");
  m.package = r.choice(j, "package", path, kImwPackages);
  m.decision_date = r.date(j, "decision_date", path);
  // The IMW rules are looked up on the decision date; the rule book starts on 2015-04-01 (found by fuzzing).
  if (m.decision_date && *m.decision_date < kEarliestAssessmentDate)
    r.fail(Path(path, "decision_date"),
           to_iso(*m.decision_date) + " is before 2015-04-01, the earliest date this tool assesses");
  if (auto pct = r.number(j, "wage_premium_percent", path)) {
    const double p = *pct;
    if (p != std::floor(p) || p < 20 || p > 75 || static_cast<int>(p) % 5 != 0)
      r.fail(Path(path, "wage_premium_percent"),
             short_dump(*r.get(j, "wage_premium_percent")) + " is not a multiple of 5 between 20 and 75");
    m.wage_premium_percent = static_cast<int>(p);
  }
  m.monthly_reference_wage = r.number(j, "monthly_reference_wage", path);
  if (m.monthly_reference_wage && *m.monthly_reference_wage < 0)
    r.fail(Path(path, "monthly_reference_wage"),
           short_dump(*r.get(j, "monthly_reference_wage")) + " must be 0 or more");
  m.guidance_need = r.choice(j, "guidance_need", path, kGuidanceNeeds);
  return m;
}

template <class J>
Worker read_worker(Reader<J>& r, const J& j, const Path& path) {
  r.object(j, path,
           {"id", "name", "employment_start", "trajectory_start", "exceptional_sixth_year", "work_fraction",
            "birth_date", "age_55_extension", "employed_on", "incapacity_periods", "training_extensions", "pop_dates",
            "internship", "imw"});
  Worker w;
  auto id = r.string(j, "id", path);
  if (!id || id->empty()) r.fail(Path(path, "id"), "is required (a short text such as \"w1\")");
  w.id = *id;
  w.name = r.string(j, "name", path);
  w.employment_start = r.date(j, "employment_start", path);
  w.trajectory_start = r.date(j, "trajectory_start", path);
  w.exceptional_sixth_year = r.boolean(j, "exceptional_sixth_year", path);
  w.work_fraction = r.number(j, "work_fraction", path);
  if (w.work_fraction && (*w.work_fraction <= 0 || *w.work_fraction > 1))
    r.fail(Path(path, "work_fraction"),
           short_dump(*r.get(j, "work_fraction")) + " must be more than 0 and at most 1");
  w.birth_date = r.date(j, "birth_date", path);
  w.age_55_extension = r.boolean(j, "age_55_extension", path);
  w.employed_on = read_periods(r, j, "employed_on", path, true);
  w.incapacity_periods = read_periods(r, j, "incapacity_periods", path, true);
  w.training_extensions = read_periods(r, j, "training_extensions", path, true);
  if (const J* pops = r.array(j, "pop_dates", path)) {
    std::vector<Date> dates;
    for (std::size_t i = 0; i < pops->size(); ++i)
      dates.push_back(*r.date_value((*pops)[i], Path(Path(path, "pop_dates"), i)));
    w.pop_dates = dates;
  }
  if (const J* in = r.get(j, "internship")) w.internship = read_period(r, *in, Path(path, "internship"), true);
  if (const J* imw = r.get(j, "imw")) w.imw = read_worker_imw(r, *imw, Path(path, "imw"));
  if (w.birth_date && w.employment_start && *w.employment_start < *w.birth_date)
    r.fail(Path(path, "employment_start"), "is before birth_date");
  return w;
}

// [SECTION] Document -------------------------------------------------------------------------------

template <class J>
ParseResult read_document(const J& j) {
  Reader<J> r;
  ParseResult result;
  try {
    const Path root;
    r.object(j, root, {"schema", "assessment_date", "language", "organisation", "services", "workers"});
    Assessment a;
    const J* schema = r.get(j, "schema");
    if (!schema) r.fail("schema", std::string("is missing (expected \"") + kAssessmentSchema + "\")");
    if (!schema->is_string()) r.fail("schema", "must be the string \"" + std::string(kAssessmentSchema) + "\"");
    if (value_as<std::string>(*schema) != kAssessmentSchema)
      r.fail("schema", "\"" + value_as<std::string>(*schema) + "\" is not supported (this version reads \"" +
                           kAssessmentSchema + "\")");
    a.assessment_date = r.date(j, "assessment_date", root);
    if (a.assessment_date && *a.assessment_date < kEarliestAssessmentDate)
      r.fail("assessment_date", to_iso(*a.assessment_date) +
                                    " is before 2015-04-01, when the LDE decree took effect (earliest date this tool assesses)");
    if (auto lang = r.choice(j, "language", root, {"nl", "en"})) a.language = *parse_language(*lang);
    if (const J* org = r.get(j, "organisation")) a.organisation = read_organisation(r, *org, Path(root, "organisation"));
    const Path services_path(root, "services"), workers_path(root, "workers");
    if (const J* services = r.array(j, "services", root))
      for (std::size_t i = 0; i < services->size(); ++i)
        a.services.push_back(read_service(r, (*services)[i], Path(services_path, i)));
    if (const J* workers = r.array(j, "workers", root)) {
      for (std::size_t i = 0; i < workers->size(); ++i) {
        const Path worker_path(workers_path, i);
        Worker w = read_worker(r, (*workers)[i], worker_path);
        for (const auto& other : a.workers)
          if (other.id == w.id) r.fail(Path(worker_path, "id"), "\"" + w.id + "\" is used twice");
        a.workers.push_back(std::move(w));
      }
    }
    result.assessment = std::move(a);
  } catch (const Stop&) {
    result.error = r.error;
  }
  return result;
}

}  // namespace

ParseResult assessment_from_json(const nlohmann::json& j) { return read_document(j); }

namespace detail {

std::optional<Assessment> parse_assessment_fast(std::string_view text) {
  thread_local fast_json::Document doc;  // keeps its buffers from one batch line to the next
  if (!doc.parse(text)) return std::nullopt;
  ParseResult result = read_document(doc.root());
  return std::move(result.assessment);
}

ParseResult parse_assessment_nlohmann(const std::string& text) {
  nlohmann::json j;
  try {
    j = parse_json(text);
  } catch (const nlohmann::json::parse_error& e) {
    ParseResult result;
    // nlohmann reports the byte just past the error; point at the offending character.
    std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    // For a bad literal (`nl` for "nl"), point at its first character rather than its last.
    auto literal = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.'; };
    if (offset < text.size() && literal(text[offset]))
      while (offset > 0 && literal(text[offset - 1])) --offset;
    auto [line, column] = line_column(text, offset);
    std::string what = e.what();
    const auto colon = what.find("syntax error");
    const std::string detail = colon != std::string::npos ? what.substr(colon) : what;
    result.error = InputError{"", "invalid JSON: " + detail, line, column};
    return result;
  } catch (const nlohmann::json::out_of_range& e) {
    // A number too large for a double (1e400) is out_of_range, not a parse_error (found by fuzzing).
    ParseResult result;
    std::string what = e.what();
    const auto start = what.find('\'');
    const auto end = what.rfind('\'');
    const std::string number = start != std::string::npos && end > start ? what.substr(start + 1, end - start - 1) : "";
    const std::size_t at = number.empty() ? std::string::npos : text.find(number);
    auto [line, column] = line_column(text, at == std::string::npos ? 0 : at);
    result.error = InputError{"", "invalid JSON: number " + number + " is out of range", line, column};
    return result;
  }
  return assessment_from_json(j);
}

}  // namespace detail

ParseResult parse_assessment(const std::string& text) {
  // Most texts are plain, valid JSON written by a program: read those without a nlohmann_json tree.
  // Anything else (and every invalid assessment) goes through nlohmann_json, which words the error.
#ifndef LDE_WITHOUT_FAST_READER  // the browser app's build (CMakeLists.txt: lde_core_app)
  if (auto fast = detail::parse_assessment_fast(text)) return ParseResult{std::move(fast), std::nullopt};
#endif
  return detail::parse_assessment_nlohmann(text);
}

// [SECTION] Writing back ---------------------------------------------------------------------------
namespace {

template <typename T>
void put(json& j, const char* key, const std::optional<T>& v) {
  if (v) j[key] = *v;
}
void put(json& j, const char* key, const std::optional<Date>& v) {
  if (v) j[key] = to_iso(*v);
}
json period_json(const Period& p) {
  json j = json::object();
  put(j, "from", p.from);
  j["to"] = p.to ? json(to_iso(*p.to)) : json(nullptr);
  return j;
}
json periods_json(const std::vector<Period>& ps) {
  json arr = json::array();
  for (const auto& p : ps) arr.push_back(period_json(p));
  return arr;
}

}  // namespace

nlohmann::json to_json(const Assessment& a) {
  json j{{"schema", a.schema}, {"language", to_string(a.language)}};
  put(j, "assessment_date", a.assessment_date);
  const Organisation& o = a.organisation;
  json org = json::object();
  put(org, "name", o.name);
  put(org, "legal_form", o.legal_form);
  put(org, "recognition_requested_on", o.recognition_requested_on);
  put(org, "label_granted_on", o.label_granted_on);
  put(org, "contingent_allocated_on", o.contingent_allocated_on);
  put(org, "contingent_allocated", o.contingent_allocated);
  put(org, "existed_before_2015", o.existed_before_2015);
  put(org, "trajectories_allocated_on", o.trajectories_allocated_on);
  if (!o.target_group_fte.empty()) {
    json fte = json::object();
    for (const auto& [year, v] : o.target_group_fte) fte[std::to_string(year)] = v ? json(*v) : json(nullptr);
    org["target_group_fte"] = fte;
  }
  put(org, "offers_insertion_trajectories", o.offers_insertion_trajectories);
  put(org, "transparent_quality_operations", o.transparent_quality_operations);
  put(org, "operates_local_services", o.operates_local_services);
  put(org, "other_activities", o.other_activities);
  if (o.sui_generis_division) {
    json s = json::object();
    put(s, "responsible_person", o.sui_generis_division->responsible_person);
    put(s, "identifiable", o.sui_generis_division->identifiable);
    put(s, "separate_accounts", o.sui_generis_division->separate_accounts);
    org["sui_generis_division"] = s;
  }
  if (o.quality) {
    const Quality& q = *o.quality;
    json jq = json::object();
    put(jq, "registered", q.registered);
    put(jq, "registration_filed_on", q.registration_filed_on);
    put(jq, "registration_validated_on", q.registration_validated_on);
    put(jq, "customer_service", q.customer_service);
    put(jq, "personnel_management", q.personnel_management);
    put(jq, "financial_management", q.financial_management);
    put(jq, "proof", q.proof);
    put(jq, "proof_obtained_on", q.proof_obtained_on);
    org["quality"] = jq;
  }
  put(org, "sustainability_report_submitted", o.sustainability_report_submitted);
  put(org, "employer_kind", o.employer_kind);
  put(org, "in_difficulty", o.in_difficulty);
  put(org, "transition_option", o.transition_option);
  j["organisation"] = org;

  j["services"] = json::array();
  for (const auto& s : a.services) {
    json js = json::object();
    put(js, "name", s.name);
    put(js, "commissioning_authority", s.commissioning_authority);
    put(js, "no_displacement", s.no_displacement);
    put(js, "embedded_locally", s.embedded_locally);
    put(js, "complementary", s.complementary);
    put(js, "quality_accessible", s.quality_accessible);
    put(js, "nature", s.nature);
    put(js, "sustainable_employment", s.sustainable_employment);
    put(js, "long_term", s.long_term);
    put(js, "in_line_with_flemish_policy", s.in_line_with_flemish_policy);
    if (s.impact_analysis) {
      json ia = json::object();
      put(ia, "done", s.impact_analysis->done);
      put(ia, "local_stakeholders_consulted", s.impact_analysis->local_stakeholders_consulted);
      put(ia, "socio_economic_stakeholders_heard", s.impact_analysis->socio_economic_stakeholders_heard);
      js["impact_analysis"] = ia;
    }
    j["services"].push_back(js);
  }

  j["workers"] = json::array();
  for (const auto& w : a.workers) {
    json jw{{"id", w.id}};
    put(jw, "name", w.name);
    put(jw, "employment_start", w.employment_start);
    put(jw, "trajectory_start", w.trajectory_start);
    put(jw, "exceptional_sixth_year", w.exceptional_sixth_year);
    put(jw, "work_fraction", w.work_fraction);
    put(jw, "birth_date", w.birth_date);
    put(jw, "age_55_extension", w.age_55_extension);
    if (!w.employed_on.empty()) jw["employed_on"] = periods_json(w.employed_on);
    if (!w.incapacity_periods.empty()) jw["incapacity_periods"] = periods_json(w.incapacity_periods);
    if (!w.training_extensions.empty()) jw["training_extensions"] = periods_json(w.training_extensions);
    if (w.pop_dates) {
      jw["pop_dates"] = json::array();
      for (const auto& d : *w.pop_dates) jw["pop_dates"].push_back(to_iso(d));
    }
    if (w.internship) jw["internship"] = period_json(*w.internship);
    if (w.imw) {
      const WorkerImw& m = *w.imw;
      json jm = json::object();
      put(jm, "work_limitation_recognised", m.work_limitation_recognised);
      put(jm, "support_need", m.support_need);
      put(jm, "residence", m.residence);
      put(jm, "works_in_flanders", m.works_in_flanders);
      put(jm, "contract_hours", m.contract_hours);
      put(jm, "package", m.package);
      put(jm, "decision_date", m.decision_date);
      put(jm, "wage_premium_percent", m.wage_premium_percent);
      put(jm, "monthly_reference_wage", m.monthly_reference_wage);
      put(jm, "guidance_need", m.guidance_need);
      jw["imw"] = jm;
    }
    j["workers"].push_back(jw);
  }
  return j;
}

}  // namespace lde
