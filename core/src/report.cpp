// Writing "lde-report/1" and rendering it for people (text, Markdown, HTML).
//
// [SECTION] JSON
// [SECTION] Shared helpers for the renderings
// [SECTION] Text
// [SECTION] Markdown
// [SECTION] HTML
#include "lde/imw.hpp"
#include "lde/report.hpp"

#include <utility>

#include "lde/evaluate.hpp"
#include "text_builder.hpp"

namespace lde {

// [SECTION] JSON -----------------------------------------------------------------------------------

void to_json(nlohmann::json& j, const Event& e) {
  j = nlohmann::json{{"date", to_iso(e.date)}, {"kind", e.kind}, {"label", e.label}};
  if (e.to) j["to"] = to_iso(*e.to);
  if (!e.detail.empty()) j["detail"] = e.detail;
  if (e.indicative) j["indicative"] = true;
  if (!e.sources.empty()) j["sources"] = e.sources;
}

void to_json(nlohmann::json& j, const ImwScheduleRow& r) {
  j = nlohmann::json{{"quarter", to_string(r.quarter)},
                     {"term_quarter", r.term_quarter},
                     {"wage_premium_percent", r.wage_premium_percent},
                     {"capped_reference_wage", r.capped_reference_wage},
                     {"wage_premium_amount", r.wage_premium_amount},
                     {"guidance_premium_amount", r.guidance_premium_amount}};
}

namespace {
nlohmann::json opt_date(const std::optional<Date>& d) { return d ? nlohmann::json(to_iso(*d)) : nlohmann::json(nullptr); }
}  // namespace

void to_json(nlohmann::json& j, const WorkerReport& w) {
  j = nlohmann::json{{"id", w.id},
                     {"status_on_date", w.status_on_date},
                     {"trajectory",
                      {{"start", opt_date(w.trajectory.start)},
                       {"regular_end", opt_date(w.trajectory.regular_end)},
                       {"max_end", opt_date(w.trajectory.max_end)},
                       {"end", opt_date(w.trajectory.end)}}},
                     {"events", w.events},
                     {"imw_schedule", w.imw_schedule},
                     {"checks", w.checks}};
  if (!w.name.empty()) j["name"] = w.name;
  for (const auto& [k, v] : w.extra.items()) j[k] = v;
}

void to_json(nlohmann::json& j, const Report& r) {
  j = nlohmann::json{{"schema", kReportSchema},
                     {"assessment_date", to_iso(r.assessment_date)},
                     {"language", to_string(r.language)},
                     {"regime", r.regime},
                     {"checks", r.checks},
                     {"workers", r.workers}};
  for (const auto& [k, v] : r.extra.items()) j[k] = v;
}

// [SECTION] Shared helpers for the renderings ------------------------------------------------------
namespace {

std::string status_word(Status s, const Context& ctx) { return ctx.text("status." + to_string(s)); }

std::string status_icon(Status s) {
  switch (s) {
    case Status::met: return "\xE2\x9C\x94";             // check mark
    case Status::not_met: return "\xE2\x9C\x98";         // cross
    case Status::unknown: return "?";
    case Status::not_applicable: return "\xE2\x80\x93";  // en dash
  }
  return "?";
}

std::string title_of(const Check& c, const Context& ctx) {
  const std::string key = check_message_key(c.id) + ".title";
  if (ctx.messages.has(ctx.language, key)) return ctx.text(key);
  return c.id;
}

std::string confidence_word(Confidence c, const Context& ctx) { return ctx.text("confidence." + to_string(c)); }

std::string source_line(const Source& s, const Context& ctx) {
  std::string out = s.title;
  if (!s.article.empty()) out += ", " + s.article;
  out += " (" + ctx.text("report.confidence") + ": " + confidence_word(s.confidence, ctx) + ") " + s.url;
  return out;
}

std::string html_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string md_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '|' || c == '*' || c == '_' || c == '`') out += '\\';
    out += c;
  }
  return out;
}

std::string event_dates(const Event& e) {
  return e.to ? to_display(e.date) + " \xE2\x80\x93 " + to_display(*e.to) : to_display(e.date);
}

}  // namespace

