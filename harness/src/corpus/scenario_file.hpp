// Scenario files: golden files (docs/ir.md, "Golden files") and bare IR
// files. Every problem is a LoadError naming the file and the position.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/json.hpp"
#include "ir/ir.hpp"

namespace loopspec::harness {

/// A scenario read from a golden or an IR file.
struct ScenarioFile {
  std::string path;
  ir::Program program;  // checked, not yet resolved
  Json header;          // the golden's header; null for a bare IR file
  std::optional<std::vector<Json>> trace;  // the golden trace; none for a bare IR file
};

/// A golden file ({"golden": 1, ...}) or an IR file ({"ir": 1, ...}). Run
/// errors cite the scenario's Python source when the corpus has it
/// (program.source_file), else the file itself.
ScenarioFile load_scenario_file(const std::string& path);

/// The lines of a scenario's Python source, for quoting; empty when the
/// program's source is not a Python file or cannot be read.
std::vector<std::string> python_source_lines(const ir::Program& program);

}  // namespace loopspec::harness
