#include "check_view.hpp"

#include <cstdint>
#include <unordered_map>
#include <utility>

#include <imgui.h>

#include "cull.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace lde::ui {

namespace {

ImU32 confidence_colour(Confidence c) {
  switch (c) {
    case Confidence::high:
    case Confidence::medium_high: return status_colour(Status::met);
    case Confidence::medium: return status_colour(Status::unknown);
    case Confidence::low_medium:
    case Confidence::low: return status_colour(Status::not_met);
  }
  return colours::muted;
}

// A bulleted line whose continuation lines stay aligned with the first.
void bullet_text(const std::string& text, ImU32 colour = colours::text) {
  ImGui::Bullet();
  ImGui::SameLine();
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

void draw_details(AppState& s, const Check& check, const std::string& id) {
  for (const std::string& note : check.notes) bullet_text("\xE2\x9A\xA0  " + note, status_colour(Status::unknown));
  if (!check.answers.empty()) {
    subheading(tr(s, "ui.check.answers"));
    for (const auto& [path, value] : check.answers.items())
      bullet_text(path + " = " + (value.is_string() ? value.get<std::string>() : value.dump()));
  }
  if (!check.open_questions.empty()) {
    subheading(tr(s, "ui.check.open_questions"));
    for (const std::string& q : check.open_questions) bullet_text(q, colours::muted);
  }
  if (!check.sources.empty()) {
    subheading(tr(s, "ui.check.sources"));
    draw_sources(s, check.sources, id);
  }
}

}  // namespace

std::string status_word(const AppState& s, Status status) { return tr(s, "status." + to_string(status)); }

std::string confidence_word(const AppState& s, Confidence c) { return tr(s, "confidence." + to_string(c)); }

std::string check_title(const AppState& s, const Check& check) {
  // Drawn every frame for every check: resolved once per (language, check id).
  static std::unordered_map<std::string, std::string> cache[2];
  auto& titles = cache[language(s) == Language::nl ? 0 : 1];
  if (const auto it = titles.find(check.id); it != titles.end()) return it->second;
  const std::string key = check_message_key(check.id) + ".title";
  std::string title = builtin_messages().has(language(s), key) ? tr(s, key) : check.id;
  return titles.emplace(check.id, std::move(title)).first->second;
}

std::vector<const Check*> checks_with_prefix(const std::vector<Check>& checks,
                                             const std::vector<std::string>& prefixes) {
  std::vector<const Check*> out;
  for (const Check& c : checks)
    for (const std::string& p : prefixes)
      if (c.id.rfind(p, 0) == 0) {
        out.push_back(&c);
        break;
      }
  return out;
}

void draw_sources(AppState& s, const std::vector<Source>& sources, const std::string& scope) {
  int index = 0;
  for (const Source& src : sources) {
    const std::string id = scope + ".source[" + std::to_string(index++) + "]";
    ImGui::PushID(id.c_str());
    bullet_text(src.article.empty() ? src.title : src.title + ", " + src.article);
    ImGui::Indent(ImGui::GetTreeNodeToLabelSpacing());
    ImGui::PushStyleColor(ImGuiCol_Text, confidence_colour(src.confidence));
    ImGui::TextUnformatted(tr(s, "ui.check.confidence", {{"level", confidence_word(s, src.confidence)}}).c_str());
    ImGui::PopStyleColor();
    if (!src.url.empty()) {
      ImGui::SameLine();
      ImGui::TextDisabled("\xC2\xB7");
      ImGui::SameLine();
      link((id + ".link").c_str(), tr(s, "ui.check.open_source"), src.url);
    }
    ImGui::Unindent(ImGui::GetTreeNodeToLabelSpacing());
    ImGui::PopID();
  }
}

void draw_check(AppState& s, const Check& check, const std::string& scope) {
  const std::string id = scope.empty() ? check.id : scope + "/" + check.id;
  const std::string title = check_title(s, check);
  ImGui::PushID(id.c_str());
  const float row_y = ImGui::GetCursorPosY();
  // The pill and title drawn over the row are not interactive, so the row needs no AllowOverlap (which
  // would ignore a press that arrives in the same frame as the pointer, e.g. a tap).
  const bool open =
      ImGui::TreeNodeEx("##check", ImGuiTreeNodeFlags_SpanAvailWidth | ImGuiTreeNodeFlags_FramePadding);
  track(id, title, "tree", open);
  tooltip(check.id);
  ImGui::SameLine();
  ImGui::SetCursorPosY(row_y);
  status_badge(check.status, status_word(s, check.status));
  ImGui::SameLine();
  ImGui::PushFont(fonts().bold);
  ImGui::TextUnformatted(title.c_str());
  ImGui::PopFont();

  // Explanation, details and children line up with the title, open or closed (an open node has
  // already been indented by IndentSpacing).
  const float indent = ImGui::GetTreeNodeToLabelSpacing() - (open ? ImGui::GetStyle().IndentSpacing : 0.0f);
  ImGui::Indent(indent);
  if (!check.explanation.empty()) muted(check.explanation);
  if (open) {
    draw_details(s, check, id);
    for (const Check& child : check.children) draw_check(s, child, scope);
  }
  ImGui::Unindent(indent);
  if (open) ImGui::TreePop();
  ImGui::Spacing();
  ImGui::PopID();
}

namespace {
// Checks out of view are not drawn; the height they took when last drawn is reserved (cull.hpp).
void draw_culled_check(AppState& s, const Check& check, const std::string& scope, std::uint64_t key) {
  if (CulledBlock block(scope + "/" + check.id, key); block) draw_check(s, check, scope);
}
}  // namespace

void draw_checks(AppState& s, const std::vector<Check>& checks, const std::string& scope) {
  const std::uint64_t key = layout_key(s);
  for (const Check& c : checks) draw_culled_check(s, c, scope, key);
}

void draw_checks(AppState& s, const std::vector<const Check*>& checks, const std::string& scope) {
  const std::uint64_t key = layout_key(s);
  for (const Check* c : checks) draw_culled_check(s, *c, scope, key);
}

}  // namespace lde::ui
