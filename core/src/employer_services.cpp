// The conditions on each local service (lde.services[i].*): the eight conditions the commissioning
// authority tests and the prior impact analysis it bases its certificate on (rules-reference 2).
#include "employer_parts.hpp"

namespace lde::employer {

namespace {

std::string service_path(std::size_t i) { return "services[" + std::to_string(i) + "]"; }

// Condition 5 (werk.be, decree art. 2): non-economic, or organised as a service of general economic interest.
Check non_economic_or_sgei(const Service& s, const std::string& id, const std::string& path, const Date& on,
                           const Context& ctx, const Args& args) {
  Check c = new_check(id);
  const std::string param = "lde.services.allowed_natures";
  add_sources(c, ctx, param, on);
  if (!s.nature) {
    c.status = Status::unknown;
    c.open_questions.push_back(path + ".nature");
    c.explanation = ctx.text("employer.service.nature.unknown", args);
    return c;
  }
  c.answers[path + ".nature"] = *s.nature;
  Args with = args;
  with.emplace_back("nature", ctx.text("employer.service.nature_name." + *s.nature));
  const bool allowed = in_list(ctx, param, on, *s.nature);
  c.status = allowed ? Status::met : Status::not_met;
  c.explanation = ctx.text(allowed ? "employer.service.nature.allowed" : "employer.service.nature.economic", with);
  if (!allowed) add_notes(c, ctx, param, on);
  return c;
}

// The commissioning authority certifies after a prior impact analysis resting at least on a consultation of
// local stakeholders in which at least the socio-economic stakeholders are heard (werk.be, section 2).
Check impact_analysis(const Service& s, const std::string& id, const std::string& path, const Date& on,
                      const Context& ctx, const Args& args) {
  Check c = new_check(id);
  add_sources(c, ctx, "lde.services.impact_analysis", on);
  const ImpactAnalysis ia = s.impact_analysis.value_or(ImpactAnalysis{});
  const std::string ip = path + ".impact_analysis";
  const std::pair<const char*, const std::optional<bool>*> parts[] = {
      {"done", &ia.done},
      {"local_stakeholders_consulted", &ia.local_stakeholders_consulted},
      {"socio_economic_stakeholders_heard", &ia.socio_economic_stakeholders_heard}};
  for (const auto& [key, answer] : parts)
    if (answer->has_value()) c.answers[ip + "." + key] = **answer;
  for (const auto& [key, answer] : parts) {
    if (answer->has_value() && !**answer) {
      c.status = Status::not_met;
      c.explanation = ctx.text(std::string("employer.service.impact_analysis.no_") + key, args);
      return c;
    }
  }
  for (const auto& [key, answer] : parts)
    if (!answer->has_value()) c.open_questions.push_back(ip + "." + key);
  if (!c.open_questions.empty()) {
    c.status = Status::unknown;
    c.explanation = ctx.text("employer.service.impact_analysis.unknown", args);
    return c;
  }
  c.status = Status::met;
  c.explanation = ctx.text("employer.service.impact_analysis.yes", args);
  return c;
}

Check evaluate_service(const Service& s, std::size_t i, const Date& on, const Context& ctx) {
  const std::string path = service_path(i);
  Check service = new_check("lde.services[" + std::to_string(i) + "]");
  const std::string name = s.name && !s.name->empty()
                               ? *s.name
                               : ctx.text("employer.service.unnamed", {{"number", std::to_string(i + 1)}});
  const Args args{{"service", name}};
  if (s.name) service.answers[path + ".name"] = *s.name;
  if (s.commissioning_authority) service.answers[path + ".commissioning_authority"] = *s.commissioning_authority;

  // The eight conditions (werk.be "hoe komen lokale diensten tot stand"), in the order of the source.
  struct YesNo {
    const char* id;
    const char* field;
    const std::optional<bool>* answer;
  };
  const YesNo before_nature[] = {{"no_displacement", "no_displacement", &s.no_displacement},
                                 {"embedded_locally", "embedded_locally", &s.embedded_locally},
                                 {"complementary", "complementary", &s.complementary},
                                 {"quality_accessible", "quality_accessible", &s.quality_accessible}};
  const YesNo after_nature[] = {{"sustainable_employment", "sustainable_employment", &s.sustainable_employment},
                                {"long_term", "long_term", &s.long_term},
                                {"flemish_policy", "in_line_with_flemish_policy", &s.in_line_with_flemish_policy}};
  auto add_yes_no = [&](const YesNo& q) {
    Check c = yes_no_check(service.id + "." + q.id, *q.answer, path + "." + q.field,
                           std::string("employer.service.") + q.id, ctx, args);
    add_sources(c, ctx, "lde.services.conditions", on);
    service.children.push_back(std::move(c));
  };
  for (const auto& q : before_nature) add_yes_no(q);
  service.children.push_back(non_economic_or_sgei(s, service.id + ".non_economic_or_sgei", path, on, ctx, args));
  for (const auto& q : after_nature) add_yes_no(q);
  service.children.push_back(impact_analysis(s, service.id + ".impact_analysis", path, on, ctx, args));

  close_with_explanation(service, "employer.service.summary", ctx, args);
  add_notes(service, ctx, "lde.services.conditions", on);
  return service;
}

}  // namespace

std::vector<Check> evaluate_services(const std::vector<Service>& services, const Date& on, const Context& ctx) {
  std::vector<Check> out;
  for (std::size_t i = 0; i < services.size(); ++i) out.push_back(evaluate_service(services[i], i, on, ctx));
  return out;
}

}  // namespace lde::employer
