// Running one scenario on one implementation and recording its trace, the
// way CPython runs it (docs/scenario-language.md#entry-points, #traces):
//  - entry `main`: Runner(loop_factory=<impl factory>) runs main(), then closes;
//  - entry `scenario`: a fresh loop from the factory, set as the current
//    loop, scenario(loop) called outside any running loop, the loop closed
//    afterwards unless already closed (or still running).
// Each run has a fresh RuntimeScope (task numbers from Task-1) whose loop
// factory is the implementation's, so every loop the scenario makes is one.
// On a real clock each event's `t` counts from its loop's creation, as a
// virtual clock starts at 0.0.
#pragma once

#include <string>
#include <vector>

#include "loopspec/implementation.hpp"
#include "interp/interpreter.hpp"
#include "ir/ir.hpp"
#include "common/json.hpp"

namespace loopspec::harness {

struct RunResult {
  /// The trace events; the last is the `end` event when `error` is empty.
  std::vector<Json> events;
  /// Why no complete trace could be made (an unsupported API, an unloggable
  /// value, an endless loop, a C++ exception from the implementation:
  /// "threw std::runtime_error: ..."); empty on success.
  std::string error;
  bool ok() const { return error.empty(); }
};

/// Runs a valid program (ir/validate.hpp) on `impl`'s loops for `clock`,
/// resolving it first if no run has yet. The run is on the calling thread's
/// stack thread, whose stack is deep enough for CPython's recursion limit
/// (common/large_stack.hpp). Never throws.
RunResult run_program(ir::Program& program, const Implementation& impl, const RunOptions& options = {},
                      ClockKind clock = ClockKind::Virtual);

}  // namespace loopspec::harness
