#include "lde/rules.hpp"

#include <algorithm>

#include "lde/json_parse.hpp"

namespace lde {

std::string to_string(Confidence c) {
  switch (c) {
    case Confidence::high: return "high";
    case Confidence::medium_high: return "medium-high";
    case Confidence::medium: return "medium";
    case Confidence::low_medium: return "low-medium";
    case Confidence::low: return "low";
  }
  return "low";
}

std::optional<Confidence> parse_confidence(std::string_view text) {
  if (text == "high") return Confidence::high;
  if (text == "medium-high") return Confidence::medium_high;
  if (text == "medium") return Confidence::medium;
  if (text == "low-medium") return Confidence::low_medium;
  if (text == "low") return Confidence::low;
  return std::nullopt;
}

Confidence weakest(Confidence a, Confidence b) { return static_cast<int>(a) > static_cast<int>(b) ? a : b; }

void to_json(nlohmann::json& j, const Source& s) {
  j = nlohmann::json{{"title", s.title}, {"url", s.url}, {"confidence", to_string(s.confidence)}};
  if (!s.article.empty()) j["article"] = s.article;
}

Confidence ParameterVersion::confidence() const {
  if (sources.empty()) return Confidence::low;
  Confidence c = Confidence::high;
  for (const auto& s : sources) c = weakest(c, s.confidence);
  return c;
}

namespace {

struct FileReader {
  const std::string& file;
  [[noreturn]] void fail(const std::string& path, const std::string& message) const {
    throw RuleError(file + ": " + path + ": " + message);
  }
  const nlohmann::json& member(const nlohmann::json& obj, const char* key, const std::string& path) const {
    auto it = obj.find(key);
    if (it == obj.end()) fail(path, std::string("missing \"") + key + "\"");
    return *it;
  }
  std::string string_at(const nlohmann::json& obj, const char* key, const std::string& path, bool required) const {
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) fail(path, std::string("missing \"") + key + "\"");
      return {};
    }
    if (!it->is_string()) fail(path + "." + key, "must be a string");
    return it->get<std::string>();
  }
  std::map<std::string, std::string> texts(const nlohmann::json& obj, const char* key, const std::string& path,
                                           bool required) const {
    std::map<std::string, std::string> out;
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) fail(path, std::string("missing \"") + key + "\"");
      return out;
    }
    if (!it->is_object()) fail(path + "." + key, "must be an object {\"nl\": ..., \"en\": ...}");
    for (const auto& [lang, text] : it->items()) {
      if (!text.is_string()) fail(path + "." + key + "." + lang, "must be a string");
      out[lang] = text.get<std::string>();
    }
    if (required && (!out.count("nl") || !out.count("en"))) fail(path + "." + key, "needs both \"nl\" and \"en\"");
    return out;
  }
  std::vector<Source> sources(const nlohmann::json& obj, const std::string& path) const {
    const auto& arr = member(obj, "sources", path);
    if (!arr.is_array() || arr.empty()) fail(path + ".sources", "must be a non-empty array");
    std::vector<Source> out;
    for (std::size_t i = 0; i < arr.size(); ++i) {
      const std::string p = path + ".sources[" + std::to_string(i) + "]";
      const auto& s = arr[i];
      if (!s.is_object()) fail(p, "must be an object");
      for (const auto& [k, v] : s.items())
        if (k != "title" && k != "url" && k != "article" && k != "confidence") fail(p + "." + k, "unknown key");
      Source src;
      src.title = string_at(s, "title", p, true);
      src.url = string_at(s, "url", p, true);
      src.article = string_at(s, "article", p, false);
      const auto conf = parse_confidence(string_at(s, "confidence", p, true));
      if (!conf) fail(p + ".confidence", "must be high, medium-high, medium, low-medium or low");
      src.confidence = *conf;
      out.push_back(std::move(src));
    }
    return out;
  }
};

}  // namespace

