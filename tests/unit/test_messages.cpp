#include <catch2/catch.hpp>

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
