// The known causes of a Python loop's divergences from the model, as the
// property `property/python-loop/<loop>` treats them (docs/properties.md#known-causes):
// each either keeps the generated programs away from the construct that
// shows it (Plan::avoid bits), or masks the part of the trace it changes.
// Anything else a loop does differently fails the property. The labels are
// those of the loop's known-divergence list (traces/loops/<loop>.txt).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "common/json.hpp"

namespace loopspec::properties {

struct KnownCause {
  std::string label;
  std::uint32_t avoid = 0;  // avoid:: bits (plan.hpp)
  /// Rewrites a trace so that the difference this cause makes is gone; null: none.
  harness::Json (*mask)(const harness::Json& value) = nullptr;
};

/// The known causes of the loop called `loop` (none for a loop not listed).
const std::vector<KnownCause>& known_causes(const std::string& loop);

/// The avoid:: bits of all its known causes.
std::uint32_t avoided_for(const std::string& loop);

/// `events` with every mask of its known causes applied.
std::vector<harness::Json> masked_for(const std::string& loop, const std::vector<harness::Json>& events);

}  // namespace loopspec::properties
