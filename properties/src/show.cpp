// showValue(Plan): what RapidCheck prints as the counterexample. The full
// program is printed as a scenario file by property_runner.cpp; this only
// identifies it.
#include <ostream>

#include "plan.hpp"

namespace loopspec::properties {

void showValue(const Plan& p, std::ostream& os) {
  os << (p.scenario_entry ? "def scenario(loop)" : "async def main()") << " program: " << p.tasks.size()
     << " tasks, " << p.futures << " futures, " << p.prims.size() << " primitives, " << plan_size(p) << " actions (source below)";
}

}  // namespace loopspec::properties
