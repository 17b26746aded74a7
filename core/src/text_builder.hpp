// A string builder with the `o << a << b` shape of std::ostringstream, for the report renderings.
//
// The renderings only ever append text, yet std::ostringstream pulls the whole iostream and locale
// machinery of libc++ into every binary that links them (≈ 60 KB of code in lde_app.wasm). This
// appends to a std::string instead. Numbers are formatted by the caller (format_money, to_string,
// ...); streaming an arithmetic value does not compile, so no number silently becomes a character.
#pragma once

#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace lde {

class TextBuilder {
 public:
  TextBuilder& operator<<(std::string_view s) {
    text_.append(s);
    return *this;
  }
  TextBuilder& operator<<(char c) {
    text_ += c;
    return *this;
  }
  template <typename T>
    requires(std::is_arithmetic_v<T> && !std::is_same_v<T, char>)
  TextBuilder& operator<<(T) = delete;

  const std::string& str() const& { return text_; }
  std::string str() && { return std::move(text_); }

 private:
  std::string text_;
};

}  // namespace lde
