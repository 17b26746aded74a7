// The input contract, schema "lde-assessment/1" (design.md). Absent or null = not answered
// (std::nullopt), never "no". Unknown keys are errors so that a typo never changes a verdict.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lde/date.hpp"
#include "lde/messages.hpp"

namespace lde {

inline constexpr const char* kAssessmentSchema = "lde-assessment/1";
// The LDE decree and its implementing order took effect on 1 April 2015; the rule book starts there,
// so earlier assessment dates are refused with a message (a test checks every parameter is in force).
inline constexpr Date kEarliestAssessmentDate{2015, 4, 1};

struct Period {  // inclusive user-facing dates; `to` absent = open-ended
  std::optional<Date> from;
  std::optional<Date> to;
};

struct SuiGenerisDivision {
  std::optional<bool> responsible_person;
  std::optional<bool> identifiable;
  std::optional<bool> separate_accounts;
};

struct Quality {
  std::optional<bool> registered;
  std::optional<Date> registration_filed_on;  // when the online registration was submitted (40-day validation)
  std::optional<Date> registration_validated_on;
  std::optional<bool> customer_service;
  std::optional<bool> personnel_management;
  std::optional<bool> financial_management;
  std::optional<std::string> proof;  // market_certificate | other_government_system | approval_certificate | none
  std::optional<Date> proof_obtained_on;
};

struct Organisation {
  std::optional<std::string> name;
  std::optional<std::string> legal_form;  // see kLegalForms
  std::optional<Date> recognition_requested_on;
  std::optional<Date> label_granted_on;
  std::optional<Date> contingent_allocated_on;
  std::optional<bool> contingent_allocated;  // false = never allocated (label then lapses after 5 years)
  std::optional<bool> existed_before_2015;
  std::optional<Date> trajectories_allocated_on;
  std::map<int, std::optional<double>> target_group_fte;  // calendar year -> yearly average FTE
  std::optional<bool> offers_insertion_trajectories;
  std::optional<bool> transparent_quality_operations;
  std::optional<bool> operates_local_services;
  std::optional<bool> other_activities;
  std::optional<SuiGenerisDivision> sui_generis_division;
  std::optional<Quality> quality;
  std::optional<bool> sustainability_report_submitted;
  std::optional<std::string> employer_kind;  // see kEmployerKinds
  std::optional<bool> in_difficulty;
  std::optional<std::string> transition_option;  // imw | collective_customised_work
};

struct ImpactAnalysis {
  std::optional<bool> done;
  std::optional<bool> local_stakeholders_consulted;
  std::optional<bool> socio_economic_stakeholders_heard;
};

struct Service {
  std::optional<std::string> name;
  std::optional<std::string> commissioning_authority;
  std::optional<bool> no_displacement;
  std::optional<bool> embedded_locally;
  std::optional<bool> complementary;
  std::optional<bool> quality_accessible;
  std::optional<std::string> nature;  // non_economic | sgei | economic
  std::optional<bool> sustainable_employment;
  std::optional<bool> long_term;
  std::optional<bool> in_line_with_flemish_policy;
  std::optional<ImpactAnalysis> impact_analysis;
};

struct WorkerImw {
  std::optional<bool> work_limitation_recognised;
  std::optional<std::string> support_need;  // wage | wage_and_guidance
  std::optional<std::string> residence;     // flanders | other_eu_eea | brussels | wallonia | outside_eu_eea
  std::optional<bool> works_in_flanders;
  std::optional<double> contract_hours;
  std::optional<std::string> package;  // two_year | five_year | five_year_increased | five_year_cmw_in_maatwerkbedrijf
  std::optional<Date> decision_date;
  std::optional<int> wage_premium_percent;  // 20..75, multiple of 5
  std::optional<double> monthly_reference_wage;  // gross wage + employer contributions - reductions
  std::optional<std::string> guidance_need;  // none | low | medium | high
};

struct Worker {
  std::string id;
  std::optional<std::string> name;
  std::optional<Date> employment_start;
  std::optional<Date> trajectory_start;
  std::optional<bool> exceptional_sixth_year;
  std::optional<double> work_fraction;  // (0, 1]
  std::optional<Date> birth_date;
  std::optional<bool> age_55_extension;
  std::vector<Period> employed_on;
  std::vector<Period> incapacity_periods;
  std::vector<Period> training_extensions;
  std::optional<std::vector<Date>> pop_dates;
  std::optional<Period> internship;
  std::optional<WorkerImw> imw;
};

struct Assessment {
  std::string schema = kAssessmentSchema;
  std::optional<Date> assessment_date;  // default: today (the caller decides what today is)
  Language language = Language::nl;
  Organisation organisation;
  std::vector<Service> services;
  std::vector<Worker> workers;
};

inline const std::vector<std::string> kLegalForms = {
    "vzw", "public_law_entity", "social_purpose_company", "cooperative_recognised_social_enterprise",
    "intermunicipal_partnership", "company", "natural_person", "other"};
inline const std::vector<std::string> kEmployerKinds = {"private_legal_person", "natural_person", "foreign_employer",
                                                        "school", "local_authority", "other_public"};
inline const std::vector<std::string> kQualityProofs = {"market_certificate", "other_government_system",
                                                        "approval_certificate", "none"};
inline const std::vector<std::string> kServiceNatures = {"non_economic", "sgei", "economic"};
inline const std::vector<std::string> kTransitionOptions = {"imw", "collective_customised_work"};
inline const std::vector<std::string> kSupportNeeds = {"wage", "wage_and_guidance"};
inline const std::vector<std::string> kResidences = {"flanders", "other_eu_eea", "brussels", "wallonia",
                                                     "outside_eu_eea"};
inline const std::vector<std::string> kImwPackages = {"two_year", "five_year", "five_year_increased",
                                                      "five_year_cmw_in_maatwerkbedrijf"};
inline const std::vector<std::string> kGuidanceNeeds = {"none", "low", "medium", "high"};

// An input problem: the JSON path of the first bad field (or the line and column of a syntax error).
struct InputError {
  std::string path;     // "workers[0].trajectory_start"; empty for syntax errors
  std::string message;  // "2023-02-30 is not a date"
  int line = 0;         // 1-based; 0 when not a syntax error
  int column = 0;
  std::string to_string() const;  // "workers[0].trajectory_start: 2023-02-30 is not a date" or "line 3, column 5: ..."
};

struct ParseResult {
  std::optional<Assessment> assessment;
  std::optional<InputError> error;
  bool ok() const { return assessment.has_value(); }
};

// Parses and validates a whole assessment document. Never throws on bad input.
ParseResult parse_assessment(const std::string& text);
ParseResult assessment_from_json(const nlohmann::json& j);

// The two readers behind parse_assessment, exposed for tests, fuzzing and benchmarks.
namespace detail {
// The fast reader (core/src/fast_json.hpp): the assessment when the text is plain JSON in the subset
// that reader accepts and the assessment is valid; nullopt otherwise (never an error message).
std::optional<Assessment> parse_assessment_fast(std::string_view text);
// The nlohmann_json reader: accepts all of JSON and words every error.
ParseResult parse_assessment_nlohmann(const std::string& text);
}  // namespace detail
// Serialises back to the same contract (unanswered fields are omitted). Round-trips with parse.
nlohmann::json to_json(const Assessment& a);

// Line and column (1-based) of a byte offset in a text.
std::pair<int, int> line_column(const std::string& text, std::size_t byte_offset);

}  // namespace lde
