// Individueel maatwerk (IMW): employer and worker eligibility (imw.employer.*, imw.worker.*), the
// wage and guidance premiums (imw.wage_premium, imw.guidance_premium) and the quarterly schedule.
#include "lde/evaluate.hpp"

namespace lde {

void evaluate_imw(const Assessment& a, const Date& on, const Context& ctx, Report& out) {
  (void)a;
  (void)on;
  (void)ctx;
  (void)out;
}

}  // namespace lde
