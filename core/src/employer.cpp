// Employer checks: LDE recognition (lde.recognition.*), label (lde.label.*), local services
// (lde.services[i].*) and quality registration (quality.registration.*).
#include "lde/evaluate.hpp"

namespace lde {

namespace {

// Decree LDE 22/11/2013 as applied since 1 July 2023: no new recognition applications.
Check applications_open(const Organisation& org, const Date& on, const Context& ctx) {
  Check c;
  c.id = "lde.recognition.applications_open";
  const std::string param = "lde.recognition.applications_open";
  if (org.label_granted_on) {
    // An enterprise recognised before the closure keeps its recognition (rules-reference 1c).
    const auto* v = ctx.rules.version_on(param, *org.label_granted_on);
    c.sources = ctx.sources(param, *org.label_granted_on);
    c.answers["organisation.label_granted_on"] = to_iso(*org.label_granted_on);
    const bool was_open = v && v->value.get<bool>();
    c.status = was_open ? Status::met : Status::not_met;
    c.explanation = ctx.text(was_open ? "employer.applications_open.label_kept" : "employer.applications_open.label_after_closure",
                             {{"date", to_display(*org.label_granted_on)}});
    return c;
  }
  const Date asked = org.recognition_requested_on.value_or(on);
  const auto* v = ctx.rules.version_on(param, asked);
  c.sources = ctx.sources(param, asked);
  if (org.recognition_requested_on)
    c.answers["organisation.recognition_requested_on"] = to_iso(asked);
  else
    c.answers["assessment_date"] = to_iso(asked);
  const bool open = v && v->value.get<bool>();
  c.status = open ? Status::met : Status::not_met;
  if (open) {
    c.explanation = ctx.text("employer.applications_open.open", {{"date", to_display(asked)}});
  } else {
    const auto closed = ctx.rules.date("lde.recognition.applications_closed_on", asked);
    c.explanation = asked < closed ? ctx.text("employer.applications_open.not_yet", {{"date", to_display(asked)}})
                                   : ctx.text("employer.applications_open.closed",
                                              {{"date", to_display(asked)}, {"closed", to_display(closed)}});
  }
  return c;
}

}  // namespace

void evaluate_employer(const Assessment& a, const Date& on, const Context& ctx, Report& out) {
  Check recognition;
  recognition.id = "lde.recognition";
  recognition.children.push_back(applications_open(a.organisation, on, ctx));
  close_parent(recognition);
  recognition.explanation = ctx.text("employer.recognition." + to_string(recognition.status));
  out.checks.push_back(std::move(recognition));
}

}  // namespace lde
