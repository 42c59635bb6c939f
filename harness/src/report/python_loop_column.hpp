// One --python-loop column of `loopspec check`: `traces/loopspec-traces
// compare-loop` running on the selected scenarios in the background while
// the implementations are checked (a loop on the real clock takes a minute
// or two for the whole corpus), or the JSON of an earlier run, read instead.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/json.hpp"
#include "common/traces_tool.hpp"
#include "report/compare_loop_result.hpp"

namespace loopspec::harness {

/// True when a --python-loop value names the JSON of an earlier compare-loop
/// run (it ends in .json) rather than a loop.
bool is_compare_loop_file(const std::string& loop);

class PythonLoopColumn {
 public:
  /// `loop`: a FILE.json, read now; otherwise a loop name for compare-loop,
  /// started now on `ids` of the corpus of `golden_dir` (its goldens and
  /// scenario sources) with `jobs` children; a trace `permitted` lists for
  /// a scenario and version passes too (compare-loop --permitted,
  /// docs/orders.md).
  /// LoadError naming the file or the loop when the file is not
  /// compare-loop's JSON or the tool cannot start.
  PythonLoopColumn(const std::string& loop, const std::vector<std::string>& ids, const std::string& golden_dir,
                   unsigned jobs, const Json& permitted = Json::object());
  ~PythonLoopColumn();
  PythonLoopColumn(const PythonLoopColumn&) = delete;
  PythonLoopColumn& operator=(const PythonLoopColumn&) = delete;

  /// The column's name: the loop given, or the one the file names.
  const std::string& name() const { return name_; }
  /// True while compare-loop runs.
  bool running() const { return tool_ != nullptr; }
  /// Waits for compare-loop; its result, or a column whose note says why
  /// the comparison failed (PythonLoop::failed).
  CompareLoopResult result();

 private:
  void start(const std::vector<std::string>& ids, const std::string& golden_dir, unsigned jobs,
             const Json& permitted);
  CompareLoopResult finish();
  CompareLoopResult failed(const std::string& why) const;

  std::string name_;
  std::optional<CompareLoopResult> read_;  // from a FILE.json, or once compare-loop is done
  std::unique_ptr<TracesToolProcess> tool_;
  std::string json_path_, log_path_, permitted_path_;  // compare-loop's temporary files
};

}  // namespace loopspec::harness
