// Reading traces (docs/scenario-language.md, "Traces"): a golden file's
// trace, or JSON Lines as `loopspec run` and `loopspec-traces run` print them
// (a header line, then one event per line). Every problem is a LoadError
// naming the file and the position.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/json.hpp"
#include "loopspec/python_version.hpp"

namespace loopspec::harness {

/// A golden file's traces, one per CPython version it records.
using VersionedTraces = std::map<PythonVersion, std::vector<Json>>;

/// The events of a trace file; LoadError when it holds none. For a golden
/// file, the trace of `python` (default: the newest it records).
std::vector<Json> load_trace_file(const std::string& path, std::optional<PythonVersion> python = std::nullopt);

/// The events of a trace's text (JSON Lines or a golden file); `path` names
/// it in messages. LoadError when it holds none.
std::vector<Json> read_trace(const std::string& text, const std::string& path,
                             std::optional<PythonVersion> python = std::nullopt);

/// The traces of a golden document (docs/ir.md, "Golden files"): format 2
/// holds {"python": [versions], "trace": [events]} entries; format 1 one
/// trace, of the version its header's runtime names.
VersionedTraces golden_traces(const Json& doc, const std::string& path);

/// The events of a golden file's "trace" array, found at `json_path`.
std::vector<Json> trace_events(const Json& trace, const std::string& path, const std::string& json_path);

}  // namespace loopspec::harness
