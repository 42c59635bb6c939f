// Plan -> ir::Program: the Python a Plan stands for, with the line numbers
// `loopspec-traces decompile` reproduces (one statement per line, a line for
// every `finally:`), and a Manifest of what the invariant checker needs to
// know about the program.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ir/ir.hpp"
#include "common/json.hpp"
#include "conn_builder.hpp"
#include "plan.hpp"

namespace loopspec::properties {

using harness::Json;

/// Static facts about a built program, for invariants.hpp.
struct Manifest {
  /// gather id -> for each argument, the trace values its result may be
  /// (an exception is always allowed): a task's or coroutine's return value,
  /// or any value the program ever sets on the future.
  std::map<int, std::vector<std::vector<Json>>> gathers;
  bool scenario_entry = false;
  /// ps[i]: its kind and its number (Semaphore value, Barrier parties,
  /// queue maxsize), for the queue and barrier rules.
  struct PrimInfo {
    Prim kind;
    int arg;
  };
  std::vector<PrimInfo> prims;
  ConnManifest conns;
};

struct Built {
  ir::Program program;  // not resolved: resolve() folds names the IR writer needs
  Manifest manifest;
};

/// `id` becomes the scenario id (and the decompiled file's name).
Built build_program(const Plan& plan, const std::string& id = "properties/generated");

}  // namespace loopspec::properties
