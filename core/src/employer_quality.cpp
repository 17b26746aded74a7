// Quality and registration model (decree of 29 March 2019, BVR of 24 May 2019; rules-reference 5):
// quality.registration with .registered, the three categories of minimum conditions and .proof.
#include "employer_parts.hpp"

namespace lde::employer {

namespace {

const std::string kBase = "organisation.quality";

// Registration at organisation level, validated by the department normally within 40 days.
Check registered(const Quality& q, const Date& on, const Context& ctx) {
  Check c = new_check("quality.registration.registered");
  add_sources(c, ctx, "quality.registration.in_force_from", on);
  if (q.registered) c.answers[kBase + ".registered"] = *q.registered;
  if (q.registration_filed_on) c.answers[kBase + ".registration_filed_on"] = to_iso(*q.registration_filed_on);
  if (q.registration_validated_on) c.answers[kBase + ".registration_validated_on"] = to_iso(*q.registration_validated_on);

  const bool validated_later = q.registration_validated_on && on < *q.registration_validated_on;
  if (q.registration_validated_on && !validated_later) {
    c.status = Status::met;
    c.explanation = ctx.text("employer.quality.registered.validated", {{"date", to_display(*q.registration_validated_on)}});
    return c;
  }
  if (q.registered.value_or(false) && !validated_later) {
    c.status = Status::met;
    c.explanation = ctx.text("employer.quality.registered.yes");
    return c;
  }
  if (q.registration_filed_on && !(on < *q.registration_filed_on)) {
    // Pending: the department's decision is not known yet; the validation date is what is still open.
    add_sources(c, ctx, "quality.registration.validation_days", on);
    const auto days = days_between(*q.registration_filed_on, on);
    const auto normal = static_cast<std::int64_t>(ctx.rules.number("quality.registration.validation_days", on));
    c.status = Status::unknown;
    c.open_questions.push_back(kBase + ".registration_validated_on");
    c.explanation = ctx.text(days <= normal ? "employer.quality.registered.pending_within" : "employer.quality.registered.pending_beyond",
                             {{"date", to_display(*q.registration_filed_on)},
                              {"days", std::to_string(days)},
                              {"normal", std::to_string(normal)}});
    add_notes(c, ctx, "quality.registration.validation_days", on);
    return c;
  }
  if (q.registered.has_value() && !*q.registered) {
    c.status = Status::not_met;
    c.explanation = ctx.text("employer.quality.registered.no");
    return c;
  }
  c.status = Status::unknown;
  c.open_questions.push_back(kBase + ".registered");
  c.explanation = ctx.text("employer.quality.registered.unknown");
  return c;
}

// Last day an approval certificate may be used under the stepping-stone rule (SERV: from 1 January 2023,
// once, for 18 months); LDE-check counts the months from when it was obtained, at the earliest 1 January 2023.
Date approval_certificate_last_day(const Date& obtained, const Date& rule_from, int months) {
  const Date start = obtained < rule_from ? rule_from : obtained;
  return add_days(add_months(start, months), -1);
}

// Decree art. 5, second paragraph: market certificate, other government's system, or approval certificate.
Check proof(const Quality& q, const Date& on, const Context& ctx) {
  Check c = new_check("quality.registration.proof");
  add_sources(c, ctx, "quality.proof.accepted_kinds", on);
  if (!q.proof) {
    c.status = Status::unknown;
    c.open_questions.push_back(kBase + ".proof");
    c.explanation = ctx.text("employer.quality.proof.unknown");
    return c;
  }
  c.answers[kBase + ".proof"] = *q.proof;
  if (q.proof_obtained_on) c.answers[kBase + ".proof_obtained_on"] = to_iso(*q.proof_obtained_on);
  const Args kind{{"proof", ctx.text("employer.quality.proof_name." + *q.proof)}};
  if (*q.proof != "approval_certificate") {
    const bool accepted = in_list(ctx, "quality.proof.accepted_kinds", on, *q.proof);
    c.status = accepted ? Status::met : Status::not_met;
    c.explanation = ctx.text(accepted ? "employer.quality.proof.accepted" : "employer.quality.proof.none", kind);
    return c;
  }
  const std::string use_param = "quality.proof.approval_certificate_use";
  const auto& use = ctx.rules.at(use_param, on);
  add_sources(c, ctx, use_param, on);
  add_notes(c, ctx, use_param, on);
  const std::string mode = use.value.get<std::string>();
  if (mode == "unlimited") {
    c.status = Status::met;
    c.explanation = ctx.text("employer.quality.proof.approval_unlimited", {{"date", to_display(on)}});
    return c;
  }
  if (mode == "not_accepted") {
    c.status = Status::not_met;
    c.explanation = ctx.text("employer.quality.proof.approval_not_accepted", {{"date", to_display(on)}});
    return c;
  }
  // once_18_months
  add_sources(c, ctx, "quality.proof.stepping_stone_months", on);
  add_notes(c, ctx, "quality.proof.stepping_stone_months", on, false);
  if (!q.proof_obtained_on) {
    c.status = Status::unknown;
    c.open_questions.push_back(kBase + ".proof_obtained_on");
    c.explanation = ctx.text("employer.quality.proof.approval_date_unknown");
    return c;
  }
  const int months = static_cast<int>(ctx.rules.number("quality.proof.stepping_stone_months", on));
  const Date last = approval_certificate_last_day(*q.proof_obtained_on, use.from, months);
  const Args args{{"obtained", to_display(*q.proof_obtained_on)}, {"last", to_display(last)}, {"months", std::to_string(months)}};
  c.status = on <= last ? Status::met : Status::not_met;
  c.explanation = ctx.text(on <= last ? "employer.quality.proof.approval_stepping_stone" : "employer.quality.proof.approval_expired", args);
  return c;
}

// Providers active before 2 September 2019 had 24 months to comply (rules-reference 5, medium).
struct Transition {
  Date first_day_required;
  std::optional<bool> active_before;
  std::string deciding_path;
  std::string deciding_value;
};

Transition transition_of(const Organisation& org, const Date& on, const Context& ctx) {
  Transition t;
  const Date active_before = ctx.rules.date("quality.transition.active_before", on);
  t.first_day_required = add_months(active_before, static_cast<int>(ctx.rules.number("quality.transition.months", on)));
  if (org.label_granted_on && *org.label_granted_on < active_before) {
    t.active_before = true;
    t.deciding_path = "organisation.label_granted_on";
    t.deciding_value = to_display(*org.label_granted_on);
  } else if (org.existed_before_2015.value_or(false)) {
    t.active_before = true;
    t.deciding_path = "organisation.existed_before_2015";
  } else if (org.label_granted_on || org.existed_before_2015) {
    t.active_before = false;
  }
  return t;
}

}  // namespace

Check evaluate_quality_registration(const Organisation& org, const Date& on, const Context& ctx) {
  Check reg = new_check("quality.registration");
  const Date in_force = ctx.rules.date("quality.registration.in_force_from", on);
  add_sources(reg, ctx, "quality.registration.in_force_from", on);
  if (on < in_force) {
    reg.status = Status::not_applicable;
    reg.explanation = ctx.text("employer.quality.not_in_force", {{"date", to_display(on)}, {"from", to_display(in_force)}});
    return reg;
  }
  const Transition t = transition_of(org, on, ctx);
  const bool in_transition_window = on < t.first_day_required;
  if (in_transition_window && t.active_before.value_or(false)) {
    add_sources(reg, ctx, "quality.transition.months", on);
    reg.status = Status::not_applicable;
    reg.answers[t.deciding_path] = t.deciding_value.empty() ? nlohmann::json(true) : nlohmann::json(to_iso(*org.label_granted_on));
    const std::string until = to_display(add_days(t.first_day_required, -1));
    reg.explanation = t.deciding_value.empty()
                          ? ctx.text("employer.quality.transition_pre2015", {{"until", until}})
                          : ctx.text("employer.quality.transition_label", {{"until", until}, {"date", t.deciding_value}});
    add_notes(reg, ctx, "quality.transition.months", on);
    return reg;
  }
  if (in_transition_window && !t.active_before)
    reg.notes.push_back(ctx.text("employer.quality.transition_maybe", {{"until", to_display(add_days(t.first_day_required, -1))}}));

  const Quality q = org.quality.value_or(Quality{});
  reg.children.push_back(registered(q, on, ctx));
  // BVR art. 4: three categories of minimum quality conditions, all to be met.
  const std::pair<const char*, const std::optional<bool>*> categories[] = {
      {"customer_service", &q.customer_service},
      {"personnel_management", &q.personnel_management},
      {"financial_management", &q.financial_management}};
  for (const auto& [key, answer] : categories) {
    Check c = yes_no_check(std::string("quality.registration.") + key, *answer, kBase + "." + key,
                           std::string("employer.quality.") + key, ctx);
    add_sources(c, ctx, "quality.registration.minimum_conditions", on);
    reg.children.push_back(std::move(c));
  }
  reg.children.push_back(proof(q, on, ctx));
  close_with_explanation(reg, "employer.quality.summary", ctx);
  return reg;
}

}  // namespace lde::employer
