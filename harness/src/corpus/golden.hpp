// Scenario and trace files: golden files (docs/ir.md, "Golden files"), bare
// IR files and JSON Lines traces. Every problem is a LoadError naming the file.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ir/ir.hpp"
#include "ir/ir_loader.hpp"
#include "common/json.hpp"

namespace loopspec::harness {

/// A scenario read from a golden or an IR file.
struct ScenarioFile {
  std::string path;
  ir::Program program;            // resolved
  Json header;                    // the golden's header; null for a bare IR file
  std::optional<std::vector<Json>> trace;  // the golden trace; none for a bare IR file
};

/// A golden file ({"golden": 1, ...}) or an IR file ({"ir": 1, ...}).
ScenarioFile load_scenario_file(const std::string& path);

/// The events of a trace file: a golden file's trace, or JSON Lines (one
/// event per line, a leading header line skipped).
std::vector<Json> load_trace_file(const std::string& path);

/// The scenario's Python source as lines, looked up as
/// <golden dir>/../scenarios/<id>.py for a golden at <golden dir>/<area>/<name>.json;
/// empty when not found.
std::vector<std::string> find_scenario_source(const std::string& scenario_path, const std::string& id);

/// Golden files under `golden_dir` (<area>/<name>.json), sorted.
std::vector<std::string> list_golden_files(const std::string& golden_dir);

}  // namespace loopspec::harness
