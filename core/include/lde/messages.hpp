// User-facing text: catalogues from assets/i18n/<lang>/*.json, placeholders, nl-BE/en number forms.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <string>
#include <utility>
#include <vector>

#include "lde/date.hpp"

namespace lde {

enum class Language { nl, en };

std::string to_string(Language l);
std::optional<Language> parse_language(std::string_view text);

// Named arguments for a message: {"fte", "4,50"}.
using Args = std::vector<std::pair<std::string, std::string>>;

class Messages {
 public:
  // Adds one catalogue file (a flat or nested JSON object; nested keys are joined with '.').
  // Throws std::runtime_error naming the file and key on bad content.
  void add_file(Language lang, const std::string& file_name, const std::string& text);
  // Catalogue files read the first time their language is used, so a start-up in one language parses
  // only that language's files. `files(lang)` gives (file name, text) pairs, added as by add_file.
  using FileSource = std::function<std::vector<std::pair<std::string_view, std::string_view>>(Language)>;
  void add_files_when_used(FileSource files);

  bool has(Language lang, const std::string& key) const;
  // The text for `key` with {name} placeholders replaced. A missing key yields "⟦key⟧" so that
  // tests (which check every key used exists) catch it instead of showing an empty string.
  std::string text(Language lang, const std::string& key, const Args& args = {}) const;
  const std::map<std::string, std::string>& catalogue(Language lang) const;

 private:
  std::map<std::string, std::string>& table(Language lang) const { return lang == Language::en ? en_ : nl_; }
  // Filled on first use by a const lookup (add_files_when_used): hence mutable, and once per language.
  mutable std::map<std::string, std::string> nl_;
  mutable std::map<std::string, std::string> en_;
  struct Pending {
    FileSource files;
    std::once_flag read[2];
  };
  std::unique_ptr<Pending> pending_;
};

// 4.5 -> "4,50" (nl) / "4.50" (en); thousands separated ("1.234,56" / "1,234.56").
std::string format_number(double value, int decimals, Language lang);
// 1234.56 -> "€ 1.234,56" (nl) / "€1,234.56" (en).
std::string format_money(double value, Language lang);
// 0.8 -> "80 %" (nl) / "80%" (en)
std::string format_percent(double percent, Language lang);

}  // namespace lde
