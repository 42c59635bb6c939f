// Scenario files: golden files (docs/ir.md, "Golden files") and bare IR
// files. Every problem is a LoadError naming the file and the position.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/json.hpp"
#include "ir/ir.hpp"
#include "trace/trace_file.hpp"

namespace loopspec::harness {

/// A scenario read from a golden or an IR file.
struct ScenarioFile {
  std::string path;
  ir::Program program;  // checked, not yet resolved
  Json header;          // the golden's header; null for a bare IR file
  VersionedTraces traces;  // the golden's traces by CPython version; empty for a bare IR file

  bool is_golden() const { return !traces.empty(); }
  /// The golden trace for `python`, or null when the golden records none.
  const std::vector<Json>* trace_for(PythonVersion python) const;
  /// "CPython 3.12.1": the interpreter that recorded `python`'s trace ("" when unknown).
  std::string runtime_for(PythonVersion python) const;
};

/// A golden file ({"golden": 2, ...}) or an IR file ({"ir": 1, ...}). Run
/// errors cite the scenario's Python source when the corpus has it
/// (program.source_file), else the file itself.
ScenarioFile load_scenario_file(const std::string& path);

/// The lines of a scenario's Python source, for quoting; empty when the
/// program's source is not a Python file or cannot be read.
std::vector<std::string> python_source_lines(const ir::Program& program);

}  // namespace loopspec::harness
