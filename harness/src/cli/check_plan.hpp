// What one `loopspec check` run covers: the implementations (built in or
// loaded as plugins, their declarations checked), their expected-failures
// lists, and the selected golden scenarios, loaded once before any child
// process starts.
#pragma once

#include <string>
#include <vector>

#include "cli/command_line.hpp"
#include "corpus/expected_failures.hpp"
#include "corpus/scenario_file.hpp"
#include "loopspec/implementation.hpp"

namespace loopspec::harness {

struct PlannedScenario {
  std::string id, area, path;
  ScenarioFile file;
  /// Why the file could not be loaded; the scenario then fails everywhere.
  std::string load_error;
};

struct CheckPlan {
  std::vector<Implementation> impls;
  std::vector<ExpectedFailures> expected;  // one per impl
  std::vector<PlannedScenario> scenarios;
  /// Whose asyncio rules and goldens the run follows (--python, or the default).
  PythonVersion python = kNewestPythonVersion;
  /// Lines to print before the run (implementations left out, ...).
  std::vector<std::string> notes;
};

/// UsageError for a bad choice on the command line, LoadError for a bad
/// plugin, declaration, list or corpus.
CheckPlan make_check_plan(const CheckOptions& options);

}  // namespace loopspec::harness
