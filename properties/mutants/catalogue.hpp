// The mutants: loops that each break one rule, as Implementation values the
// property tests run like any other. They are never registered with the
// harness (no loopspec_add_impl), so no golden test or `loopspec` command
// ever sees them.
#pragma once

#include <string>
#include <vector>

#include "loopspec/implementation.hpp"

namespace loopspec::properties::mutants {

struct Mutant {
  std::string name;  // e.g. "lifo-ready-queue"
  std::string rule;  // the rule it breaks
  harness::Implementation impl;
};

/// All mutants, in a fixed order.
const std::vector<Mutant>& catalogue();

/// Mutants of the transports, which the golden scenarios of
/// traces/golden/transports/ must kill (the generated programs make no
/// connections yet).
const std::vector<Mutant>& transport_catalogue();

/// Mutants of the subprocess transport, which the golden scenarios of
/// traces/golden/subprocess/ must kill.
const std::vector<Mutant>& subprocess_catalogue();

/// The mutant loop with no flaw: must agree with the reference everywhere.
harness::Implementation unflawed_mutant_loop();

/// Mutants of the orders asyncio leaves open, which the open-order property
/// must kill: with closed orders two timers are seldom due together, so the
/// default properties can hardly see them.
const std::vector<Mutant>& open_order_catalogue();

/// The mutant loop with no flaw and another permitted tie rule (libuv's:
/// equal deadlines in start order): the open-order property must pass it.
harness::Implementation fifo_ties_loop();

}  // namespace loopspec::properties::mutants
