// Employer checks: LDE recognition (lde.recognition.*), label (lde.label.*), local services
// (lde.services[i].*, employer_services.cpp) and quality registration (quality.registration.*,
// employer_quality.cpp). Rules and sources: assets/rules/lde.json and quality.json.
//
// [SECTION] Shared helpers (employer_parts.hpp)
// [SECTION] lde.recognition children
// [SECTION] lde.recognition.min_fte: which year counts, grace periods, postponement
// [SECTION] lde.label.validity
// [SECTION] evaluate_employer: the tree and the report banner
#include <algorithm>

#include "employer_parts.hpp"

namespace lde {

// [SECTION] Shared helpers (employer_parts.hpp) ----------------------------------------------------
namespace employer {

Check new_check(std::string id) {
  Check c;
  c.id = std::move(id);
  return c;
}

namespace {
void add_unique(std::vector<Source>& to, const std::vector<Source>& from) {
  for (const auto& s : from)
    if (std::find(to.begin(), to.end(), s) == to.end()) to.push_back(s);
}
void add_unique(std::vector<std::string>& to, const std::string& text) {
  if (!text.empty() && std::find(to.begin(), to.end(), text) == to.end()) to.push_back(text);
}
}  // namespace

void add_sources(Check& c, const Context& ctx, const std::string& parameter_id, const Date& on) {
  add_unique(c.sources, ctx.sources(parameter_id, on));
}

void add_notes(Check& c, const Context& ctx, const std::string& parameter_id, const Date& on, bool with_alternatives) {
  const auto* v = ctx.rules.version_on(parameter_id, on);
  if (!v) return;
  const std::string lang = to_string(ctx.language);
  if (auto it = v->note.find(lang); it != v->note.end()) add_unique(c.notes, it->second);
  if (!with_alternatives) return;
  for (const auto& alt : v->alternatives) {
    if (auto it = alt.note.find(lang); it != alt.note.end()) add_unique(c.notes, it->second);
    add_unique(c.sources, alt.sources);
  }
}

Check yes_no_check(std::string id, const std::optional<bool>& answer, const std::string& path, const std::string& stem,
                   const Context& ctx, const Args& args) {
  Check c = new_check(std::move(id));
  if (!answer) {
    c.status = Status::unknown;
    c.open_questions.push_back(path);
    c.explanation = ctx.text(stem + ".unknown", args);
    return c;
  }
  c.answers[path] = *answer;
  c.status = *answer ? Status::met : Status::not_met;
  c.explanation = ctx.text(stem + (*answer ? ".yes" : ".no"), args);
  return c;
}

void close_with_explanation(Check& parent, const std::string& stem, const Context& ctx, const Args& args) {
  close_parent(parent);
  parent.explanation = ctx.text(stem + "." + to_string(parent.status), args);
}

bool in_list(const Context& ctx, const std::string& parameter_id, const Date& on, const std::string& value) {
  const auto& list = ctx.rules.at(parameter_id, on).value;
  return std::find(list.begin(), list.end(), nlohmann::json(value)) != list.end();
}

}  // namespace employer

namespace {

using namespace employer;

// [SECTION] lde.recognition children --------------------------------------------------------------

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
    // Looked up on the assessment date: a request date far in the past has no rules in force.
    const auto closed = ctx.rules.date("lde.recognition.applications_closed_on", on);
    c.explanation = asked < closed ? ctx.text("employer.applications_open.not_yet", {{"date", to_display(asked)}})
                                   : ctx.text("employer.applications_open.closed",
                                              {{"date", to_display(asked)}, {"closed", to_display(closed)}});
  }
  return c;
}

