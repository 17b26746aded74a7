#include <catch2/catch.hpp>

#include "lde/check.hpp"

using lde::Status;

namespace {
lde::Check leaf(Status s) {
  lde::Check c;
  c.id = "x";
  c.status = s;
  return c;
}
}  // namespace

TEST_CASE("a parent is not met when any child is not met") {
  CHECK(lde::combine({Status::met, Status::not_met, Status::unknown}) == Status::not_met);
}

TEST_CASE("a parent is unknown when a child is unknown and none is not met") {
  CHECK(lde::combine({Status::met, Status::unknown, Status::not_applicable}) == Status::unknown);
}

TEST_CASE("not applicable children are ignored") {
  CHECK(lde::combine({Status::met, Status::not_applicable}) == Status::met);
  CHECK(lde::combine({Status::not_applicable, Status::not_applicable}) == Status::not_applicable);
}

TEST_CASE("the parent rule holds for every combination of up to four children") {
  const Status all[] = {Status::met, Status::not_met, Status::unknown, Status::not_applicable};
  for (int n = 1; n <= 4; ++n) {
    int combos = 1;
    for (int i = 0; i < n; ++i) combos *= 4;
    for (int code = 0; code < combos; ++code) {
      std::vector<lde::Check> children;
      int c = code;
      bool any_not_met = false, any_unknown = false, any_met = false;
      for (int i = 0; i < n; ++i) {
        const Status s = all[c % 4];
        c /= 4;
        children.push_back(leaf(s));
        any_not_met |= s == Status::not_met;
        any_unknown |= s == Status::unknown;
        any_met |= s == Status::met;
      }
      const Status expected = any_not_met   ? Status::not_met
                              : any_unknown ? Status::unknown
                              : any_met     ? Status::met
                                            : Status::not_applicable;
      REQUIRE(lde::combine(children) == expected);
    }
  }
}

TEST_CASE("a parent gathers its children's open questions once") {
  lde::Check parent;
  parent.id = "p";
  auto a = leaf(Status::unknown);
  a.open_questions = {"organisation.legal_form"};
  auto b = leaf(Status::unknown);
  b.open_questions = {"organisation.legal_form", "organisation.quality.proof"};
  parent.children = {a, b};
  lde::close_parent(parent);
  CHECK(parent.status == Status::unknown);
  CHECK(parent.open_questions == std::vector<std::string>{"organisation.legal_form", "organisation.quality.proof"});
}

TEST_CASE("message keys of check ids drop the indices") {
  CHECK(lde::check_message_key("lde.services[2].long_term") == "check.lde.services.long_term");
  CHECK(lde::check_message_key("lde.recognition") == "check.lde.recognition");
}

TEST_CASE("a check is only as certain as its weakest source") {
  lde::Check c = leaf(Status::met);
  c.sources = {{"a", "u", "", lde::Confidence::high}, {"b", "u", "", lde::Confidence::medium}};
  CHECK(c.confidence() == lde::Confidence::medium);
  lde::Check parent;
  parent.children = {c};
  parent.sources = {{"c", "u", "", lde::Confidence::high}};
  CHECK(parent.confidence() == lde::Confidence::medium);
}
