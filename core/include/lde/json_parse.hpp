// The one way this program turns JSON text into a nlohmann_json tree (assessments, rules, message
// catalogues, the page's bridge arguments).
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

namespace lde {

// Parses `text` as nlohmann::json::parse(text) does, with the same result and the same exceptions
// (parse_error; out_of_range for a number a double cannot hold). Unlike json::parse, it never
// instantiates nlohmann's callback parser (json::parse compiles both parsers and picks one at run
// time): one parser in the binary, ≈ 11 KB less code in the browser download (issue 7).
nlohmann::json parse_json(std::string_view text);

// The same without exceptions: a discarded value (is_discarded()) when `text` is not valid JSON,
// as nlohmann::json::parse(text, nullptr, false) gives.
nlohmann::json parse_json_or_discarded(std::string_view text);

}  // namespace lde