void RuleBook::add_file(const std::string& file_name, const std::string& text) {
  FileReader r{file_name};
  nlohmann::json doc;
  try {
    doc = parse_json(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw RuleError(file_name + ": " + e.what());
  }
  if (!doc.is_object()) r.fail("$", "must be an object");
  const auto& params = r.member(doc, "parameters", "$");
  if (!params.is_object()) r.fail("parameters", "must be an object");
  for (const auto& [id, p] : params.items()) {
    const std::string path = "parameters." + id;
    if (parameters_.count(id)) r.fail(path, "defined twice (also in " + parameters_.at(id).file + ")");
    if (!p.is_object()) r.fail(path, "must be an object");
    for (const auto& [k, v] : p.items())
      if (k != "description" && k != "unit" && k != "versions") r.fail(path + "." + k, "unknown key");
    Parameter param;
    param.id = id;
    param.file = file_name;
    param.description = r.texts(p, "description", path, true);
    param.unit = r.string_at(p, "unit", path, true);
    const auto& versions = r.member(p, "versions", path);
    if (!versions.is_array() || versions.empty()) r.fail(path + ".versions", "must be a non-empty array");
    for (std::size_t i = 0; i < versions.size(); ++i) {
      const std::string vp = path + ".versions[" + std::to_string(i) + "]";
      const auto& v = versions[i];
      if (!v.is_object()) r.fail(vp, "must be an object");
      for (const auto& [k, x] : v.items())
        if (k != "from" && k != "value" && k != "sources" && k != "note" && k != "alternatives")
          r.fail(vp + "." + k, "unknown key");
      ParameterVersion version;
      const auto from = parse_date(r.string_at(v, "from", vp, true));
      if (!from) r.fail(vp + ".from", "is not a date (YYYY-MM-DD)");
      version.from = *from;
      if (!param.versions.empty() && !(param.versions.back().from < version.from))
        r.fail(vp + ".from", "must be later than the previous version's date");
      version.value = r.member(v, "value", vp);
      version.sources = r.sources(v, vp);
      version.note = r.texts(v, "note", vp, false);
      if (auto alts = v.find("alternatives"); alts != v.end()) {
        if (!alts->is_array()) r.fail(vp + ".alternatives", "must be an array");
        for (std::size_t a = 0; a < alts->size(); ++a) {
          const std::string ap = vp + ".alternatives[" + std::to_string(a) + "]";
          const auto& alt = (*alts)[a];
          if (!alt.is_object()) r.fail(ap, "must be an object");
          Alternative alternative;
          alternative.value = r.member(alt, "value", ap);
          alternative.sources = r.sources(alt, ap);
          alternative.note = r.texts(alt, "note", ap, true);
          version.alternatives.push_back(std::move(alternative));
        }
      }
      param.versions.push_back(std::move(version));
    }
    parameters_.emplace(id, std::move(param));
  }
  files_.push_back(file_name);
}

const Parameter& RuleBook::parameter(std::string_view id) const {
  auto it = parameters_.find(id);
  if (it == parameters_.end()) throw RuleError("unknown parameter " + std::string(id));
  return it->second;
}

const ParameterVersion* RuleBook::version_on(std::string_view id, const Date& on) const {
  const std::vector<ParameterVersion>* versions = nullptr;
  if (auto o = overrides_.find(id); o != overrides_.end())
    versions = &o->second;
  else
    versions = &parameter(id).versions;
  const ParameterVersion* found = nullptr;
  for (const auto& v : *versions) {
    if (on < v.from) break;
    found = &v;
  }
  return found;
}

const ParameterVersion& RuleBook::at(std::string_view id, const Date& on) const {
  const auto* v = version_on(id, on);
  if (!v) throw RuleError("parameter " + std::string(id) + " is not in force on " + to_iso(on));
  return *v;
}

Date RuleBook::date(std::string_view id, const Date& on) const {
  const auto& v = at(id, on);
  const auto d = v.value.is_string() ? parse_date(v.value.get_ref<const std::string&>()) : std::nullopt;
  if (!d) throw RuleError("parameter " + std::string(id) + " is not a date");
  return *d;
}

void RuleBook::set_override(const std::string& id, nlohmann::json value) {
  auto versions = parameter(id).versions;
  for (auto& v : versions) v.value = value;
  overrides_[id] = std::move(versions);
}

nlohmann::json catalogue_json(const RuleBook& book) {
  nlohmann::json out{{"schema", "lde-rules/1"}, {"files", book.files()}, {"parameters", nlohmann::json::array()}};
  for (const auto& [id, p] : book.all()) {
    nlohmann::json versions = nlohmann::json::array();
    for (const auto& v : p.versions) {
      nlohmann::json jv{{"from", to_iso(v.from)}, {"value", v.value}, {"sources", v.sources},
                        {"confidence", to_string(v.confidence())}};
      if (!v.note.empty()) jv["note"] = v.note;
      if (!v.alternatives.empty()) {
        jv["alternatives"] = nlohmann::json::array();
        for (const auto& a : v.alternatives)
          jv["alternatives"].push_back({{"value", a.value}, {"sources", a.sources}, {"note", a.note}});
      }
      versions.push_back(std::move(jv));
    }
    out["parameters"].push_back(
        {{"id", id}, {"file", p.file}, {"unit", p.unit}, {"description", p.description}, {"versions", versions}});
  }
  return out;
}

}  // namespace lde