// [SECTION] Text -----------------------------------------------------------------------------------
namespace {

void text_check(TextBuilder& o, const Check& c, const Context& ctx, int depth) {
  const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  o << indent << "[" << status_icon(c.status) << " " << status_word(c.status, ctx) << "] " << title_of(c, ctx)
    << " (" << c.id << ")\n";
  if (!c.explanation.empty()) o << indent << "    " << c.explanation << "\n";
  for (const auto& n : c.notes) o << indent << "    ! " << n << "\n";
  if (depth == 0 || c.children.empty()) {
    for (const auto& s : c.sources) o << indent << "    " << ctx.text("report.source") << ": " << source_line(s, ctx) << "\n";
    if (!c.open_questions.empty() && c.children.empty()) {
      o << indent << "    " << ctx.text("report.open_questions") << ":";
      for (const auto& q : c.open_questions) o << " " << q;
      o << "\n";
    }
  }
  for (const auto& child : c.children) text_check(o, child, ctx, depth + 1);
}

}  // namespace

std::string render_text(const Report& r, const Context& ctx) {
  TextBuilder o;
  o << ctx.text("report.title") << "\n";
  o << ctx.text("report.assessment_date") << ": " << to_display(r.assessment_date) << "\n";
  o << ctx.text("report.regime") << ": " << ctx.text("regime." + r.regime) << "\n\n";
  for (const auto& c : r.checks) {
    text_check(o, c, ctx, 0);
    o << "\n";
  }
  for (const auto& w : r.workers) {
    o << ctx.text("report.worker") << " " << w.id << (w.name.empty() ? "" : " (" + w.name + ")") << ": "
      << ctx.text("worker_status." + w.status_on_date) << "\n";
    if (w.trajectory.start) o << "  " << ctx.text("report.trajectory_start") << ": " << to_display(*w.trajectory.start) << "\n";
    if (w.trajectory.end) o << "  " << ctx.text("report.trajectory_end") << ": " << to_display(*w.trajectory.end) << "\n";
    if (w.extra.contains("summary"))
      for (const auto& line : w.extra["summary"]) o << "  " << line.get<std::string>() << "\n";
    for (const auto& e : w.events)
      o << "  " << event_dates(e) << "  " << e.label << (e.indicative ? " (" + ctx.text("report.indicative") + ")" : "") << "\n";
    if (!w.imw_schedule.empty()) {
      o << "  " << ctx.text("report.imw_schedule") << ":\n";
      for (const auto& row : w.imw_schedule)
        o << "    " << to_string(row.quarter) << "  " << format_percent(row.wage_premium_percent, ctx.language) << "  "
          << format_money(row.wage_premium_amount, ctx.language) << "  "
          << format_money(row.guidance_premium_amount, ctx.language) << "\n";
    }
    o << render_imw_extras(w, ctx, ImwFormat::text);
    for (const auto& c : w.checks) text_check(o, c, ctx, 1);
    o << "\n";
  }
  return std::move(o).str();
}

// [SECTION] Markdown -------------------------------------------------------------------------------
namespace {

void md_check(TextBuilder& o, const Check& c, const Context& ctx, int depth) {
  const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  o << indent << "- **" << status_icon(c.status) << " " << status_word(c.status, ctx) << "** — "
    << md_escape(title_of(c, ctx)) << " (`" << c.id << "`)";
  if (!c.explanation.empty()) o << ": " << md_escape(c.explanation);
  o << "\n";
  for (const auto& n : c.notes) o << indent << "  > " << md_escape(n) << "\n";
  if (c.children.empty()) {
    for (const auto& s : c.sources)
      o << indent << "  - " << ctx.text("report.source") << ": [" << md_escape(s.title) << (s.article.empty() ? "" : ", " + md_escape(s.article))
        << "](" << s.url << ") — " << ctx.text("report.confidence") << ": " << confidence_word(s.confidence, ctx) << "\n";
    if (!c.open_questions.empty()) {
      o << indent << "  - " << ctx.text("report.open_questions") << ":";
      for (const auto& q : c.open_questions) o << " `" << q << "`";
      o << "\n";
    }
  }
  for (const auto& child : c.children) md_check(o, child, ctx, depth + 1);
}

}  // namespace

