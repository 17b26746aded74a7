// The IMW parts of the human-readable reports that go beyond the schedule table: yearly totals, the
// break-point reading used, and the LDE temporary compensation compared quarter by quarter.
#include <utility>

#include "lde/evaluate.hpp"
#include "lde/imw.hpp"
#include "text_builder.hpp"

namespace lde {

namespace {

std::string escape(const std::string& s, ImwFormat f) {
  std::string out;
  for (char c : s) {
    if (f == ImwFormat::html && c == '&') out += "&amp;";
    else if (f == ImwFormat::html && c == '<') out += "&lt;";
    else if (f == ImwFormat::html && c == '>') out += "&gt;";
    else if (f == ImwFormat::markdown && (c == '|' || c == '*' || c == '_')) out += std::string("\\") + c;
    else out += c;
  }
  return out;
}

// One table in the three formats: a title, a header row and body rows (cells already formatted).
void table(TextBuilder& o, ImwFormat f, const std::string& title, const std::vector<std::string>& header,
           const std::vector<std::vector<std::string>>& rows) {
  if (f == ImwFormat::text) {
    o << "  " << title << ":\n    ";
    for (std::size_t i = 0; i < header.size(); ++i) o << (i ? "  " : "") << header[i];
    o << "\n";
    for (const auto& r : rows) {
      o << "    ";
      for (std::size_t i = 0; i < r.size(); ++i) o << (i ? "  " : "") << r[i];
      o << "\n";
    }
  } else if (f == ImwFormat::markdown) {
    o << "\n**" << escape(title, f) << "**\n\n|";
    for (const auto& h : header) o << " " << escape(h, f) << " |";
    o << "\n|---|";
    for (std::size_t i = 1; i < header.size(); ++i) o << "---:|";
    o << "\n";
    for (const auto& r : rows) {
      o << "|";
      for (const auto& cell : r) o << " " << escape(cell, f) << " |";
      o << "\n";
    }
  } else {
    o << "<h3>" << escape(title, f) << "</h3>\n<table><tr>";
    for (const auto& h : header) o << "<th>" << escape(h, f) << "</th>";
    o << "</tr>";
    for (const auto& r : rows) {
      o << "<tr>";
      for (std::size_t i = 0; i < r.size(); ++i) o << (i ? "<td class=\"num\">" : "<td>") << escape(r[i], f) << "</td>";
      o << "</tr>";
    }
    o << "</table>\n";
  }
}

void line(TextBuilder& o, ImwFormat f, const std::string& text) {
  if (f == ImwFormat::text) o << "    " << text << "\n";
  else if (f == ImwFormat::markdown) o << "\n_" << escape(text, f) << "_\n";
  else o << "<p class=\"note\">" << escape(text, f) << "</p>\n";
}

std::string money_or(const nlohmann::json& v, const std::string& fallback, const Context& ctx) {
  return v.is_number() ? format_money(v.get<double>(), ctx.language) : fallback;
}

std::string readings(const nlohmann::json& list) {
  std::string s;
  for (const auto& r : list) {
    std::string one;
    for (const auto& p : r) one += (one.empty() ? "" : "/") + std::to_string(p.get<int>());
    s += (s.empty() ? "" : ", ") + one;
  }
  return s;
}

}  // namespace

std::string render_imw_extras(const WorkerReport& w, const Context& ctx, ImwFormat f) {
  TextBuilder o;
  const auto t = [&](const std::string& key) { return ctx.text("imw.report." + key); };
  if (w.extra.contains("imw_totals")) {
    const auto& totals = w.extra.at("imw_totals");
    std::vector<std::vector<std::string>> rows;
    for (const auto& y : totals.at("years"))
      rows.push_back({std::to_string(y.at("year").get<int>()), format_money(y.at("wage_premium").get<double>(), ctx.language),
                      format_money(y.at("guidance_premium").get<double>(), ctx.language),
                      format_money(y.at("total").get<double>(), ctx.language)});
    const auto& term = totals.at("term");
    rows.push_back({t("term") + " (" + totals.at("first_quarter").get<std::string>() + "–" +
                        totals.at("last_quarter").get<std::string>() + ")",
                    format_money(term.at("wage_premium").get<double>(), ctx.language),
                    format_money(term.at("guidance_premium").get<double>(), ctx.language),
                    format_money(term.at("total").get<double>(), ctx.language)});
    table(o, f, t("totals"), {t("year"), t("wage_premium"), t("guidance_premium"), t("total")}, rows);
    line(o, f, ctx.text("imw.report.confidence", {{"confidence", ctx.text("confidence." + totals.at("confidence").get<std::string>())}}));
    if (totals.contains("break_points"))
      line(o, f, ctx.text("imw.report.break_points", {{"used", readings(nlohmann::json::array({totals.at("break_points")}))},
                                                      {"others", readings(totals.at("break_points_other_readings"))}}));
  }
  if (w.extra.contains("imw_comparison")) {
    const auto& cmp = w.extra.at("imw_comparison");
    std::vector<std::vector<std::string>> rows;
    for (const auto& r : cmp.at("rows")) {
      const bool covered = r.at("temporary_compensation").get<bool>();
      rows.push_back({r.at("quarter").get<std::string>(), covered ? t("tc_covered") : t("tc_not_covered"),
                      money_or(r.at("imw_total"), "—", ctx),
                      r.at("delta").is_number() ? format_money(r.at("delta").get<double>(), ctx.language)
                                                : (covered ? t("delta_unknown") : "—")});
    }
    table(o, f, t("comparison"), {t("quarter"), t("temporary_compensation"), t("imw_total"), t("delta")}, rows);
    for (const auto& n : cmp.at("notes")) line(o, f, n.get<std::string>());
  }
  return std::move(o).str();
}

}  // namespace lde
