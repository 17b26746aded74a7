#include "lde/messages.hpp"

#include <cmath>
#include <cstdio>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "lde/json_parse.hpp"

namespace lde {

std::string to_string(Language l) { return l == Language::en ? "en" : "nl"; }

std::optional<Language> parse_language(std::string_view text) {
  if (text == "nl") return Language::nl;
  if (text == "en") return Language::en;
  return std::nullopt;
}

namespace {
void flatten(const nlohmann::json& j, const std::string& prefix, const std::string& file,
             std::map<std::string, std::string>& out) {
  for (const auto& [k, v] : j.items()) {
    const std::string key = prefix.empty() ? k : prefix + "." + k;
    if (v.is_object()) {
      flatten(v, key, file, out);
    } else if (v.is_string()) {
      if (!out.try_emplace(key, v.get_ref<const std::string&>()).second)
        throw std::runtime_error(file + ": message key " + key + " defined twice");
    } else {
      throw std::runtime_error(file + ": message " + key + " must be a string");
    }
  }
}

// One catalogue file's text into a language's table.
void read_catalogue(const std::string& file_name, std::string_view text, std::map<std::string, std::string>& out) {
  nlohmann::json j;
  try {
    j = parse_json(text);
  } catch (const nlohmann::json::parse_error& e) {
    throw std::runtime_error(file_name + ": " + e.what());
  }
  if (!j.is_object()) throw std::runtime_error(file_name + ": must be a JSON object");
  flatten(j, "", file_name, out);
}
}  // namespace

void Messages::add_file(Language lang, const std::string& file_name, const std::string& text) {
  read_catalogue(file_name, text, table(lang));
}

void Messages::add_files_when_used(FileSource files) {
  pending_ = std::make_unique<Pending>();
  pending_->files = std::move(files);
}

const std::map<std::string, std::string>& Messages::catalogue(Language lang) const {
  if (pending_) {
    std::call_once(pending_->read[lang == Language::en ? 1 : 0], [&] {
      for (const auto& [name, text] : pending_->files(lang)) read_catalogue(std::string(name), text, table(lang));
    });
  }
  return table(lang);
}

bool Messages::has(Language lang, const std::string& key) const { return catalogue(lang).count(key) != 0; }

std::string Messages::text(Language lang, const std::string& key, const Args& args) const {
  const auto& cat = catalogue(lang);
  auto it = cat.find(key);
  if (it == cat.end()) return "\xE2\x9F\xA6" + key + "\xE2\x9F\xA7";
  const std::string& pattern = it->second;
  std::string out;
  out.reserve(pattern.size() + 32);
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{') {
      const auto close = pattern.find('}', i);
      if (close != std::string::npos) {
        const std::string name = pattern.substr(i + 1, close - i - 1);
        bool replaced = false;
        for (const auto& [n, v] : args)
          if (n == name) {
            out += v;
            replaced = true;
            break;
          }
        if (replaced) {
          i = close;
          continue;
        }
      }
    }
    out += pattern[i];
  }
  return out;
}

std::string format_number(double value, int decimals, Language lang) {
  const char thousands = lang == Language::nl ? '.' : ',';
  const char decimal = lang == Language::nl ? ',' : '.';
  const double factor = std::pow(10.0, decimals);
  double rounded = std::round(std::fabs(value) * factor) / factor;
  const bool negative = value < 0 && rounded > 0;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, rounded);
  std::string s(buf);
  const auto dot = s.find('.');
  std::string int_part = s.substr(0, dot);
  std::string frac = dot == std::string::npos ? "" : s.substr(dot + 1);
  std::string grouped;
  for (std::size_t i = 0; i < int_part.size(); ++i) {
    if (i > 0 && (int_part.size() - i) % 3 == 0) grouped += thousands;
    grouped += int_part[i];
  }
  std::string out = negative ? "-" : "";
  out += grouped;
  if (!frac.empty()) {
    out += decimal;
    out += frac;
  }
  return out;
}

std::string format_money(double value, Language lang) {
  const std::string euro = "\xE2\x82\xAC";
  if (lang == Language::nl) {
    if (value < 0) return "-" + euro + " " + format_number(-value, 2, lang);
    return euro + " " + format_number(value, 2, lang);
  }
  if (value < 0) return "-" + euro + format_number(-value, 2, lang);
  return euro + format_number(value, 2, lang);
}

std::string format_percent(double percent, Language lang) {
  const int decimals = std::fabs(percent - std::round(percent)) < 1e-9 ? 0 : 1;
  return format_number(percent, decimals, lang) + (lang == Language::nl ? " %" : "%");
}

}  // namespace lde