std::string render_markdown(const Report& r, const Context& ctx) {
  TextBuilder o;
  o << "# " << ctx.text("report.title") << "\n\n";
  o << "- " << ctx.text("report.assessment_date") << ": " << to_display(r.assessment_date) << "\n";
  o << "- " << ctx.text("report.regime") << ": " << ctx.text("regime." + r.regime) << "\n\n";
  if (!r.checks.empty()) o << "## " << ctx.text("report.employer_section") << "\n\n";
  for (const auto& c : r.checks) md_check(o, c, ctx, 0);
  for (const auto& w : r.workers) {
    o << "\n## " << ctx.text("report.worker") << " " << md_escape(w.id) << (w.name.empty() ? "" : " — " + md_escape(w.name)) << "\n\n";
    o << "- " << ctx.text("report.status") << ": " << ctx.text("worker_status." + w.status_on_date) << "\n";
    if (w.trajectory.start) o << "- " << ctx.text("report.trajectory_start") << ": " << to_display(*w.trajectory.start) << "\n";
    if (w.trajectory.end) o << "- " << ctx.text("report.trajectory_end") << ": " << to_display(*w.trajectory.end) << "\n";
    if (w.extra.contains("summary"))
      for (const auto& line : w.extra["summary"]) o << "- " << md_escape(line.get<std::string>()) << "\n";
    if (!w.events.empty()) {
      o << "\n| " << ctx.text("report.date") << " | " << ctx.text("report.event") << " |\n|---|---|\n";
      for (const auto& e : w.events)
        o << "| " << event_dates(e) << " | " << md_escape(e.label) << (e.indicative ? " _(" + ctx.text("report.indicative") + ")_" : "") << " |\n";
    }
    if (!w.imw_schedule.empty()) {
      o << "\n| " << ctx.text("report.quarter") << " | " << ctx.text("report.wage_premium_percent") << " | "
        << ctx.text("report.wage_premium") << " | " << ctx.text("report.guidance_premium") << " |\n|---|---:|---:|---:|\n";
      for (const auto& row : w.imw_schedule)
        o << "| " << to_string(row.quarter) << " | " << format_percent(row.wage_premium_percent, ctx.language) << " | "
          << format_money(row.wage_premium_amount, ctx.language) << " | " << format_money(row.guidance_premium_amount, ctx.language) << " |\n";
    }
    o << render_imw_extras(w, ctx, ImwFormat::markdown);
    if (!w.checks.empty()) o << "\n";
    for (const auto& c : w.checks) md_check(o, c, ctx, 0);
  }
  o << "\n---\n" << ctx.text("report.footer") << "\n";
  return std::move(o).str();
}

// [SECTION] HTML -----------------------------------------------------------------------------------
namespace {

void html_check(TextBuilder& o, const Check& c, const Context& ctx) {
  o << "<li class=\"check " << to_string(c.status) << "\"><span class=\"status\">" << status_icon(c.status) << " "
    << html_escape(status_word(c.status, ctx)) << "</span> <strong>" << html_escape(title_of(c, ctx))
    << "</strong> <code>" << html_escape(c.id) << "</code>";
  if (!c.explanation.empty()) o << "<p>" << html_escape(c.explanation) << "</p>";
  for (const auto& n : c.notes) o << "<p class=\"note\">" << html_escape(n) << "</p>";
  if (c.children.empty() && !c.sources.empty()) {
    o << "<ul class=\"sources\">";
    for (const auto& s : c.sources)
      o << "<li>" << html_escape(s.title) << (s.article.empty() ? "" : ", " + html_escape(s.article)) << " — "
        << html_escape(ctx.text("report.confidence")) << ": " << html_escape(confidence_word(s.confidence, ctx))
        << " — <a href=\"" << html_escape(s.url) << "\">" << html_escape(s.url) << "</a></li>";
    o << "</ul>";
  }
  if (c.children.empty() && !c.open_questions.empty()) {
    o << "<p class=\"open\">" << html_escape(ctx.text("report.open_questions")) << ":";
    for (const auto& q : c.open_questions) o << " <code>" << html_escape(q) << "</code>";
    o << "</p>";
  }
  if (!c.children.empty()) {
    o << "<ul>";
    for (const auto& child : c.children) html_check(o, child, ctx);
    o << "</ul>";
  }
  o << "</li>";
}

}  // namespace

