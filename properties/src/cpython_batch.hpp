// Many programs through one CPython driver process (`loopspec-traces batch`,
// traces/loopspec_traces/batch.py): each is decompiled to a scenario file,
// compiled back, and run in a fork of a process that never made a task, so
// every program numbers its tasks from Task-1.
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
};

class CPythonUnavailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Runs IR documents (ids must differ) on CPython, `jobs` at a time.
/// Throws CPythonUnavailable when the driver itself cannot run.
std::vector<CPythonRun> run_on_cpython(const std::vector<harness::Json>& irs, int jobs = 2);

}  // namespace loopspec::properties