// Allowed legal forms (vlaanderen.be, werk.be); VSO and its successor CV recognised as SO (rules-reference 9.6).
Check legal_form(const Organisation& org, const Date& on, const Context& ctx) {
  Check c = new_check("lde.recognition.legal_form");
  const std::string param = "lde.recognition.allowed_legal_forms";
  add_sources(c, ctx, param, on);
  if (!org.legal_form) {
    c.status = Status::unknown;
    c.open_questions.push_back("organisation.legal_form");
    c.explanation = ctx.text("employer.legal_form.unknown");
    return c;
  }
  const std::string& form = *org.legal_form;
  c.answers["organisation.legal_form"] = form;
  const Args args{{"form", ctx.text("employer.legal_form_name." + form)}};
  if (form == "cooperative_recognised_social_enterprise") {
    const std::string cv = "lde.recognition.social_enterprise_cv_accepted";
    add_sources(c, ctx, cv, on);
    add_notes(c, ctx, cv, on);
    const bool accepted = ctx.rules.flag(cv, on);
    c.status = accepted ? Status::met : Status::not_met;
    c.explanation = ctx.text(accepted ? "employer.legal_form.cv_inference" : "employer.legal_form.cv_not_yet", args);
    return c;
  }
  if (in_list(ctx, param, on, form)) {
    c.status = Status::met;
    c.explanation = ctx.text("employer.legal_form.allowed", args);
    const std::string vso = "lde.recognition.vso_presumed_social_enterprise";
    if (form == "social_purpose_company" && ctx.rules.flag(vso, on)) {
      add_sources(c, ctx, vso, on);
      add_notes(c, ctx, vso, on);
    }
    return c;
  }
  c.status = Status::not_met;
  c.explanation = ctx.text("employer.legal_form.not_allowed", args);
  add_notes(c, ctx, param, on);
  return c;
}

// Local services: the organisation operates them, and each described service meets its conditions.
Check local_services(const Organisation& org, const std::vector<Check>& services, const Date& on, const Context& ctx) {
  Check c = yes_no_check("lde.recognition.local_services", org.operates_local_services,
                         "organisation.operates_local_services", "employer.local_services", ctx);
  add_sources(c, ctx, "lde.recognition.conditions", on);
  if (c.status != Status::met) return c;
  if (services.empty()) {
    c.status = Status::unknown;
    c.open_questions.push_back("services");
    c.explanation = ctx.text("employer.local_services.none_described");
    return c;
  }
  add_sources(c, ctx, "lde.services.conditions", on);
  c.status = combine(services);
  std::size_t met = 0;
  const Check* first_failing = nullptr;
  for (const auto& s : services) {
    if (s.status == Status::met) ++met;
    if (s.status == Status::not_met && !first_failing) first_failing = &s;
    for (const auto& q : s.open_questions)
      if (std::find(c.open_questions.begin(), c.open_questions.end(), q) == c.open_questions.end()) c.open_questions.push_back(q);
  }
  // Name the failing service as the user knows it, with its id for readers of the JSON report.
  std::string failing;
  if (first_failing) {
    const std::string name_path = first_failing->id.substr(4) + ".name";  // "lde.services[1]" -> "services[1].name"
    failing = first_failing->answers.contains(name_path) ? first_failing->answers[name_path].get<std::string>() + " (" + first_failing->id + ")"
                                                         : first_failing->id;
  }
  const Args args{{"met", std::to_string(met)}, {"count", std::to_string(services.size())}, {"service", failing}};
  c.explanation = ctx.text("employer.local_services.services_" + to_string(c.status), args);
  return c;
}

// A sui-generis division is required with other activities besides LDE, and for a local authority acting
// itself as LDE enterprise (vlaanderen.be; socialeeconomie.be).
Check sui_generis_division(const Organisation& org, const Date& on, const Context& ctx) {
  Check c = new_check("lde.recognition.sui_generis_division");
  const std::string required_param = "lde.recognition.sui_generis_required";
  add_sources(c, ctx, required_param, on);
  const auto& rule = ctx.rules.at(required_param, on).value;
  auto listed = [](const nlohmann::json& list, const std::optional<std::string>& v) {
    return v && std::find(list.begin(), list.end(), nlohmann::json(*v)) != list.end();
  };
  std::string reason;
  if (listed(rule.at("legal_forms"), org.legal_form)) {
    c.answers["organisation.legal_form"] = *org.legal_form;
    reason = ctx.text("employer.sui_generis.reason.public", {{"form", ctx.text("employer.legal_form_name." + *org.legal_form)}});
    add_notes(c, ctx, required_param, on);
  } else if (listed(rule.at("employer_kinds"), org.employer_kind)) {
    c.answers["organisation.employer_kind"] = *org.employer_kind;
    reason = ctx.text("employer.sui_generis.reason.local_authority");
  } else if (org.other_activities && *org.other_activities && rule.at("when_other_activities").get<bool>()) {
    c.answers["organisation.other_activities"] = true;
    reason = ctx.text("employer.sui_generis.reason.other_activities");
  } else if (org.other_activities) {
    c.answers["organisation.other_activities"] = false;
    c.status = Status::not_applicable;
    c.explanation = ctx.text("employer.sui_generis.not_required");
    return c;
  } else {
    c.status = Status::unknown;
    c.open_questions.push_back("organisation.other_activities");
    c.explanation = ctx.text("employer.sui_generis.unknown_activities");
    return c;
  }
  const std::string elements = "lde.recognition.sui_generis_elements";
  const SuiGenerisDivision d = org.sui_generis_division.value_or(SuiGenerisDivision{});
  for (const auto& element : ctx.rules.at(elements, on).value) {
    const std::string key = element.get<std::string>();
    const std::optional<bool>& answer = key == "responsible_person" ? d.responsible_person
                                        : key == "identifiable"     ? d.identifiable
                                                                    : d.separate_accounts;
    Check e = yes_no_check(c.id + "." + key, answer, "organisation.sui_generis_division." + key,
                           "employer.sui_generis." + key, ctx);
    add_sources(e, ctx, elements, on);
    c.children.push_back(std::move(e));
  }
  close_with_explanation(c, "employer.sui_generis.summary", ctx, {{"reason", reason}});
  add_notes(c, ctx, elements, on);
  return c;
}