std::string render_html(const Report& r, const Context& ctx) {
  TextBuilder o;
  o << "<!DOCTYPE html>\n<html lang=\"" << to_string(r.language) << "\"><head><meta charset=\"utf-8\"><title>"
    << html_escape(ctx.text("report.title")) << "</title><style>"
    << "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}"
    << "li.check{margin:.4rem 0}.status{font-weight:bold}.met .status{color:#1a6b2d}.not_met .status{color:#a4161a}"
    << ".unknown .status{color:#7a5900}.not_applicable .status{color:#555}.note{font-style:italic}"
    << "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2rem .5rem}td.num{text-align:right}"
    << "</style></head><body>\n";
  o << "<h1>" << html_escape(ctx.text("report.title")) << "</h1>\n<p>" << html_escape(ctx.text("report.assessment_date"))
    << ": " << to_display(r.assessment_date) << "<br>" << html_escape(ctx.text("report.regime")) << ": "
    << html_escape(ctx.text("regime." + r.regime)) << "</p>\n";
  if (!r.checks.empty()) {
    o << "<h2>" << html_escape(ctx.text("report.employer_section")) << "</h2>\n<ul>";
    for (const auto& c : r.checks) html_check(o, c, ctx);
    o << "</ul>\n";
  }
  for (const auto& w : r.workers) {
    o << "<h2>" << html_escape(ctx.text("report.worker")) << " " << html_escape(w.id)
      << (w.name.empty() ? "" : " — " + html_escape(w.name)) << "</h2>\n<p>" << html_escape(ctx.text("report.status"))
      << ": " << html_escape(ctx.text("worker_status." + w.status_on_date)) << "</p>\n";
    if (w.extra.contains("summary")) {
      o << "<ul>";
      for (const auto& line : w.extra["summary"]) o << "<li>" << html_escape(line.get<std::string>()) << "</li>";
      o << "</ul>\n";
    }
    if (!w.events.empty()) {
      o << "<table><tr><th>" << html_escape(ctx.text("report.date")) << "</th><th>" << html_escape(ctx.text("report.event")) << "</th></tr>";
      for (const auto& e : w.events)
        o << "<tr><td>" << event_dates(e) << "</td><td>" << html_escape(e.label)
          << (e.indicative ? " <em>(" + html_escape(ctx.text("report.indicative")) + ")</em>" : "") << "</td></tr>";
      o << "</table>\n";
    }
    if (!w.imw_schedule.empty()) {
      o << "<table><tr><th>" << html_escape(ctx.text("report.quarter")) << "</th><th>" << html_escape(ctx.text("report.wage_premium_percent"))
        << "</th><th>" << html_escape(ctx.text("report.wage_premium")) << "</th><th>" << html_escape(ctx.text("report.guidance_premium")) << "</th></tr>";
      for (const auto& row : w.imw_schedule)
        o << "<tr><td>" << to_string(row.quarter) << "</td><td class=\"num\">" << format_percent(row.wage_premium_percent, ctx.language)
          << "</td><td class=\"num\">" << format_money(row.wage_premium_amount, ctx.language) << "</td><td class=\"num\">"
          << format_money(row.guidance_premium_amount, ctx.language) << "</td></tr>";
      o << "</table>\n";
    }
    o << render_imw_extras(w, ctx, ImwFormat::html);
    if (!w.checks.empty()) {
      o << "<ul>";
      for (const auto& c : w.checks) html_check(o, c, ctx);
      o << "</ul>\n";
    }
  }
  o << "<hr><p>" << html_escape(ctx.text("report.footer")) << "</p></body></html>\n";
  return std::move(o).str();
}

}  // namespace lde
