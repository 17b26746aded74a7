// lde::parse_json must be nlohmann::json::parse in every respect: the same tree for every text it
// accepts, the same exception (type, id, byte, wording) for every text it refuses, and
// parse_json_or_discarded the same as json::parse(text, nullptr, false).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "lde/json_parse.hpp"
#include "test_files.hpp"

namespace {

struct Outcome {
  bool ok = false;
  std::string dump;   // the tree, when ok
  std::string kind;   // "parse_error" / "out_of_range" / "other", when not ok
  int id = 0;
  std::size_t byte = 0;
  std::string what;
};

template <typename Parse>
Outcome outcome(Parse parse) {
  Outcome o;
  try {
    const nlohmann::json j = parse();
    o.ok = true;
    o.dump = j.is_discarded() ? "<discarded>" : j.dump();
  } catch (const nlohmann::json::parse_error& e) {
    o.kind = "parse_error";
    o.id = e.id;
    o.byte = e.byte;
    o.what = e.what();
  } catch (const nlohmann::json::exception& e) {
    o.kind = "other";
    o.id = e.id;
    o.what = e.what();
  }
  return o;
}

void same_as_nlohmann(const std::string& text) {
  INFO("text: " << text.substr(0, 200));
  const Outcome ours = outcome([&] { return lde::parse_json(text); });
  const Outcome theirs = outcome([&] { return nlohmann::json::parse(text); });
  CHECK(ours.ok == theirs.ok);
  CHECK(ours.dump == theirs.dump);
  CHECK(ours.kind == theirs.kind);
  CHECK(ours.id == theirs.id);
  CHECK(ours.byte == theirs.byte);
  CHECK(ours.what == theirs.what);

  const nlohmann::json quiet = lde::parse_json_or_discarded(text);
  const nlohmann::json quiet_theirs = nlohmann::json::parse(text, nullptr, false);
  CHECK(quiet.is_discarded() == quiet_theirs.is_discarded());
  CHECK(quiet.is_discarded() == !theirs.ok);
  if (!quiet.is_discarded()) CHECK(quiet.dump() == quiet_theirs.dump());
}

}  // namespace

TEST_CASE("parse_json reads and refuses crafted texts exactly as nlohmann::json::parse") {
  const std::vector<std::string> texts = {
      "", " ", "{}", "[]", "null", "true", "false", "0", "-0", "1e400", "-1e400", "[1e400]", "1.5e-400",
      "18446744073709551615", "18446744073709551616", "-9223372036854775809", "\"\\u00e9\"", "\"\\ud800\"",
      "\"\\uDC00\"", "\"a\nb\"", "\"\xC3\xA9\"", "\"\xFF\"", "{\"a\":1,}", "[1,]", "{\"a\" 1}", "{a:1}",
      "{\"a\":1} x", "{\"a\":1}{}", "[1 2]", "nul", "tru", "01", "1.", ".5", "+1", "--1", "1e", "\"abc",
      "[[[[[[[[[[]]]]]]]]]]", "{\"a\":{\"b\":[1,2,{\"c\":null}]}}", "\xEF\xBB\xBF{}", "/* c */ {}", "{\"a\":1,\"a\":2}",
      std::string("{\"a\":\"x\0y\"}", 12), std::string(1, '\0'), "[\"\\t\\n\\\\\\/\\b\\f\\r\"]", "\t\n {} \r\n"};
  for (const auto& t : texts) same_as_nlohmann(t);
}

TEST_CASE("parse_json reads every scenario, example, rules and message file, and each cut short, as nlohmann") {
  std::vector<std::string> docs;
  for (const char* dir : {"tests/scenarios", "assets/examples", "assets/rules", "assets/i18n/nl", "assets/i18n/en"})
    for (const auto& f : lde::test::json_files(std::string(LDE_SOURCE_DIR) + "/" + dir))
      docs.push_back(lde::test::read_file(f));
  REQUIRE(docs.size() > 30);
  for (const auto& doc : docs) {
    same_as_nlohmann(doc);
    // Cut at a spread of places (inside strings, numbers, between tokens): each is an error somewhere.
    for (std::size_t cut = 1; cut < doc.size(); cut += 1 + doc.size() / 23) same_as_nlohmann(doc.substr(0, cut));
  }
}
