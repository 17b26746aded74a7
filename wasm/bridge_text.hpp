// Strings the bridge hands to JavaScript: kept in a per-function buffer that stays valid until the
// next call of the same function (wasm/bridge*.cpp).
#pragma once

#include <string>
#include <utility>

namespace lde::ui {

inline const char* hold(std::string& buffer, std::string text) {
  buffer = std::move(text);
  return buffer.c_str();
}

}  // namespace lde::ui
