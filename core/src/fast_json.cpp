#include "fast_json.hpp"

#include <cmath>
#include <cstdlib>
#include <cstring>

namespace lde::fast_json {

const Value::Node& Value::node() const { return doc_->nodes_[index_]; }

std::span<const Member> Value::items() const {
  const Node& n = node();
  if (n.kind != Kind::array && n.kind != Kind::object) return {};
  return {doc_->members_.data() + n.first, n.count};
}

const Value& Value::operator[](std::size_t i) const { return items()[i].value; }

const Value* Value::find(std::string_view key) const {
  if (!is_object()) return nullptr;
  for (const Member& m : items())
    if (m.key == key) return &m.value;
  return nullptr;
}

template <>
bool Value::get<bool>() const {
  return node().boolean;
}
template <>
double Value::get<double>() const {
  return node().number;
}
template <>
std::string Value::get<std::string>() const {
  const std::string_view raw = node().raw;
  return std::string(raw.substr(1, raw.size() - 2));
}

// Recursive descent over the accepted subset. Every function returns false to decline.
struct Document::Parser {
  Document& doc;
  const char* p;
  const char* end;

  void skip_space() {
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) ++p;
  }

  bool literal(std::string_view word) {
    if (static_cast<std::size_t>(end - p) < word.size() || std::string_view(p, word.size()) != word) return false;
    p += word.size();
    return true;
  }

  // A string without escapes whose bytes are all printable ASCII; returns its contents.
  bool string(std::string_view& out) {
    const char* start = ++p;  // past the opening quote
    while (p < end) {
      const auto c = static_cast<unsigned char>(*p);
      if (c == '"') {
        out = std::string_view(start, static_cast<std::size_t>(p - start));
        ++p;
        return true;
      }
      if (c == '\\' || c < 0x20 || c >= 0x80) return false;
      ++p;
    }
    return false;
  }

  static bool digit(char c) { return c >= '0' && c <= '9'; }

  // The JSON number grammar, read as nlohmann_json reads it: an integer as a 64-bit integer (turned
  // into a double on get<double>(), so -0 is 0), anything else with strtod. Declines integers of
  // more than 18 digits, tokens longer than 64 characters and numbers a double cannot hold.
  bool number(double& out) {
    const char* start = p;
    if (p < end && *p == '-') ++p;
    if (p == end || !digit(*p)) return false;
    if (*p == '0') {
      ++p;
    } else {
      while (p < end && digit(*p)) ++p;
    }
    bool integer = true;
    if (p < end && *p == '.') {
      integer = false;
      ++p;
      if (p == end || !digit(*p)) return false;
      while (p < end && digit(*p)) ++p;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
      integer = false;
      ++p;
      if (p < end && (*p == '+' || *p == '-')) ++p;
      if (p == end || !digit(*p)) return false;
      while (p < end && digit(*p)) ++p;
    }
    if (integer) {
      const bool negative = *start == '-';
      const char* digits = start + (negative ? 1 : 0);
      if (p - digits > 18) return false;
      std::int64_t v = 0;
      for (const char* d = digits; d < p; ++d) v = v * 10 + (*d - '0');
      out = static_cast<double>(negative ? -v : v);
      return true;
    }
    char token[65];
    const auto length = static_cast<std::size_t>(p - start);
    if (length >= sizeof token) return false;
    std::memcpy(token, start, length);
    token[length] = '\0';
    char* stop = nullptr;
    out = std::strtod(token, &stop);
    return stop == token + length && std::isfinite(out);
  }

  bool value(std::uint32_t index, int depth) {
    if (p == end) return false;
    const char* start = p;
    Value::Node n;
    switch (*p) {
      case '{':
      case '[':
        if (depth >= kMaxDepth || !container(n, depth + 1)) return false;
        break;
      case '"':
        n.kind = Value::Kind::string;
        if (std::string_view s; !string(s)) return false;
        break;
      case 't':
      case 'f':
        n.kind = Value::Kind::boolean;
        n.boolean = *p == 't';
        if (!literal(n.boolean ? "true" : "false")) return false;
        break;
      case 'n':
        if (!literal("null")) return false;
        break;
      default:
        n.kind = Value::Kind::number;
        if (!number(n.number)) return false;
    }
    n.raw = std::string_view(start, static_cast<std::size_t>(p - start));
    doc.nodes_[index] = n;
    return true;
  }

  // Reads an object or array's members onto doc.pending_, then moves them to doc.members_ as one run.
  bool container(Value::Node& n, int depth) {
    const bool object = *p == '{';
    const char close = object ? '}' : ']';
    n.kind = object ? Value::Kind::object : Value::Kind::array;
    ++p;
    const std::size_t mark = doc.pending_.size();
    skip_space();
    if (p < end && *p == close) {
      ++p;
    } else {
      for (;;) {
        std::string_view key;
        if (object) {
          if (p == end || *p != '"' || !string(key)) return false;
          for (std::size_t i = mark; i < doc.pending_.size(); ++i)
            if (doc.pending_[i].key == key) return false;  // nlohmann_json keeps the last; decline
          skip_space();
          if (p == end || *p != ':') return false;
          ++p;
          skip_space();
        }
        const auto index = static_cast<std::uint32_t>(doc.nodes_.size());
        doc.nodes_.emplace_back();
        if (!value(index, depth)) return false;
        doc.pending_.push_back(Member{key, Value(&doc, index)});
        skip_space();
        if (p == end) return false;
        if (*p == ',') {
          ++p;
          skip_space();
          continue;
        }
        if (*p != close) return false;
        ++p;
        break;
      }
    }
    n.first = static_cast<std::uint32_t>(doc.members_.size());
    n.count = static_cast<std::uint32_t>(doc.pending_.size() - mark);
    doc.members_.insert(doc.members_.end(), doc.pending_.begin() + static_cast<std::ptrdiff_t>(mark), doc.pending_.end());
    doc.pending_.erase(doc.pending_.begin() + static_cast<std::ptrdiff_t>(mark), doc.pending_.end());
    return true;
  }
};

bool Document::parse(std::string_view text) {
  nodes_.clear();
  members_.clear();
  pending_.clear();
  nodes_.emplace_back();
  Parser parser{*this, text.data(), text.data() + text.size()};
  parser.skip_space();
  const bool ok = parser.value(0, 0) && (parser.skip_space(), parser.p == parser.end);
  if (!ok) {
    nodes_.assign(1, Value::Node{});
    members_.clear();
    pending_.clear();
  }
  return ok;
}

}  // namespace lde::fast_json
