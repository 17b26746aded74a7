#pragma once
// A strict, allocation-light reader for the plain JSON that programs write (`ldecheck batch` reads a
// million such lines). It recognises a subset of JSON and declines everything else: string escapes,
// bytes outside printable ASCII, duplicate keys, numbers a double cannot hold exactly as nlohmann_json
// would read them, nesting deeper than kMaxDepth, a byte-order mark. A declined text is not an error:
// parse_assessment then reads it with nlohmann_json, which accepts all of JSON and words every error.
// So for any text this reader accepts, it must yield the very values nlohmann_json yields (checked by
// test_fast_json.cpp on every scenario and by the fuzz target on arbitrary bytes).
//
// Values are handles into a Document; they live as long as the Document and the text it was read from.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lde::fast_json {

class Document;
struct Member;

class Value {
 public:
  enum class Kind : std::uint8_t { null, boolean, number, string, array, object };

  bool is_null() const { return node().kind == Kind::null; }
  bool is_boolean() const { return node().kind == Kind::boolean; }
  bool is_number() const { return node().kind == Kind::number; }
  bool is_string() const { return node().kind == Kind::string; }
  bool is_array() const { return node().kind == Kind::array; }
  bool is_object() const { return node().kind == Kind::object; }

  // Same spelling as nlohmann_json, so the validating reader in assessment.cpp serves both.
  template <typename T>
  T get() const;

  // Object members in document order; array elements (with empty keys).
  std::span<const Member> items() const;
  std::size_t size() const { return node().count; }
  const Value& operator[](std::size_t i) const;
  // The member with this key, or nullptr (also when this is not an object).
  const Value* find(std::string_view key) const;
  // The value's text exactly as written in the document.
  std::string dump() const { return std::string(node().raw); }

 private:
  friend class Document;
  struct Node {
    Kind kind = Kind::null;
    bool boolean = false;
    double number = 0;
    std::string_view raw;       // the source text of the value (a string's includes its quotes)
    std::uint32_t first = 0;    // containers: index of the first member in Document::members_
    std::uint32_t count = 0;    // containers: number of members
  };
  Value(const Document* doc, std::uint32_t index) : doc_(doc), index_(index) {}
  const Node& node() const;

  const Document* doc_ = nullptr;
  std::uint32_t index_ = 0;
};

struct Member {
  std::string_view key;
  Value value;
};

class Document {
 public:
  static constexpr int kMaxDepth = 32;

  Document() = default;
  Document(const Document&) = delete;  // values point back at their document
  Document& operator=(const Document&) = delete;

  // Reads text; false when the text is not in the accepted subset (the document is then empty).
  bool parse(std::string_view text);
  const Value& root() const { return root_; }

 private:
  friend class Value;
  struct Parser;
  std::vector<Value::Node> nodes_;
  std::vector<Member> members_;
  std::vector<Member> pending_;  // members of the containers being read, innermost last
  Value root_{this, 0};
};

template <>
bool Value::get<bool>() const;
template <>
double Value::get<double>() const;
template <>
std::string Value::get<std::string>() const;

}  // namespace lde::fast_json
