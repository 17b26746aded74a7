// The IMW results of one worker, all read from the report: yearly totals, a stacked bar chart of both
// premiums per quarter (ImGui draw lists), the quarter-by-quarter table and the comparison with the LDE
// temporary compensation. Amounts in the report language's money format (€ 1.234,56).
#include <algorithm>

#include <imgui.h>

#include "imw_view.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace lde::ui {

namespace {

constexpr ImU32 kWageColour = IM_COL32(0x1F, 0x5F, 0xBF, 0xFF);      // accent blue
constexpr ImU32 kGuidanceColour = IM_COL32(0x3C, 0xA0, 0x8C, 0xFF);  // teal
constexpr ImU32 kCompensationColour = IM_COL32(0xE8, 0xC5, 0x6B, 0x90);

ImGuiTableFlags table_flags() {
  return ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
         ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
}

void cell(const std::string& text) {
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(text.c_str());
}

// Right-aligned number cell.
void number_cell(const std::string& text) {
  ImGui::TableNextColumn();
  const float w = ImGui::CalcTextSize(text.c_str()).x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, ImGui::GetContentRegionAvail().x - w));
  ImGui::TextUnformatted(text.c_str());
}

void legend_swatch(ImU32 colour, const std::string& label) {
  const float size = ImGui::GetTextLineHeight() * 0.8f;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + size * 0.15f), ImVec2(p.x + size, p.y + size * 1.15f), colour, 2.0f);
  ImGui::Dummy(ImVec2(size, size));
  ImGui::SameLine();
  ImGui::TextUnformatted(label.c_str());
}

}  // namespace

void draw_imw_totals(AppState& s, const WorkerReport& w) {
  if (!w.extra.contains("imw_totals")) return;
  const auto& totals = w.extra.at("imw_totals");
  const Language lang = language(s);
  subheading(tr(s, "imw.report.totals"));
  if (!ImGui::BeginTable(("imw.totals." + w.id).c_str(), 4, table_flags())) return;
  for (const char* key : {"year", "wage_premium", "guidance_premium", "total"})
    ImGui::TableSetupColumn(tr(s, std::string("imw.report.") + key).c_str());
  ImGui::TableHeadersRow();
  for (const auto& y : totals.at("years")) {
    ImGui::TableNextRow();
    cell(std::to_string(y.at("year").get<int>()));
    number_cell(format_money(y.at("wage_premium").get<double>(), lang));
    number_cell(format_money(y.at("guidance_premium").get<double>(), lang));
    number_cell(format_money(y.at("total").get<double>(), lang));
  }
  const auto& term = totals.at("term");
  ImGui::TableNextRow();
  ImGui::PushFont(fonts().bold);
  cell(tr(s, "imw.report.term") + " (" + totals.at("first_quarter").get<std::string>() + "–" +
       totals.at("last_quarter").get<std::string>() + ")");
  number_cell(format_money(term.at("wage_premium").get<double>(), lang));
  number_cell(format_money(term.at("guidance_premium").get<double>(), lang));
  number_cell(format_money(term.at("total").get<double>(), lang));
  ImGui::PopFont();
  ImGui::EndTable();
  muted(tr(s, "imw.report.confidence", {{"confidence", tr(s, "confidence." + totals.at("confidence").get<std::string>())}}));
  if (totals.contains("break_points")) {
    std::string used, others;
    for (const auto& p : totals.at("break_points")) used += (used.empty() ? "" : "/") + std::to_string(p.get<int>());
    for (const auto& r : totals.at("break_points_other_readings")) {
      std::string one;
      for (const auto& p : r) one += (one.empty() ? "" : "/") + std::to_string(p.get<int>());
      others += (others.empty() ? "" : ", ") + one;
    }
    muted(tr(s, "imw.report.break_points", {{"used", used}, {"others", others}}));
  }
}

