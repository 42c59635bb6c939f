// Mutants of rules that live in module functions (gather, Runner's
// shutdown), which no loop override reaches: an Implementation brings its
// own through the harness's extension point, Implementation::overrides.
#pragma once

#include <vector>

#include "loopspec/future.hpp"
#include "loopspec/implementation.hpp"

namespace loopspec::properties::mutants {

enum class ModuleFlaw {
  GatherCancelsSiblings,  // on a child's error, gather cancels the other children
  GatherSwallowsCancel,   // gather treats a cancelled child as having returned None
  RunnerKeepsLeftovers,   // Runner's shutdown does not cancel the tasks left over
};

/// Installs the flawed function into `impl`.
void apply_module_flaw(harness::Implementation& impl, ModuleFlaw flaw);

}  // namespace loopspec::properties::mutants
