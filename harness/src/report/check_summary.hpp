// The terminal summary of `loopspec check`: per implementation or Python
// loop and area, passed / expected failures / unsupported / failed / XPASS,
// then the first divergence of each failure and the reason of each XPASS.
#pragma once

#include <ostream>

#include "report/report.hpp"

namespace loopspec::harness {

void print_summary(std::ostream& out, const Report& report);

}  // namespace loopspec::harness