// Stacked bars per quarter (wage premium below, guidance premium on top); the quarters still covered by
// the LDE temporary compensation are shaded. Hovering a bar shows its amounts.
void draw_imw_chart(AppState& s, const WorkerReport& w) {
  if (w.imw_schedule.empty()) return;
  const Language lang = language(s);
  subheading(tr(s, "imw.ui.chart"));
  legend_swatch(kWageColour, tr(s, "imw.report.wage_premium"));
  ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
  legend_swatch(kGuidanceColour, tr(s, "imw.report.guidance_premium"));
  const bool has_comparison = w.extra.contains("imw_comparison");
  if (has_comparison) {
    ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
    legend_swatch(kCompensationColour, tr(s, "imw.report.temporary_compensation"));
  }
  double max_total = 1.0;
  for (const auto& r : w.imw_schedule) max_total = std::max(max_total, r.wage_premium_amount + r.guidance_premium_amount);
  const float font = ImGui::GetFontSize();
  const float axis_w = font * 6.0f;
  const float width = std::max(font * 20.0f, ImGui::GetContentRegionAvail().x);
  const float height = font * 11.0f;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float plot_x = origin.x + axis_w;
  const float plot_w = width - axis_w - font;
  const float plot_top = origin.y + font * 0.5f;
  const float plot_bottom = origin.y + height - font * 1.6f;
  const float slot = plot_w / static_cast<float>(w.imw_schedule.size());
  const float bar = slot * 0.7f;
  // Y axis: three gridlines with money labels.
  for (int i = 0; i <= 2; ++i) {
    const double value = max_total * i / 2.0;
    const float y = plot_bottom - static_cast<float>(value / max_total) * (plot_bottom - plot_top);
    dl->AddLine(ImVec2(plot_x, y), ImVec2(plot_x + plot_w, y), colours::border);
    const std::string label = format_money(value, lang);
    dl->AddText(ImVec2(plot_x - ImGui::CalcTextSize(label.c_str()).x - font * 0.4f, y - font * 0.5f), colours::muted, label.c_str());
  }
  std::vector<std::string> covered;
  if (has_comparison)
    for (const auto& r : w.extra.at("imw_comparison").at("rows"))
      if (r.at("temporary_compensation").get<bool>()) covered.push_back(r.at("quarter").get<std::string>());
  int hovered = -1;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  for (std::size_t i = 0; i < w.imw_schedule.size(); ++i) {
    const ImwScheduleRow& r = w.imw_schedule[i];
    const float x0 = plot_x + slot * static_cast<float>(i) + (slot - bar) / 2.0f;
    const float scale = (plot_bottom - plot_top) / static_cast<float>(max_total);
    const std::string q = to_string(r.quarter);
    if (std::find(covered.begin(), covered.end(), q) != covered.end())
      dl->AddRectFilled(ImVec2(plot_x + slot * static_cast<float>(i), plot_top), ImVec2(plot_x + slot * static_cast<float>(i + 1), plot_bottom),
                        kCompensationColour);
    const float wage_top = plot_bottom - static_cast<float>(r.wage_premium_amount) * scale;
    const float guidance_top = wage_top - static_cast<float>(r.guidance_premium_amount) * scale;
    dl->AddRectFilled(ImVec2(x0, wage_top), ImVec2(x0 + bar, plot_bottom), kWageColour);
    if (r.guidance_premium_amount > 0) dl->AddRectFilled(ImVec2(x0, guidance_top), ImVec2(x0 + bar, wage_top), kGuidanceColour);
    // Year labels at each first quarter; the first bar gets its quarter when there is room before the next year.
    const bool room_for_first = i == 0 && slot * static_cast<float>(5 - r.quarter.number) > ImGui::CalcTextSize(q.c_str()).x + font;
    if (r.quarter.number == 1 || room_for_first) {
      const std::string label = r.quarter.number == 1 ? std::to_string(r.quarter.year) : q;
      dl->AddText(ImVec2(x0, plot_bottom + font * 0.3f), colours::muted, label.c_str());
    }
    if (mouse.x >= plot_x + slot * static_cast<float>(i) && mouse.x < plot_x + slot * static_cast<float>(i + 1) &&
        mouse.y >= plot_top && mouse.y <= plot_bottom)
      hovered = static_cast<int>(i);
  }
  dl->AddLine(ImVec2(plot_x, plot_bottom), ImVec2(plot_x + plot_w, plot_bottom), colours::muted);
  ImGui::Dummy(ImVec2(width, height));
  track("imw.chart." + w.id, tr(s, "imw.ui.chart"), "chart", static_cast<int>(w.imw_schedule.size()));
  if (hovered >= 0 && ImGui::IsWindowHovered()) {
    const ImwScheduleRow& r = w.imw_schedule[static_cast<std::size_t>(hovered)];
    tooltip_now(to_string(r.quarter) + " (" + tr(s, "imw.report.term_quarter") + " " + std::to_string(r.term_quarter) + ")\n" +
                tr(s, "imw.report.wage_premium") + ": " + format_money(r.wage_premium_amount, lang) + " (" +
                format_percent(r.wage_premium_percent, lang) + ")\n" + tr(s, "imw.report.guidance_premium") + ": " +
                format_money(r.guidance_premium_amount, lang));
  }
}

