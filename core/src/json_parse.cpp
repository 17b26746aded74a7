#include "lde/json_parse.hpp"

namespace lde {

namespace {

// nlohmann::json::parse without a callback, step by step: the parser and the DOM-building SAX handler
// that parse() itself uses, in strict mode (the whole text must be one value), so the tree, the errors
// and their wording are exactly json::parse's. (json::sax_parse would not do: it also compiles the
// binary formats' readers.) Both entry points share one instantiation (input as a pair of pointers).
nlohmann::json parse(std::string_view text, bool allow_exceptions) {
  nlohmann::json result;
  nlohmann::detail::json_sax_dom_parser<nlohmann::json> dom(result, allow_exceptions);
  auto input = nlohmann::detail::input_adapter(text.data(), text.data() + text.size());
  nlohmann::detail::parser<nlohmann::json, decltype(input)> parser(std::move(input), nullptr, allow_exceptions);
  if (!parser.sax_parse(&dom, true) || dom.is_errored()) return nlohmann::json(nlohmann::json::value_t::discarded);
  return result;
}

}  // namespace

nlohmann::json parse_json(std::string_view text) { return parse(text, true); }

nlohmann::json parse_json_or_discarded(std::string_view text) { return parse(text, false); }

}  // namespace lde
