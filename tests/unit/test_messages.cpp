#include <catch2/catch.hpp>

#include <map>

#include <string_view>
#include <utility>
#include <vector>

#include "lde/evaluate.hpp"
#include "lde/messages.hpp"

using lde::Language;

TEST_CASE("money is shown as € 1.234,56 in Dutch and €1,234.56 in English") {
  CHECK(lde::format_money(1234.56, Language::nl) == "\xE2\x82\xAC 1.234,56");
  CHECK(lde::format_money(1234.56, Language::en) == "\xE2\x82\xAC" "1,234.56");
  CHECK(lde::format_money(0, Language::nl) == "\xE2\x82\xAC 0,00");
  CHECK(lde::format_money(1200, Language::nl) == "\xE2\x82\xAC 1.200,00");
  CHECK(lde::format_money(4223.78, Language::nl) == "\xE2\x82\xAC 4.223,78");
  CHECK(lde::format_money(1234567.891, Language::nl) == "\xE2\x82\xAC 1.234.567,89");
  CHECK(lde::format_money(-600, Language::nl) == "-\xE2\x82\xAC 600,00");
}

TEST_CASE("numbers use a decimal comma in Dutch") {
  CHECK(lde::format_number(4.5, 2, Language::nl) == "4,50");
  CHECK(lde::format_number(4.5, 2, Language::en) == "4.50");
  CHECK(lde::format_number(4.995, 2, Language::nl) == "5,00");
  CHECK(lde::format_number(999.5, 0, Language::nl) == "1.000");
  CHECK(lde::format_percent(40, Language::nl) == "40 %");
  CHECK(lde::format_percent(40, Language::en) == "40%");
}

TEST_CASE("messages fill named placeholders and flag missing keys") {
  lde::Messages m;
  m.add_file(Language::nl, "t.json", R"({"a": {"b": "{fte} VTE in {year}"}})");
  CHECK(m.text(Language::nl, "a.b", {{"fte", "4,50"}, {"year", "2022"}}) == "4,50 VTE in 2022");
  CHECK(m.text(Language::nl, "a.c").find("a.c") != std::string::npos);
  CHECK_THROWS(m.add_file(Language::nl, "t2.json", R"({"a": {"b": "again"}})"));
}

TEST_CASE("catalogue files join nested keys with dots and name the file and key of every error") {
  // (Within one object a repeated key is JSON's business: the last one counts.)
  lde::Messages m;
  m.add_file(Language::en, "n.json",
             R"({"a": {"b": {"c": "1", "d": {"e": "2"}}, "f": "3", "": {"g": "4"}}, "h": "5", "i.j": "6",
                 "k": {}, "l": "caf\u00e9 \"x\""})");
  const auto& table = m.catalogue(Language::en);
  CHECK(table == std::map<std::string, std::string>{{"a.b.c", "1"}, {"a.b.d.e", "2"}, {"a.f", "3"}, {"a..g", "4"},
                                                     {"h", "5"}, {"i.j", "6"}, {"l", "caf\xC3\xA9 \"x\""}});

  const auto error_of = [](const std::string& text) {
    lde::Messages fresh;
    try {
      fresh.add_file(Language::nl, "bad.json", text);
    } catch (const std::exception& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK(error_of(R"({"a": {"b": 1}})") == "bad.json: message a.b must be a string");
  CHECK(error_of(R"({"a": {"b": {"c": null}}})") == "bad.json: message a.b.c must be a string");
  CHECK(error_of(R"({"a": {"b": ["x"]}})") == "bad.json: message a.b must be a string");
  CHECK(error_of(R"({"a": {"b": true}, "c": "d"})") == "bad.json: message a.b must be a string");
  CHECK(error_of(R"({"a": {"b": "x"}, "a.b": "y"})") == "bad.json: message key a.b defined twice");
  CHECK(error_of(R"({"a": "x", "a": "y"})") == "no error");
  CHECK(error_of(R"(["a"])") == "bad.json: must be a JSON object");
  CHECK(error_of(R"("a")") == "bad.json: must be a JSON object");
  CHECK(error_of("42") == "bad.json: must be a JSON object");
  CHECK_THAT(error_of(R"({"a": "x",})"), Catch::StartsWith("bad.json: [json.exception.parse_error.101]") &&
                                             Catch::Contains("line 1, column 11"));
  CHECK_THAT(error_of(""), Catch::StartsWith("bad.json: [json.exception.parse_error.101]"));
}

TEST_CASE("catalogue files added for later are read once, when their language is first used") {
  lde::Messages m;
  std::vector<Language> asked;
  m.add_files_when_used([&](Language lang) {
    asked.push_back(lang);
    std::vector<std::pair<std::string_view, std::string_view>> files;
    if (lang == Language::nl) files = {{"i18n/nl/a.json", R"({"a": {"b": "hallo {naam}"}})"}, {"i18n/nl/c.json", R"({"c": "nee"})"}};
    else files = {{"i18n/en/a.json", R"({"a": {"b": "hello {naam}"}})"}};
    return files;
  });
  CHECK(asked.empty());
  CHECK(m.text(Language::nl, "a.b", {{"naam", "Ann"}}) == "hallo Ann");
  CHECK(m.has(Language::nl, "c"));
  CHECK(asked == std::vector<Language>{Language::nl});  // English is not read for a Dutch start
  CHECK_FALSE(m.has(Language::en, "c"));
  CHECK(m.text(Language::en, "a.b", {{"naam", "Ann"}}) == "hello Ann");
  CHECK(asked == std::vector<Language>{Language::nl, Language::en});

  lde::Messages broken;
  broken.add_files_when_used([](Language) {
    return std::vector<std::pair<std::string_view, std::string_view>>{{"i18n/nl/x.json", R"({"a": 1})"}};
  });
  CHECK_THROWS_WITH(broken.has(Language::nl, "a"), Catch::Contains("i18n/nl/x.json") && Catch::Contains("must be a string"));
}

TEST_CASE("the Dutch and English catalogues have the same keys") {
  const auto& m = lde::builtin_messages();
  const auto& nl = m.catalogue(Language::nl);
  const auto& en = m.catalogue(Language::en);
  for (const auto& [k, v] : nl) {
    INFO("missing in English: " << k);
    CHECK(en.count(k) == 1);
  }
  for (const auto& [k, v] : en) {
    INFO("missing in Dutch: " << k);
    CHECK(nl.count(k) == 1);
  }
}