void draw_imw_schedule_table(AppState& s, const WorkerReport& w) {
  if (w.imw_schedule.empty()) return;
  const Language lang = language(s);
  if (!tree_node(("imw.schedule." + w.id).c_str(), tr(s, "report.imw_schedule"), true)) return;
  if (ImGui::BeginTable(("imw.schedule.table." + w.id).c_str(), 7, table_flags())) {
    ImGui::TableSetupColumn(tr(s, "imw.report.quarter").c_str());
    ImGui::TableSetupColumn(tr(s, "imw.report.term_quarter").c_str());
    ImGui::TableSetupColumn("%");
    ImGui::TableSetupColumn(tr(s, "imw.report.capped_reference_wage").c_str());
    ImGui::TableSetupColumn(tr(s, "imw.report.wage_premium").c_str());
    ImGui::TableSetupColumn(tr(s, "imw.report.guidance_premium").c_str());
    ImGui::TableSetupColumn(tr(s, "imw.report.total").c_str());
    ImGui::TableHeadersRow();
    for (const ImwScheduleRow& r : w.imw_schedule) {
      ImGui::TableNextRow();
      cell(to_string(r.quarter));
      number_cell(std::to_string(r.term_quarter));
      number_cell(format_percent(r.wage_premium_percent, lang));
      number_cell(format_money(r.capped_reference_wage, lang));
      number_cell(format_money(r.wage_premium_amount, lang));
      number_cell(format_money(r.guidance_premium_amount, lang));
      number_cell(format_money(r.wage_premium_amount + r.guidance_premium_amount, lang));
    }
    ImGui::EndTable();
  }
  ImGui::TreePop();
}

void draw_imw_comparison(AppState& s, const WorkerReport& w) {
  if (!w.extra.contains("imw_comparison")) return;
  const auto& cmp = w.extra.at("imw_comparison");
  const Language lang = language(s);
  if (!tree_node(("imw.comparison." + w.id).c_str(), tr(s, "imw.report.comparison"), true)) return;
  const auto& tc = cmp.at("temporary_compensation");
  key_value(tr(s, "imw.report.temporary_compensation"),
            to_display(*parse_date(tc.at("from").get<std::string>())) + " – " +
                (tc.at("to").is_string() ? to_display(*parse_date(tc.at("to").get<std::string>())) : tr(s, "imw.ui.open_end")));
  for (const auto& n : cmp.at("notes")) muted(n.get<std::string>());
  if (ImGui::BeginTable(("imw.comparison.table." + w.id).c_str(), 4, table_flags())) {
    for (const char* key : {"quarter", "temporary_compensation", "imw_total", "delta"})
      ImGui::TableSetupColumn(tr(s, std::string("imw.report.") + key).c_str());
    ImGui::TableHeadersRow();
    for (const auto& r : cmp.at("rows")) {
      const bool covered = r.at("temporary_compensation").get<bool>();
      ImGui::TableNextRow();
      if (covered) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, colours::compensation_tint);
      cell(r.at("quarter").get<std::string>());
      cell(covered ? tr(s, "imw.report.tc_covered") : tr(s, "imw.report.tc_not_covered"));
      number_cell(r.at("imw_total").is_number() ? format_money(r.at("imw_total").get<double>(), lang) : "—");
      number_cell(r.at("delta").is_number() ? format_money(r.at("delta").get<double>(), lang)
                                            : (covered ? tr(s, "imw.report.delta_unknown") : "—"));
    }
    ImGui::EndTable();
  }
  ImGui::TreePop();
}

}  // namespace lde::ui
