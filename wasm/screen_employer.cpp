// Werkgever / Employer: the assessment date and the employer's checks from the report (LDE
// recognition, label, local services, quality registration).
#include <imgui.h>

#include "check_view.hpp"
#include "screens.hpp"
#include "widgets.hpp"

namespace lde::ui {

void draw_assessment_summary(AppState& s) {
  const bool from_assessment = s.assessment.assessment_date.has_value();
  key_value(tr(s, "ui.summary.assessment_date"),
            to_display(s.report.assessment_date) + "  (" +
                tr(s, from_assessment ? "ui.summary.date_from_assessment" : "ui.summary.date_today") + ")");
  key_value(tr(s, "ui.summary.regime"), tr(s, "regime." + s.report.regime));
  if (s.assessment.organisation.name) key_value(tr(s, "ui.summary.organisation"), *s.assessment.organisation.name);
}

void draw_employer_screen(AppState& s) {
  heading(tr(s, "ui.employer.title"));
  muted(tr(s, "ui.employer.intro"));
  ImGui::Spacing();
  draw_assessment_summary(s);
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::Spacing();
  const std::vector<Check> checks = checks_with_prefix(s.report.checks, {"lde.", "quality."});
  if (checks.empty()) {
    muted(tr(s, "ui.employer.none"));
    return;
  }
  draw_checks(s, checks, "employer");
}

}  // namespace lde::ui
