// The comparison rules of the Python loops (traces/loopspec_traces/compare.py):
// `exact` for a loop on the virtual clock, whole traces; `order` for a loop
// on its own clock, where event times and logged floats (readings of
// loop.time(), handles' when()) say nothing about the loop's rules.
#pragma once

#include <string>
#include <vector>

#include "checks.hpp"
#include "common/json.hpp"

namespace loopspec::properties {

/// A trace as the `order` rule sees it: no event times, every logged float
/// replaced by the string "<float>" (compare.py's strip_times and masking).
std::vector<harness::Json> order_view(const std::vector<harness::Json>& events);

/// compare_traces under the rule: `order` when `real_time`, else `exact`.
Verdict compare_under_rule(bool real_time, const std::vector<harness::Json>& expected, const std::string& expected_label,
                           const std::vector<harness::Json>& actual, const std::string& actual_label);

}  // namespace loopspec::properties