// Since the 2019 quality decree amended the LDE decree, the registration is part of the LDE framework.
Check quality_registration(const Check& quality, const Date& on, const Context& ctx) {
  Check c = new_check("lde.recognition.quality_registration");
  const std::string param = "lde.recognition.quality_registration_from";
  add_sources(c, ctx, param, on);
  const Date from = ctx.rules.date(param, on);
  if (on < from) {
    c.status = Status::not_applicable;
    c.explanation = ctx.text("employer.recognition_quality.before", {{"date", to_display(on)}, {"from", to_display(from)}});
    return c;
  }
  c.status = quality.status;
  c.open_questions = quality.open_questions;
  c.explanation = ctx.text("employer.recognition_quality." + to_string(quality.status));
  add_notes(c, ctx, param, on);
  return c;
}

// [SECTION] lde.recognition.min_fte: which year counts, grace periods, postponement ----------------

// From which date the 5-FTE minimum is enforced for this organisation, under the rules in force on `on`.
struct FteEnforcement {
  std::optional<Date> from;           // absent: depends on unanswered questions
  Date lower_bound;                   // enforcement is never earlier than this
  std::string basis;                  // "always", "grace", "converted", "postponed"
  std::vector<std::string> missing;   // input paths that would fix `from`
  std::optional<Date> grace_last_day;
};

// BVR art. 2 §2 (starting enterprise: 2 years from allocation), art. 63 §2 1° (converted pre-2015
// initiatives: deadline), and the decision of 16/10/2020 postponing the condition (rules-reference 9.5).
FteEnforcement fte_enforcement(const Organisation& org, const Date& on, const Context& ctx, Check& c) {
  FteEnforcement e;
  const auto& postponed = ctx.rules.at("lde.recognition.min_fte_postponed_until", on).value;
  e.lower_bound = kEarliestAssessmentDate;
  e.basis = "always";
  if (postponed.is_string()) {
    e.lower_bound = *parse_date(postponed.get<std::string>());
    e.basis = "postponed";
  }
  auto later = [&](const Date& d, const char* basis) {
    if (e.lower_bound < d) {
      e.from = d;
      e.basis = basis;
    } else {
      e.from = e.lower_bound;
    }
  };
  if (org.existed_before_2015 && *org.existed_before_2015) {
    c.answers["organisation.existed_before_2015"] = true;
    add_sources(c, ctx, "lde.recognition.converted_fte_deadline", on);
    add_notes(c, ctx, "lde.recognition.converted_fte_deadline", on);
    later(ctx.rules.date("lde.recognition.converted_fte_deadline", on), "converted");
  } else if (org.existed_before_2015) {
    c.answers["organisation.existed_before_2015"] = false;
    if (org.trajectories_allocated_on) {
      c.answers["organisation.trajectories_allocated_on"] = to_iso(*org.trajectories_allocated_on);
      add_sources(c, ctx, "lde.recognition.start_grace_years", on);
      const int years = static_cast<int>(ctx.rules.number("lde.recognition.start_grace_years", on));
      e.grace_last_day = term_end(*org.trajectories_allocated_on, years);
      later(add_days(*e.grace_last_day, 1), "grace");
    } else {
      e.missing.push_back("organisation.trajectories_allocated_on");
    }
  } else {
    e.missing.push_back("organisation.existed_before_2015");
  }
  return e;
}

