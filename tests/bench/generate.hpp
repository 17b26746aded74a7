// Generated assessments for the benchmarks: one "full" assessment (the Fietspunt example employer
// with 10 workers at different points of their trajectory and IMW support) and single-worker batch
// lines. Deterministic (a fixed SplitMix64 sequence), so runs compare.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace lde::bench {

struct Rng {
  std::uint64_t state;
  std::uint64_t next() {  // SplitMix64
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  int between(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }
};

// One worker object (lde-assessment/1) with the answers a coach would fill in: dates, POP dates,
// employment, and for about half of them an IMW decision with a premium and guidance.
inline std::string worker_json(Rng& rng, int index) {
  const int year = rng.between(2015, 2024), month = rng.between(1, 12), day = rng.between(1, 28);
  char start[11];
  std::snprintf(start, sizeof start, "%04d-%02d-%02d", year, month, day);
  std::string pops;
  for (int y = 0; y < rng.between(1, 5); ++y) {
    char p[16];
    std::snprintf(p, sizeof p, "%s\"%04d-%02d-%02d\"", y ? "," : "", year + y, month, day);
    pops += p;
  }
  char buf[1024];
  std::snprintf(buf, sizeof buf,
                "{\"id\":\"w%d\",\"name\":\"Werknemer %d\",\"employment_start\":\"%s\",\"trajectory_start\":\"%s\","
                "\"exceptional_sixth_year\":%s,\"work_fraction\":%.2f,\"birth_date\":\"%04d-%02d-%02d\","
                "\"age_55_extension\":false,\"employed_on\":[{\"from\":\"%s\",\"to\":null}],\"pop_dates\":[%s]",
                index, index, start, start, rng.between(0, 3) == 0 ? "true" : "false", rng.between(50, 100) / 100.0,
                rng.between(1960, 1998), rng.between(1, 12), rng.between(1, 28), start, pops.c_str());
  std::string w = buf;
  if (rng.between(0, 1)) {
    static const char* kPackages[] = {"two_year", "five_year", "five_year_increased"};
    static const char* kGuidance[] = {"none", "low", "medium", "high"};
    std::snprintf(buf, sizeof buf,
                  ",\"imw\":{\"work_limitation_recognised\":true,\"support_need\":\"wage_and_guidance\","
                  "\"residence\":\"flanders\",\"works_in_flanders\":true,\"contract_hours\":%d,\"package\":\"%s\","
                  "\"decision_date\":\"2023-%02d-15\",\"wage_premium_percent\":%d,\"monthly_reference_wage\":%d.%02d,"
                  "\"guidance_need\":\"%s\"}",
                  rng.between(24, 38), kPackages[rng.between(0, 2)], rng.between(7, 12), 5 * rng.between(4, 15),
                  rng.between(2200, 4200), rng.between(0, 99), kGuidance[rng.between(0, 3)]);
    w += buf;
  }
  return w + "}";
}

// The Fietspunt example's employer and service with `workers` generated workers.
inline std::string full_assessment_json(int workers, const char* assessment_date = "2024-03-15") {
  Rng rng{2024};
  std::string a = std::string("{\"schema\":\"lde-assessment/1\",\"assessment_date\":\"") + assessment_date +
                  "\",\"language\":\"nl\",\"organisation\":{\"name\":\"Fietspunt Gent vzw\",\"legal_form\":\"vzw\","
                  "\"recognition_requested_on\":\"2016-01-15\",\"label_granted_on\":\"2016-06-01\","
                  "\"contingent_allocated_on\":\"2016-09-01\",\"existed_before_2015\":false,"
                  "\"trajectories_allocated_on\":\"2016-09-01\",\"target_group_fte\":{\"2021\":6.2,\"2022\":5.4,\"2023\":4.8},"
                  "\"offers_insertion_trajectories\":true,\"transparent_quality_operations\":true,"
                  "\"operates_local_services\":true,\"other_activities\":true,\"sui_generis_division\":"
                  "{\"responsible_person\":true,\"identifiable\":true,\"separate_accounts\":true},\"quality\":"
                  "{\"registered\":true,\"registration_validated_on\":\"2017-03-01\",\"customer_service\":true,"
                  "\"personnel_management\":true,\"financial_management\":true,\"proof\":\"market_certificate\","
                  "\"proof_obtained_on\":\"2017-02-01\"},\"sustainability_report_submitted\":true,"
                  "\"employer_kind\":\"private_legal_person\",\"in_difficulty\":false,\"transition_option\":\"imw\"},"
                  "\"services\":[{\"name\":\"Fietspunt\",\"commissioning_authority\":\"Stad Gent\",\"no_displacement\":true,"
                  "\"embedded_locally\":true,\"complementary\":true,\"quality_accessible\":true,\"nature\":\"sgei\","
                  "\"sustainable_employment\":true,\"long_term\":true,\"in_line_with_flemish_policy\":true,"
                  "\"impact_analysis\":{\"done\":true,\"local_stakeholders_consulted\":true,"
                  "\"socio_economic_stakeholders_heard\":true}}],\"workers\":[";
  for (int i = 1; i <= workers; ++i) a += (i > 1 ? "," : "") + worker_json(rng, i);
  return a + "]}";
}

}  // namespace lde::bench
