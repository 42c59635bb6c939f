// The RapidCheck generator of Plans (plan.hpp): well-formed scenario programs
// whose size grows with RapidCheck's size parameter and which shrink towards
// short, shallow programs.
#pragma once

#include <rapidcheck.h>

#include "plan.hpp"

namespace loopspec::properties {

/// The parts of the surface that are generated only when the harness binds
/// them (generator_options_from_harness() switches them on by looking).
struct GenOptions {
  bool shield = false;
  bool wait_for = false;
  bool taskgroup = false;
  /// Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier and the
  /// queues (all or none).
  bool sync = false;
  /// Allow `def scenario(loop)` programs (run phases, stop, close).
  bool scenario_entry = true;
};

/// Options with every feature the linked harness binds.
GenOptions generator_options_from_harness();

rc::Gen<Plan> gen_plan(const GenOptions& options);

}  // namespace loopspec::properties