// BVR art. 2 §1: on average over the year at least 5 FTE target-group workers. The year that counts is the
// last complete calendar year before the assessment date (lde.recognition.fte_reference_year_offset).
Check min_fte(const Organisation& org, const Date& on, const Context& ctx) {
  Check c = new_check("lde.recognition.min_fte");
  add_sources(c, ctx, "lde.recognition.min_target_group_fte", on);
  add_sources(c, ctx, "lde.recognition.fte_reference_year_offset", on);
  const double minimum = ctx.rules.number("lde.recognition.min_target_group_fte", on);
  const int year = on.year - static_cast<int>(ctx.rules.number("lde.recognition.fte_reference_year_offset", on));
  const std::string path = "organisation.target_group_fte." + std::to_string(year);
  std::optional<double> fte;
  if (auto it = org.target_group_fte.find(year); it != org.target_group_fte.end()) fte = it->second;
  if (fte) c.answers[path] = *fte;
  Args args{{"year", std::to_string(year)},
            {"min", format_number(minimum, 0, ctx.language)},
            {"date", to_display(on)},
            {"fte", fte ? format_number(*fte, 2, ctx.language) : std::string()}};
  c.notes.push_back(ctx.text("employer.min_fte.counted_year", args));

  // A tolerance far below any FTE precision keeps 5.00 entered as 4.9999999 from failing.
  if (fte && *fte + 1e-9 >= minimum) {
    c.status = Status::met;
    c.explanation = ctx.text("employer.min_fte.met", args);
    return c;
  }
  const FteEnforcement e = fte_enforcement(org, on, ctx, c);
  const auto& postponed = ctx.rules.at("lde.recognition.min_fte_postponed_until", on).value;
  if (postponed.is_string()) {
    add_sources(c, ctx, "lde.recognition.min_fte_postponed_until", on);
    add_notes(c, ctx, "lde.recognition.min_fte_postponed_until", on);
  }
  const Date enforced_from = e.from.value_or(e.lower_bound);
  if (on < enforced_from) {
    c.status = Status::not_applicable;
    args.emplace_back("from", to_display(enforced_from));
    if (e.grace_last_day) args.emplace_back("grace_end", to_display(*e.grace_last_day));
    if (org.trajectories_allocated_on) args.emplace_back("allocated", to_display(*org.trajectories_allocated_on));
    c.explanation = ctx.text("employer.min_fte.not_yet_" + e.basis, args);
    return c;
  }
  if (!e.from) {
    // The enforcement date depends on unanswered questions and the FTE is not (known to be) enough.
    c.status = Status::unknown;
    c.open_questions = e.missing;
    if (!fte) c.open_questions.push_back(path);
    c.explanation = ctx.text(fte ? "employer.min_fte.below_start_unknown" : "employer.min_fte.unknown", args);
    return c;
  }
  if (!fte) {
    c.status = Status::unknown;
    c.open_questions.push_back(path);
    c.explanation = ctx.text("employer.min_fte.unknown", args);
    return c;
  }
  c.status = Status::not_met;
  c.explanation = ctx.text("employer.min_fte.not_met", args);
  return c;
}

// [SECTION] lde.label.validity ----------------------------------------------------------------------

