// ldecheck: the native command line (design.md, "Command line").
// Exit codes: 0 report produced, 2 unusable input (message on stderr naming file and line/column or
// JSON path), 1 internal failure.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "lde/batch.hpp"
#include "lde/evaluate.hpp"

namespace {

constexpr int kOk = 0;
constexpr int kInternal = 1;
constexpr int kBadInput = 2;

const char* kUsage =
    "ldecheck " LDE_VERSION " - LDE / individueel maatwerk self-assessment (native command line)\n"
    "\n"
    "Usage:\n"
    "  ldecheck assess FILE [--date YYYY-MM-DD] [--format text|markdown|json] [--lang nl|en]\n"
    "      One report for the assessment in FILE (\"-\" reads standard input).\n"
    "      --date  assess on this date (default: the file's assessment_date, else today)\n"
    "      --lang  report language (default: the file's language, else nl)\n"
    "  ldecheck batch [--date YYYY-MM-DD] [--lang nl|en] [--summary] < in.ndjson > out.ndjson\n"
    "      One assessment per input line, one JSON report per output line; a bad line yields\n"
    "      {\"line\": N, \"error\": {...}} and the rest goes on.\n"
    "      --summary  instead of the report, each worker's trajectory dates, status and 2023\n"
    "                 regime without texts (schema lde-batch-summary/1; much faster)\n"
    "  ldecheck rules [--format text|json]\n"
    "      The rule catalogue: every parameter, its dated values, sources and confidence.\n"
    "  ldecheck --help | --version\n"
    "\n"
    "Exit status: 0 report produced (whatever the verdicts), 2 unusable input, 1 internal failure.\n";

struct Options {
  std::string command;
  std::string file;
  std::optional<lde::Date> date;
  std::optional<lde::Language> language;
  std::string format;
  bool summary = false;
};

int usage_error(const std::string& message) {
  std::cerr << "ldecheck: " << message << "\n(see ldecheck --help)\n";
  return kBadInput;
}

// Returns an exit code when parsing failed or the call is complete (help), else nullopt.
std::optional<int> parse_options(int argc, char** argv, Options& o) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kUsage;
    return kBadInput;
  }
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* name) -> std::optional<std::string> {
      if (i + 1 >= args.size()) return std::nullopt;
      (void)name;
      return args[++i];
    };
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return kOk;
    } else if (a == "--version") {
      std::cout << "ldecheck " LDE_VERSION "\n";
      return kOk;
    } else if (a == "--date") {
      auto v = value("--date");
      if (!v) return usage_error("--date needs a value YYYY-MM-DD");
      o.date = lde::parse_date(*v);
      if (!o.date) return usage_error("--date: " + *v + " is not a date (YYYY-MM-DD)");
      if (*o.date < lde::kEarliestAssessmentDate)
        return usage_error("--date: " + *v + " is before 2015-04-01, when the LDE decree took effect");
    } else if (a == "--lang") {
      auto v = value("--lang");
      if (!v || !lde::parse_language(*v)) return usage_error("--lang must be nl or en");
      o.language = lde::parse_language(*v);
    } else if (a == "--summary") {
      o.summary = true;
    } else if (a == "--format") {
      auto v = value("--format");
      if (!v) return usage_error("--format needs a value");
      o.format = *v;
    } else if (o.command.empty()) {
      o.command = a;
    } else if (o.file.empty() && a.rfind("--", 0) != 0) {
      o.file = a;
    } else {
      return usage_error("unexpected argument " + a);
    }
  }
  return std::nullopt;
}

bool read_all(const std::string& file, std::string& out) {
  if (file == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    out = ss.str();
    return true;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

lde::Report run(lde::Assessment& a, const Options& o) {
  if (o.date) a.assessment_date = o.date;
  if (o.language) a.language = *o.language;
  const lde::Context ctx{lde::builtin_rules(), lde::builtin_messages(), a.language};
  return lde::evaluate(a, ctx, lde::today_utc());
}

int assess(const Options& o) {
  if (o.file.empty()) return usage_error("assess needs a FILE");
  const std::string format = o.format.empty() ? "text" : o.format;
  if (format != "text" && format != "markdown" && format != "json")
    return usage_error("--format must be text, markdown or json");
  std::string text;
  if (!read_all(o.file, text)) {
    std::cerr << "ldecheck: " << o.file << ": cannot read the file\n";
    return kBadInput;
  }
  auto parsed = lde::parse_assessment(text);
  if (!parsed.ok()) {
    std::cerr << "ldecheck: " << o.file << ": " << parsed.error->to_string() << "\n";
    return kBadInput;
  }
  lde::Assessment a = std::move(*parsed.assessment);
  const lde::Report report = run(a, o);
  const lde::Context ctx{lde::builtin_rules(), lde::builtin_messages(), a.language};
  if (format == "json")
    std::cout << nlohmann::json(report).dump(2) << "\n";
  else if (format == "markdown")
    std::cout << lde::render_markdown(report, ctx);
  else
    std::cout << lde::render_text(report, ctx);
  return kOk;
}

int batch(const Options& o) {
  if (!o.file.empty() && o.file != "-") return usage_error("batch reads standard input; unexpected " + o.file);
  const lde::BatchOptions options{o.date, o.language, lde::today_utc(), o.summary};
  std::string line;
  long number = 0;
  std::ios::sync_with_stdio(false);
  std::cin.tie(nullptr);  // reading a line must not flush the output written so far
  while (std::getline(std::cin, line)) {
    if (auto out = lde::batch_line(line, ++number, options)) std::cout << *out << '\n';
  }
  std::cout.flush();
  return kOk;
}

int rules(const Options& o) {
  const std::string format = o.format.empty() ? "text" : o.format;
  const auto& book = lde::builtin_rules();
  if (format == "json") {
    std::cout << lde::catalogue_json(book).dump(2) << "\n";
    return kOk;
  }
  if (format != "text") return usage_error("--format must be text or json");
  const lde::Language lang = o.language.value_or(lde::Language::nl);
  const std::string l = lde::to_string(lang);
  for (const auto& [id, p] : book.all()) {
    std::cout << id << " [" << p.file << ", " << p.unit << "]\n  " << p.description.at(l) << "\n";
    for (const auto& v : p.versions) {
      std::cout << "  " << lde::to_display(v.from) << ": " << v.value.dump() << "  (" << lde::to_string(v.confidence())
                << ")\n";
      for (const auto& s : v.sources) std::cout << "      " << s.title << " <" << s.url << ">\n";
      if (v.note.count(l)) std::cout << "      " << v.note.at(l) << "\n";
      for (const auto& alt : v.alternatives)
        std::cout << "      alternative reading: " << alt.value.dump() << " - " << alt.note.at(l) << "\n";
    }
  }
  return kOk;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    Options o;
    if (auto done = parse_options(argc, argv, o)) return *done;
    if (o.summary && o.command != "batch") return usage_error("--summary applies to batch only");
    if (o.command == "assess") return assess(o);
    if (o.command == "batch") return batch(o);
    if (o.command == "rules") return rules(o);
    return usage_error("unknown command " + (o.command.empty() ? std::string("(none)") : o.command));
  } catch (const std::exception& e) {
    std::cerr << "ldecheck: internal error: " << e.what() << "\n";
    return kInternal;
  }
}
