// Many programs through one CPython driver process (`loopspec-traces batch`,
// traces/loopspec_traces/batch.py): each is decompiled to a scenario file,
// compiled back, and run in a fork of a process that never made a task, so
// every program numbers its tasks from Task-1. The programs run on stock
// asyncio, or on any Python loop by name (`batch --loop`), which the driver
// runs under an interpreter that imports it.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "common/json.hpp"

namespace loopspec::properties {

struct CPythonRun {
  std::string id;
  std::string source;  // the decompiled scenario file
  /// compile(decompile(ir)) == ir: the scenario file really is this program.
  bool roundtrip = false;
  std::optional<std::vector<harness::Json>> trace;
  std::string error;  // why there is no trace
  /// BatchOptions::baseline: the program on stock asyncio under the loop's
  /// interpreter, when that is not the model's CPython (batch.py).
  std::optional<std::vector<harness::Json>> baseline;
  std::string baseline_error;
};

struct BatchOptions {
  std::string loop = "asyncio";  // a name `loopspec-traces run --loop` takes
  int jobs = 2;                  // programs at once
  double idle_timeout = 5.0;     // real-time loops: seconds without an event mean blocked
  bool baseline = false;
  std::string python;            // "3.12": that CPython's stock asyncio; "": the tool's interpreter
};

/// What `loopspec-traces loop-info` says of a Python loop.
struct PythonLoopInfo {
  std::string name;
  bool real_time = false;   // on its own clock, compared by the `order` rule
  std::string unavailable;  // why no interpreter can run it ("" when one can)
};

class CPythonUnavailable : public std::runtime_error {
 public:
  CPythonUnavailable(const std::string& what, bool missing = false) : std::runtime_error(what), missing(missing) {}
  /// No interpreter for the asked version or loop (the tool's exit 77): a skip, not a failure.
  bool missing;
};

/// Runs IR documents (ids must differ) on CPython, on the loop and with the
/// options given. Throws CPythonUnavailable when the driver itself cannot run.
std::vector<CPythonRun> run_on_cpython(const std::vector<harness::Json>& irs, const BatchOptions& options = {});

/// The loop called `name`. Throws CPythonUnavailable when the tool cannot
/// answer (an unknown name: its message says which names it takes).
PythonLoopInfo python_loop_info(const std::string& name);

}  // namespace loopspec::properties