// werk.be procedure: the label is valid 5 years, and indefinitely from the allocation of a contingent.
Check label_validity(const Organisation& org, const Date& on, const Context& ctx) {
  Check c = new_check("lde.label.validity");
  add_sources(c, ctx, "lde.label.validity_years", on);
  if (!org.label_granted_on) {
    c.status = Status::unknown;
    c.open_questions.push_back("organisation.label_granted_on");
    c.explanation = ctx.text("employer.label.unknown");
    return c;
  }
  const Date granted = *org.label_granted_on;
  c.answers["organisation.label_granted_on"] = to_iso(granted);
  const Date last_day = term_end(granted, static_cast<int>(ctx.rules.number("lde.label.validity_years", on)));
  Args args{{"granted", to_display(granted)}, {"last", to_display(last_day)}, {"date", to_display(on)}};
  if (on < granted) {
    c.status = Status::not_met;
    c.explanation = ctx.text("employer.label.not_yet_granted", args);
    return c;
  }
  // Whether a contingent was allocated on or before `on`, while the label was still valid.
  std::optional<bool> contingent;
  if (org.contingent_allocated_on) {
    const Date allocated = *org.contingent_allocated_on;
    c.answers["organisation.contingent_allocated_on"] = to_iso(allocated);
    args.emplace_back("allocated", to_display(allocated));
    contingent = !(on < allocated) && !(last_day < allocated);
  } else if (org.contingent_allocated) {
    c.answers["organisation.contingent_allocated"] = *org.contingent_allocated;
    contingent = *org.contingent_allocated;
  }
  const bool indefinite = ctx.rules.flag("lde.label.indefinite_once_contingent", on);
  if (contingent.value_or(false) && indefinite) {
    add_sources(c, ctx, "lde.label.indefinite_once_contingent", on);
    c.status = Status::met;
    c.explanation = ctx.text(org.contingent_allocated_on ? "employer.label.indefinite" : "employer.label.indefinite_undated", args);
    return c;
  }
  if (on <= last_day) {
    c.status = Status::met;
    c.explanation = ctx.text("employer.label.within_five_years", args);
    return c;
  }
  if (!contingent) {
    c.status = Status::unknown;
    c.open_questions.push_back("organisation.contingent_allocated");
    c.explanation = ctx.text("employer.label.expired_unless_contingent", args);
    return c;
  }
  c.status = Status::not_met;
  c.explanation = ctx.text(org.contingent_allocated_on && last_day < *org.contingent_allocated_on ? "employer.label.contingent_too_late"
                                                                                                  : "employer.label.expired",
                           args);
  return c;
}

}  // namespace

// [SECTION] evaluate_employer: the tree and the report banner ---------------------------------------

void evaluate_employer(const Assessment& a, const Date& on, const Context& ctx, Report& out) {
  const Organisation& org = a.organisation;
  std::vector<Check> services = evaluate_services(a.services, on, ctx);
  Check quality = evaluate_quality_registration(org, on, ctx);

  Check recognition = new_check("lde.recognition");
  recognition.children.push_back(applications_open(org, on, ctx));
  recognition.children.push_back(legal_form(org, on, ctx));
  recognition.children.push_back(min_fte(org, on, ctx));
  Check trajectories = yes_no_check("lde.recognition.offers_trajectories", org.offers_insertion_trajectories,
                                    "organisation.offers_insertion_trajectories", "employer.offers_trajectories", ctx);
  add_sources(trajectories, ctx, "lde.recognition.conditions", on);
  recognition.children.push_back(std::move(trajectories));
  Check operations = yes_no_check("lde.recognition.business_operations", org.transparent_quality_operations,
                                  "organisation.transparent_quality_operations", "employer.business_operations", ctx);
  add_sources(operations, ctx, "lde.recognition.conditions", on);
  recognition.children.push_back(std::move(operations));
  recognition.children.push_back(local_services(org, services, on, ctx));
  recognition.children.push_back(sui_generis_division(org, on, ctx));
  recognition.children.push_back(quality_registration(quality, on, ctx));
  close_parent(recognition);
  recognition.explanation = ctx.text("employer.recognition." + to_string(recognition.status));
  out.checks.push_back(std::move(recognition));

  Check label = new_check("lde.label");
  label.children.push_back(label_validity(org, on, ctx));
  close_with_explanation(label, "employer.label.summary", ctx);
  out.checks.push_back(std::move(label));

  for (auto& s : services) out.checks.push_back(std::move(s));
  out.checks.push_back(std::move(quality));

  // From 1 July 2023 no new recognitions: say so above everything and point to IMW.
  const Date closed = ctx.rules.date("lde.recognition.applications_closed_on", on);
  if (!(on < closed)) {
    if (!out.extra.contains("banners")) out.extra["banners"] = nlohmann::json::array();
    out.extra["banners"].push_back({{"id", "lde.no_new_recognitions"},
                                    {"text", ctx.text("employer.banner.no_new_recognitions", {{"closed", to_display(closed)}})},
                                    {"action", "imw"}});
  }
}

}  // namespace lde
